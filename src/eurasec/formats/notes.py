"""Notes: a minimal plain format for hand-written articles (``docs/format.md`` §9).

A headline line, an ISO 8601 date line, then the body::

    Putin and Kim sign a defence pact
    2024-06-19T14:30+09:00

    Russia and North Korea signed a treaty on Wednesday.

Every non-blank character ends up in exactly one block, as in the text format.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from dateutil.parser import isoparse

from ..models import Article, Block, BlockKind, Paragraph
from ..textutil import content_id, line_spans, trim
from ._source import SourceText

__all__ = ["ISO_DATE", "NotesParser", "parse_iso_datetime", "parse_notes"]

ISO_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
)
"""The date line, matched against the whole trimmed line: ``2024-06-19``,
``2024-06-19 14:30``, ``2024-06-19T14:30:05+09:00``, ``2024-06-19T05:30Z``."""

_DATE_LIKE = re.compile(r"\d{4}-\d{1,2}(?:-|\b)")
"""A line that starts like an ISO date; if it is not a valid one it is ``bad-date``."""


def parse_iso_datetime(value: str, tz: dt.tzinfo | None = None) -> dt.datetime:
    """An ISO 8601 date or date-time as a ``datetime`` (midnight for a date alone).

    A zone in ``value`` becomes a fixed-offset :class:`datetime.timezone`; ``tz`` is
    attached only when ``value`` has none.

    >>> parse_iso_datetime("2024-06-19T14:30+09:00").isoformat()
    '2024-06-19T14:30:00+09:00'
    >>> parse_iso_datetime("2024-06-19")
    datetime.datetime(2024, 6, 19, 0, 0)

    Raises:
        ValueError: for an impossible or malformed date (dateutil's message).
    """
    when = isoparse(value)
    offset = when.utcoffset()
    if offset is not None:
        zone = dt.timezone.utc if not offset else dt.timezone(offset)
        return when.replace(tzinfo=zone)
    return when.replace(tzinfo=tz) if tz is not None else when


class _Notes(SourceText):
    def __init__(self, text: str, source: str, strict: bool) -> None:
        super().__init__(text, source, strict)
        self.blocks: list[Block] = []

    def emit(self, kind: BlockKind, start: int, end: int) -> Block:
        block = Block(kind=kind, text=self.text[start:end], start=start, end=end)
        self.blocks.append(block)
        return block

    def run(self, tz: dt.tzinfo | None) -> Article:
        spans = [trim(self.text, s, e) for s, e in self.lines]
        filled = [i for i, (s, e) in enumerate(spans) if s < e]
        headline = dateline = None
        published = None
        body_from = len(spans)
        if not filled:
            self.problem("empty", "expected a headline, found an empty document", 0)
        else:
            headline = self.emit(BlockKind.HEADLINE, *spans[filled[0]])
            body_from = filled[0] + 1
            if len(filled) < 2:
                self.problem("missing-date", "expected an ISO 8601 date line such as "
                             "2024-06-19 after the headline", len(self.text.rstrip()))
            else:
                s, e = spans[filled[1]]
                line = self.text[s:e]
                if ISO_DATE.fullmatch(line):
                    dateline = self.emit(BlockKind.DATELINE, s, e)
                    body_from = filled[1] + 1
                    try:
                        published = parse_iso_datetime(line, tz)
                    except ValueError as exc:
                        self.problem("bad-date", f"invalid date: {exc}", s)
                elif _DATE_LIKE.match(line):
                    self.problem("bad-date", "malformed date: expected ISO 8601 such as "
                                 "2024-06-19 or 2024-06-19T14:30+09:00", s)
                else:
                    self.problem("missing-date", "expected an ISO 8601 date line such as "
                                 "2024-06-19 after the headline", s)
        self._body(spans, body_from)
        return Article(
            id=content_id(self.text),
            text=self.text,
            format="notes",
            source=self.source,
            title=headline.text if headline else None,
            dateline=dateline.text if dateline else None,
            published=published,
            paragraphs=tuple(Paragraph(text=b.text, start=b.start, end=b.end)
                             for b in self.blocks if b.kind is BlockKind.PARAGRAPH),
            blocks=tuple(self.blocks),
            diagnostics=tuple(self.diagnostics),
        )

    def _body(self, spans: list[tuple[int, int]], first: int) -> None:
        start = end = None
        for s, e in [*spans[first:], (0, 0)]:  # a blank sentinel closes the last paragraph
            if s < e:
                start = s if start is None else start
                end = e
            elif start is not None and end is not None:
                self.emit(BlockKind.PARAGRAPH, start, end)
                start = end = None
        if self.blocks and not any(b.kind is BlockKind.PARAGRAPH for b in self.blocks):
            self.problem("missing-body", "expected at least one body paragraph after the date",
                         len(self.text.rstrip()))


def parse_notes(
    text: str, *, source: str = "<string>", strict: bool = True, tz: dt.tzinfo | None = None
) -> Article:
    """Parse one article in the notes format (structure only, no extraction).

    Args:
        text: The note, decoded.
        source: Where it came from, for error messages.
        strict: Raise :class:`~eurasec.ParseError` at the first error; when ``False``,
            record errors as ``article.diagnostics`` and keep going.
        tz: Time zone to attach to ``published`` when the date line has none.

    Raises:
        ParseError: In strict mode, codes ``empty``, ``missing-date``, ``bad-date``,
            ``missing-body``.

    >>> a = parse_notes("Kim meets Putin\\n2024-06-19T14:30+09:00\\n\\nThey met.\\n")
    >>> a.title, a.published.isoformat(), [p.text for p in a.paragraphs]
    ('Kim meets Putin', '2024-06-19T14:30:00+09:00', ['They met.'])
    """
    return _Notes(text, source, strict).run(tz)


class NotesParser:
    """The built-in parser of the notes format, under the name ``notes``."""

    name = "notes"
    aliases: tuple[str, ...] = ("note",)
    filenames: tuple[str, ...] = ("*.note", "*.notes", "*.txt")

    def sniff(self, text: str) -> float:
        """0.95 when the second non-blank line (in the first 4 KiB) is an ISO date, else 0."""
        head = text[:4096]
        seen = 0
        for s, e in line_spans(head):
            s, e = trim(head, s, e)
            if s == e:
                continue
            seen += 1
            if seen == 2:
                return 0.95 if ISO_DATE.fullmatch(head, s, e) else 0.0
        return 0.0

    def parse(self, text: str, *, source: str = "<string>", strict: bool = True,
              tz: dt.tzinfo | None = None, **options: Any) -> Article:
        """Parse ``text``; see :func:`parse_notes`. Other options are ignored."""
        return parse_notes(text, source=source, strict=strict, tz=tz)
