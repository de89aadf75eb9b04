"""Attributed statements: who said what, reported by whom, when, and how sure.

:func:`find_statements` runs over the segments of a text (headline, standfirst, caption,
paragraphs). For each segment it finds the quotations, splits sentences (never inside a
quotation), finds the time expressions and the attribution frames of each sentence (see
:mod:`eurasec.extraction.frames`), and turns them into :class:`~eurasec.models.Statement`
objects:

* a frame inside the content of another (``According to ISW, Putin reiterated ...``,
  ``Xi told Putin ..., CCTV reported.``) becomes one statement whose speaker is the inner
  source and whose ``reported_by`` lists the outer ones, outermost first;
* the speaker is the actor of the mention inside the source span (the rightmost one:
  ``Kremlin spokesman Dmitry Peskov``); without one, pronouns and nominal sources (``the
  think tank``, ``the report``) fall back on the statements and mentions before them;
* a direct quotation continued in the next sentence (``“A,” he said. “B.”``) stays one
  statement; a quotation with no cue in a paragraph that follows the article's source
  (the headline's ``ISW:``) is attributed to that source;
* the date is the time expression of the sentence that lies outside every content
  (``said on 21 June that ...``), resolved against ``published``;
* hedges are the lexicon's hedging words in the content and cue.

Everything is linear in the length of the text.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import (
    Actor,
    ActorKind,
    BlockKind,
    Cue,
    Mention,
    Quote,
    Span,
    Statement,
    StatementKind,
    TimeExpression,
)
from .frame_units import Unit, continue_across, continue_after_tag, direct_quote, sentence_units
from .frames import Frame
from .lexicon import Lexicon
from .quotes import within
from .tokens import words as _words

if TYPE_CHECKING:
    from .pipeline import Segment

__all__ = ["find_frames_in", "find_statements"]

#: Nominal sources that stand for the article's followed source (``the report said``).
_REPORTS = ("report", "assessment", "update", "analysis", "study")
#: Heads that make a source generic even when it names a country (``Indian media``).
_GENERIC = _words("""
media analysts experts observers commentators diplomats sources people journalists
bloggers critics reports residents witnesses users
""")


def find_frames_in(text: str, segments: Sequence[Segment], *,
                   published: dt.datetime | dt.date | None = None,
                   lexicon: Lexicon | None = None, stance: bool = False) -> list[Frame]:
    """Every raw attribution frame in the segments, with parent links between frames.

    This is the span-level layer under :func:`find_statements`: nested frames are kept as
    they are (the evaluator compares outermost frames with corpora such as PolNeAR).
    ``stance`` adds attributions of stance, belief or intention with a bare complement
    (see :func:`~.frames.find_frames`).
    """
    out: list[Frame] = []
    found = sentence_units(text, segments, published, lexicon or Lexicon.default(), stance)
    continue_after_tag(text, found)
    continue_across(text, found)
    for u in found:
        base = len(out)
        for f in u.frames:
            if f.parent is not None:
                f.parent += base
            out.append(f)
    return out


#: What may stand between a name and its relative ``who``: a comma, maybe after a
#: bracketed or short aside (``Ann Lee (D-Ohio), who``).
_RELATIVE_GAP = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s*,\s*")


def _mention_index(mentions: Sequence[Mention]) -> list[Mention]:
    return sorted(mentions, key=lambda m: (m.start, m.end))


class _Resolver:
    """Speakers from source spans: mentions first, then the context."""

    def __init__(self, text: str, actors: Sequence[Actor], mentions: Sequence[Mention]) -> None:
        self.text = text
        self.actors = {a.id: a for a in actors}
        self.mentions = _mention_index(mentions)
        self.starts = [m.start for m in self.mentions]
        self.history: list[str] = []
        self.followed: str | None = None
        self.holds: dict[tuple[str, str], bool] = {}

    def _kind(self, actor_id: str) -> ActorKind | None:
        a = self.actors.get(actor_id)
        return a.kind if a else None

    def _named_by(self, head: str, before: int) -> str | None:
        """The most recent actor mentioned before ``before`` whose name holds ``head``."""
        hi = bisect_left(self.starts, before)
        for m in reversed(self.mentions[max(0, hi - 60):hi]):
            if self._holds(m.actor, head):
                return m.actor
        return None

    def _antecedent(self, who: int) -> str | None:
        """The actor a relative ``who`` stands for: the mention right before its comma
        (``Sanders, who said``; ``Ann Lee (D-Ohio), who said``), in the same clause."""
        hi = bisect_left(self.starts, who)
        if not hi:
            return None
        m = self.mentions[hi - 1]
        return m.actor if _RELATIVE_GAP.fullmatch(self.text, m.end, who) else None

    def _holds(self, actor_id: str, head: str) -> bool:
        """Whether the name, aliases or category of a non-person actor hold a word that
        starts with ``head`` (``the ministry`` -> ``Ministry of Defence``); decided once per
        actor and head."""
        key = (actor_id, head)
        found = self.holds.get(key)
        if found is None:
            a = self.actors.get(actor_id)
            found = a is not None and a.kind is not ActorKind.PERSON and re.search(
                rf"\b{re.escape(head)}",
                " ".join((a.name, *a.aliases, a.category or "")).lower()) is not None
            self.holds[key] = found
        return found

    def _person_in(self, inside: list[Mention], comma: int) -> str | None:
        """In a source with an apposition, the person it names: the last one before the
        first comma (``Dmitry Peskov, Putin's spokesman``), else the last one after it
        (``the head of the council, Sergei Shoigu``); ``None`` when it names no person."""
        persons = [m for m in inside if self._kind(m.actor) is ActorKind.PERSON]
        if not persons:
            return None
        head = [m for m in persons if m.end <= comma]
        return max(head or persons, key=lambda m: (m.end, -m.start)).actor

    def _person_before_of(self, inside: list[Mention], s: int, e: int) -> str | None:
        """In a source ``A of B``, the person named in ``A``, its head (``the foreign
        minister of Kazakhstan`` -> the minister, ``the president of the council`` -> no
        one); an ``of`` inside a name (``Ministry of Defence``) does not count."""
        k = self.text.find(" of ", s, e)
        while k >= 0 and any(m.start <= k < m.end for m in inside):
            k = self.text.find(" of ", k + 1, e)
        if k < 0:
            return None
        persons = [m for m in inside if m.end <= k and self._kind(m.actor) is ActorKind.PERSON]
        return max(persons, key=lambda m: m.end).actor if persons else None

    def speaker(self, src: tuple[int, int] | None) -> str | None:
        if src is None:
            return None
        s, e = src
        inside = []
        for k in range(bisect_left(self.starts, s - 200), len(self.mentions)):
            m = self.mentions[k]
            if m.start >= e:
                break
            if m.end > s:
                inside.append(m)
        if inside:
            comma = self.text.find(",", s, e)
            if comma >= 0:  # an appositive source: ``Ann Lee, a fellow at a London tank``
                head = self._person_in(inside, comma)
                if head is not None:
                    return head
            head = self._person_before_of(inside, s, e)
            if head is not None:  # ``the foreign minister of Kazakhstan``
                return head
            m = max(inside, key=lambda m: (m.end, -m.start))
            tail = self.text[m.end:e].lower().split()
            if tail and tail[-1] in _GENERIC:
                return None
            return m.actor
        words = self.text[s:e].lower().split()
        if not words:
            return None
        if words == ["who"]:
            return self._antecedent(s)
        if words[0] in ("he", "she", "him", "her", "his"):
            want = {"he": "male", "she": "female"}.get(words[0])
            for sp in reversed(self.history):
                a = self.actors.get(sp)
                if a is not None and a.kind is ActorKind.PERSON and (
                        a.gender is None or want is None or a.gender == want):
                    return sp
            return None
        if words[-1] in _REPORTS and self.followed is not None:
            return self.followed
        if words[0] in ("the", "its", "their") and len(words) > 1:
            named = self._named_by(words[-1], s)
            if named is not None:
                return named
        if words[0] in ("it", "they") or words[0] in ("the", "its", "their"):
            for sp in reversed(self.history):
                if self._kind(sp) is not ActorKind.PERSON:
                    return sp
            if words[0] in ("the", "its", "their"):
                hi = bisect_left(self.starts, s)
                for m in reversed(self.mentions[max(0, hi - 50):hi]):
                    if self._kind(m.actor) is ActorKind.ORGANIZATION:
                        return m.actor
        return None


def _hedges(text: str, spans: Sequence[tuple[int, int]], lexicon: Lexicon) -> tuple[str, ...]:
    found: list[str] = []
    finditer = lexicon.hedge_scanner.finditer
    for s, e in spans:
        for m in finditer(text, s, e):
            w = m.group()
            if w not in found:
                found.append(w)
    return tuple(found)


def _date(text: str, f: Frame, unit: Unit,
          contents: list[tuple[int, int]]) -> TimeExpression | None:
    best: TimeExpression | None = None
    for d in unit.dates:
        if any(cs <= d.start < ce for cs, ce in contents):
            continue
        if (f.mode == "pre" and f.source is not None and f.source[0] <= d.start < f.cue[0]
                and "," in text[d.end:f.cue[0]]):
            continue  # in a clause about the source: ``Biden, who ... on Thursday, said``
        if best is None or abs(d.start - f.cue[0]) < abs(best.start - f.cue[0]):
            best = d
    return best


def _statement(text: str, f: Frame, unit: Unit, speaker: str | None,
               reported_by: tuple[str, ...], date: TimeExpression | None,
               lexicon: Lexicon) -> Statement:
    direct = direct_quote(text, f, unit.quotes)
    if direct is not None:
        cs, ce = direct[0], (f.parts[-1][1] if f.parts else direct[1])
        kind = StatementKind.DIRECT
        qspans = [direct, *f.parts]
    else:
        cs, ce = f.content
        qspans = within(unit.quotes, cs, ce)
        kind = StatementKind.MIXED if qspans else StatementKind.INDIRECT
    quotes = tuple(Quote(text=text[a:b], start=a, end=b, partial=kind is StatementKind.MIXED)
                   for a, b in qspans)
    src = None if f.source is None else Span(text=text[f.source[0]:f.source[1]],
                                             start=f.source[0], end=f.source[1])
    lemma = f.lemma
    cue = Cue(text=text[f.cue[0]:f.cue[1]], start=f.cue[0], end=f.cue[1], lemma=lemma)
    return Statement(
        speaker=speaker, source=src, cue=cue,
        content=Span(text=text[cs:ce], start=cs, end=ce), quotes=quotes, kind=kind,
        date=date, reported_by=reported_by,
        hedges=_hedges(text, [(cs, ce), f.cue], lexicon),
        paragraph=unit.segment.paragraph, start=unit.start, end=unit.end)


def find_statements(
    text: str,
    segments: Sequence[Segment],
    actors: Sequence[Actor],
    mentions: Sequence[Mention],
    published: dt.datetime | dt.date | None,
    *,
    lexicon: Lexicon | None = None,
    stance: bool = False,
) -> tuple[Statement, ...]:
    """Every attribution in the segments of ``text``; speakers resolve through ``mentions``.

    Args:
        text: The whole text; every offset points into it.
        segments: The stretches of prose to read (sentences never cross them).
        actors: The actors found in the text.
        mentions: Their mentions; the speaker of a statement is the actor of the mention
            inside its source span.
        published: When the text was written: relative dates resolve against it.
        lexicon: Cue words and hedges (default: :meth:`Lexicon.default`).
        stance: Also report attributions of stance, belief or intention with a bare
            complement (``Ames criticized the plan``); off by default.

    Returns:
        The statements, in text order.

    >>> import eurasec
    >>> [(s.source.text, s.cue.lemma, s.content.text)
    ...  for s in eurasec.extract("Analysts said the talks had stalled.").statements]
    [('Analysts', 'say', 'the talks had stalled')]
    """
    lex = lexicon or Lexicon.default()
    res = _Resolver(text, actors, mentions)
    out: list[Statement] = []
    last_para: int | None = None
    for unit in sentence_units(text, segments, published, lex, stance):
        if unit.start >= unit.end:
            continue
        frames = unit.frames
        if not frames:
            if (res.followed is not None and res.history and res.history[-1] == res.followed
                    and within(unit.quotes, unit.start, unit.end)
                    and unit.segment.paragraph is not None and last_para is not None
                    and unit.segment.paragraph - last_para <= 1):
                out.append(_cueless(text, unit, res.followed, lex))
            continue
        emitted = [k for k in range(len(frames)) if _emitted(frames, k)]
        contents = [frames[k].content for k in emitted]
        speakers: dict[int, str | None] = {}
        for k, f in enumerate(frames):
            if f.mode == "participle":
                main = _main_frame(frames, k)
                if main is not None:
                    f.source = frames[main].source
            sp = res.speaker(f.source)
            speakers[k] = sp
            if f.mode == "headline" and unit.segment.kind is BlockKind.HEADLINE and sp:
                res.followed = sp
        for k in emitted:
            f = frames[k]
            sp = speakers[k]
            if f.weak and sp is None and not _named(text, f.source):
                continue
            chain: list[str] = []
            p = f.parent
            seen = {k}  # parent links can form a cycle on degenerate text: walk each once
            while p is not None and p not in seen and frames[p].mode in _RELAYS:
                seen.add(p)
                rsp = speakers[p]
                if rsp is not None and rsp not in chain and rsp != sp:
                    chain.insert(0, rsp)
                p = frames[p].parent
            out.append(_statement(text, f, unit, sp, tuple(chain), _date(text, f, unit, contents),
                                  lex))
            if sp is not None:
                res.history.append(sp)
            last_para = unit.last.paragraph
    return tuple(out)


_RELAYS = frozenset(("according-pre", "according-post", "post"))


def _merged_away(frames: list[Frame], k: int) -> bool:
    """Whether frame ``k`` only relays a strong frame inside its content."""
    return frames[k].mode in _RELAYS and any(g.parent == k and not g.weak for g in frames)


def _emitted(frames: list[Frame], k: int) -> bool:
    """Whether frame ``k`` becomes a statement (nested frames do only inside relays)."""
    f = frames[k]
    if _merged_away(frames, k):
        return False
    if f.parent is None:
        return True
    return not f.weak and frames[f.parent].mode in _RELAYS


def _main_frame(frames: list[Frame], k: int) -> int | None:
    """The frame whose source a participial frame ``k`` shares: the nearest before it."""
    for m in range(k - 1, -1, -1):
        if frames[m].mode != "participle" and frames[m].source is not None:
            return m
    return None


def _named(text: str, src: tuple[int, int] | None) -> bool:
    """Whether a source names someone: a pronoun, or a capitalised word after the first."""
    if src is None:
        return False
    words = text[src[0]:src[1]].split()
    return words[0].lower() in ("he", "she", "they", "we", "i") or any(
        w[0].isupper() for w in words[1:]) or (len(words) == 1 and words[0][0].isupper())


def _cueless(text: str, unit: Unit, speaker: str, lexicon: Lexicon) -> Statement:
    f = Frame(cue=(0, 0), lemma="", source=None, content=(unit.start, unit.end),
              sentence=(unit.start, unit.end), mode="cueless")
    e = unit.end
    while e > unit.start and text[e - 1] in ".!? ":
        e -= 1
    f.content = (unit.start, e)
    st = _statement(text, f, unit, speaker, (), None, lexicon)
    return Statement(speaker=st.speaker, source=None, cue=None, content=st.content,
                     quotes=st.quotes, kind=st.kind, date=None, reported_by=(),
                     hedges=_hedges(text, [f.content], lexicon), paragraph=st.paragraph,
                     start=st.start, end=st.end)
