"""Sentence splitting keeps offsets and survives abbreviations, initials and quotes."""

from __future__ import annotations

import pytest

from eurasec.extraction.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Army left. Then it rained.", ["The U.S. Army left.", "Then it rained."]),
        ("Gen. Mark Milley spoke. He left.", ["Gen. Mark Milley spoke.", "He left."]),
        ("It was signed on Jan. 5 in Kyiv. Next.", ["It was signed on Jan. 5 in Kyiv.", "Next."]),
        ("Resolution No. 2231 lapsed. Iran objected.",
         ["Resolution No. 2231 lapsed.", "Iran objected."]),
        ("George W. Bush spoke. Then Obama did.", ["George W. Bush spoke.", "Then Obama did."]),
        ("Growth was 2.5 percent. It slowed.", ["Growth was 2.5 percent.", "It slowed."]),
        ("He said “we are ready.” Then he left.", ["He said “we are ready.”", "Then he left."]),
        ("“Why?” he asked. Nobody replied.", ["“Why?” he asked.", "Nobody replied."]),
        ("They met in the U.S. The talks failed.", ["They met in the U.S.", "The talks failed."]),
        ("The court cited Lee v. Ames in full. It held.",
         ["The court cited Lee v. Ames in full.", "It held."]),
        ("She joined then-Sen. Ann Lee and Sens. Kim and Roe. They won.",
         ["She joined then-Sen. Ann Lee and Sens. Kim and Roe.", "They won."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    """Boundaries fall after sentence-final punctuation only."""
    assert _split(text) == expected


def test_offsets_point_into_the_text() -> None:
    """Offsets are relative to the whole text and trimmed of white space."""
    text = "xx  One. Two!  yy"
    assert split_sentences(text, 2, 15) == [(4, 8), (9, 13)]


def test_no_punctuation_is_one_sentence() -> None:
    """Text without a boundary is a single sentence; blank text has none."""
    assert _split("a headline without a stop") == ["a headline without a stop"]
    assert split_sentences("   ") == []


def test_linear_on_a_megabyte() -> None:
    """A megabyte of abbreviations and dots splits completely (speed is for bench/)."""
    text = "Gen. U.S. No. 5 a.m. " * 50_000
    spans = split_sentences(text)
    assert spans
    assert spans[0][0] == 0
    assert spans[-1][1] == len(text.rstrip())
