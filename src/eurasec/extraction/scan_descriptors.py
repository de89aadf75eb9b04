"""The descriptor written right before a name: ``Russian Foreign Minister`` in ``Russian
Foreign Minister Sergei Lavrov``, ``Kyiv-based`` in ``the Kyiv-based Razumkov Centre``.

A descriptor is read backwards from the name, over descriptive words (the lexicon's
``descriptor_words``, ``X-based``) and the hits the scan has just made before it: a title, a
``-based`` mark, a state or an organization. :func:`descriptor` is the cheap first look;
:func:`read_descriptor` reads the words once a word or hit right before the name may begin
one (the scan's common case makes that first look inline).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import ActorKind
from .discovery import _POSSESSIVE, word_before
from .hits import BASED, MENTION, TITLE, Desc, Hit

if TYPE_CHECKING:
    from .scan import Scanner

__all__ = ["descriptor", "read_descriptor"]


def descriptor(sc: Scanner, start: int, floor: int, person: bool) -> Desc | None:
    """Read the descriptor written right before the name at ``start``, if there is one."""
    text, hits = sc.text, sc.hits
    q = start - 1 if start > floor and text[start - 1] == " " else start
    w = text[max(text.rfind(" ", floor, q) + 1, floor):q]
    if not (w in sc.lex.descriptor_words or w.endswith("-based") or "\n" in w or (
            hits and hits[-1].end in (q, q - 2))):
        return None  # the common case: nothing descriptive right before the name
    return read_descriptor(sc, start, floor, person)


def read_descriptor(sc: Scanner, start: int, floor: int, person: bool) -> Desc | None:
    """The descriptor before a name, once a word or hit right before it may begin one."""
    text, lex, hits = sc.text, sc.lex, sc.hits
    p, i, first, title_from = start, len(hits) - 1, -1, -1
    d = Desc(text="")
    head = affiliated = deputy = False
    title_hit: Hit | None = None
    for _ in range(8):
        ws, w = word_before(text, p, floor)
        if not w:
            break
        q = ws + len(w)
        h = hits[i] if i >= 0 else None
        if h is not None and (h.end == q or (h.end == q - 2 and w.endswith(_POSSESSIVE))):
            if h.kind == TITLE and person and title_hit is None and not affiliated:
                title_hit, d.role, d.gender = h, h.actor, h.gender
                title_from = h.start
            elif h.kind == BASED:
                head = True
                d.country = d.country or h.actor or None
            elif h.kind == MENTION and sc.kind(h.actor) is not ActorKind.PERSON:
                affiliated = True
                if sc.kind(h.actor) is ActorKind.STATE:
                    d.country = d.country or h.actor
                elif sc.kind(h.actor) is ActorKind.ORGANIZATION:
                    d.org = d.org or h.actor
                    d.country = d.country or sc.country_of(h.actor)
            else:
                break
            p = first = h.start
            i -= 1
            continue
        if w in lex.descriptor_words or w.endswith("-based"):
            head = head or w in lex.descriptor_heads or w.endswith("-based")
            deputy = deputy or w in lex.deputy_words
            d.former = d.former or w in ("former", "Former")
            if not affiliated:
                title_from = ws if title_hit is not None else title_from
            p = first = ws
            continue
        break
    if first < 0 or (person and title_hit is None) or (not person and not head):
        return None
    if person and title_hit is not None:
        d.title = " ".join(text[title_from:title_hit.end].split())
        if deputy:
            d.role = "other"
    d.text = " ".join(text[first:start].split())
    return d
