"""The seed text format: golden samples, the seed itself, errors with positions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import eurasec
from eurasec import BlockKind, ParseError

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.stem for p in GOLDEN.glob("*.txt"))


def summary(article: eurasec.Article) -> dict[str, Any]:
    """The parts of an article a golden file pins."""
    return {
        "title": article.title,
        "title_source": article.title_source,
        "standfirst": article.standfirst,
        "dateline": article.dateline,
        "published": article.published.isoformat() if article.published else None,
        "caption": article.caption,
        "paragraphs": [" ".join(p.text.split()[:4]) for p in article.paragraphs],
        "related": list(article.related),
        "footer": article.footer[:40] if article.footer else None,
        "publisher": article.publisher,
        "blocks": [b.kind.value for b in article.blocks],
        "diagnostics": [d.code for d in article.diagnostics],
    }


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, update_goldens: bool) -> None:
    """Each sample parses to exactly what its golden file says."""
    article = eurasec.parse_file(GOLDEN / f"{case}.txt", extract=False)
    got = summary(article)
    expected_path = GOLDEN / f"{case}.json"
    if update_goldens or not expected_path.exists():
        expected_path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n",
                                 encoding="utf-8")
    assert got == json.loads(expected_path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES)
def test_golden_offsets_and_coverage(case: str) -> None:
    """Every block is the text at its offsets, and blocks cover all non-space text."""
    raw = (GOLDEN / f"{case}.txt").read_bytes()
    article = eurasec.parse_bytes(raw, extract=False)
    text = article.text
    pos = 0
    rebuilt = []
    for b in article.blocks:
        assert text[b.start:b.end] == b.text
        gap = text[pos:b.start]
        assert gap.strip() == "", f"text between blocks was dropped: {gap!r}"
        rebuilt.append(gap)
        rebuilt.append(b.text)
        pos = b.end
    rebuilt.append(text[pos:])
    assert "".join(rebuilt) == text


def test_line_endings_and_bom_do_not_change_the_parse() -> None:
    """CRLF, CR and a BOM give the same article fields and the same id as LF."""
    lf = eurasec.parse_file(GOLDEN / "full_lf.txt", extract=False)
    for name in ("full_crlf.txt", "full_bom_cr.txt"):
        other = eurasec.parse_file(GOLDEN / name, extract=False)
        assert other.id == lf.id
        assert summary(other) == summary(lf)


def test_seed(seed_text: str) -> None:
    """The seed: every field as a reader sees it."""
    a = eurasec.parse(seed_text, extract=False)
    assert a.title == "Russia pushes for new Eurasian security architecture as alternative to NATO"
    assert a.title_source == "ISW"
    assert a.standfirst is not None
    assert a.standfirst.startswith("Russia's proposed Eurasian security structure")
    assert a.dateline == "Jun 22, 2024\u00a0-\u00a008:01"
    assert a.published is not None
    assert a.published.isoformat() == "2024-06-22T08:01:00"
    assert a.published.tzinfo is None
    assert a.caption == "The map of Eurasia."
    firsts = [" ".join(p.text.split()[:3]) for p in a.paragraphs]
    assert firsts == [
        "The US-based Institute", "According to ISW,", "He said that", "Putin also included",
        "The groundwork for", "According to the", "This strategy could",
    ]
    assert a.related == ()
    assert [b.kind for b in a.blocks].count(BlockKind.READ_ALSO) == 1
    assert a.footer is not None
    assert a.footer.startswith("You could close this page.")
    assert a.footer.endswith("Become a Patron!")
    assert a.publisher == "Euromaidan Press"
    assert all("Patron" not in p.text for p in a.paragraphs)
    assert a.diagnostics == ()
    assert a.id == eurasec.parse(seed_text.replace("\n", "\r\n"), extract=False).id


def test_tz_argument_makes_published_aware(seed_text: str) -> None:
    """``tz=`` attaches a zone to a dateline that gives none."""
    a = eurasec.parse(seed_text, tz="Europe/Kyiv", extract=False)
    assert a.published is not None
    assert a.published.utcoffset() is not None
    assert a.published.utcoffset().total_seconds() == 3 * 3600  # EEST in June


def test_dateline_zone_wins(seed_text: str) -> None:
    """A zone written in the dateline is kept, aware, even without ``tz=``."""
    a = eurasec.parse_file(GOLDEN / "offset_tz.txt", extract=False)
    assert a.published is not None
    assert a.published.isoformat() == "2025-01-05T06:45:00+02:00"


ERRORS = [
    # (name, text, code, line, column)
    ("empty", "", "empty", 1, 1),
    ("only_space", " \n\t\n", "empty", 1, 1),
    ("no_dateline", "Title\n\nBody one.\n\nBody two.\n", "missing-dateline", 3, 1),
    ("bad_day", "Title\n\nJun 31, 2024 - 08:01\n\nBody.\n", "bad-dateline", 3, 5),
    ("bad_hour", "Title\n\nJun 3, 2024 - 25:01\n\nBody.\n", "bad-dateline", 3, 15),
    ("bad_minute", "Title\n\nJun 3, 2024 - 12:61\n\nBody.\n", "bad-dateline", 3, 18),
    ("dateline_garbled", "Title\n\nJun 3, 2024 at noon\n\nBody.\n", "bad-dateline", 3, 1),
    ("no_blank_after_headline", "Title\nJun 3, 2024 - 08:01\n\nBody.\n",
     "missing-blank-line", 2, 1),
    ("no_blank_after_repeat", "Title\n\nJun 3, 2024 - 08:01\nTitle\nBody.\n",
     "missing-blank-line", 5, 1),
    ("no_body", "Title\n\nJun 3, 2024 - 08:01\nTitle\n", "missing-body", 4, 6),
    ("two_standfirsts", "Title\n\nOne.\n\nTwo.\n\nJun 3, 2024 - 08:01\n\nBody.\n",
     "unexpected-block", 5, 1),
]


@pytest.mark.parametrize(("name", "text", "code", "line", "column"), ERRORS,
                         ids=[e[0] for e in ERRORS])
def test_errors_have_positions(name: str, text: str, code: str, line: int,
                               column: int) -> None:
    """Strict mode raises ParseError at the right line and column."""
    with pytest.raises(ParseError) as info:
        eurasec.parse(text, source="sample.txt", extract=False)
    err = info.value
    assert (err.code, err.line, err.column) == (code, line, column)
    assert str(err).startswith(f"sample.txt:{line}:{column}: ")
    assert isinstance(err, ValueError)
    assert isinstance(err, eurasec.EurasecError)


@pytest.mark.parametrize(("name", "text", "code", "line", "column"), ERRORS,
                         ids=[e[0] for e in ERRORS])
def test_lenient_records_and_keeps_text(name: str, text: str, code: str, line: int,
                                        column: int) -> None:
    """Lenient mode returns an article whose diagnostics say what strict mode raised."""
    a = eurasec.parse(text, strict=False, extract=False)
    assert (a.diagnostics[0].code, a.diagnostics[0].line, a.diagnostics[0].column) == (
        code, line, column)
    covered = "".join(b.text for b in a.blocks)
    assert "".join(covered.split()) == "".join(text.split())


def test_invalid_utf8_names_the_byte() -> None:
    """Bad bytes are an error with the byte offset; lenient mode replaces them."""
    data = b"Title\n\nJun 3, 2024 - 08:01\n\nBody " + b"\xff" + b" end.\n"
    with pytest.raises(ParseError) as info:
        eurasec.parse_bytes(data, source="bad.txt")
    assert info.value.code == "bad-encoding"
    assert "byte 33" in info.value.msg
    assert (info.value.line, info.value.column) == (5, 6)
    a = eurasec.parse_bytes(data, strict=False, extract=False)
    assert a.diagnostics[0].code == "bad-encoding"
    assert "\ufffd" in a.paragraphs[0].text


def test_size_limit() -> None:
    """Inputs over ``max_chars`` are refused with a clear error."""
    with pytest.raises(ParseError, match="exceeds the limit"):
        eurasec.parse("x" * 101, max_chars=100)


def test_repeated_headline_that_differs_is_a_warning() -> None:
    """A changed repeated headline is kept, with a warning, even in strict mode."""
    a = eurasec.parse("Title one\n\nJun 3, 2024 - 08:01\nTitle two\n\nBody.\n", extract=False)
    assert [d.code for d in a.diagnostics] == ["repeated-headline-differs"]
    assert a.diagnostics[0].severity is eurasec.Severity.WARNING
