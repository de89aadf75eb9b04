"""Hostile input: any text gives an article or a ParseError, and no text is ever lost."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eurasec
from eurasec import ParseError

# Text made of the format's own pieces, so that generated inputs reach deep into the parser.
_PIECES = st.sampled_from([
    "ISW: ", "Title", "Jun 22, 2024 - 08:01", "Jun 31, 2024 - 08:01", "Sept 3, 2025\u00a0\u2014"
    "\u00a013:30 UTC", "Read also:", "Read also: Headline", "The map.", "Photo: AP",
    "Putin said that “Russia is ready.”", "According to ISW, he said", "You could close this "
    "page. Or you could join our community", "\n", "\n\n", "\r\n", "\r", " ", "\u00a0",
    "\ufeff", "\u200b", "\u202e", "\x00", "“", "”", "\"", "e\u0301", ":", ".", "Jun 3",
])
_TEXTS = st.one_of(st.text(), st.lists(_PIECES, max_size=40).map("".join))
_SETTINGS = settings(max_examples=300, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


def _rebuilds(article: eurasec.Article, text: str) -> None:
    pos = 0
    for b in article.blocks:
        assert b.start >= pos, "blocks overlap or are out of order"
        gap = text[pos:b.start]
        assert all(c.isspace() or c in "\ufeff\u200b\u200c\u200d\u2060" for c in gap), gap
        assert text[b.start:b.end] == b.text
        pos = b.end
    tail = text[pos:]
    assert all(c.isspace() or c in "\ufeff\u200b\u200c\u200d\u2060" for c in tail), tail


@_SETTINGS
@given(_TEXTS)
def test_strict_parse_returns_article_or_parse_error(text: str) -> None:
    """For any str, strict parse returns an Article or raises ParseError, nothing else."""
    error: ParseError | None = None
    try:
        article = eurasec.parse(text)
    except ParseError as err:
        error = err
    if error is not None:
        assert error.line >= 1
        assert error.column >= 1
    else:
        _rebuilds(article, text)


@_SETTINGS
@given(_TEXTS)
def test_lenient_parse_never_raises_and_loses_nothing(text: str) -> None:
    """For any str, lenient parse returns an article whose blocks rebuild the input."""
    article = eurasec.parse(text, strict=False)
    assert article.text == text
    _rebuilds(article, text)


@_SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes(data: bytes) -> None:
    """For any bytes, parse_bytes returns an Article or raises ParseError; lenient never
    raises."""
    with contextlib.suppress(ParseError):
        eurasec.parse_bytes(data)
    eurasec.parse_bytes(data, strict=False)


@_SETTINGS
@given(_TEXTS)
def test_extract_never_raises(text: str) -> None:
    """extract() accepts any text."""
    result = eurasec.extract(text)
    for m in result.mentions:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text", [
    "0 SAID:0:ACCORDING TO 0,0 SAID",  # two frames each inside the other's content: a cycle
    "According to c,",  # a content that starts at the end of the text (bench/fuzz_extract.py)
    "h y\ng o D,According to c,",  # the same, as the aside of an earlier clause
])
def test_found_by_hypothesis(text: str) -> None:
    """Inputs that once hung or crashed extraction now finish."""
    eurasec.extract(text)
    eurasec.parse(text, strict=False)


HEADER = "Title\n\nJun 22, 2024 - 08:01\nTitle\n\n"


@pytest.mark.parametrize("body", [
    pytest.param("x" * 1_000_000, id="1MB-no-newline"),
    pytest.param(" ".join(["Capital"] * 100_000), id="100k-capitalised-words"),
    pytest.param("“" * 50_000, id="50k-quote-marks"),
    pytest.param('"' * 50_000, id="50k-straight-quotes"),
    pytest.param("\n" * 10_000 + "Body.", id="10k-blank-lines"),
    pytest.param("According to ISW, " * 20_000 + "Putin said so.", id="repeated-according-to"),
    pytest.param("Putin said that " * 20_000 + "it is.", id="repeated-said-that"),
    pytest.param(("Read also:\n\n" * 10_000) + "Body.", id="10k-read-also"),
    pytest.param("U.S. " * 50_000, id="50k-abbreviations"),
    # Surnames after full names: once quadratic in coreference (20 s for a 3 MB article).
    pytest.param("Vladimir Putin met Xi Jinping. Putin and Xi spoke. " * 20_000,
                 id="20k-surnames"),
    # Titles of courtesy that look back for a full name: one index for the whole text.
    pytest.param("Ann Varga met Bo Okoye. Mr. Varga and Ms. Okoye left. " * 20_000,
                 id="20k-courtesy-surnames"),
    # Titles with an owner and no name: one holder lookup each.
    pytest.param("The Russian president and NATO's secretary general spoke. " * 20_000,
                 id="20k-office-holders"),
])
def test_pathological_inputs_finish(body: str) -> None:
    """Pathological shapes parse (linear-time code; the benchmark measures the cost)."""
    article = eurasec.parse(HEADER + body, strict=False)
    assert article.text.endswith(body)


def test_collector_pause_is_undone() -> None:
    """Parsing a large input pauses the cyclic GC and always turns it back on."""
    import gc

    assert gc.isenabled()
    eurasec.parse(HEADER + "Putin said so. " * 20_000)
    assert gc.isenabled()
    with pytest.raises(ParseError):
        eurasec.parse("Title\n\nJun 31, 2024 - 08:01\n\n" + "Body. " * 50_000)
    assert gc.isenabled()
