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
* headline prefixes ``S: X`` (see :func:`headline_frame`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from .lexicon import CueForm, Lexicon
from .quotes import inside, within
from .tokens import (
    BE,
    BETWEEN,
    CLOSE_QUOTES,
    DETERMINERS,
    OPEN_QUOTES,
    PRONOUNS,
    SEPARATORS,
    Tokens,
    tokenize,
)
from .tokens import (
    words as _words,
)

__all__ = ["MAX_FRAMES", "Frame", "find_frames", "headline_frame"]

#: Cues that take a recipient before their content (``told reporters that``).
_TELL = _words("tell inform brief assure remind quote")
_ADJUNCT_PREPS = _words("in on at during after before via through from to with by")
_FINAL = frozenset(".!?…")
_SUBORDINATE = _words("as when after before while during")
_AUX = _words("n't not did does do will would could can may might must should")
_HEADLINE = re.compile(
    r"([A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*){0,4})\s*(:)\s+(?=\S)")


MAX_FRAMES = 32
"""Frames looked for in one sentence; real sentences hold a handful. The cap keeps the
work per sentence linear on machine-made text (``according to X, `` a million times)."""
_NONE = CueForm(lemma="", kind="", weak=False, noun=False)
_Make = Callable[[str, "tuple[int, int] | None", int, int, bool], "Frame"]


@attrs.define
class Frame:
    """One attribution in a sentence, as spans (character offsets into the text)."""

    cue: tuple[int, int]
    lemma: str
    source: tuple[int, int] | None
    content: tuple[int, int]
    sentence: tuple[int, int]
    mode: str
    """``pre``, ``post``, ``according-pre``, ``according-post``, ``participle``,
    ``passive`` or ``headline``."""
    weak: bool = False
    parent: int | None = None
    """Index (in the same list) of the frame whose content holds this frame's cue."""
    boundary: int = 0
    """Character offset where the frame's own words begin, when they cut a preceding
    frame's content (a separator before a participle or a postposed source)."""
    cuts: bool = False
    """Whether the frame ends the content of a frame before it."""
    content_from: int = 0
    """Token index where preposed content starts (internal)."""
    needs_quote: bool = False
    """The cue counts only if the content holds a quotation."""
    parts: list[tuple[int, int]] = attrs.Factory(list)
    """Quotes in later sentences that continue the content (multi-sentence quotes)."""


def _trim_end(text: str, s: int, e: int, quotes: list[tuple[int, int]]) -> int:
    """Drop white space, separators and the sentence-final stop from a content end."""
    while e > s:
        ch = text[e - 1]
        if ch.isspace() or ch in ",;:—–" or (ch in _FINAL and inside(quotes, e - 1) is None):
            e -= 1
        else:
            break
    if text.endswith(" and", s, e):
        return _trim_end(text, s, e - 4, quotes)
    return e


def _skip_adjuncts(t: Tokens, p: int, hi: int, lemma: str, date_tok: list[bool]) -> int:
    """Skip what stands between a cue and its content: dates, ``in a statement``, recipients."""
    object_done = lemma not in _TELL
    steps = 0
    while p < hi and steps < 8:
        steps += 1
        low = t.lows[p]
        if date_tok[p]:
            while p < hi and date_tok[p]:
                p += 1
            continue
        if low in BETWEEN:
            p += 1
            continue
        if low in _ADJUNCT_PREPS and p + 1 < hi:
            nxt = t.lows[p + 1]
            if low == "to" and not (nxt in DETERMINERS or t.is_cap(p + 1)
                                    or nxt in ("reporters", "journalists")):
                break
            e = t.np_right(p + 1, hi, limit=6)
            if e == p + 1:
                break
            p = e
            continue
        if (not object_done and t.np_token(p)) or low in ("reporters", "journalists"):
            if not object_done and (low in PRONOUNS or low in ("him", "her", "them", "us", "me")):
                p += 1
            else:
                e = t.np_right(p, hi, limit=6)
                if e == p:
                    break
                p = e
            object_done = True
            continue
        break
    return p


def _clause_start(t: Tokens, i: int) -> bool:
    return i == 0 or t.words[i - 1] in SEPARATORS or t.words[i - 1] in OPEN_QUOTES


def _end_of_sentence(t: Tokens, p: int, hi: int) -> bool:
    """Whether only closing punctuation remains from token ``p``."""
    return all(not t.is_word(k) and (t.words[k] in _FINAL or t.words[k] in CLOSE_QUOTES
                                     or t.words[k] in ")]")
               for k in range(p, hi))


def _frame(text: str, t: Tokens, i: int, j: int, form: CueForm, sent: tuple[int, int],
           quotes: list[tuple[int, int]], date_tok: list[bool]) -> Frame | None:
    """Build the frame of the cue at tokens ``i..j`` (inclusive), or ``None``."""
    n = len(t)
    cue = (t.starts[i], t.ends[j])
    lemma = form.lemma

    def frame(mode: str, source: tuple[int, int] | None, content_from: int, boundary: int,
              cuts: bool) -> Frame:
        return Frame(cue=cue, lemma=lemma, source=source, content=(0, 0), sentence=sent,
                     mode=mode, weak=form.weak, boundary=boundary, cuts=cuts,
                     content_from=content_from, needs_quote=form.needs_quote)

    if lemma == "according to":
        e = t.np_right(j + 1, n, limit=12)
        if e == j + 1:
            return None
        src = (t.starts[j + 1], t.ends[e - 1])
        if _clause_start(t, i) and e < n and t.words[e] == ",":
            return frame("according-pre", src, e + 1, t.starts[i], i > 0)
        if i > 0 and (_end_of_sentence(t, e, n) or t.words[e] in (",", ";")):
            b = i - 1 if t.words[i - 1] == "," else i
            return frame("according-post", src, 0, t.starts[b], True)
        return None

    if form.kind == "ing":
        if i == 0 or not (t.words[i - 1] in (",", "—", "–") or (t.words[i - 1] in CLOSE_QUOTES
                          and text[t.starts[i - 1] - 1] == ",")):
            return None
        p = _skip_adjuncts(t, j + 1, n, lemma, date_tok)
        if p < n and t.words[p] == ":":
            p += 1
        if p >= n or _end_of_sentence(t, p, n):
            return None
        if form.weak and t.lows[p] != "that" and t.words[p] not in OPEN_QUOTES:
            return None
        e = t.np_right(0, i - 1, limit=12)
        subject = (t.starts[0], t.ends[e - 1]) if e > 0 else None
        b = t.ends[i - 1] if t.words[i - 1] in CLOSE_QUOTES else t.starts[i - 1]
        return frame("participle", subject, p, b, True)

    # a finite verb (or a phrase such as ``was quoted as saying``)
    k = i - 1
    while k >= 0 and (t.lows[k] in BETWEEN or date_tok[k] or t.lows[k] in _AUX):
        k -= 1
    if k >= 0 and (t.lows[k] in DETERMINERS or t.lows[k] in ("to", "that")
                   or (k == i - 1 and t.lows[k].endswith(("’s", "'s", "s’", "s'")))):
        return None  # a noun (``the report``), an infinitive, an adjective (``Russia’s proposed``)
    if form.kind == "phrase" and lemma == "quote":
        pass
    elif k >= 0 and t.lows[k] in BE:
        if (form.kind == "past" and k >= 1 and t.lows[k - 1] == "it" and j + 1 < n
                and t.lows[j + 1] == "that"):
            return frame("passive", None, j + 1, t.starts[k - 1], False)
        return None
    if form.noun and form.kind in ("base", "third") and not (
            j + 1 < n and (t.lows[j + 1] == "that" or t.words[j + 1] in OPEN_QUOTES
                           or t.words[j + 1] == ":")):
        return None
    if form.kind == "base" and k >= 0 and not (
            t.lows[k] in ("i", "we", "they", "you") or t.lows[k].endswith("s")
            or k < i - 1):
        return None

    after = _skip_adjuncts(t, j + 1, n, lemma, date_tok)
    if k >= 0 and t.lows[k] in ("and", "but") and i > 1:
        # coordinated: ``X replied that A, and said B`` (the source is X's)
        b = k - 1 if t.words[k - 1] == "," else k
        return _pre(t, form, frame, after, "coordinated", _subject(t, k), t.starts[b], True)
    if k < 0 or t.words[k] in CLOSE_QUOTES or t.words[k] in (",", "—", "–", ":"):
        # inverted: ``..., said Putin.`` / ``“...,” said the ministry.``
        inv = _inverted_source(t, after, n, date_tok) if k >= 0 else None
        if inv is not None:
            b = t.ends[k] if t.words[k] in CLOSE_QUOTES else t.starts[k]
            return frame("post", inv, 0, b, True)
        if k < 0 or t.words[k] != ",":
            return None
        app = _appositive(t, k)
        if app is None:
            return None
        a, src = app
    else:
        a = t.np_left(k, 0)
        while a <= k and date_tok[a]:
            a += 1
        if a > k:
            return None
        src = (t.starts[a], t.ends[k])
    if a > 0 and t.words[a - 1] in CLOSE_QUOTES and (
            _end_of_clause(t, after, n) or t.words[after] == ","
            or t.lows[after] in _SUBORDINATE):
        return frame("post", src, 0, t.ends[a - 1], True)
    if _end_of_clause(t, after, n):
        if a == 0:
            return None
        if t.words[a - 1] in (",", "—", "–"):
            return frame("post", src, 0, t.starts[a - 1], True)
        return None
    cuts = a > 0 and t.words[a - 1] in SEPARATORS
    return _pre(t, form, frame, after, "pre", src, t.starts[a - 1] if cuts else t.starts[a],
                cuts)


def _pre(t: Tokens, form: CueForm, frame: _Make, after: int, mode: str,
         src: tuple[int, int] | None, boundary: int, cuts: bool) -> Frame | None:
    n = len(t)
    p = after
    if p < n and t.words[p] == ",":
        # ``said on Wednesday, after meeting Xi on the sidelines, that ...``
        for q in range(p + 1, min(n - 1, p + 25)):
            if t.words[q] == "," and t.lows[q + 1] == "that":
                p = q + 1
                break
    while p < n and t.words[p] in (",", ":"):
        p += 1
    if p >= n or _end_of_sentence(t, p, n):
        return None
    if form.weak and not (t.lows[p] == "that" or t.words[p] in OPEN_QUOTES):
        return None
    return frame(mode, src, p, boundary, cuts)


def _subject(t: Tokens, k: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence, before token ``k``: a shared source."""
    e = t.np_right(0, k, limit=12)
    return (t.starts[0], t.ends[e - 1]) if e > 0 else None


def _inverted_source(t: Tokens, p: int, n: int, date_tok: list[bool]) -> tuple[int, int] | None:
    """The source after an inverted cue (``said Kremlin aide Vladimir Medinsky, who ...``)."""
    e = t.np_right(p, n, limit=12)
    if e == p:
        return None
    end = e
    if e + 1 < n and t.words[e] == ",":
        if t.lows[e + 1] in ("who", "whose", "which"):
            return t.starts[p], t.ends[e - 1]
        e2 = t.np_right(e + 1, n, limit=8)
        if e2 > e + 1 and _end_of_sentence(t, e2, n):
            end = e2  # an appositive: ``said Ukraine’s intelligence agency, the HUR``
    rest = _skip_adjuncts(t, end, n, "say", date_tok)
    if not _end_of_clause(t, rest, n):
        return None
    return t.starts[p], t.ends[end - 1]


def _appositive(t: Tokens, k: int) -> tuple[int, tuple[int, int]] | None:
    """``X, who ..., said`` / ``X, the HUR, said``: the source before a comma at ``k``."""
    c = k - 1
    while c > 0 and k - c < 30 and t.words[c] != ",":
        c -= 1
    if c <= 0 or t.words[c] != ",":
        return None
    a = t.np_left(c - 1, 0)
    if a > c - 1 or not (a == 0 or t.words[a - 1] in SEPARATORS):
        return None
    if t.lows[c + 1] in ("who", "whose", "which", "where"):
        return a, (t.starts[a], t.ends[c - 1])
    if t.np_right(c + 1, k, limit=12) == k:
        return a, (t.starts[a], t.ends[k - 1])
    return None


def _end_of_clause(t: Tokens, p: int, n: int) -> bool:
    """The end of the sentence, or a comma before a participial cue."""
    return _end_of_sentence(t, p, n) or (
        p + 1 < n and t.words[p] == "," and t.lows[p + 1].endswith("ing"))


def find_frames(text: str, sent: tuple[int, int], quotes: list[tuple[int, int]],
                dates: list[tuple[int, int]], lexicon: Lexicon) -> list[Frame]:
    """Every attribution frame in the sentence ``text[sent[0]:sent[1]]``.

    Args:
        text: The whole text.
        sent: The sentence's ``(start, end)``.
        quotes: Quote interiors of the paragraph (see :func:`~.quotes.find_quotes`).
        dates: ``(start, end)`` of the time expressions in the sentence.
        lexicon: Cue words and phrases.
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
    for i in [k for k, w in enumerate(lows) if w in starts]:
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
            f = _frame(text, t, i, j, form, sent, quotes, date_tok)
            if f is not None:
                frames.append(f)
                if len(frames) >= MAX_FRAMES:
                    break
                nxt = j + 1
    if not frames:
        return frames
    forms = lexicon.forms
    cuts = [t.starts[k] for k in range(1, n - 1)
            if lows[k] in ("and", "but") and (
                (t.words[k - 1] == "," and lows[k + 1] in PRONOUNS)
                or (forms.get(lows[k + 1]) or _NONE).kind in ("past", "third"))]
    _contents(text, t, frames, quotes, cuts)
    frames = [f for f in frames if f.content[0] < f.content[1] and not (
        f.needs_quote and not within(quotes, f.content[0], f.content[1] + 1))]
    _parents(frames)
    return frames


def _contents(text: str, t: Tokens, frames: list[Frame], quotes: list[tuple[int, int]],
              cuts: list[int]) -> None:
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
                if g.cuts and g.boundary > cs:
                    end = min(end, g.boundary)
                    break
            for c in cuts:
                if c > cs:
                    end = min(end, c)
                    break
            end = _quote_then_phrase(text, t, cs, end)
            f.content = (cs, _trim_end(text, cs, end, quotes))


def _quote_then_phrase(text: str, t: Tokens, cs: int, end: int) -> int:
    """``tells Putin “...” at SCO summit``: a quotation then a phrase; keep the quotation."""
    if text[cs] not in OPEN_QUOTES:
        return end
    k = t.index_at(cs) + 1
    while k < len(t) and t.starts[k] < end and t.words[k] not in CLOSE_QUOTES:
        k += 1
    if k + 1 < len(t) and t.starts[k + 1] < end and t.lows[k + 1] in _ADJUNCT_PREPS:
        return t.ends[k]
    return end


def _parents(frames: list[Frame]) -> None:
    """Link each frame to the innermost frame whose content holds its cue."""
    for idx, f in enumerate(frames):
        best = None
        for k, g in enumerate(frames):
            if k != idx and g.content[0] <= f.cue[0] < g.content[1] and (
                    best is None or g.content[1] - g.content[0]
                    < frames[best].content[1] - frames[best].content[0]):
                best = k
        f.parent = best


def headline_frame(text: str, start: int, end: int) -> Frame | None:
    """The ``Source: content`` frame of a headline, if it has that shape.

    >>> f = headline_frame("ISW: Russia pushes on", 0, 21)
    >>> f.source, f.cue, f.content
    ((0, 3), (3, 4), (5, 21))
    """
    m = _HEADLINE.match(text, start, end)
    if m is None:
        return None
    ce = end
    while ce > m.end() and (text[ce - 1].isspace() or text[ce - 1] == "."):
        ce -= 1
    return Frame(cue=(m.start(2), m.end(2)), lemma=":", source=(m.start(1), m.end(1)),
                 content=(m.end(), ce), sentence=(start, end), mode="headline")

