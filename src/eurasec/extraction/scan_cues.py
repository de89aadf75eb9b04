"""What the scan does on a cue word rather than a registry name: a title, an organization's
head noun or a group adjective.

:class:`~.scan.Scanner` calls these when its pattern matches a cue. A title is kept as a mark
(later descriptors read it) and may introduce a person the registry does not know
(``Foreign Minister Jane Doe``); a head noun such as ``Institute`` grows into an
organization's name; a group adjective (``Western``) is a mention only where it stands for
the group. The name after a title and the words around a head noun are read by
:mod:`.discovery`; the results go on the scanner (hits, found actors, local names).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..models import ActorKind, Post, Resolution
from .discovery import _GAP, expand_org, parse_name, word_before
from .gazetteer import key, slug
from .hits import MENTION, TITLE, Desc, Found, Hit
from .offices import ROLES, Offices
from .scan_descriptors import descriptor

if TYPE_CHECKING:
    from .matcher import Form
    from .scan import Scanner

__all__ = ["group_cue", "introduce", "office_holders_after", "org_cue", "title_cue"]

#: Between a title's owner and the title: a possessive, then white space.
_OWNED = re.compile("(['\u2019]s)?[ \t\u00a0]+")
#: A name set apart after the title (``its foreign minister, Jane Doe``).
_APPOSED = re.compile("[ \t\u00a0]*,[ \t\u00a0]+[A-Z]")
#: Between a title and its owner after it (``the president of Russia``).
_OF = re.compile("[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?")
#: A capitalised word after the owner: it is part of a longer name (``the president of the
#: United States Hispanic Chamber``).
_GOES_ON = re.compile("[ \t\u00a0]+[A-Z]")
_QUOTES = "\"'\u201c\u2018\u00ab-"
_COORD = re.compile(r"(?:,[ \t\u00a0]+[A-Z][\w\u2019'-]*)*,?[ \t\u00a0]+(?:and|or)[ \t\u00a0]+"
                    r"(?:[A-Z][\w\u2019'-]*[ \t\u00a0]+){1,3}([a-z]+)\b")


def title_cue(sc: Scanner, seg: int, floor: int, ceiling: int, s: int, e: int,
              form: Form) -> int:
    """A title: keep it as a mark, and discover the unknown person it may introduce.

    Returns where the scan goes on: after the person's name, or after the title."""
    role, gender = form.title or ("other", None)
    owner = sc.hits[-1] if sc.hits else None
    sc.hits.append(Hit(s, e, seg, TITLE, actor=role, gender=gender))
    text, m = sc.text, sc.m
    g = _GAP.match(text, e, ceiling)
    if g is None or g.end() >= ceiling or not text[g.end()].isupper():
        if owner is not None and sc.on is not None and role in ROLES:
            _office_holder(sc, seg, floor, owner, s, e, role)
        return e
    p = g.end()
    nxt = m.pattern.match(text, p, ceiling)
    if nxt is not None:
        f = m.forms.get(key(nxt.group()))
        if f is not None and f.candidates:
            return e
    courtesy = text[s:e] in sc.lex.courtesy_titles  # ``Mr. Clarke``: a surname alone
    ne = parse_name(text, p, ceiling, sc.lex, 1 if courtesy else 2)
    if ne < 0:
        return e
    name = " ".join(text[p:ne].split())
    known = sc.local.get(key(name)) if courtesy else None
    if courtesy and known is None and " " not in name:  # ``Jim Bennett, 57,`` ... ``Mr. Bennett``
        full = sc.full_name(name, s)
        if full is not None and key(full) not in m.forms:
            name = full
    actor_id = known[0] if known is not None else slug(name)
    if not actor_id:  # a name in another script (Cyrillic...) gives no id to use
        return e
    if courtesy and gender and sc.gender(actor_id) not in (None, gender):
        # ``Mr. Clinton`` and ``Mrs. Clinton``: two people who share a surname
        name = f"{text[s:e]} {name}"
        actor_id = slug(name)
    desc = descriptor(sc, p, floor, True)
    if actor_id not in m.registry:
        person = introduce(sc, name, actor_id)
        if desc is not None:
            person.gender = person.gender or desc.gender
            person.country = person.country or desc.country
            if desc.title and not desc.former:
                post = Post(title=desc.title, of=desc.org or desc.country,
                            role=desc.role or "other")
                if post not in person.posts:
                    person.posts.append(post)
    sc.hits.append(Hit(p, ne, seg, MENTION, actor=actor_id,
                       resolution=Resolution.DESCRIPTOR, desc=desc))
    sc.support.add(actor_id)
    return ne


def _office_holder(sc: Scanner, seg: int, floor: int, owner: Hit, s: int, e: int,
                   role: str) -> None:
    """A title right after its owner and with no name (``Kazakhstan's foreign minister
    said``, ``the Kremlin spokesman``): a mention of whoever held the post on the day the
    text was written, when the registry knows exactly one such person. The title's mark is
    the last hit; the mention replaces it.

    The owner is possessive or follows ``the`` (not ``a sitting US president``, ``the
    ousted Ukrainian president``), and ``the`` does not follow a word that makes the
    title a role (``became the Turkish president``)."""
    text = sc.text
    gap = _OWNED.fullmatch(text, owner.end, s)
    if (gap is None or owner.kind != MENTION or owner.seg != seg or _APPOSED.match(text, e)
            or (gap.group(1) is None and not _definite(sc, owner.start, floor))):
        return
    _hold(sc, len(sc.hits) - 1, role, owner, text[owner.start:e])


def office_holders_after(sc: Scanner) -> None:
    """A title with its owner after it (``the foreign minister of Kazakhstan said``): the
    same as :func:`_office_holder`, once the segment's hits are all known."""
    if sc.on is None:
        return
    hits, text = sc.hits, sc.text
    for i in range(len(hits) - 1):
        h, owner = hits[i], hits[i + 1]
        if (h.kind == TITLE and h.actor in ROLES and owner.kind == MENTION
                and owner.seg == h.seg and _OF.fullmatch(text, h.end, owner.start)
                and not _APPOSED.match(text, owner.end) and not _GOES_ON.match(text, owner.end)
                and _definite(sc, h.start, 0)):
            _hold(sc, i, h.actor, owner, text[h.start:owner.end])


def _definite(sc: Scanner, pos: int, floor: int) -> bool:
    """Whether ``the`` stands right before ``pos``, not after a word that makes what
    follows a role (``became the president``) nor in an apposition to a name (``Ann Lee,
    the president of ...``: the title describes her)."""
    ws, w = word_before(sc.text, pos, floor)
    if w not in ("the", "The"):
        return False
    before = word_before(sc.text, ws, floor)[1]
    return before not in sc.lex.predicative_words and not before.endswith(",")


def _hold(sc: Scanner, i: int, role: str, owner: Hit, written: str) -> None:
    """Make the title mark ``sc.hits[i]`` a mention of the one person who held ``role`` of
    the owner on the day of the text, if the registry knows one."""
    if sc.on is None or sc.kind(owner.actor) not in (ActorKind.STATE, ActorKind.ORGANIZATION):
        return
    person = Offices.of(sc.m.registry).holder(role, owner.actor, sc.on)
    if person is not None:
        h = sc.hits[i]
        desc = Desc(text=" ".join(written.split()))
        sc.hits[i] = Hit(h.start, h.end, h.seg, MENTION, actor=person,
                         resolution=Resolution.DESCRIPTOR, desc=desc)


def introduce(sc: Scanner, name: str, actor_id: str) -> Found:
    """Record a person the article introduces, with its full name and surname as the
    article's local names (the surname only when it is safe: not a registry form, not a
    word such as ``May``, longer than two letters)."""
    person = sc.found.setdefault(actor_id, Found(name=name, kind=ActorKind.PERSON))
    sc.local.setdefault(key(name), (actor_id, Resolution.COREFERENCE))
    surname = name.split()[-1]
    if (surname not in sc.lex.unsafe_surnames and surname not in sc.m.forms
            and len(surname) > 2):
        sc.local.setdefault(key(surname), (actor_id, Resolution.COREFERENCE))
    return person


def org_cue(sc: Scanner, seg: int, floor: int, ceiling: int, s: int, e: int, head: str,
            category: str) -> int:
    """A head noun such as ``Institute``: grow it into an organization's name.

    Returns where the scan goes on: after the name, or after the head noun."""
    hits, text, m, lex = sc.hits, sc.text, sc.m, sc.lex
    limit = floor  # persons, titles and pronouns before the name are not part of it
    for h in reversed(hits):
        if h.seg != seg:
            break
        if h.kind != MENTION or sc.kind(h.actor) is ActorKind.PERSON:
            limit = max(limit, h.end)
            break
    ns, ne, words = expand_org(text, s, e, limit, ceiling, head, lex)
    for h in reversed(hits):  # a state or body partly inside joins it whole
        if h.seg != seg or h.end <= ns:
            break
        ns = min(ns, h.start)
    name = " ".join(text[ns:ne].split())
    if words < 2 or all(w in lex.generic_org_words for w in name.split()):
        return e
    country = None
    while hits and hits[-1].seg == seg and hits[-1].start >= ns:
        h = hits.pop()
        if h.start == ns and h.kind == MENTION:
            country = sc.country_of(h.actor)
    for inner in m.pattern.finditer(text, e, ne):
        f = m.forms.get(key(inner.group()))
        if f is not None and f.candidates and f.candidates[0].kind is ActorKind.STATE:
            country = country or f.candidates[0].actor
    actor_id = slug(name)
    known = m.forms.get(key(name))
    if known is not None and len(known.candidates) == 1:
        actor_id, resolution = known.candidates[0].actor, Resolution.REGISTRY
    elif actor_id in m.registry:
        resolution = Resolution.PATTERN
    else:
        resolution = Resolution.PATTERN
        org = sc.found.setdefault(actor_id, Found(name=name, kind=ActorKind.ORGANIZATION,
                                                  category=category))
        org.country = org.country or country
    desc = descriptor(sc, ns, floor, False)
    found = sc.found
    if desc is not None and actor_id in found:
        found[actor_id].country = found[actor_id].country or desc.country
    hits.append(Hit(ns, ne, seg, MENTION, actor=actor_id, resolution=resolution, desc=desc))
    sc.support.add(actor_id)
    sc.record_acronym(actor_id, ns, ne, ceiling)
    if actor_id in found and actor_id in sc.acronyms:
        found[actor_id].acronym = sc.acronyms[actor_id]
    return ne


def group_cue(sc: Scanner, seg: int, ceiling: int, s: int, e: int,
              group: tuple[str, bool]) -> None:
    """A group adjective: ``Western`` alone, or ``European`` in ``European and NATO
    countries``."""
    gid, alone = group
    text = sc.text
    ok = False
    if alone and e < ceiling:
        ch = text[e]
        if ch in _QUOTES:
            ok = True
        elif ch in " \t\u00a0":
            g = _GAP.match(text, e, ceiling)
            ok = g is not None and g.end() < ceiling and (
                text[g.end()].islower() or text[g.end()] in _QUOTES)
    if not ok:
        c = _COORD.match(text, e, ceiling)
        ok = c is not None and c.group(1) in sc.lex.group_heads
    if ok:
        sc.hits.append(Hit(s, e, seg, MENTION, actor=gid))
        sc.support.add(gid)
