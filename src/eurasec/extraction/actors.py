"""Actors and their mentions in text: registry names, discovered names, coreference.

:func:`find_actors` is the extraction stage behind ``article.actors`` and
``article.mentions``; the rules it applies are described in ``docs/actors.md``. The work is
split along its steps: :mod:`.matcher` compiles the registry into one trie-shaped pattern,
:mod:`.scan` makes the single pass over each segment (with :mod:`.scan_descriptors` for
the descriptor before a name and :mod:`.scan_cues` for titles, head nouns and group
adjectives), :mod:`.discovery` reads the words around titles and head nouns, :mod:`.speakers` finds
persons named next to a speech verb, and :mod:`.coref` settles what needs the whole
article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from ..actor_registry import Registry
from ..models import Actor, Mention
from ..models.actors import _actor_with, _trusted_mention
from .coref import local_pass, resolve_pronouns, resolve_shared, resolve_surnames
from .hits import MENTION, Desc
from .matcher import matcher_for
from .scan import Scanner
from .scan_cues import office_holders_after
from .speakers import speaking_persons

if TYPE_CHECKING:
    from .pipeline import Segment

__all__ = ["find_actors"]

_START = attrgetter("start")


def find_actors(
    text: str, segments: Sequence[Segment], registry: Registry | None = None,
    published: dt.date | None = None,
) -> tuple[tuple[Actor, ...], tuple[Mention, ...]]:
    """Every actor mentioned in the segments of ``text``, and every mention of them.

    Only the segments are read; their offsets, and those of the mentions, are offsets into
    ``text``. Actors come in the order of their first mention, mentions in text order.

    Args:
        text: The whole text (``Article.text``).
        segments: The parts to read, in document order.
        registry: The actors to look for; :meth:`Registry.default` when ``None``.
        published: When the text was written (a datetime counts by its date): a title with
            its owner and no name (``Kazakhstan's foreign minister``) is then a mention of
            the registry person who held that post on that day (:mod:`.offices`).

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
    on = published.date() if isinstance(published, dt.datetime) else published
    sc = Scanner(text, matcher_for(reg), on)
    spans = [(s.start, s.end) for s in segments]
    for i, (start, end) in enumerate(spans):
        sc.scan(i, start, end)
    office_holders_after(sc)
    speaking_persons(sc, spans)
    local_pass(sc, spans)

    resolve_shared(sc)
    resolve_surnames(sc)
    hits = sorted(sc.hits, key=_START)
    resolve_pronouns(sc, spans, hits)

    mentions = []
    order: dict[str, list[str]] = {}
    paragraphs = [s.paragraph for s in segments]
    for h in hits:
        if h.kind != MENTION:
            continue
        actor = h.actor
        descriptors = order.get(actor)
        if descriptors is None:
            descriptors = order[actor] = []
        if h.desc is not None and h.desc.text not in descriptors:
            descriptors.append(h.desc.text)
            _learn(sc, actor, h.desc)
        start, end = h.start, h.end
        if actor:  # offsets the scanner matched in ``text``: no need to check them again
            m = _trusted_mention(text[start:end], start, end, actor, paragraphs[h.seg],
                                 h.resolution)
        else:  # pragma: no cover - a name without a slug; the validator says what is wrong
            m = Mention(text=text[start:end], start=start, end=end, actor=actor,
                        paragraph=paragraphs[h.seg], resolution=h.resolution)
        mentions.append(m)
    registered, acronyms = sc.m.actors, sc.acronyms
    actors = []
    for actor_id, descs in order.items():
        base = registered.get(actor_id)
        if base is not None and not descs and (base.acronym is not None
                                               or actor_id not in acronyms):
            actors.append(base)  # the common case: the registry's actor as it is
        else:
            actors.append(_actor(reg, sc, actor_id, tuple(descs)))
    return tuple(actors), tuple(mentions)


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
        return _actor_with(base, descriptors, acronym)
    f = sc.found[actor_id]
    return Actor(id=actor_id, name=f.name, kind=f.kind, acronym=f.acronym or acronym,
                 descriptors=descriptors, country=f.country, category=f.category,
                 posts=tuple(f.posts), gender=f.gender, source="text")
