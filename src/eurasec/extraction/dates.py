"""Time expressions: find date phrases and resolve them against an anchor date.

Phrases are found with one compiled regex (``dateutil.parser.parse`` is about 130 times
slower than a compiled regex and would dominate extraction); month arithmetic uses
:class:`dateutil.relativedelta.relativedelta`.

A phrase without a year, such as ``on 21 June`` or ``on Tuesday``, means the most recent
such date not after the anchor (across year boundaries). Periods resolve to ranges:

============================  ==========================================  =========
phrase                        resolves to                                 precision
============================  ==========================================  =========
``on 21 June``, ``June 21``   that day                                    day
``on Tuesday (evening)``      the most recent Tuesday, the anchor's too   day
``yesterday``                 the day before the anchor                   day
``a day earlier``             the day before the anchor                   day
``three days ago``            three days before the anchor                day
``last week``                 the previous Monday to Sunday               week
``earlier this week``         Monday of the anchor's week to the anchor   week
``in May``, ``in May 2024``   the whole month                             month
``last month``                the previous month                          month
``earlier this month``        the first of the month to the anchor        month
``in 2021``, ``last year``    the whole year                              year
============================  ==========================================  =========

Without an anchor (or for an impossible date such as ``31 June``) the phrase keeps its
text with precision ``unknown``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil.relativedelta import MO, relativedelta

from ..models import Precision, TimeExpression

__all__ = ["find_dates", "resolve_date"]

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}

_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MON = rf"(?:{_FULL}|(?:{_ABBR})\.?)"
_WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_ON = r"(?:[Oo]n\s+)?"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_NUM = r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)"

_DATE = re.compile(
    rf"""
    \b(?:
      (?P<dmy>{_ON}(?:(?:{_WD}),?\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?
          (?P<m1>{_MON})(?:,?\s+(?P<y1>(?:19|20)\d\d))?(?![\w-]))
    | (?P<mdy>{_ON}(?:(?:{_WD}),?\s+)?(?P<m2>{_MON})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b
          (?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?)
    | (?P<my>(?:[Ii]n\s+|[Ss]ince\s+)?(?P<m3>{_FULL})\s+(?P<y3>(?:19|20)\d\d)\b)
    | (?P<mo>[Ii]n\s+(?:(?:early|late|mid-?)\s*)?(?P<m4>{_FULL})\b)
    | (?P<yr>[Ii]n\s+(?P<y5>(?:19|20)\d\d)\b(?![-–]))
    | (?P<wday>(?:(?P<last>[Ll]ast)\s+|{_ON})(?P<wd>{_WD}){_PART}\b)
    | (?P<rel>(?i:yesterday|today|tonight|last\s+night|earlier\s+today
          |this\s+(?:morning|afternoon|evening)
          |(?P<rnum>{_NUM})\s+(?P<runit>days?|weeks?)\s+(?:ago|earlier|before)
          |(?:the\s+)?day\s+before|the\s+previous\s+day
          |(?P<last2>last|earlier\s+this|earlier\s+in\s+the|this|the\s+previous|the\s+past)
              \s+(?P<unit>week|month|year)(?!\w)))
    )
    """,
    re.VERBOSE,
)


#: What every date phrase holds (besides a digit); a phrase starts at most ``_LEAD``
#: characters before its first anchor.
_MONTH_KEYS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
               "Dec")
_WORD_KEYS = ("day", "week", "month", "year", "night", "morning", "afternoon", "evening")
#: A run of digits or a month key: every branch starts with a literal character, so the
#: regex engine skips in C to the next digit or capital J, F, M, A, S, O, N, D (one scan
#: costs about a third of a ``[0-9]+`` scan plus a ``str.find`` per month key).
_DIGITS_MONTHS = re.compile("|".join((*(f"{d}[0-9]*" for d in "0123456789"), *_MONTH_KEYS)))
_LEAD = 40
_WORD_START = re.compile(r"\b\w+")
#: The words a date phrase can start with (lower case); digits too.
_STARTERS = frozenset((
    *_MONTHS, *_WEEKDAYS, *_NUMBERS, "on", "in", "since", "last", "yesterday", "today",
    "tonight", "earlier", "this", "the", "day"))


def _anchor_date(anchor: dt.datetime | dt.date | None) -> dt.date | None:
    if isinstance(anchor, dt.datetime):
        return anchor.date()
    return anchor


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _recent_day(month: int, day: int, a: dt.date) -> dt.date | None:
    """The most recent ``month``/``day`` not after ``a`` (tries back a few years for 29 Feb)."""
    for year in range(a.year, a.year - 8, -1):
        d = _day(year, month, day)
        if d is not None and d <= a:
            return d
    return None


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    return first, first + relativedelta(months=1, days=-1)


Resolved = tuple[Precision, dt.date, dt.date] | None


def _resolve(m: re.Match[str], a: dt.date | None) -> Resolved:
    """Resolve one match against the anchor; ``None`` when it cannot be resolved."""
    g = m.groupdict()
    if g["dmy"] or g["mdy"]:
        month = _MONTHS[(g["m1"] or g["m2"]).rstrip(".").lower()]
        day = int(g["d1"] or g["d2"])
        year = g["y1"] or g["y2"]
        if year:
            d = _day(int(year), month, day)
        elif a is None:
            return None
        else:
            d = _recent_day(month, day, a)
        return None if d is None else (Precision.DAY, d, d)
    if g["my"]:
        first, last = _month_range(int(g["y3"]), _MONTHS[g["m3"].lower()])
        return Precision.MONTH, first, last
    if g["yr"]:
        y = int(g["y5"])
        return Precision.YEAR, dt.date(y, 1, 1), dt.date(y, 12, 31)
    if a is None:
        return None
    if g["mo"]:
        month = _MONTHS[g["m4"].lower()]
        year = a.year if month <= a.month else a.year - 1
        first, last = _month_range(year, month)
        return Precision.MONTH, first, last
    if g["wday"]:
        back = (a.weekday() - _WEEKDAYS[g["wd"].lower()]) % 7
        if g["last"] and back == 0:
            back = 7
        d = a - dt.timedelta(days=back)
        return Precision.DAY, d, d
    return _relative(m, a)


def _relative(m: re.Match[str], a: dt.date) -> Resolved:
    phrase = " ".join(m.group("rel").lower().split())
    if (phrase in ("today", "tonight", "earlier today") or phrase.startswith("this ")) \
            and m.group("unit") is None:
        return Precision.DAY, a, a
    if phrase in ("yesterday", "last night", "day before", "the day before",
                  "the previous day"):
        d = a - dt.timedelta(days=1)
        return Precision.DAY, d, d
    if m.group("rnum"):
        n = _NUMBERS.get(m.group("rnum").lower()) or int(m.group("rnum"))
        if m.group("runit").startswith("week"):
            n *= 7
        d = a - dt.timedelta(days=n)
        return Precision.DAY, d, d
    unit = m.group("unit")
    recent = m.group("last2").split()[0].lower() in ("last", "the")
    if unit == "week":
        monday = a + relativedelta(weekday=MO(-1))
        if recent:
            return Precision.WEEK, monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
        return Precision.WEEK, monday, a
    if unit == "month":
        if recent:
            prev = a - relativedelta(months=1)
            first, last = _month_range(prev.year, prev.month)
            return Precision.MONTH, first, last
        return Precision.MONTH, a.replace(day=1), a
    if recent:
        return Precision.YEAR, dt.date(a.year - 1, 1, 1), dt.date(a.year - 1, 12, 31)
    return Precision.YEAR, dt.date(a.year, 1, 1), a


def _expression(text: str, m: re.Match[str], a: dt.date | None) -> TimeExpression:
    r = _resolve(m, a)
    if r is None:
        return TimeExpression(text=m.group(), start=m.start(), end=m.end(),
                              precision=Precision.UNKNOWN)
    precision, first, last = r
    return TimeExpression(text=m.group(), start=m.start(), end=m.end(), precision=precision,
                          earliest=first, latest=last)


def find_dates(text: str, start: int = 0, end: int | None = None,
               anchor: dt.datetime | dt.date | None = None) -> list[TimeExpression]:
    """Every time expression in ``text[start:end]``, resolved against ``anchor``.

    Offsets point into ``text``.

    >>> import datetime as dt
    >>> [(t.text, t.precision.value) for t in find_dates(
    ...     "Putin said on Tuesday, not in 2021.", anchor=dt.date(2024, 6, 22))]
    [('on Tuesday', 'day'), ('in 2021', 'year')]
    """
    a = _anchor_date(anchor)
    stop = len(text) if end is None else end
    return [_expression(text, m, a) for m in _matches(text, start, stop)]


_START = re.Match.start


def _anchors(text: str, start: int, stop: int) -> list[int]:
    """Offsets of the anchors in ``text[start:stop]``, sorted.

    Digits and month keys come from one scan of :data:`_DIGITS_MONTHS` (month keys cannot
    overlap: only their first letter is a capital). The case-blind words are found with
    ``str.find``, which runs in C at memory speed; a regex alternation of them costs more
    (it stops at every ``a``, ``d``, ``e``...).
    """
    out = list(map(_START, _DIGITS_MONTHS.finditer(text, start, stop)))
    low = text[start:stop].lower()
    if len(low) != stop - start:  # a letter whose lower case is longer (rare)
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text[start:stop])
    for key in _WORD_KEYS:
        i = low.find(key)
        while i >= 0:
            out.append(start + i)
            i = low.find(key, i + 3)
    out.sort()
    return out


def _matches(text: str, start: int, stop: int) -> list[re.Match[str]]:
    """The matches of ``_DATE.finditer(text, start, stop)``, found from their anchors.

    Every date phrase holds an anchor (a digit, a month, or one of ``_WORD_KEYS``) at
    most ``_LEAD`` characters after its start. ``_DATE`` is tried only at the word starts
    just before each anchor, left to right, which gives the leftmost, non-overlapping
    matches ``finditer`` would give at a fraction of the cost (the full pattern is
    expensive to attempt at every position). Linear: each anchor tries a bounded window.
    """
    out: list[re.Match[str]] = []
    done = start  # where the last match ended
    tried = start  # word starts before this one were tried and match nothing
    for a in _anchors(text, start, stop):
        if a < done:
            continue
        for w in _WORD_START.finditer(text, max(tried, a - _LEAD), stop):
            if w.start() > a:
                break
            word = w.group()
            if word.lower() not in _STARTERS and not word[0].isdigit():
                continue
            m = _DATE.match(text, w.start(), stop)
            if m is not None:
                out.append(m)
                done = m.end()
                break
        tried = max(done, a + 1)
    return out


def resolve_date(text: str, anchor: dt.datetime | dt.date | None) -> TimeExpression | None:
    """Find the first time expression in ``text`` and resolve it against ``anchor``.

    Args:
        text: A date phrase (``"on 21 June"``, ``"last week"``) or a sentence holding one.
        anchor: The date the text was written (an article's ``published``); ``None``
            leaves relative phrases unresolved.

    Returns:
        The expression, with offsets into ``text``; ``None`` when there is none. A phrase
        that cannot be resolved has precision ``unknown``.

    >>> import datetime as dt
    >>> import eurasec
    >>> eurasec.resolve_date("on 21 June", dt.date(2024, 6, 22)).value
    datetime.date(2024, 6, 21)
    >>> eurasec.resolve_date("on 30 December", dt.date(2025, 1, 3)).value
    datetime.date(2024, 12, 30)
    >>> eurasec.resolve_date("last week", dt.date(2024, 6, 22)).value
    (datetime.date(2024, 6, 10), datetime.date(2024, 6, 16))
    >>> eurasec.resolve_date("on Tuesday", None).precision
    <Precision.UNKNOWN: 'unknown'>
    """
    m = _DATE.search(text)
    if m is None:
        return None
    return _expression(text, m, _anchor_date(anchor))
