"""Statements: who conveyed what, through which cue, when, reported by whom, how hedged."""

from __future__ import annotations

import datetime as dt
from enum import Enum

import attrs

from .spans import Span

__all__ = ["Cue", "Precision", "Quote", "Statement", "StatementKind", "TimeExpression"]


@attrs.frozen(kw_only=True)
class Quote(Span):
    """Text inside quotation marks, attributed to the statement's speaker.

    The span excludes the marks and includes punctuation that stands inside them.
    """

    partial: bool = False
    """``True`` for a fragment woven into the writer's sentence (``a new “Eurasian security
    architecture”``); ``False`` for quoted sentences."""


@attrs.frozen(kw_only=True)
class Cue(Span):
    """The words that mark an attribution: ``said``, ``according to``, a headline ``:``."""

    lemma: str
    """Normalised form: ``say``, ``according to``, ``:``."""


class Precision(str, Enum):
    """How precisely a time expression is known."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True)
class TimeExpression(Span):
    """A date phrase in the text and what it resolves to.

    ``earliest`` and ``latest`` bound the period meant (equal for a day); both are ``None``
    when the phrase could not be resolved (precision ``unknown``).

    >>> import datetime as dt
    >>> TimeExpression(text="on 21 June", start=0, end=10, precision=Precision.DAY,
    ...                earliest=dt.date(2024, 6, 21), latest=dt.date(2024, 6, 21)).value
    datetime.date(2024, 6, 21)
    """

    precision: Precision
    """Day, week, month, year, or unknown."""
    earliest: dt.date | None = None
    """First day of the period meant."""
    latest: dt.date | None = None
    """Last day of the period meant."""

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if (self.earliest is None) != (self.latest is None):
            raise ValueError("earliest and latest must both be set or both be None")
        if self.earliest is not None and self.latest is not None:
            if self.latest < self.earliest:
                raise ValueError("latest must not be before earliest")
            if self.precision is Precision.UNKNOWN:
                raise ValueError("a resolved time expression needs a precision")

    @property
    def value(self) -> dt.date | tuple[dt.date, dt.date] | None:
        """The resolved date, a ``(first, last)`` range, or ``None`` when unresolved."""
        if self.earliest is None or self.latest is None:
            return None
        if self.earliest == self.latest:
            return self.earliest
        return (self.earliest, self.latest)


class StatementKind(str, Enum):
    """Whether the content is quoted, paraphrased, or both."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


def _short(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for a readable repr."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


@attrs.frozen(kw_only=True, repr=False)
class Statement:
    """One attribution: an actor conveys content through a cue.

    Offsets point into the text the statement was extracted from (``Article.text``). The
    ``repr`` is a one-line summary; every field is an attribute.

    >>> import eurasec
    >>> eurasec.extract("Putin said on Friday that talks failed.").statements[0]
    <Statement [0:39] speaker='vladimir-putin' cue='said' content='that talks failed'...>
    """

    speaker: str | None
    """Actor id of who conveyed the content; ``None`` when unresolved."""
    source: Span | None
    """The words naming the speaker in this sentence (``ISW``, ``He``, ``the ministry``);
    ``None`` for sourceless attributions such as ``it was reported that``."""
    cue: Cue | None
    """The attribution cue; ``None`` for a quote with no cue in its sentence, attributed
    from the context (the source the article follows)."""
    content: Span
    """What was conveyed."""
    quotes: tuple[Quote, ...] = ()
    """Direct quotes attributed to the speaker."""
    kind: StatementKind = StatementKind.INDIRECT
    """Direct, indirect or mixed."""
    date: TimeExpression | None = None
    """When it was said, from the sentence itself; ``None`` when the sentence gives no date
    (the article's date is not assumed)."""
    reported_by: tuple[str, ...] = ()
    """Actor ids of who relayed the statement, outermost first."""
    hedges: tuple[str, ...] = ()
    """Hedging words, lower-cased: ``likely``, ``may``, ``suggests``..."""
    paragraph: int | None = None
    """Index into ``Article.paragraphs``; ``None`` outside the body."""
    start: int
    """Start of the sentence (or sentences) holding the statement."""
    end: int
    """End of that sentence."""

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid sentence offsets [{self.start}, {self.end})")

    def __repr__(self) -> str:
        parts = [f"<Statement [{self.start}:{self.end}] speaker={self.speaker!r}",
                 f"cue={self.cue.text if self.cue else None!r}",
                 f"content={_short(self.content.text)!r}", f"kind={self.kind.value}"]
        if self.date is not None:
            parts.append(f"date={self.date.text!r}")
        if self.reported_by:
            parts.append(f"reported_by={self.reported_by!r}")
        if self.hedges:
            parts.append(f"hedges={self.hedges!r}")
        return " ".join(parts) + ">"

    def _repr_html_(self) -> str:
        """The HTML view, for Jupyter (see :func:`eurasec.to_html`)."""
        from ..formats.html import to_html

        return to_html(self, full=False)
