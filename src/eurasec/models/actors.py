"""Actors (persons, states, organizations, groups), their ties, and mentions of them."""

from __future__ import annotations

import re
from enum import Enum
from typing import Any

import attrs

from .spans import Span

__all__ = ["Actor", "ActorKind", "Membership", "Mention", "Post", "Resolution"]

_PARTIAL_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


def _partial_date(_inst: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not _PARTIAL_DATE.fullmatch(value):
        raise ValueError(
            f"{attribute.name} must be an ISO 8601 date of year, month or day precision "
            f"(YYYY, YYYY-MM or YYYY-MM-DD), got {value!r}"
        )


def _non_empty(_inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise ValueError(f"{attribute.name} must not be empty")


class ActorKind(str, Enum):
    """The kinds of actor."""

    PERSON = "person"
    STATE = "state"
    ORGANIZATION = "organization"
    GROUP = "group"
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Membership:
    """One actor's membership of an organization, with its role and dates.

    Dates are ISO 8601 strings of year, month or day precision, because that is how
    precisely such facts are known (``"2001"``, ``"2023-07"``, ``"2024-07-04"``).
    """

    member: str = attrs.field(validator=_non_empty)
    """Actor id of the member (a state code such as ``RUS``, or an organization id)."""
    role: str = "member"
    """``member``, ``observer``, ``dialogue_partner``, ``partner_country``, ``candidate``,
    ``associate``, ``suspended``, ``participating_state``..."""
    since: str | None = attrs.field(default=None, validator=_partial_date)
    """When the role began, if known."""
    until: str | None = attrs.field(default=None, validator=_partial_date)
    """When it ended; ``None`` while it lasts."""
    note: str | None = None
    """A short remark, e.g. how the membership ended."""
    source: str | None = None
    """Where the fact comes from."""


@attrs.frozen(kw_only=True)
class Post:
    """A position a person holds or held."""

    title: str = attrs.field(validator=_non_empty)
    """The post as usually written: ``"Minister of Foreign Affairs of Russia"``."""
    of: str | None = None
    """Actor id of the state or organization the post belongs to."""
    role: str = "other"
    """``head_of_state``, ``head_of_government``, ``foreign_minister``, ``defence_minister``,
    ``spokesperson``, ``secretary_general``, ... or ``other``."""
    since: str | None = attrs.field(default=None, validator=_partial_date)
    """When the post began, if known."""
    until: str | None = attrs.field(default=None, validator=_partial_date)
    """When it ended; ``None`` while it lasts."""
    source: str | None = None
    """Where the fact comes from."""


@attrs.frozen(kw_only=True)
class Actor:
    """Someone or something that can act or speak: a person, state, organization or group.

    >>> Actor(id="RUS", name="Russia", kind=ActorKind.STATE)
    Actor(id='RUS', name='Russia', kind=<ActorKind.STATE: 'state'>, ...)
    """

    id: str = attrs.field(validator=_non_empty)
    """Stable identifier: ISO 3166-1 alpha-3 for states (``RUS``), a lower-case slug
    otherwise (``vladimir-putin``, ``nato``, ``isw``). See ``docs/actors.md``."""
    name: str = attrs.field(validator=_non_empty)
    """Canonical English name."""
    kind: ActorKind
    """Person, state, organization, group or other."""
    aliases: tuple[str, ...] = ()
    """Other names the actor goes by."""
    acronym: str | None = None
    """The short form, when there is one (``SCO``)."""
    descriptors: tuple[str, ...] = ()
    """Descriptions seen in the text (``"Russian leader"``, ``"US-based"``)."""
    country: str | None = None
    """State code of the actor's country, where known."""
    category: str | None = None
    """For organizations: ``military_alliance``, ``think_tank``, ``government_body``..."""
    memberships: tuple[Membership, ...] = ()
    """For organizations: their members, with roles and dates."""
    posts: tuple[Post, ...] = ()
    """For persons: the posts they hold or held."""
    gender: str | None = None
    """For persons, when known: ``male`` or ``female`` (used to resolve pronouns)."""
    source: str | None = None
    """Where the facts about the actor come from; ``"text"`` for actors found in the text."""

    def _repr_html_(self) -> str:
        """The HTML view, for Jupyter (see :func:`eurasec.to_html`)."""
        from ..formats.html import to_html

        return to_html(self, full=False)


class Resolution(str, Enum):
    """How a mention was tied to its actor."""

    REGISTRY = "registry"
    """A name, alias or demonym from the registry."""
    ACRONYM = "acronym"
    """An acronym defined in the text itself: ``Eurasian Economic Union (EAEU)``."""
    DESCRIPTOR = "descriptor"
    """A descriptor and a name: ``Russian Foreign Minister Sergei Lavrov``."""
    PATTERN = "pattern"
    """A name found by its shape (``the Foo Bar Institute``), not in the registry."""
    COREFERENCE = "coreference"
    """A pronoun or short name pointing back to an earlier mention."""
    METONYM = "metonym"
    """A place or building standing for a government: ``the Kremlin``, ``Beijing``."""


@attrs.frozen(kw_only=True)
class Mention(Span):
    """A place in the text that refers to an actor."""

    actor: str = attrs.field(validator=_non_empty)
    """Id of the actor referred to."""
    paragraph: int | None = None
    """Index into ``Article.paragraphs``; ``None`` outside the body (headline, caption...)."""
    resolution: Resolution = Resolution.REGISTRY
    """How the mention was resolved."""


# -- trusted construction -------------------------------------------------------------------
# The extractor makes thousands of mentions per second from offsets it has just matched, and
# copies registry actors with the descriptors an article gives them. Those values are known
# good, so these private helpers set the slots directly instead of running the validators
# again (about three times cheaper). Everything a user constructs still goes through
# ``__init__`` and its validators.


def _slot_setters(cls: type, names: tuple[str, ...]) -> tuple[Any, ...]:
    """The ``__set__`` of the slot of each field, found along the MRO."""
    out = []
    for name in names:
        slot = next(c.__dict__[name] for c in cls.__mro__ if name in c.__dict__)
        out.append(slot.__set__)
    return tuple(out)


_MENTION_FIELDS = ("text", "start", "end", "actor", "paragraph", "resolution")
(_m_text, _m_start, _m_end, _m_actor, _m_paragraph,
 _m_resolution) = _slot_setters(Mention, _MENTION_FIELDS)


def _trusted_mention(text: str, start: int, end: int, actor: str, paragraph: int | None,
                     resolution: Resolution) -> Mention:
    """A :class:`Mention` from values the caller guarantees valid: ``text`` is the slice
    ``[start, end)`` of the source, ``0 <= start <= end``, ``actor`` is not blank."""
    m: Mention = object.__new__(Mention)
    _m_text(m, text)
    _m_start(m, start)
    _m_end(m, end)
    _m_actor(m, actor)
    _m_paragraph(m, paragraph)
    _m_resolution(m, resolution)
    return m


_ACTOR_FIELDS = tuple(a.name for a in attrs.fields(Actor))
_COPIED = tuple(f for f in _ACTOR_FIELDS if f not in ("descriptors", "acronym"))
_COPY = tuple((f, put) for f, put in zip(_COPIED, _slot_setters(Actor, _COPIED), strict=True))
_a_descriptors, _a_acronym = _slot_setters(Actor, ("descriptors", "acronym"))


def _actor_with(base: Actor, descriptors: tuple[str, ...], acronym: str | None) -> Actor:
    """``attrs.evolve(base, descriptors=descriptors, acronym=acronym)`` without running the
    validators again: ``base`` was validated, and neither field has a validator."""
    new: Actor = object.__new__(Actor)
    for name, put in _COPY:
        put(new, getattr(base, name))
    _a_descriptors(new, descriptors)
    _a_acronym(new, acronym)
    return new
