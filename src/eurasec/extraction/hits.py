"""What the scanner records: hits (mentions, pending mentions, marks) and discovered actors.

Plain mutable records, private to one extraction; :func:`~eurasec.extraction.actors.find_actors`
turns them into the frozen :class:`~eurasec.models.Mention` and :class:`~eurasec.models.Actor`.
"""

from __future__ import annotations

import attrs

from ..models import ActorKind, Post, Resolution

__all__ = ["BASED", "MENTION", "PENDING_SURNAME", "PRONOUN", "SHARED", "TITLE", "Desc", "Found",
           "Hit"]

MENTION, SHARED, PENDING_SURNAME, PRONOUN, TITLE, BASED = range(6)
"""Hit kinds: a resolved mention, a name shared by several actors, a surname, a pronoun; and
two marks that are not mentions: a title, an ``X-based`` word. A dropped hit gets ``-1``."""


@attrs.define(slots=True)
class Desc:
    """A descriptor read before a name: ``Russian Deputy Foreign Minister``."""

    text: str
    """The words of the descriptor, as written (white space normalised)."""
    country: str | None = None
    """The state an affiliation or ``X-based`` word names."""
    org: str | None = None
    """The organization an affiliation names (``Kremlin spokesman``)."""
    title: str | None = None
    """For persons: the post as written, without the affiliation (``Deputy Foreign Minister``)."""
    role: str | None = None
    """For persons: the post role the title implies (``other`` after ``Deputy``)."""
    gender: str | None = None
    """The gender the title implies (``spokeswoman``)."""
    former: bool = False
    """Whether the descriptor says ``former``."""


@attrs.define(slots=True, eq=False)
class Hit:
    """A match the scanner kept: a mention (maybe pending) or a mark."""

    start: int
    end: int
    seg: int
    """Index of the segment, in the order given to the scanner."""
    kind: int
    """``MENTION``, ``SHARED``, ``PENDING_SURNAME``, ``PRONOUN``, ``TITLE``, ``BASED``, -1."""
    actor: str = ""
    """The actor id; the case-folded surname while pending; for a ``TITLE`` mark the post
    role, for a ``BASED`` mark the state id (or ``""``)."""
    resolution: Resolution = Resolution.REGISTRY
    cands: tuple[str, ...] = ()
    """For ``SHARED``: the actors that share the name."""
    gender: str | None = None
    """For pronouns and titles: the gender they imply."""
    desc: Desc | None = None
    """The descriptor read before the name, if any."""


@attrs.define(slots=True)
class Found:
    """An actor discovered in the text, being filled in."""

    name: str
    kind: ActorKind
    country: str | None = None
    category: str | None = None
    gender: str | None = None
    acronym: str | None = None
    posts: list[Post] = attrs.Factory(list)
