"""The seed text format: ``docs/format.md`` is its specification, this module its parser.

The parser works in two passes, both linear in the input: it cuts the text into blocks
(runs of non-blank lines), then walks the blocks once, deciding the kind of each. Every
non-blank character ends up in exactly one block; what fits nowhere becomes an
``unrecognized`` block with a diagnostic, never dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

import attrs

from ..models import Article, Block, BlockKind, Paragraph, Severity
from ..resources import load_data
from ..textutil import content_id, line_spans, trim
from ._source import SourceText

__all__ = ["TextFormatParser", "parse_text"]

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))

DATELINE = re.compile(
    rf"(?P<mon>(?i:{_MONTH_ALT}))\.?\s+(?P<day>\d{{1,2}}),\s*(?P<year>\d{{4}})"
    r"\s*[-\u2013\u2014]\s*(?P<hour>\d{1,2}):(?P<minute>\d{2})"
    r"(?:\s*(?P<tz>UTC|GMT|Z|[+-]\d{2}:?\d{2}))?"
)
"""A dateline, matched against a whole trimmed line: ``Jun 22, 2024 - 08:01``."""

_DATELINE_LIKE = re.compile(rf"(?i:{_MONTH_ALT})\.?\s+\d{{1,3}}\b")
"""A line that starts like a dateline; if it does not match :data:`DATELINE` it is an error."""

_SOURCE_PREFIX = re.compile(
    r"(?P<src>[A-Z][\w.&'\u2019-]*(?: [A-Z][\w.&'\u2019-]*){0,3}):\s+(?=\S)"
)
_NOT_SOURCES = frozenset({"update", "updated", "breaking", "exclusive", "analysis", "opinion",
                          "explainer", "live", "video", "photos", "watch", "interview"})
_READ_ALSO = re.compile(r"(?i:read also|read more|see also):")
_CREDIT = re.compile(r"(?i:\b(?:photo|image|credit|source|illustration)s?\s*(?:by|:))")
_REPORTING = re.compile(
    r"(?i:\b(?:said|says|told|tells|reported|reports|announced|stated|according to)\b)")

_CLOSERS = "\"'\u2019\u201d\u00bb)]"
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u2019\u201d]?\s+[A-Z\u201c\"]")

CAPTION_MAX_WORDS = 12
"""A one-line first block after the dateline with at most this many words, and no
reporting verb, is a caption (so is one of up to :data:`CREDIT_CAPTION_MAX_WORDS` words
that carries a photo credit)."""
CREDIT_CAPTION_MAX_WORDS = 60
"""Longest caption with a credit (``Photo: ...``)."""
RELATED_MAX_WORDS = 30
"""A related headline has at most this many words and does not end like a sentence."""
MAX_FRONT_BLOCKS = 3
"""How many blocks after the headline may hold the standfirst and the dateline."""


@cache
def _footers() -> tuple[tuple[str, str, str | None], ...]:
    """``(opening, publisher, actor id)`` for every known site footer, longest opening first."""
    out = []
    for entry in load_data("footers.json")["footers"]:
        for opening in entry["openings"]:
            out.append((opening, entry["publisher"], entry.get("actor")))
    return tuple(sorted(out, key=lambda t: -len(t[0])))


@attrs.define
class _Raw:
    """A run of non-blank lines: the trimmed ``(start, end)`` of each."""

    lines: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.lines[0][0]

    @property
    def end(self) -> int:
        return self.lines[-1][1]


class _Parser(SourceText):
    def __init__(self, text: str, source: str, strict: bool) -> None:
        super().__init__(text, source, strict)
        self.blocks: list[Block] = []
        self.raw = self._group(self.lines)

    # ---- plumbing -------------------------------------------------------------------
    def _group(self, lines: list[tuple[int, int]]) -> list[_Raw]:
        raw: list[_Raw] = []
        current: list[tuple[int, int]] = []
        for s, e in lines:
            s, e = trim(self.text, s, e)
            if s == e:
                if current:
                    raw.append(_Raw(current))
                    current = []
            else:
                current.append((s, e))
        if current:
            raw.append(_Raw(current))
        return raw

    def emit(self, kind: BlockKind, start: int, end: int) -> Block:
        block = Block(kind=kind, text=self.text[start:end], start=start, end=end)
        self.blocks.append(block)
        return block

    def line_text(self, span: tuple[int, int]) -> str:
        return self.text[span[0]:span[1]]

    def split_after(self, i: int, keep: int, code: str, msg: str) -> None:
        """Block ``i`` should end after ``keep`` lines: report it and split off the rest."""
        block = self.raw[i]
        rest = block.lines[keep:]
        self.problem(code, msg, rest[0][0])
        block.lines = block.lines[:keep]
        self.raw.insert(i + 1, _Raw(rest))

    # ---- the walk -------------------------------------------------------------------
    def run(self, tz: dt.tzinfo | None) -> Article:
        if not self.raw:
            self.problem("empty", "expected a headline, found an empty document", 0)
            return self._article(tz)
        # Headline: the first line.
        if len(self.raw[0].lines) > 1:
            second = self.raw[0].lines[1]
            what = ("the dateline" if DATELINE.fullmatch(self.line_text(second))
                    else "the next block")
            self.split_after(0, 1, "missing-blank-line",
                             f"expected a blank line between the headline and {what}")
        headline = self.emit(BlockKind.HEADLINE, self.raw[0].start, self.raw[0].end)
        self.headline = headline
        i = self._front(1)
        self._body(i)
        return self._article(tz)

    def _find_dateline(self, first: int) -> int | None:
        """Index of the block opening with the dateline, splitting a block if needed."""
        for i in range(first, min(first + MAX_FRONT_BLOCKS, len(self.raw))):
            for k, span in enumerate(self.raw[i].lines):
                if DATELINE.fullmatch(self.line_text(span)):
                    if k:
                        self.split_after(i, k, "missing-blank-line",
                                         "expected a blank line before the dateline")
                        return i + 1
                    return i
        return None

    def _front(self, i: int) -> int:
        """Standfirst, dateline and repeated headline; returns the first body block."""
        d = self._find_dateline(i)
        if d is None:
            self._dateline_missing(i)
            self.dateline = None
            return i
        if d > i:
            sf = self.raw[i]
            self.emit(BlockKind.STANDFIRST, sf.start, sf.end)
            for extra in self.raw[i + 1:d]:
                self.problem("unexpected-block",
                             "expected the dateline after the standfirst, found another block",
                             extra.start)
                self.emit(BlockKind.UNRECOGNIZED, extra.start, extra.end)
        block = self.raw[d]
        if len(block.lines) > 2:
            self.split_after(d, 2, "missing-blank-line",
                             "expected a blank line after the repeated headline")
        dl = block.lines[0]
        self.dateline = self.emit(BlockKind.DATELINE, *dl)
        if len(block.lines) == 2:
            rep = self.emit(BlockKind.REPEATED_HEADLINE, *block.lines[1])
            if " ".join(rep.text.split()) != " ".join(self.headline.text.split()):
                self.problem("repeated-headline-differs",
                             "the line under the dateline differs from the headline; "
                             "kept as the repeated headline", rep.start,
                             severity=Severity.WARNING)
        return d + 1

    def _dateline_missing(self, i: int) -> None:
        for k in range(i, min(i + MAX_FRONT_BLOCKS, len(self.raw))):
            for span in self.raw[k].lines:
                line = self.line_text(span)
                if _DATELINE_LIKE.match(line) and len(line) < 60:
                    self.problem("bad-dateline",
                                 "malformed dateline: expected 'Mon D, YYYY - HH:MM' "
                                 "such as 'Jun 22, 2024 - 08:01'", span[0])
                    return
        where = self.raw[i].start if i < len(self.raw) else self.headline.end
        self.problem("missing-dateline",
                     "expected a dateline such as 'Jun 22, 2024 - 08:01' after the headline "
                     "and the optional standfirst", where)

    def _body(self, i: int) -> None:
        raw = self.raw
        end = len(raw)
        footer_at = self._footer_start(i)
        if footer_at is not None:
            end = footer_at
        # Caption: a short single line first, with more body after it.
        if i < end and self.dateline is not None and self._is_caption(i, end):
            self.emit(BlockKind.CAPTION, raw[i].start, raw[i].end)
            i += 1
        after_read_also = False
        for k in range(i, end):
            block = raw[k]
            first = block.lines[0]
            m = _READ_ALSO.match(self.text, first[0], first[1])
            if m:
                self.emit(BlockKind.READ_ALSO, first[0], m.end())
                rest_s, rest_e = trim(self.text, m.end(), first[1])
                lines = ([(rest_s, rest_e)] if rest_s < rest_e else []) + block.lines[1:]
                after_read_also = self._related(lines)
                continue
            if after_read_also and len(block.lines) == 1 and self._headline_like(first):
                self.emit(BlockKind.RELATED, *first)
                continue
            after_read_also = False
            self.emit(BlockKind.PARAGRAPH, block.start, block.end)
        if footer_at is not None:
            self.emit(BlockKind.FOOTER, raw[footer_at].start, raw[-1].end)
        if not any(b.kind is BlockKind.PARAGRAPH for b in self.blocks):
            where = raw[i].start if i < len(raw) else len(self.text.rstrip())
            self.problem("missing-body", "expected at least one body paragraph", where)

    def _related(self, lines: Sequence[tuple[int, int]]) -> bool:
        """Emit the lines after ``Read also:``; True while related headlines may follow."""
        for span in lines:
            if not self._headline_like(span):
                self.emit(BlockKind.PARAGRAPH, span[0], lines[-1][1])
                return False
            self.emit(BlockKind.RELATED, *span)
        return True

    def _headline_like(self, span: tuple[int, int]) -> bool:
        line = self.line_text(span)
        last = line.rstrip(_CLOSERS)[-1:] or line[-1]
        return (len(line.split()) <= RELATED_MAX_WORDS and last not in ".:;,"
                and not _SENTENCE_BREAK.search(line) and not _READ_ALSO.match(line))

    def _is_caption(self, i: int, end: int) -> bool:
        block = self.raw[i]
        if len(block.lines) != 1:
            return False
        line = self.line_text(block.lines[0])
        if _READ_ALSO.match(line) or line.endswith(":"):
            return False
        words = len(line.split())
        if _CREDIT.search(line):
            if words > CREDIT_CAPTION_MAX_WORDS:
                return False
        elif words > CAPTION_MAX_WORDS or _REPORTING.search(line):
            return False
        # Something that is body text must follow.
        return any(not _READ_ALSO.match(self.line_text(b.lines[0])) for b in self.raw[i + 1:end])

    def _footer_start(self, i: int) -> int | None:
        for k in range(i, len(self.raw)):
            s = self.raw[k].start
            for opening, publisher, _actor in _footers():
                if self.text.startswith(opening, s):
                    self.publisher: str | None = publisher
                    return k
        return None

    # ---- the result -----------------------------------------------------------------
    def _published(self, tz: dt.tzinfo | None) -> dt.datetime | None:
        dl = getattr(self, "dateline", None)
        if dl is None:
            return None
        m = DATELINE.fullmatch(dl.text)
        assert m is not None
        try:
            month = _MONTHS[m["mon"].lower()]
            when = dt.datetime(int(m["year"]), month, int(m["day"]), int(m["hour"]),
                               int(m["minute"]))
        except ValueError as exc:
            field = "day" if "day" in str(exc) or "month" in str(exc) else "hour"
            if "minute" in str(exc):
                field = "minute"
            self.problem("bad-dateline", f"invalid dateline: {exc}", dl.start + m.start(field))
            return None
        if m["tz"]:
            return when.replace(tzinfo=_offset(m["tz"]))
        return when.replace(tzinfo=tz) if tz is not None else when

    def _article(self, tz: dt.tzinfo | None) -> Article:
        published = self._published(tz)
        self._cover()
        by_kind: dict[BlockKind, list[Block]] = {}
        for b in self.blocks:
            by_kind.setdefault(b.kind, []).append(b)

        def first(kind: BlockKind) -> str | None:
            found = by_kind.get(kind)
            return found[0].text if found else None

        title = title_source = None
        if BlockKind.HEADLINE in by_kind:
            head = by_kind[BlockKind.HEADLINE][0].text
            m = _SOURCE_PREFIX.match(head)
            if m and m["src"].lower() not in _NOT_SOURCES:
                title_source, title = m["src"], head[m.end():]
            else:
                title = head
        return Article(
            id=content_id(self.text),
            text=self.text,
            format="text",
            source=self.source,
            title=title,
            title_source=title_source,
            standfirst=first(BlockKind.STANDFIRST),
            dateline=first(BlockKind.DATELINE),
            published=published,
            caption=first(BlockKind.CAPTION),
            paragraphs=tuple(Paragraph(text=b.text, start=b.start, end=b.end)
                             for b in by_kind.get(BlockKind.PARAGRAPH, ())),
            related=tuple(b.text for b in by_kind.get(BlockKind.RELATED, ())),
            footer=first(BlockKind.FOOTER),
            publisher=getattr(self, "publisher", None),
            blocks=tuple(self.blocks),
            diagnostics=tuple(self.diagnostics),
        )

    def _cover(self) -> None:
        """Make sure every non-blank character is in a block (a guard on the walk)."""
        self.blocks.sort(key=lambda b: b.start)
        pos = 0
        covered: list[Block] = []
        for b in self.blocks:
            if b.start > pos:
                covered.extend(self._orphans(pos, b.start))
            covered.append(b)
            pos = b.end
        covered.extend(self._orphans(pos, len(self.text)))
        self.blocks = covered

    def _orphans(self, start: int, end: int) -> list[Block]:
        s, e = trim(self.text, start, end)
        if s == e:
            return []
        self.problem("unrecognized", "text outside any block; kept as unrecognized", s)
        return [Block(kind=BlockKind.UNRECOGNIZED, text=self.text[s:e], start=s, end=e)]


def _offset(tz: str) -> dt.tzinfo:
    if tz in ("UTC", "GMT", "Z"):
        return dt.timezone.utc
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def parse_text(
    text: str, *, source: str = "<string>", strict: bool = True, tz: dt.tzinfo | None = None
) -> Article:
    """Parse one article in the seed text format (structure only, no extraction).

    Args:
        text: The article, decoded.
        source: Where it came from, for error messages.
        strict: Raise :class:`~eurasec.ParseError` at the first error; when ``False``,
            record errors as ``article.diagnostics`` and keep going.
        tz: Time zone to attach to ``published`` when the dateline has none.

    Raises:
        ParseError: In strict mode, on the first violation of ``docs/format.md``.
    """
    return _Parser(text, source, strict).run(tz)


class TextFormatParser:
    """The built-in parser of the seed text format, under the name ``text``."""

    name = "text"
    aliases: tuple[str, ...] = ("seed", "euromaidan")
    filenames: tuple[str, ...] = ("*.txt",)

    def sniff(self, text: str) -> float:
        """Confidence that ``text`` is in this format: a dateline within the first lines."""
        head = text[:4096]
        for s, e in line_spans(head)[:12]:
            s, e = trim(head, s, e)
            if DATELINE.fullmatch(head, s, e):
                return 0.9
        return 0.1 if head.strip() else 0.0

    def parse(self, text: str, *, source: str = "<string>", strict: bool = True,
              tz: dt.tzinfo | None = None, **options: Any) -> Article:
        """Parse ``text``; see :func:`parse_text`. Other options are ignored."""
        return parse_text(text, source=source, strict=strict, tz=tz)
