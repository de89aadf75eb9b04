"""Writing the seed text format: byte-identical for parsed text, equal fields otherwise."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import eurasec
from eurasec import Paragraph, SerializationError
from eurasec.formats.text_writer import format_dateline, text_fields, write_text
from eurasec.strategies import articles, text_articles, text_documents

ROOT = Path(__file__).parent
SAMPLES = sorted([*ROOT.glob("golden/*.txt"), *ROOT.glob("data/devcorpus/*.txt"),
                  *(ROOT.parent / "seeds").glob("*.txt")])


def read_exactly(path: Path) -> str:
    """The file decoded with its line breaks and byte-order mark untouched."""
    return path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_sample_writes_back_byte_identical(path: Path) -> None:
    """dumps(parse(t), "text") == t for every test sample, extraction included."""
    text = read_exactly(path)
    article = eurasec.parse(text, strict=False)
    assert eurasec.dumps(article, "text") == text


def test_samples_exist() -> None:
    """The byte-identical test has samples to run on (golden, devcorpus and the seed)."""
    assert len(SAMPLES) > 20


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_documents())
def test_parsed_documents_write_back_byte_identical(text: str) -> None:
    """Any well-formed document, once parsed, writes back as the same string."""
    assert eurasec.dumps(eurasec.parse(text, strict=False, extract=False), "text") == text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_articles())
def test_articles_from_elsewhere_round_trip_their_fields(article: eurasec.Article) -> None:
    """An article not from the text parser is laid out anew and reads back equal fields."""
    other = attrs.evolve(article, format="notes")
    text = eurasec.dumps(other, "text")
    back = eurasec.loads(text, "text", strict=False, extract=False)
    assert isinstance(back, eurasec.Article)
    assert text_fields(back) == text_fields(article)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_any_article_writes_equal_fields_or_says_why(article: eurasec.Article) -> None:
    """For any valid article: equal fields on reading back, or a SerializationError."""
    try:
        text = eurasec.dumps(article, "text")
    except SerializationError as exc:
        errors = exc.errors
        text = None
    if text is None:
        assert errors
        assert all(e.startswith("$.") for e in errors)
        return
    tz = article.published.tzinfo if article.published else None
    back = eurasec.loads(text, "text", strict=False, extract=False, tz=tz)
    assert isinstance(back, eurasec.Article)
    want = text_fields(article)
    if article.dateline is None and article.published is not None:
        want["dateline"] = format_dateline(article.published)  # written from published
    assert text_fields(back) == want


def body_article(body: str, **fields: object) -> eurasec.Article:
    """An article with one paragraph, as another parser might produce it."""
    return eurasec.Article(id="x", text=body, format="notes",
                           paragraphs=(Paragraph(text=body, start=0, end=len(body)),),
                           **fields)  # type: ignore[arg-type]


def test_error_names_the_field() -> None:
    """A headline with a line break cannot be written; the error names $.title."""
    a = body_article("Officials said talks resumed.", title="Two\nlines",
                     dateline="Jun 22, 2024 - 08:01")
    with pytest.raises(SerializationError) as info:
        eurasec.dumps(a, "text")
    assert any(e.startswith("$.title:") for e in info.value.errors)


def test_check_false_writes_anyway() -> None:
    """check=False writes the layout without verifying it."""
    a = body_article("Officials said talks resumed.", title="Two\nlines")
    assert write_text(a, check=False).startswith("Two\nlines\n\n")


def test_dateline_is_made_from_published() -> None:
    """Without a dateline, one is written from published, zone included."""
    import datetime as dt

    when = dt.datetime(2025, 1, 2, 3, 4, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    a = body_article("Officials said talks resumed.", title="T", published=when)
    text = eurasec.dumps(a, "text")
    assert "Jan 2, 2025 - 03:04 -05:00" in text
    back = eurasec.loads(text, "text", extract=False)
    assert isinstance(back, eurasec.Article)
    assert back.published == when


def test_parsed_with_tz_still_writes_verbatim(seed_text: str) -> None:
    """An article parsed with tz= (aware published, zone-less dateline) writes verbatim."""
    a = eurasec.parse(seed_text, tz="Europe/Kyiv", extract=False)
    assert eurasec.dumps(a, "text") == seed_text


def test_text_holds_one_article(seed_text: str) -> None:
    """A list of articles is a TypeError for the text format."""
    a = eurasec.parse(seed_text, extract=False)
    with pytest.raises(TypeError, match="one Article"):
        eurasec.dumps([a, a], "text")
