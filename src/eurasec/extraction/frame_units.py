"""Sentence units: the sentences of a text's segments, with their frames and dates.

:func:`sentence_units` splits each segment into sentences (joined where a boundary falls inside a
quotation, or where a short quotation tag follows), finds the time expressions and the
attribution frames of the sentences a cue may stand in, and joins a quotation-only
sentence to the direct statement before it. :mod:`.statements` turns the units' frames
into statements; :func:`continue_across` links quotations across paragraphs for corpora
that mark them as one content.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from ..models import BlockKind, TimeExpression
from .dates import find_dates
from .frame_labels import label_frame
from .frames import Frame, find_frames, headline_frame
from .lexicon import Lexicon
from .quotes import find_quotes
from .sentences import split_sentences

if TYPE_CHECKING:
    from .pipeline import Segment

__all__ = ["Unit", "continue_across", "continue_after_tag", "direct_quote", "sentence_units"]

_OPEN = "“\"„«‘"
_OPEN_DOUBLE = "“\"„«"
_CLOSE = "”\"»’"

#: The longest sentence (in characters) read as the tag of the quotation before it.
_TAG = 60
#: ... and in words: ``Priebus said.``, ``Mayor Ann Lee asked.``; anything longer is a
#: sentence of its own.
_TAG_WORDS = 6
#: ... when the sentence before does not open with the quotation (``The plan is
#: “reckless.” Lee said.``): a longer one has a content of its own (``Lee said it is “bad.”
#: Kim says the report found nothing.``).
_MIXED_TAG_WORDS = 4


class Unit:
    """One sentence (or several joined by a quotation) with its frames and dates.

    ``tail`` is the next paragraph when the unit runs into it (``Lee said:`` ¶ ``“...”``).
    """

    __slots__ = ("dates", "end", "frames", "quotes", "segment", "start", "tail")

    def __init__(self, segment: Segment, start: int, end: int, frames: list[Frame],
                 dates: list[TimeExpression], quotes: list[tuple[int, int]],
                 tail: Segment | None = None) -> None:
        self.segment, self.start, self.end = segment, start, end
        self.frames, self.dates, self.quotes = frames, dates, quotes
        self.tail = tail

    @property
    def last(self) -> Segment:
        """The segment the unit ends in."""
        return self.tail or self.segment


def _sentences(text: str, seg: Segment, quotes: list[tuple[int, int]],
               scanner: re.Pattern[str]) -> list[tuple[int, int]]:
    """The sentences of a segment, joined where a boundary falls inside a quotation, and
    where a short sentence with a cue and no comma follows a closing quotation mark
    (``“Why?” Lee asked.``, ``“We won!” the mayor said.``; shorter still after a sentence
    that does not open with the quotation)."""
    out: list[tuple[int, int]] = []
    qi = 0
    for s, e in split_sentences(text, seg.start, seg.end):
        while qi < len(quotes) and quotes[qi][1] < s:
            qi += 1
        if out and qi < len(quotes) and quotes[qi][1] == s:
            s = _closing_mark(text, out, s, e)  # ``ready. ” Then``: the mark ends the last
            qi += 1
            if s >= e:
                continue
        in_quote = qi < len(quotes) and quotes[qi][0] < s and quotes[qi][1] > out[-1][1] - 2 \
            if out else False
        most = _TAG_WORDS if out and text[out[-1][0]] in _OPEN else _MIXED_TAG_WORDS
        tag = bool(out) and text[out[-1][1] - 1] in _CLOSE and e - s <= _TAG \
            and text[s] not in _OPEN and "," not in text[s:e] \
            and len(text[s:e].split()) <= most and scanner.search(text, s, e) is not None
        if in_quote or tag:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _closing_mark(text: str, out: list[tuple[int, int]], s: int, e: int) -> int:
    """Move a closing quotation mark that a split left at the start of a sentence (a mark
    set apart by a space: ``we are ready. ” Then``) to the end of the sentence before it;
    return where the sentence now starts."""
    out[-1] = (out[-1][0], s + 1)
    s += 1
    while s < e and text[s].isspace():
        s += 1
    return s


def _has_cue(text: str, s: int, e: int, first: re.Match[str] | None,
             search: Callable[[str, int, int], re.Match[str] | None]) -> bool:
    """Whether a cue stands in the sentence ``[s, e)``, reusing ``first``, the first cue of
    its segment (if known): a sentence that ends before it has none, the one that holds it
    has one; only later sentences are searched. (A sentence ends at the segment's end or
    before white space, where the scanner's word boundary reads the same.)"""
    if first is not None:
        if e <= first.start():
            return False
        if s <= first.start() and first.end() <= e:
            return True
    return search(text, s, e) is not None


def sentence_units(text: str, segments: Sequence[Segment], published: dt.datetime | dt.date | None,
           lexicon: Lexicon, stance: bool = False) -> list[Unit]:
    """The sentences of the segments, with frames and dates where a cue may stand.

    One trie regex of every cue form (:attr:`Lexicon.scanner`) decides which sentences
    deserve a closer look: only those are tokenised, matched against the frame shapes and
    searched for dates. A segment with neither a cue nor a quotation is skipped whole
    (quotations matter without a cue: continued and cue-less quotes).
    """
    units: list[Unit] = []
    search = lexicon.scanner.search
    taken: Segment | None = None  # a paragraph already read as the content of a colon
    for idx, seg in enumerate(segments):
        if seg is taken:
            continue
        if seg.kind in (BlockKind.HEADLINE, BlockKind.PARAGRAPH):
            hf = (headline_frame if seg.kind is BlockKind.HEADLINE else label_frame)(
                text, seg.start, seg.end)
            if hf is not None:
                units.append(Unit(seg, seg.start, seg.end, [hf], [],
                                   find_quotes(text, seg.start, seg.end)))
                continue
        quotes = find_quotes(text, seg.start, seg.end, runs_on=_runs_on(text, segments, idx))
        first = None if quotes else search(text, seg.start, seg.end)
        if not quotes and first is None:
            continue
        sents = _sentences(text, seg, quotes, lexicon.scanner)
        tail = _colon_block(text, segments, idx, sents[-1], search) if sents else None
        if tail is not None:
            sents[-1] = (sents[-1][0], tail.end)
            quotes = quotes + find_quotes(text, tail.start, tail.end,
                                          runs_on=_runs_on(text, segments, idx + 1))
            taken = tail
        for s, e in sents:
            if not _has_cue(text, s, e, first, search):
                units.append(Unit(seg, s, e, [], [], quotes))
                continue
            dates = find_dates(text, s, e, published)
            frames = find_frames(text, (s, e), quotes, [(d.start, d.end) for d in dates],
                                 lexicon, stance=stance)
            units.append(Unit(seg, s, e, frames, dates, quotes,
                              tail if tail is not None and e == tail.end else None))
    _continue_quotes(text, units)
    _continue_runs(text, units)
    return units


def _runs_on(text: str, segments: Sequence[Segment], idx: int) -> bool:
    """Whether a quotation left open in segment ``idx`` runs on into the next paragraph:
    the next segment is the next paragraph and opens with a double quotation mark."""
    if idx + 1 >= len(segments):
        return False
    seg, nxt = segments[idx], segments[idx + 1]
    return (seg.paragraph is not None and nxt.paragraph == seg.paragraph + 1
            and text[nxt.start] in _OPEN_DOUBLE)


def _continue_runs(text: str, units: list[Unit]) -> None:
    """Quotations continued in the paragraphs after a direct statement: a quotation that
    runs on (``He said: “A.`` ¶ ``“B.`` ¶ ``“C.”``), or one closed after its tag and picked
    up by a paragraph that is only a quotation (``“A,” Lee said.`` ¶ ``“B.”``). Each such
    paragraph becomes a further part of the frame, and the unit runs on with it; a
    paragraph with a cue of its own, or with more than the quotation, ends the run."""
    held: tuple[Unit, Frame] | None = None
    for unit in units:
        if unit.start >= unit.end:
            continue
        seg = unit.segment
        if held is not None:
            h, f = held
            held = None
            q = next((q for q in unit.quotes if q[0] == unit.start + 1), None)
            if (not unit.frames and unit.start == seg.start
                    and seg.paragraph is not None and h.last.paragraph is not None
                    and seg.paragraph == h.last.paragraph + 1
                    and q is not None and (q[1] == seg.end or unit.end - q[1] <= 2)):
                f.parts.append(q)
                h.end, h.tail = unit.end, seg
                unit.start = unit.end  # consumed
                if unit.end == seg.end:  # the last sentence of its paragraph: go on
                    held = (h, f)
                continue
        if unit.frames and unit.end == unit.last.end:
            held = _holder(text, unit)


def _holder(text: str, unit: Unit) -> tuple[Unit, Frame] | None:
    """The frame the next paragraph's quotation may continue: the one whose content holds
    a quotation running on out of the unit, else a direct tag frame."""
    if unit.quotes and unit.quotes[-1][1] == unit.end:
        run = unit.quotes[-1]
        f = next((f for f in reversed(unit.frames) if (f.parts and f.parts[-1] == run)
                  or f.content[0] <= run[0] <= f.content[1]), None)
        return None if f is None else (unit, f)
    tag = _tag_frame(text, unit.frames)
    if tag is None or direct_quote(text, tag, unit.quotes) is None:
        return None
    return unit, tag


def _colon_block(text: str, segments: Sequence[Segment], idx: int, last: tuple[int, int],
                 search: Callable[[str, int, int], object]) -> Segment | None:
    """The next paragraph, when it is a quotation introduced by a cue and a colon that end
    this one (``Lee said:`` ¶ ``“We are ready.”``): the two are read as one unit.

    The paragraph must be that one quotation, closed or running on into the paragraphs
    after it (:func:`_continue_runs` takes those).
    """
    s, e = last
    if idx + 1 >= len(segments) or not text[s:e].rstrip().endswith(":"):
        return None
    seg, nxt = segments[idx], segments[idx + 1]
    if (seg.paragraph is None or nxt.paragraph != seg.paragraph + 1
            or text[nxt.start] not in _OPEN or search(text, s, e) is None):
        return None
    quotes = find_quotes(text, nxt.start, nxt.end, runs_on=_runs_on(text, segments, idx + 1))
    if len(quotes) != 1 or quotes[0][0] != nxt.start + 1 or nxt.end - quotes[0][1] > 2:
        return None  # a quotation and more, or a stray mark: a paragraph of its own
    return nxt


def direct_quote(text: str, f: Frame, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation that is the whole content of ``f``, if there is one."""
    cs, ce = f.content
    c0 = cs + 1 if text[cs] in _OPEN else cs
    k = bisect_left(quotes, (c0, -1))
    if k < len(quotes) and quotes[k][0] == c0 and ce - 1 <= quotes[k][1]:
        return quotes[k]
    return None


def _only_quote(text: str, unit: Unit) -> tuple[int, int] | None:
    """The quotation that is the whole unit (up to its final stop), if there is one."""
    if unit.start >= unit.end or text[unit.start] not in _OPEN:
        return None
    q = next((q for q in unit.quotes if q[0] == unit.start + 1), None)
    return None if q is None or unit.end - q[1] > 2 else q


def _continue_quotes(text: str, units: list[Unit]) -> None:
    """Join a quotation-only sentence to the direct statement just before it."""
    for prev, unit in pairwise(units):
        if unit.frames or not prev.frames or prev.segment is not unit.segment:
            continue
        last = _tag_frame(text, prev.frames) or prev.frames[-1]
        q = _only_quote(text, unit)
        if q is None or direct_quote(text, last, prev.quotes) is None:
            continue
        last.parts.append(q)
        prev.end = unit.end
        unit.start = unit.end  # consumed



def continue_across(text: str, units: list[Unit]) -> None:
    """A quotation that opens the next paragraph, with no cue of its own, continues the
    content that ends the paragraph before in a quotation (``“A,” Lee said.`` ¶ ``“B.”``;
    also a mixed content, ``The plan is “bad,” Lee said.`` ¶ ``“B.”``): a further part of
    the tag's frame (:func:`_tag_frame`). Statements keep such a paragraph apart (a cue-less
    quote of the followed source); corpora such as PolNeAR mark it as one content."""
    for prev, unit in pairwise(units):
        if (unit.frames or not prev.frames or prev.segment is unit.segment
                or unit.segment.paragraph is None or prev.last.paragraph is None
                or unit.segment.paragraph != prev.last.paragraph + 1
                or unit.start != unit.segment.start or text[unit.start] not in _OPEN):
            continue
        last = _tag_frame(text, prev.frames)
        if last is None or text[last.content[1] - 1] not in _CLOSE or (
                last.mode != "post" and direct_quote(text, last, prev.quotes) is None):
            continue
        q = next((q for q in unit.quotes if q[0] == unit.start + 1), None)
        if q is not None and unit.end - q[1] <= 2:
            last.parts.append(q)


def continue_after_tag(text: str, units: list[Unit]) -> None:
    """A sentence with no cue that ends in a quotation, after a tag, continues the frame
    of that tag: a further part of it, for corpora such as PolNeAR. The content may be
    mixed (``The plan is “reckless,” Lee said. “It fails.”``), indirect (``The plan
    fails, Lee said. “It is over.”``) or followed by a participle (``“A,” Lee said, noting
    that B. “C.”``); the tag's source may hold a frame of its own (``“A,” said Lee, who
    backed Ames. “B.”``); the sentence may open before its quotation (``Now, “B.”``).
    The direct case is joined by :func:`sentence_units` already."""
    for prev, unit in pairwise(units):
        if unit.frames or not prev.frames or prev.segment is not unit.segment:
            continue
        q = _ending_quote(unit)
        if q is None:
            continue
        target = _tag_frame(text, prev.frames)
        if target is None or target.mode != "post" or (target.parts and target.parts[-1] == q):
            continue
        target.parts.append(q)


def _ending_quote(unit: Unit) -> tuple[int, int] | None:
    """The unit as a content part when a quotation ends it (up to its final stop), in the
    shape of a quote interior: one character in from each end (``“B.”`` gives ``B.``,
    ``Now, “B.”`` gives ``ow, “B.``)."""
    q = next((q for q in unit.quotes if unit.start < q[0] and unit.end - 2 <= q[1] <= unit.end),
             None)
    return None if q is None else (unit.start + 1, q[1])


_RELATIVE = re.compile(r"\s*,\s*(?:who|whose|which)\b")


def _tag_frame(text: str, frames: list[Frame]) -> Frame | None:
    """The last outermost frame of a sentence that is not a participle nor inside a
    source (``“A,” said Lee, who backed Ames.``: the ``said`` frame, not ``backed``), nor
    in a relative clause after a tag's source (``“A,” said Lee, whose group backs Ames.``)."""
    for f in reversed(frames):
        if f.mode == "participle" or f.parent is not None:
            continue
        if any((g.source_extent is not None and g.source_extent[0] <= f.cue[0]
                < g.source_extent[1]) or _in_relative(text, g, f) or _after_tag(g, f)
               for g in frames):
            continue
        return f
    return None


def _after_tag(tag: Frame, f: Frame) -> bool:
    """Whether ``f`` stands in the adjuncts after the tag frame ``tag`` (``“A,” Lee said
    when asked about the plan.``, ``said at a rally, hours after outlets declared her the
    winner``): the tag, not ``f``, is the frame a next quotation continues."""
    return tag.mode == "post" and tag.content[1] <= tag.cue[0] < f.cue[0] and f.mode != "post"


def _in_relative(text: str, tag: Frame, f: Frame) -> bool:
    """Whether ``f`` stands in a relative clause that opens after the source of the tag
    frame ``tag`` (``said Lee, whose group backs Ames``)."""
    if tag.mode != "post" or tag.source is None:
        return False
    end = (tag.source_extent or tag.source)[1]
    return end <= f.cue[0] and _RELATIVE.match(text, end) is not None
