"""The notes format (docs/format.md §9): headline, ISO date line, body."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import eurasec
from eurasec.formats.notes import NotesParser, parse_notes
from eurasec.models import BlockKind
from eurasec.testing import check_parser

NOTE = ("Kim meets Putin\n2024-06-19T14:30+09:00\n\nThey met in Pyongyang.\n\n"
        "They signed\na treaty.\n")


def test_structure() -> None:
    """Headline, dateline and paragraphs are blocks covering the text; text is verbatim."""
    a = parse_notes(NOTE)
    assert a.text == NOTE
    assert a.format == "notes"
    assert [b.kind for b in a.blocks] == [BlockKind.HEADLINE, BlockKind.DATELINE,
                                          BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert a.title == "Kim meets Putin"
    assert a.dateline == "2024-06-19T14:30+09:00"
    assert [p.text for p in a.paragraphs] == ["They met in Pyongyang.", "They signed\na treaty."]


@pytest.mark.parametrize(("line", "expected"), [
    ("2024-06-19", dt.datetime(2024, 6, 19)),
    ("2024-06-19 14:30", dt.datetime(2024, 6, 19, 14, 30)),
    ("2024-06-19T14:30:05.5Z", dt.datetime(2024, 6, 19, 14, 30, 5, 500000, dt.timezone.utc)),
    ("2024-06-19T14:30+0300",
     dt.datetime(2024, 6, 19, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))),
])
def test_dates(line: str, expected: dt.datetime) -> None:
    """ISO dates parse with dateutil; a zone gives an aware fixed-offset datetime."""
    published = parse_notes(f"T\n{line}\n\nB.\n").published
    assert published == expected
    assert published is not None
    assert published.tzinfo == expected.tzinfo


def test_tz_applies_only_to_naive_dates() -> None:
    """tz= is attached to a date without zone, and ignored when the line has one."""
    kyiv = eurasec.parse("T\n2024-06-19 10:00\n\nB.\n", format="notes", tz="Europe/Kyiv")
    assert kyiv.published is not None
    assert kyiv.published.isoformat() == "2024-06-19T10:00:00+03:00"
    utc = eurasec.parse("T\n2024-06-19T10:00Z\n\nB.\n", format="notes", tz="Europe/Kyiv")
    assert utc.published is not None
    assert utc.published.utcoffset() == dt.timedelta(0)


def test_blank_line_before_date_and_body_right_under_it() -> None:
    """The date may follow a blank line, and the body may start right under the date."""
    a = parse_notes("\ufeffT\n\n2024-06-19\nBody one.\n\n\nBody two.")
    assert a.published == dt.datetime(2024, 6, 19)
    assert [p.text for p in a.paragraphs] == ["Body one.", "Body two."]


@pytest.mark.parametrize(("text", "code", "line", "column"), [
    ("", "empty", 1, 1),
    ("  \n\n", "empty", 1, 1),
    ("Headline only\n", "missing-date", 1, 14),
    ("T\nJune 19, 2024\n\nB.\n", "missing-date", 2, 1),
    ("T\n  2024-6-19\n\nB.\n", "bad-date", 2, 3),
    ("T\n2024-02-30\n\nB.\n", "bad-date", 2, 1),
    ("T\n2024-06-19\n", "missing-body", 2, 11),
])
def test_errors(text: str, code: str, line: int, column: int) -> None:
    """Strict errors carry a code, line and column."""
    with pytest.raises(eurasec.ParseError) as info:
        parse_notes(text, source="n.txt")
    err = info.value
    assert (err.code, err.line, err.column, err.source) == (code, line, column, "n.txt")


def test_lenient_missing_date_reads_body() -> None:
    """Leniently, a missing date is a diagnostic and the line is read as body."""
    a = parse_notes("T\nyesterday\n\nB.\n", strict=False)
    assert [d.code for d in a.diagnostics] == ["missing-date"]
    assert a.published is None
    assert [p.text for p in a.paragraphs] == ["yesterday", "B."]


def test_lenient_impossible_date_keeps_dateline() -> None:
    """Leniently, an impossible date stays the dateline with no published time."""
    a = parse_notes("T\n2024-02-30\n\nB.\n", strict=False)
    assert a.dateline == "2024-02-30"
    assert a.published is None
    assert [d.code for d in a.diagnostics] == ["bad-date"]


def test_sniff() -> None:
    """Sniff is sure of a note and rejects the text format and JSON."""
    p = NotesParser()
    assert p.sniff(NOTE) == 0.95
    assert p.sniff("T\n\nJun 22, 2024 - 08:01\n\nBody.\n") == 0.0
    assert p.sniff('{"title": "T"}\n{"title": "U"}\n') == 0.0
    assert p.sniff("") == 0.0


def test_conformance() -> None:
    """The notes parser passes check_parser, CRLF and CR line breaks included."""
    check_parser(NotesParser(), [NOTE, NOTE.replace("\n", "\r\n"), NOTE.replace("\n", "\r")],
                 invalid=["", "T\n", "T\n2024-13-01\n\nB.\n"])


def test_extraction_runs() -> None:
    """eurasec.parse annotates a note like any article."""
    a = eurasec.parse(NOTE, format="notes")
    assert eurasec.from_json(eurasec.to_json(a)) == a


@given(st.text(alphabet=st.sampled_from("T2024-06-19:Z+ \n\r.\u00a0ab"), max_size=60))
def test_any_input_parses_or_raises_parse_error(text: str) -> None:
    """Any input parses, or raises ParseError; leniently it always parses."""
    with contextlib.suppress(eurasec.ParseError):
        parse_notes(text)
    parse_notes(text, strict=False)
