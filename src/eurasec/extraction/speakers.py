"""Persons found as the named source of a speech verb, with no title before them.

News introduces most people by name alone: ``Ann Lee said``, ``said Ann Lee``, ``according
to Ann Lee``, ``Ann Lee, a nurse in Dayton, told reporters``. The scanner discovers persons
only after a title (:func:`~.scan_cues.title_cue`); :func:`speaking_persons` adds those that
stand right next to a speech verb. A name is two to four capitalised words
(:func:`~.discovery.parse_name`) that no other hit covers, with no word that names an
organization's kind (``Institute``, ``News``, ``Poll``...: ``org_heads``,
``generic_org_words`` and ``media_words`` in ``data/lexicon.json``), and not after ``the``.
Its full name and surname then become the article's local names, so that
:func:`~.coref.local_pass` finds ``Lee`` later on.

One regex search per segment finds the speech verbs; the name is then read back from each
(at most 160 characters) and forward from it (at most four words): linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import chain
from typing import TYPE_CHECKING

from ..models import Resolution
from .discovery import parse_name
from .gazetteer import slug, trie_pattern
from .hits import MENTION, PENDING_SURNAME, SHARED, Hit
from .scan_cues import introduce

if TYPE_CHECKING:
    from .scan import Scanner

__all__ = ["speaking_persons"]

_VERBS = ("said", "says", "told", "tells", "added", "adds", "wrote", "writes", "asked", "asks",
          "noted", "notes", "explained", "argued", "argues", "stated", "warned", "warns",
          "insisted", "recalled", "replied", "responded", "claimed", "acknowledged",
          "admitted", "declared", "tweeted", "posted")
_WORD = r"[A-Z][\w’'.-]*"
_GAP = r"[ \t\u00a0]+"
_NAME = rf"{_WORD}(?:{_GAP}(?:(?:de|da|van|von|der|al|bin|la|le){_GAP})?{_WORD}){{1,3}}"
#: A speech verb (or ``according``) after a space: the one search over the whole text.
_VERB = re.compile(r"\s(" + trie_pattern((*_VERBS, "according", "According")) + r")\b")
_FIRST = re.compile(r"()([Aa]ccording)\b")  # ... or at the start of the segment
#: The name before a verb, read back from it: ``Ann Lee said``, ``Ann Lee, a nurse, said``,
#: ``Ann Lee has said``, ``Ann Lee, who said`` (a relative ``who``: a person).
_HEAD = re.compile(rf"({_NAME})(,[^,\n]{{1,80}},|,{_GAP}who)?{_GAP}(?:(?:has|had|also){_GAP})?"
                   r"\Z")
#: How far back from the verb the name and an apposition may start.
_REACH = 160
#: The name after a verb: ``said Ann Lee``; ``according to Ann Lee``.
_TAIL = re.compile(rf"{_GAP}({_NAME})")
_TO_TAIL = re.compile(rf"{_GAP}to{_GAP}({_NAME})")
_THE = re.compile(r"(?:^|\W)the[ \t\u00a0]+$", re.IGNORECASE)


def _candidates(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, apposed)`` of each run of capitalised words next to a speech verb in
    ``text[start:end]``; ``apposed`` when an apposition describes it (``Ann Lee, a nurse,
    said``, ``said Ann Lee, a nurse``; not ``According to Ann Lee, the talks ...``)."""
    first = _FIRST.match(text, start, end)
    for v in chain(() if first is None else (first,), _VERB.finditer(text, start, end)):
        verb = v.group(v.lastindex or 1)
        if verb in ("according", "According"):
            t = _TO_TAIL.match(text, v.end(), end)
            if t is not None:
                yield t.start(1), t.end(1), False
            continue
        lo = max(start, v.start() - _REACH)
        h = _HEAD.search(text, lo, v.start() + 1) if _may_follow_name(text, lo, v.start()) else None
        if h is not None:
            yield h.start(1), h.end(1), h.group(2) is not None
        t = _TAIL.match(text, v.end(), end)
        if t is not None:
            yield t.start(1), t.end(1), text.startswith(",", t.end(1))


_GAPS = " \t\u00a0"
_AFTER_NAME = ("who", "has", "had", "also")


def _may_follow_name(text: str, lo: int, p: int) -> bool:
    """Whether :data:`_HEAD` may match ``text[lo:p + 1]`` (``p`` is the space before the
    verb): a cheap test that skips the search after most verbs (``he said``, ``officials
    said``). The match ends in white space after a capitalised word, an apposition's comma,
    ``who``, ``has``, ``had`` or ``also``: the run of characters before that white space
    then holds a capital letter, ends with a comma or is one of those words."""
    if text[p] not in _GAPS:
        return False
    q = p
    while q > lo and text[q - 1] in _GAPS:
        q -= 1
    i = max(text.rfind(" ", lo, q), text.rfind("\t", lo, q), text.rfind("\u00a0", lo, q),
            lo - 1) + 1
    run = text[i:q]
    return run.lower() != run or run.endswith(",") or run in _AFTER_NAME


def speaking_persons(sc: Scanner, segments: Sequence[tuple[int, int]]) -> None:
    """Discover the persons named next to a speech verb in the segments (see the module)."""
    text, lex = sc.text, sc.lex
    taken = sorted((h.start, h.end, h) for h in sc.hits)
    starts = [t[0] for t in taken]
    stop = lex.org_words
    uses: _Uses | None = None
    for seg, (start, end) in enumerate(segments):
        for cs, ce, apposed in _candidates(text, start, end):
            s, e = _name_in(text, cs, ce, sc)
            if s < 0:
                continue
            inner = _covered(taken, starts, s, e)
            if inner is None:
                continue  # another hit (a registry name, a title...) stands there
            words = text[s:e].split()
            if any(w in stop or w.rstrip("s") in stop or not any(c.islower() for c in w)
                   for w in words):
                continue
            if _THE.search(text, max(start, s - 5), s):
                continue  # ``the Morning Star said``: a title of a paper or a body
            name = " ".join(words)
            actor_id = slug(name)
            if not actor_id or actor_id in sc.m.registry or actor_id in sc.found:
                continue  # the names of a person already found: local_pass finds them
            if not apposed:
                if uses is None:
                    uses = _Uses(text)
                if not uses.surname_alone(words):
                    continue
            for h in inner:
                h.kind = -1  # ``Lee`` in ``Ann Lee``: no registry person's surname
            introduce(sc, name, actor_id)
            hit = Hit(s, e, seg, MENTION, actor=actor_id, resolution=Resolution.PATTERN)
            sc.hits.append(hit)
            sc.support.add(actor_id)
            k = bisect_left(starts, s)
            taken.insert(k, (s, e, hit))
            starts.insert(k, s)


def _covered(taken: list[tuple[int, int, Hit]], starts: list[int], s: int, e: int
             ) -> list[Hit] | None:
    """The hits inside ``[s, e)`` when all are surnames or shared names the name takes
    over, or ``None`` when another hit overlaps it."""
    out = []
    k = bisect_left(starts, s)
    if k and taken[k - 1][1] > s:
        return None
    while k < len(taken) and taken[k][0] < e:
        _, he, h = taken[k]
        if he > e or h.kind not in (PENDING_SURNAME, SHARED):
            return None
        out.append(h)
        k += 1
    return out


_CAPS = re.compile(r"[A-Z][\w’'-]*")


class _Uses:
    """How often each capitalised word stands in the text, and after which one: counted
    once per text, so that many names cost no more than one pass."""

    def __init__(self, text: str) -> None:
        self.words: Counter[str] = Counter()
        self.pairs: Counter[tuple[str, str]] = Counter()
        prev, prev_end = "", -2
        for m in _CAPS.finditer(text):
            w = m.group()
            self.words[w] += 1
            if m.start() - prev_end in (1, 2) and text[prev_end].isspace():
                self.pairs[prev, w] += 1
            prev, prev_end = w, m.end()

    def surname_alone(self, words: list[str]) -> bool:
        """Whether the article uses the surname outside the full name (``Lee said``)."""
        surname = words[-1]
        return len(surname) > 2 and self.words[surname] > self.pairs[words[-2], surname]


def _name_in(text: str, s: int, e: int, sc: Scanner) -> tuple[int, int]:
    """The personal name that ends at ``e`` within ``text[s:e]``: the longest run of words
    :func:`~.discovery.parse_name` reads as a name to exactly ``e`` and that does not start
    with a descriptor word (``Then Ann Lee``, ``Former Senator Ann Lee`` give ``Ann Lee``),
    or ``(-1, -1)``."""
    p = s
    while p < e:
        if text[p:text.find(" ", p, e)] not in sc.lex.descriptor_words \
                and parse_name(text, p, e, sc.lex) == e:
            return p, e
        nxt = text.find(" ", p, e)
        if nxt < 0:
            break
        p = nxt + 1
        while p < e and text[p] in " \t\u00a0":
            p += 1
    return -1, -1
