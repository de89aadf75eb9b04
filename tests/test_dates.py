"""Date phrases resolve against the publication date, the most recent match first."""

from __future__ import annotations

import datetime as dt

import pytest

import eurasec
from eurasec import Precision
from eurasec.extraction.dates import find_dates

ANCHOR = dt.datetime(2024, 6, 22, 8, 1)  # a Saturday


@pytest.mark.parametrize(
    ("phrase", "precision", "value"),
    [
        ("on 21 June", Precision.DAY, dt.date(2024, 6, 21)),
        ("June 21", Precision.DAY, dt.date(2024, 6, 21)),
        ("21 June 2023", Precision.DAY, dt.date(2023, 6, 21)),
        ("on Sept. 11", Precision.DAY, dt.date(2023, 9, 11)),
        ("in May 2024", Precision.MONTH, (dt.date(2024, 5, 1), dt.date(2024, 5, 31))),
        ("in March", Precision.MONTH, (dt.date(2024, 3, 1), dt.date(2024, 3, 31))),
        ("in 2021", Precision.YEAR, (dt.date(2021, 1, 1), dt.date(2021, 12, 31))),
        ("on Tuesday", Precision.DAY, dt.date(2024, 6, 18)),
        ("on Saturday evening", Precision.DAY, dt.date(2024, 6, 22)),
        ("last Saturday", Precision.DAY, dt.date(2024, 6, 15)),
        ("yesterday", Precision.DAY, dt.date(2024, 6, 21)),
        ("A day earlier", Precision.DAY, dt.date(2024, 6, 21)),
        ("two days ago", Precision.DAY, dt.date(2024, 6, 20)),
        ("last week", Precision.WEEK, (dt.date(2024, 6, 10), dt.date(2024, 6, 16))),
        ("Last week", Precision.WEEK, (dt.date(2024, 6, 10), dt.date(2024, 6, 16))),
        ("earlier this week", Precision.WEEK, (dt.date(2024, 6, 17), dt.date(2024, 6, 22))),
        ("earlier this month", Precision.MONTH, (dt.date(2024, 6, 1), dt.date(2024, 6, 22))),
        ("last month", Precision.MONTH, (dt.date(2024, 5, 1), dt.date(2024, 5, 31))),
    ],
)
def test_resolve(phrase: str, precision: Precision, value: object) -> None:
    """Each supported phrase resolves to its day or period."""
    t = eurasec.resolve_date(phrase, ANCHOR)
    assert t is not None
    assert (t.text, t.precision, t.value) == (phrase, precision, value)


def test_across_the_year_boundary() -> None:
    """A day later in the year than the anchor means last year's."""
    t = eurasec.resolve_date("on 30 December", dt.date(2025, 1, 3))
    assert t is not None
    assert t.value == dt.date(2024, 12, 30)


def test_unresolvable_keeps_text() -> None:
    """Without an anchor, or for an impossible day, the precision is unknown."""
    t = eurasec.resolve_date("on Tuesday", None)
    assert t is not None
    assert t.precision is Precision.UNKNOWN
    assert t.value is None
    t = eurasec.resolve_date("on 31 June", ANCHOR)
    assert t is not None
    assert t.precision is Precision.UNKNOWN


def test_no_date() -> None:
    """Text without a date phrase gives None; the modal ``may`` is not a month."""
    assert eurasec.resolve_date("Russia may respond.", ANCHOR) is None


def test_offsets() -> None:
    """Found expressions carry offsets into the text."""
    text = "Putin said on 21 June that he would go in 2025."
    found = find_dates(text, anchor=ANCHOR)
    assert [text[t.start:t.end] for t in found] == ["on 21 June", "in 2025"]


def test_linear_on_a_megabyte() -> None:
    """Pathological digit and month soup is scanned completely, as finditer would (speed is
    measured in bench/, not asserted here)."""
    text = "21 21 June June Monday last " * 40_000
    found = find_dates(text, anchor=ANCHOR)
    assert [t.text for t in found[:2]] == ["21 June", "Monday"]
    assert len(found) == 2 * 40_000

