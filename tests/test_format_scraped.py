"""Scraper records (docs/format.md §10): news-please, trafilatura and newspaper JSON."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import eurasec
from eurasec.formats.scraped import ScrapedParser, parse_records, parse_scraped
from eurasec.models import BlockKind
from eurasec.testing import check_parser

NEWS_PLEASE = {
    "authors": ["Jane Doe", "John Roe"],
    "date_download": "2024-06-20 10:00:00",
    "date_modify": None,
    "date_publish": "2024-06-19 14:30:00",
    "description": "A treaty binds Moscow and Pyongyang.",
    "filename": "https%3A%2F%2Fexample.org%2Fa.json",
    "image_url": "https://example.org/a.jpg",
    "language": "en",
    "localpath": None,
    "maintext": "Vladimir Putin and Kim Jong Un signed a treaty.\n"
                "\u201cIt is a breakthrough,\u201d Putin said.",
    "source_domain": "example.org",
    "text": None,
    "title": "Putin and Kim sign defence pact",
    "title_page": None,
    "title_rss": None,
    "url": "https://example.org/a",
}
TRAFILATURA = {
    "title": "Kim meets Putin", "author": "Jane Doe; John Roe", "hostname": "example.org",
    "date": "2024-06-19", "categories": "", "tags": "", "fingerprint": "abc", "id": None,
    "license": None, "comments": "", "raw_text": "x", "text": "One.\nTwo.",
    "language": "en", "image": None, "pagetype": "article", "source": "https://example.org/b",
    "source-hostname": "Example", "excerpt": "Summit.", "sitename": "Example News",
    "url": "https://example.org/b",
}
NEWSPAPER = {"url": "https://example.org/c", "title": "Xi in Moscow", "authors": ["A. B."],
             "publish_date": "2023-03-20T12:00:00+03:00",
             "text": "Xi arrived.\n\nHe met Putin.", "meta_description": "State visit.",
             "top_image": ""}


def dumps(record: dict[str, Any], **kw: Any) -> str:
    return json.dumps(record, ensure_ascii=False, **kw)


def test_news_please_record() -> None:
    """A news-please record: fields mapped, text laid out, nothing lost."""
    a = parse_scraped(dumps(NEWS_PLEASE), source="np.json")
    assert a.format == "scraped"
    assert a.source == "np.json"
    assert a.title == NEWS_PLEASE["title"]
    assert a.standfirst == NEWS_PLEASE["description"]
    assert a.published == dt.datetime(2024, 6, 19, 14, 30)
    assert a.authors == ("Jane Doe", "John Roe")
    assert a.url == "https://example.org/a"
    assert a.publisher == "example.org"
    assert [b.kind for b in a.blocks] == [BlockKind.HEADLINE, BlockKind.STANDFIRST,
                                          BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
                                          BlockKind.METADATA]
    assert a.text.startswith(f"{NEWS_PLEASE['title']}\n\n{NEWS_PLEASE['description']}\n\n"
                             "Vladimir Putin and Kim")
    meta = json.loads(a.blocks[-1].text)
    used = {"title", "description", "maintext"}
    assert meta == {k: v for k, v in NEWS_PLEASE.items() if k not in used}
    assert list(meta) == [k for k in NEWS_PLEASE if k not in used]  # input order


def test_trafilatura_record() -> None:
    """A trafilatura record: `text` body, date-only `date`, `author` split at ';'."""
    a = parse_scraped(dumps(TRAFILATURA, indent=2))
    assert a.published == dt.datetime(2024, 6, 19)
    assert a.authors == ("Jane Doe", "John Roe")
    assert a.publisher == "Example News"
    assert [p.text for p in a.paragraphs] == ["One.", "Two."]
    assert "raw_text" in json.loads(a.blocks[-1].text)


def test_newspaper_record() -> None:
    """A newspaper4k record: aware publish_date, blank lines in the body skipped."""
    a = parse_scraped(dumps(NEWSPAPER))
    assert a.published is not None
    assert a.published.utcoffset() == dt.timedelta(hours=3)
    assert a.published.tzinfo == dt.timezone(dt.timedelta(hours=3))
    assert [p.text for p in a.paragraphs] == ["Xi arrived.", "He met Putin."]


def test_maintext_preferred_and_other_body_kept() -> None:
    """With both maintext and text, maintext is the body and text stays in the metadata."""
    a = parse_scraped('{"maintext": "Main.", "text": "Other."}')
    assert [p.text for p in a.paragraphs] == ["Main."]
    assert json.loads(a.blocks[-1].text) == {"text": "Other."}
    assert a.title is None
    assert [d.code for d in a.diagnostics] == ["missing-title"]


def test_text_layout_and_offsets() -> None:
    """Parts are stripped and joined by blank lines; no metadata block without extra keys."""
    a = parse_scraped('{"title": "  T  ", "text": "\\n  a \\r\\n\\n b\\n"}')
    assert a.text == "T\n\na \r\n\n b"
    assert [(b.text, b.start, b.end) for b in a.blocks] == [("T", 0, 1), ("a", 3, 4),
                                                           ("b", 9, 10)]


def test_tz_for_naive_dates() -> None:
    """tz= is attached to a date without zone."""
    a = eurasec.parse(dumps(NEWS_PLEASE), format="scraped", tz="Europe/Moscow")
    assert a.published is not None
    assert a.published.isoformat() == "2024-06-19T14:30:00+03:00"


@pytest.mark.parametrize(("text", "code", "line", "column"), [
    ("", "empty", 1, 1),
    ('{"title": "T",\n "text": "B",\n "x": [1, }', "bad-json", 3, 11),
    ('{"title": "T" "text": "B"}', "bad-json", 1, 15),
    ('{"title" "T"}', "bad-json", 1, 10),
    ("{title: 1}", "bad-json", 1, 2),
    ('{"text": "a\nb"}', "bad-json", 1, 12),
    ('[{"text": "B"}]', "not-an-object", 1, 1),
    ('"text"', "not-an-object", 1, 1),
    ('{"text": "A"}\n\n{"text": "B"}\n', "several-records", 3, 1),
    ('{"text": "A"} x', "several-records", 1, 15),
    ('{"title": 5, "text": "B"}', "wrong-type", 1, 11),
    ('{"text": "B", "authors": [1]}', "wrong-type", 1, 26),
    ('{"text": "B",\n  "date_publish": "Wed, 19 Jun 2024"}', "bad-date", 2, 19),
    ('{"text": "B", "date": "2024-02-30"}', "bad-date", 1, 23),
    ('{"text": "A", "text": "B"}', "duplicate-key", 1, 23),
    ('  {"title": "T", "text": "  "}', "missing-body", 1, 3),
    ('{"schema_version": 1, "id": "x", "blocks": [], "text": "T"}', "eurasec-json", 1, 1),
])
def test_errors(text: str, code: str, line: int, column: int) -> None:
    """Errors carry the code and the line and column in the input JSON."""
    with pytest.raises(eurasec.ParseError) as info:
        parse_scraped(text, source="r.json")
    err = info.value
    assert (err.code, err.line, err.column, err.source) == (code, line, column, "r.json")


def test_lenient_keeps_going_and_loses_nothing() -> None:
    """Leniently, type and date problems are diagnostics and bad values stay in metadata."""
    a = parse_scraped('{"title": 5, "text": "B", "date": "soon", "authors": "Jo"}',
                      strict=False)
    assert [d.code for d in a.diagnostics] == ["wrong-type", "missing-title", "bad-date"]
    assert a.published is None
    assert a.authors == ("Jo",)
    assert json.loads(a.blocks[-1].text) == {"title": 5, "date": "soon", "authors": "Jo"}


def test_lenient_still_raises_on_bad_json() -> None:
    """Malformed JSON raises even in lenient mode."""
    with pytest.raises(eurasec.ParseError, match="malformed JSON"):
        parse_scraped("{", strict=False)


def test_json_lines() -> None:
    """parse_records yields one article per record with the record's line in source."""
    feed = (dumps(NEWS_PLEASE) + "\n\n" + dumps(TRAFILATURA, indent=1) + "\r\n"
            + dumps(NEWSPAPER) + "\n")
    articles = list(parse_records(feed, source="feed.jsonl"))
    assert [a.title for a in articles] == ["Putin and Kim sign defence pact",
                                           "Kim meets Putin", "Xi in Moscow"]
    assert [a.source for a in articles] == ["feed.jsonl:1", "feed.jsonl:3",
                                            f"feed.jsonl:{5 + len(TRAFILATURA)}"]
    assert list(ScrapedParser().parse_records(feed)) == list(parse_records(feed))


def test_json_lines_error_names_the_line_after_earlier_records() -> None:
    """A bad record raises with its line, after the good records before it were yielded."""
    records = parse_records('{"text": "A"}\n{"text": 1}\n', source="f.jsonl")
    assert next(records).paragraphs[0].text == "A"
    with pytest.raises(eurasec.ParseError) as info:
        next(records)
    assert (info.value.line, info.value.column, info.value.code) == (2, 10, "wrong-type")


def test_empty_feed_yields_nothing() -> None:
    """An empty or blank JSON Lines input has no records."""
    assert list(parse_records("")) == list(parse_records(" \n\n")) == []


def test_json_lines_needs_line_breaks() -> None:
    """Two records on one line are an error in JSON Lines."""
    with pytest.raises(eurasec.ParseError, match="line break"):
        list(parse_records('{"text": "A"} {"text": "B"}'))


def test_sniff() -> None:
    """Sniff: sure of records with known keys, unsure of other objects, 0 otherwise."""
    p = ScrapedParser()
    assert p.sniff(dumps(NEWS_PLEASE, indent=2)) == 0.95
    assert p.sniff('\ufeff {"x": 1}') == 0.5
    assert p.sniff("[1, 2]") == p.sniff("{draft} Putin") == p.sniff("") == 0.0


def test_extraction_runs_on_the_body() -> None:
    """eurasec.parse annotates a record; every offset points into the laid-out text."""
    a = eurasec.parse(dumps(NEWS_PLEASE), format="auto", source="np.json")
    assert a.format == "scraped"
    for m in a.mentions:
        assert a.text[m.start:m.end] == m.text
    assert eurasec.from_json(eurasec.to_json(a)) == a


def test_conformance() -> None:
    """The scraped parser passes check_parser on all three scrapers' records."""
    check_parser(ScrapedParser(), [dumps(NEWS_PLEASE), dumps(TRAFILATURA, indent=2),
                                   dumps(NEWSPAPER)],
                 invalid=["", "[]", '{"text": 1}', '{"text": "A"}\n{"text": "B"}'])


_json_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
_json_values = (_json_scalars | st.lists(_json_scalars, max_size=3)
                | st.dictionaries(st.text(max_size=5), _json_scalars, max_size=3))


@given(st.dictionaries(st.sampled_from(["title", "text", "maintext", "description", "date",
                                        "authors", "author", "url", "sitename", "x"]),
                       _json_values, max_size=6))
def test_any_record_parses_or_raises_parse_error(record: dict[str, Any]) -> None:
    """Any JSON object parses or raises ParseError; leniently it never loses a key."""
    text = json.dumps(record)
    with contextlib.suppress(eurasec.ParseError):
        parse_scraped(text)
    a = parse_scraped(text, strict=False)
    kept = {k for k in ("title", "description", "maintext", "text")
            if isinstance(record.get(k), str) and record[k].strip()}
    meta = json.loads(a.blocks[-1].text) if a.blocks and a.blocks[-1].kind is \
        BlockKind.METADATA else {}
    assert set(meta) | kept >= set(record)


@given(st.text(alphabet=st.sampled_from('{}[]",: \n\\tex"1'), max_size=40))
def test_any_text_parses_or_raises_parse_error(text: str) -> None:
    """Any text parses or raises ParseError, strictly and leniently."""
    for strict in (True, False):
        with contextlib.suppress(eurasec.ParseError):
            parse_scraped(text, strict=strict)
