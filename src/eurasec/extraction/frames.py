"""Attribution frames: where, in one sentence, a source conveys content through a cue.

A frame is the raw, span-level result (source, cue, content, and which frame's content
holds it). :mod:`eurasec.extraction.statements` turns frames into
:class:`~eurasec.models.Statement` objects; the evaluator scores frames directly against
corpora that annotate outermost attributions only.

The shapes recognised (``S`` source, ``C`` cue, ``X`` content):

* preposed: ``S [also] C [to NP | reporters | on DATE | in a statement] [that] X``;
* postposed: ``X, S C [on DATE].`` and inverted ``X, C S.`` (also after a closing quote);
* ``According to S, X`` and ``X, according to S.``;
* participial: ``..., C-ing [that] X`` (the source is the main clause's);
* ``S was quoted as saying X``; sourceless ``it was C that X``;
* asides ``X1, S C, X2`` (the content has a part before the cue, :attr:`Frame.lead`) and
  resumed quotations ``“X1,” S C, “X2.”``;
* with the ``stance`` option, stance cues with bare complements (``S criticized X``) and
  sourceless shapes (``X seemed ...``, ``X is expected to ...``; :mod:`.frame_raising`);
* headline prefixes ``S: X`` (see :func:`headline_frame`).

The shapes around one cue are in :mod:`.frame_shapes`; this module runs them over a
sentence, then fills in contents, shared sources and parent links.
"""

from __future__ import annotations

import re
from itertools import compress

from .frame_bounds import SUBORDINATORS, clause_breaks, content_end, ends_abbreviation
from .frame_shapes import frame_at
from .frame_sources import ADJUNCT_PREPS, FINAL
from .frame_starts import appositive_after, content_start, opens_quotation
from .frame_types import MAX_FRAMES, Frame
from .lexicon import CueForm, Lexicon
from .quotes import inside, within
from .tokens import CLOSE_QUOTES, OPEN_QUOTES, PRONOUNS, Tokens, tokenize

__all__ = ["MAX_FRAMES", "Frame", "find_frames", "headline_frame"]

_HEADLINE = re.compile(
    r"([A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*){0,4})\s*(:)\s+(?=\S)")
#: Headline kickers: labels before a headline's colon that name no source.
_KICKERS = frozenset((
    "the latest", "breaking", "breaking news", "exclusive", "update", "updated", "watch",
    "look", "wow", "revealed", "bombshell", "boom", "busted", "just in", "just leaked",
    "byline", "paid notice", "live", "video", "photos", "correction", "editorial", "opinion",
    "analysis", "developing", "must see", "must read", "new"))
_RESUME = re.compile(r",\s*[“\"]")
_CONJ = frozenset(("and", "but"))
_NONE = CueForm(lemma="", kind="", weak=False, noun=False)


def _trim_end(text: str, s: int, e: int, quotes: list[tuple[int, int]]) -> int:
    """Drop white space, separators, the sentence-final stop and a bracket closing a
    sentence in brackets (``(Lee said it works.)``) from a content end."""
    while e > s:
        ch = text[e - 1]
        if ch.isspace() or ch in ",;:—–" or (ch in FINAL and inside(quotes, e - 1) is None
                                             and not ends_abbreviation(text, s, e)) or (
                ch == ")" and "(" not in text[s:e]):
            e -= 1
        else:
            break
    if text.endswith(" and", s, e):
        return _trim_end(text, s, e - 4, quotes)
    return e


def find_frames(text: str, sent: tuple[int, int], quotes: list[tuple[int, int]],
                dates: list[tuple[int, int]], lexicon: Lexicon, *, stance: bool = False
                ) -> list[Frame]:
    """Every attribution frame in the sentence ``text[sent[0]:sent[1]]``.

    Args:
        text: The whole text.
        sent: The sentence's ``(start, end)``.
        quotes: Quote interiors of the paragraph (see :func:`~.quotes.find_quotes`).
        dates: ``(start, end)`` of the time expressions in the sentence.
        lexicon: Cue words and phrases.
        stance: Also find attributions of stance, belief or intention with a bare
            complement (``Ames criticized the plan``, ``Lee vowed to stay``), as PolNeAR
            annotates them; statements leave them out by default.
    """
    t = tokenize(text, sent[0], sent[1])
    n = len(t)
    date_tok = [False] * n
    for ds, de in dates:
        for k in range(t.index_at(ds), n):
            if t.starts[k] >= de:
                break
            date_tok[k] = True
    frames: list[Frame] = []
    starts = lexicon.cue_starts
    lows = t.lows
    nxt = 0  # tokens before this one belong to a frame's cue
    for i in compress(range(n), map(starts.__contains__, lows)):  # cue starts, found in C
        if i < nxt or inside(quotes, t.starts[i]) is not None:
            continue
        low = lows[i]
        j, form = i, None
        for ph in lexicon.phrases.get(low, ()):
            m = len(ph.words)
            if i + m <= n and tuple(lows[i:i + m]) == ph.words:
                j, form = i + m - 1, CueForm(lemma=ph.lemma, kind="phrase", weak=False,
                                             noun=False)
                break
        if form is None:
            form = lexicon.forms.get(low)
        if form is not None:
            f = frame_at(text, t, i, j, form, sent, quotes, date_tok, stance)
            if f is not None:
                frames.append(f)
                if len(frames) >= MAX_FRAMES:
                    break
                nxt = j + 1
    if not frames:
        return frames
    if len(frames) > 1:
        frames = _drop_chained(frames)
    forms = lexicon.forms
    cuts = [t.starts[k] for k in compress(range(n), map(_CONJ.__contains__, lows))
            if 0 < k < n - 1 and ((t.words[k - 1] == "," and lows[k + 1] in PRONOUNS)
                or (forms.get(lows[k + 1]) or _NONE).kind in ("past", "third"))
            and inside(quotes, t.starts[k]) is None]
    _share_sources(frames)
    _contents(text, t, frames, quotes, cuts, clause_breaks(text, sent[0], sent[1], quotes))
    _resumed_quotes(text, frames, quotes, t.ends[-1])
    _relative_leads(text, t, frames, quotes)
    _clause_ends(text, t, frames, quotes)
    frames = [f for f in frames if f.content[0] < f.content[1] and not (
        f.needs_quote and not within(quotes, f.content[0], f.content[1] + 1))]
    _parents(frames)
    return frames


def _after_cue(text: str, f: Frame, e: int) -> None:
    """Start a content after its cue's extent when the two overlap (``Asked about the
    plan``, ``replied evenly, “...”``: the preposition or adverb is the cue's, not the
    content's); ``e`` is where the extent ends."""
    cs, ce = f.content_extent or f.content
    if not cs < e < ce or cs < f.cue[0]:
        return
    while e < ce and (text[e].isspace() or text[e] in ",;:"):
        e += 1
    if f.content_extent is not None:
        f.content_extent = (e, ce)
    if f.content[0] < e < f.content[1]:
        f.content = (e, f.content[1])


def _drop_chained(frames: list[Frame]) -> list[Frame]:
    """Drop a frame whose cue stands inside the cue extent of a later one (``seemed`` in
    ``Lee seemed to blame the press``: the chain is part of ``blame``'s cue)."""
    out = []
    for idx, f in enumerate(frames):
        if not any(g.cue_extent is not None and g.cue_extent[0] <= f.cue[0]
                   and f.cue[1] <= g.cue[0] for g in frames[idx + 1:idx + 2]):
            out.append(f)
    return out


def _clause_ends(text: str, t: Tokens, frames: list[Frame],
                 quotes: list[tuple[int, int]]) -> None:
    """End contents where :mod:`.frame_bounds` finds their clause ends (a subordinate
    clause's comma, a sourceless content's comma, a second participle, a stance
    content's semicolon), start them where :mod:`.frame_starts` does (after an opening
    adverbial), and after the cue's extent."""
    for f in frames:
        end = content_end(text, t, f, quotes)
        if end is not None:
            cs = (f.content_extent or f.content)[0]
            f.content_extent = (cs, _trim_end(text, cs, end, quotes))
        start = content_start(text, t, f, quotes)
        if start is not None:
            f.content_extent = (start, (f.content_extent or f.content)[1])
        if appositive_after(text, f):
            f.content_extent, f.lead = f.lead, None
        if f.cue_extent is not None:
            _after_cue(text, f, f.cue_extent[1])


_RELATIVE = frozenset({"which", "what", "whom", "who"})


def _relative_leads(text: str, t: Tokens, frames: list[Frame],
                    quotes: list[tuple[int, int]]) -> None:
    """``the plan, which Lee said would fail, was dropped``: a relative pronoun right
    before the source of a frame whose content follows the cue stands for part of that
    content (its lead), unless the content is a whole complement of its own (``that``, a
    quotation or a pronoun subject); after a comma, the clause and the content end at the
    next one."""
    for f in frames:
        if f.mode != "pre" or f.source is None or f.lead is not None or f.content[0] < f.cue[1]:
            continue
        before = text[max(0, f.source[0] - 6):f.source[0]].split()
        if not before or before[-1].lower() not in _RELATIVE:
            continue  # the cheap test first: most frames have no relative pronoun there
        k = t.index_at(f.source[0])
        if not (k > 0 and t.starts[k] == f.source[0] and t.lows[k - 1] in _RELATIVE):
            continue
        c = t.index_at(f.content[0])
        if not (t.lows[c] == "that" or t.words[c] in OPEN_QUOTES or t.lows[c] in PRONOUNS):
            f.lead = (t.starts[k - 1], t.ends[k - 1])  # not ``which he said he would do``
        if k < 2 or t.words[k - 2] != ",":
            continue
        cs, ce = f.content_extent or f.content
        for m in range(t.index_at(cs), len(t.starts)):
            if t.starts[m] >= ce:
                break
            if t.words[m] == "," and inside(quotes, t.starts[m]) is None:
                f.content_extent = (cs, _trim_end(text, cs, t.starts[m], quotes))
                break


def _resumed_quotes(text: str, frames: list[Frame], quotes: list[tuple[int, int]],
                    end: int) -> None:
    """``“A,” he said, “B.”``: a quotation that resumes after a postposed frame and runs to
    the end of the sentence continues that frame's content (a second part), also after
    the tag's adjuncts (``“A,” he said in March, “B.”``)."""
    for idx, f in enumerate(frames):
        if f.mode != "post" or not f.content[1] <= f.cue[0]:
            continue
        pos = max(f.cue[1], *(x[1] for x in (f.source, f.source_extent) if x is not None))
        m = _RESUME.search(text, pos, end)
        if m is None or any(g.cue[0] >= pos for g in frames[idx + 1:]):
            continue
        q = inside(quotes, m.end())
        if q is not None and q[0] == m.end() and end - q[1] <= 2:
            f.parts.insert(0, q)


def _share_sources(frames: list[Frame]) -> None:
    """Give a participial or coordinated frame the source of the frame before it in the
    sentence (``Lee denied it, saying ...``), when there is one."""
    main: Frame | None = None
    for f in frames:
        if f.mode in ("participle", "coordinated"):
            if main is not None:
                f.source, f.source_extent = main.source, main.source_extent
        elif f.source is not None:
            main = f


def _contents(text: str, t: Tokens, frames: list[Frame], quotes: list[tuple[int, int]],
              cuts: list[int], breaks: list[int]) -> None:
    """Fill in each frame's content and parent."""
    s0, s1 = t.starts[0] if len(t) else 0, t.ends[-1] if len(t) else 0
    for idx, f in enumerate(frames):
        if f.mode in ("post", "according-post"):
            start = s0
            # after an earlier frame that ended the clause (``X said A; B, Y added``)
            for g in frames[:idx]:
                if g.mode in ("post", "according-post") and g.boundary < f.boundary:
                    start = max(start, g.cue[1])
            while start < f.boundary and (text[start].isspace() or text[start] in ",;"):
                start += 1
            f.content = (start, _trim_end(text, start, f.boundary, quotes))
        else:
            cs = t.starts[f.content_from] if f.content_from < len(t) else s1
            end = s1
            for g in frames[idx + 1:]:
                if g.cuts and g.boundary > cs and not (g.weak and f.mode == "according-pre") \
                        and not _bare_that(text, cs, g.boundary):
                    end = min(end, g.boundary)
                    break
                ext = g.source_extent
                if ext is not None and ext[0] <= f.cue[0] < ext[1]:
                    # ``Lee, who said A, told B``: the clause ends with the source
                    end = min(end, ext[1])
                    break
            for c in cuts:
                if c > cs:
                    end = min(end, c)
                    break
            end = _quote_then_phrase(text, t, cs, end)
            f.content = (cs, _trim_end(text, cs, end, quotes))
            for brk in breaks:
                if cs < brk < end:
                    f.content_extent = (cs, _trim_end(text, cs, brk, quotes))
                    break
            if f.aside and not any(g.mode not in ("post", "according-post")
                                   for g in frames[:idx]):
                start = max([s0, *(g.cue[1] for g in frames[:idx])])
                while start < f.boundary and (text[start].isspace() or text[start] in ",;"):
                    start += 1
                if f.mode == "according-pre":
                    start = _past_conjunction(text, start, f.boundary)
                lead = (start, _trim_end(text, start, f.boundary, quotes))
                f.lead = lead if lead[0] < lead[1] and not opens_quotation(
                    text, lead, cs, quotes) else None


_OPENING_CONJ = re.compile(r"(?:But|And|So|Yet)\s+")


def _past_conjunction(text: str, s: int, e: int) -> int:
    """Where a part starts past the conjunction that opens its sentence (``But the next
    day, according to ISW, ...``: the content's first part is ``the next day``)."""
    m = _OPENING_CONJ.match(text, s, e)
    return m.end() if m is not None else s


def _bare_that(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a bare ``that``, maybe with a subordinate clause and its
    comma: a frame there opens a clause inside the content (``Lee said that while polls
    showed A, B``; ``Lee said that if Kim won, she would back Kim``), it does not end it."""
    head = text[s:e].rstrip()
    ws = head.strip(" ,").lower().split()
    if not ws or ws[0] != "that":
        return False
    return len(ws) == 1 or (ws[1] in SUBORDINATORS
                            and (head.endswith(",") or text.startswith(",", e)))


def _quote_then_phrase(text: str, t: Tokens, cs: int, end: int) -> int:
    """``tells Putin “...” at SCO summit``: a quotation then a phrase; keep the quotation."""
    if cs >= len(text) or text[cs] not in OPEN_QUOTES:
        return end
    k = t.index_at(cs) + 1
    while k < len(t) and t.starts[k] < end and t.words[k] not in CLOSE_QUOTES:
        k += 1
    if k + 1 < len(t) and t.starts[k + 1] < end and t.lows[k + 1] in ADJUNCT_PREPS:
        return t.ends[k]
    return end


def _parents(frames: list[Frame]) -> None:
    """Link each frame to the innermost frame whose content holds its cue."""
    spans = [f.content_extent or f.content for f in frames]
    for idx, f in enumerate(frames):
        best = None
        for k, (cs, ce) in enumerate(spans):
            if k != idx and cs <= f.cue[0] < ce and (
                    best is None or ce - cs < spans[best][1] - spans[best][0]):
                best = k
        f.parent = best
    for idx, f in enumerate(frames):
        p = f.parent
        if p is not None and frames[p].parent == idx:
            # two frames inside each other's content: the wider one is the outer one
            outer = max((idx, p), key=lambda m: frames[m].content[1] - frames[m].content[0])
            frames[outer].parent = None


def headline_frame(text: str, start: int, end: int) -> Frame | None:
    """The ``Source: content`` frame of a headline, if it has that shape.

    >>> f = headline_frame("ISW: Russia pushes on", 0, 21)
    >>> f.source, f.cue, f.content
    ((0, 3), (3, 4), (5, 21))
    """
    m = _HEADLINE.match(text, start, end)
    if m is None or m.group(1).lower() in _KICKERS:
        return None  # ``Breaking: ...``, ``The Latest: ...`` name no source
    ce = end
    while ce > m.end() and (text[ce - 1].isspace() or text[ce - 1] == "."):
        ce -= 1
    return Frame(cue=(m.start(2), m.end(2)), lemma=":", source=(m.start(1), m.end(1)),
                 content=(m.end(), ce), sentence=(start, end), mode="headline")
