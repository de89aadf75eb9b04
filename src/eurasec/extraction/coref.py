"""What needs the whole article: shared names, surnames, names found earlier, and pronouns.

>>> from eurasec import Registry
>>> from eurasec.extraction.hits import MENTION
>>> from eurasec.extraction.matcher import matcher_for
>>> from eurasec.extraction.scan import Scanner
>>> text = "Kim arrives. North Korean leader Kim Jong Un said he was ready."
>>> sc = Scanner(text, matcher_for(Registry.default()))
>>> sc.scan(0, 0, len(text))
>>> local_pass(sc, [(0, len(text))]); resolve_shared(sc); resolve_surnames(sc)
>>> hits = sorted(sc.hits, key=lambda h: h.start)
>>> resolve_pronouns(sc, [(0, len(text))], hits)
>>> [(text[h.start:h.end], h.actor, h.resolution.value) for h in hits if h.kind == MENTION]
[('Kim', 'kim-jong-un', 'coreference'), ('North Korean', 'PRK', 'registry'),
 ('Kim Jong Un', 'kim-jong-un', 'registry'), ('he', 'kim-jong-un', 'coreference')]

Run after the scan over every segment, in this order:

1. :func:`local_pass`: names the article itself defined (acronyms in parentheses, persons
   introduced by a title) are found again wherever they recur.
2. :func:`resolve_shared`: a name several registry actors share (``Congo``, ``CSIS``) goes to
   the one the article otherwise mentions, and is dropped when that is not exactly one.
3. :func:`resolve_surnames`: ``Putin`` goes to the person with that surname the article
   names in full (the latest before it, else the first after it: headlines come first);
   without one, to the registry's only bearer if that person is or was a head of state
   or government; otherwise it is dropped.
4. :func:`resolve_pronouns`: ``he``/``she``/``his``/``her``... go to the latest person before
   them in the same segment, else in the previous one, whose gender does not contradict.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from ..models import ActorKind, Resolution
from .gazetteer import find_names, key
from .hits import MENTION, PENDING_SURNAME, PRONOUN, SHARED, Hit
from .scan import Scanner

__all__ = ["local_pass", "resolve_pronouns", "resolve_shared", "resolve_surnames"]


def local_pass(sc: Scanner, segments: Sequence[tuple[int, int]]) -> None:
    """Find the names the article defined (``sc.local``) in every segment."""
    if not sc.local:
        return
    taken = sorted((h.start, h.end, i) for i, h in enumerate(sc.hits)
                   if h.kind in (MENTION, SHARED, PENDING_SURNAME, PRONOUN))
    starts = [t[0] for t in taken]
    text = sc.text
    for seg, s, e in find_names(text, sc.local, segments):
        actor, resolution = sc.local[key(text[s:e])]
        j = bisect_left(starts, s)
        if j < len(taken) and taken[j][0] == s and taken[j][1] == e:
            old = sc.hits[taken[j][2]]
            if resolution is Resolution.ACRONYM and old.kind in (MENTION, SHARED):
                old.kind, old.actor, old.resolution = MENTION, actor, resolution
            continue
        if (j < len(taken) and taken[j][0] < e) or (j and taken[j - 1][1] > s):
            continue
        sc.hits.append(Hit(s, e, seg, MENTION, actor=actor, resolution=resolution))


def resolve_shared(sc: Scanner) -> None:
    """Give each shared name to the one candidate the article otherwise mentions."""
    for h in [h for h in sc.hits if h.kind == SHARED]:
        supported = [c for c in h.cands if c in sc.support]
        if len(supported) == 1:
            h.kind, h.actor = MENTION, supported[0]
        else:
            h.kind = -1


def _found_persons(sc: Scanner) -> set[str]:
    """The persons the article introduced (the registry's are ``sc.m.persons``)."""
    return {a for a, f in sc.found.items() if f.kind is ActorKind.PERSON}


def resolve_surnames(sc: Scanner) -> None:
    """Tie each surname to a person named in full (in the registry, or introduced by the
    article: ``Lee`` after ``Ann Lee``), or to a unique leader. A title of courtesy with a
    gender before the surname leaves out the bearers of the other gender, and names the
    one left even when the article gives no full name (``Mrs. Clinton``)."""
    pending = [h for h in sc.hits if h.kind == PENDING_SURNAME]
    if not pending:
        return
    registered, introduced = sc.m.persons, _found_persons(sc)
    full = sorted((h.start, h.actor) for h in sc.hits
                  if h.kind == MENTION and h.resolution is not Resolution.COREFERENCE
                  and (h.actor in registered or h.actor in introduced))
    starts_of: dict[str, list[int]] = {}  # actor -> sorted starts of its full-name mentions
    for s, a in full:
        starts_of.setdefault(a, []).append(s)
    own: dict[str, tuple[str, ...]] = {}  # surname -> introduced persons (``Ann Lee``)
    for a in introduced:
        last = sc.found[a].name.split()[-1].casefold()
        own[last] = (*own.get(last, ()), a)
    for h in pending:
        cands = sc.m.surnames.get(h.actor, ())
        if own:
            cands = (*cands, *own.get(h.actor, ()))
        gender = h.desc.gender if h.desc is not None else None
        if gender is not None and len(cands) > 1:
            # ``Mrs. Clinton``: the title's gender leaves out the other bearers of the name
            cands = tuple(c for c in cands if sc.gender(c) in (None, gender))
        # The latest full mention before the surname, else the earliest one: one bisect per
        # candidate, so the pass stays linear in the number of mentions.
        before: tuple[int, str] | None = None
        first: tuple[int, str] | None = None
        for c in cands:
            starts = starts_of.get(c)
            if not starts:
                continue
            i = bisect_left(starts, h.start)
            if i and (before is None or (starts[i - 1], c) > before):
                before = (starts[i - 1], c)
            if first is None or (starts[0], c) < first:
                first = (starts[0], c)
        if first is not None:
            h.actor = (before or first)[1]
            h.kind, h.resolution = MENTION, Resolution.COREFERENCE
        elif len(cands) == 1 and (cands[0] in sc.m.leaders or gender is not None):
            h.actor, h.kind, h.resolution = cands[0], MENTION, Resolution.REGISTRY
        else:
            h.kind = -1


_SENTENCE_END = re.compile("[.!?][\"'\u201d\u2019)\\]]*\\s+(?=[\"'\u201c\u2018(\\[]?[A-Z0-9])")


_QUOTED = re.compile("\u201c[^\u201d]*\u201d?|\"[^\"]*\"?")


def _sentence_starts(text: str, start: int, end: int) -> list[int]:
    return [start, *(m.end() for m in _SENTENCE_END.finditer(text, start, end))]


class _Segments:
    """Sentence starts and quoted stretches of the segments, computed when first asked."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]]) -> None:
        self.text, self.spans = text, spans
        self._starts: dict[int, list[int]] = {}
        self._quotes: dict[int, list[int]] = {}

    def starts(self, seg: int) -> list[int]:
        """Where the sentences of a segment start."""
        if seg not in self._starts:
            self._starts[seg] = _sentence_starts(self.text, *self.spans[seg])
        return self._starts[seg]

    def quoted(self, seg: int, pos: int) -> bool:
        """Whether ``pos`` lies inside quotation marks."""
        if seg not in self._quotes:
            self._quotes[seg] = [b for m in _QUOTED.finditer(self.text, *self.spans[seg])
                                 for b in m.span()]
        return bisect_right(self._quotes[seg], pos) % 2 == 1


def resolve_pronouns(sc: Scanner, segments: Sequence[tuple[int, int]],
                     hits: Sequence[Hit]) -> None:
    """Tie each pronoun to a person named before it, subjects first.

    The candidates are the persons of the same sentence (the first one compatible wins: it
    is usually the subject; for ``him`` the latest), then those of the previous sentence
    (again the first), then any earlier one in the segment or the segment before. A
    person of the other gender is never chosen. ``hits`` must be in text order.
    """
    if not any(h.kind == PRONOUN for h in hits):
        return
    text, gender_of = sc.text, sc.gender
    registered, introduced = sc.m.persons, _found_persons(sc)
    persons: dict[int, list[tuple[int, str]]] = {}
    segs = _Segments(text, segments)

    def compatible(found: Iterable[tuple[int, str]], seg: int, gender: str | None,
                   outside: bool) -> list[str]:
        """The persons among ``found`` the pronoun may refer to."""
        return [a for p, a in found if gender_of(a) in (None, gender)
                and not (outside and segs.quoted(seg, p))]

    for h in [h for h in hits if h.kind == PRONOUN or (
            h.kind == MENTION and (h.actor in registered or h.actor in introduced))]:
        if h.kind == MENTION:  # a person
            persons.setdefault(h.seg, []).append((h.start, h.actor))
            continue
        bounds = segs.starts(h.seg)
        i = bisect_right(bounds, h.start) - 1
        here = persons.get(h.seg, [])
        outside = not segs.quoted(h.seg, h.start)
        same = compatible([x for x in here if x[0] >= bounds[i]], h.seg, h.gender, outside)
        chosen: str | None
        if same:
            chosen = same[-1] if text[h.start:h.end] == "him" and len(same) > 1 else same[0]
        else:
            if i > 0:
                prev, pseg = [x for x in here if bounds[i - 1] <= x[0] < bounds[i]], h.seg
            elif h.seg > 0:
                pseg = h.seg - 1
                prev = [x for x in persons.get(pseg, []) if x[0] >= segs.starts(pseg)[-1]]
            else:
                prev, pseg = [], h.seg
            earlier = (compatible(prev, pseg, h.gender, outside)
                       or compatible(here[::-1], h.seg, h.gender, outside)
                       or compatible(persons.get(h.seg - 1, [])[::-1], h.seg - 1, h.gender,
                                     outside))
            chosen = earlier[0] if earlier else None
        if chosen is None:
            h.kind = -1
        else:
            h.kind, h.actor, h.resolution = MENTION, chosen, Resolution.COREFERENCE
            persons.setdefault(h.seg, []).append((h.start, chosen))
