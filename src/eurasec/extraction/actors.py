"""Actors and their mentions in text: registry names, discovered names, coreference.

:func:`find_actors` is the extraction stage behind ``article.actors`` and
``article.mentions``; the rules it applies are described in ``docs/actors.md``. The work is
split along its steps: :mod:`.matcher` compiles the registry into one trie-shaped pattern,
:mod:`.scan` makes the single pass over each segment, :mod:`.discovery` reads the words
around titles and head nouns, and :mod:`.coref` settles what needs the whole article.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from ..actor_registry import Registry
from ..models import Actor, Mention
from .coref import local_pass, resolve_pronouns, resolve_shared, resolve_surnames
from .hits import MENTION, Desc
from .matcher import matcher_for
from .scan import Scanner

if TYPE_CHECKING:
    from .pipeline import Segment

__all__ = ["find_actors"]


def find_actors(
    text: str, segments: Sequence[Segment], registry: Registry | None = None
) -> tuple[tuple[Actor, ...], tuple[Mention, ...]]:
    """Every actor mentioned in the segments of ``text``, and every mention of them.

    Only the segments are read; their offsets, and those of the mentions, are offsets into
    ``text``. Actors come in the order of their first mention, mentions in text order.

    Args:
        text: The whole text (``Article.text``).
        segments: The parts to read, in document order.
        registry: The actors to look for; :meth:`Registry.default` when ``None``.

    >>> from eurasec.extraction import Segment
    >>> text = "Russian Foreign Minister Sergei Lavrov met NATO officials. He said Moscow agreed."
    >>> actors, mentions = find_actors(text, [Segment(start=0, end=len(text), paragraph=0)])
    >>> [a.id for a in actors]
    ['RUS', 'sergei-lavrov', 'nato']
    >>> [(m.text, m.actor, m.resolution.value) for m in mentions][-2:]
    [('He', 'sergei-lavrov', 'coreference'), ('Moscow', 'RUS', 'metonym')]
    >>> actors[1].descriptors
    ('Russian Foreign Minister',)
    """
    reg = registry if registry is not None else Registry.default()
    sc = Scanner(text, matcher_for(reg))
    spans = [(s.start, s.end) for s in segments]
    for i, (start, end) in enumerate(spans):
        sc.scan(i, start, end)
    local_pass(sc, spans)

    kind_of, gender_of = sc.kind, sc.gender
    resolve_shared(sc)
    resolve_surnames(sc, kind_of)
    hits = sorted(sc.hits, key=lambda h: h.start)
    resolve_pronouns(text, spans, hits, kind_of, gender_of)

    mentions = []
    order: dict[str, list[str]] = {}
    for h in hits:
        if h.kind != MENTION:
            continue
        descriptors = order.setdefault(h.actor, [])
        if h.desc is not None and h.desc.text not in descriptors:
            descriptors.append(h.desc.text)
            _learn(sc, h.actor, h.desc)
        seg = segments[h.seg]
        mentions.append(Mention(text=text[h.start:h.end], start=h.start, end=h.end,
                                actor=h.actor, paragraph=seg.paragraph,
                                resolution=h.resolution))
    actors = tuple(_actor(reg, sc, actor_id, tuple(descs)) for actor_id, descs in order.items())
    return actors, tuple(mentions)


def _learn(sc: Scanner, actor_id: str, desc: Desc) -> None:
    """What a descriptor tells about an actor found in the text (its country)."""
    f = sc.found.get(actor_id)
    if f is not None and f.country is None:
        f.country = desc.country


def _actor(reg: Registry, sc: Scanner, actor_id: str, descriptors: tuple[str, ...]) -> Actor:
    base = reg.get(actor_id)
    acronym = sc.acronyms.get(actor_id)
    if base is not None:
        if acronym is None or base.acronym is not None:
            acronym = base.acronym
        if not descriptors and acronym == base.acronym:
            return base
        return attrs.evolve(base, descriptors=descriptors, acronym=acronym)
    f = sc.found[actor_id]
    return Actor(id=actor_id, name=f.name, kind=f.kind, acronym=f.acronym or acronym,
                 descriptors=descriptors, country=f.country, category=f.category,
                 posts=tuple(f.posts), gender=f.gender, source="text")
