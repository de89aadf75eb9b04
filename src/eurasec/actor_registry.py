"""The actor registry: who is who, which names they go by, and who belongs to what.

The built-in registry is the data in ``eurasec/data`` (``states.json``, ``organizations.json``,
``people.json``, ``groups.json``; see ``SOURCES.md`` there and ``docs/actors.md``). Users
extend or replace it without editing the package::

    >>> import eurasec
    >>> mine = eurasec.Registry.from_dict({"organizations": [
    ...     {"id": "foo-institute", "name": "Foo Institute", "aliases": ["FI"],
    ...      "category": "think_tank", "country": "EST"}]})
    >>> registry = eurasec.Registry.default().merge(mine)
    >>> registry["foo-institute"].category, registry["RUS"].name
    ('think_tank', 'Russia')

and pass it on: ``eurasec.parse(text, registry=registry)``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import attrs

from .errors import SerializationError
from .extraction.gazetteer import key
from .models import Actor, ActorKind, Membership, Post
from .resources import load_data

__all__ = ["Registry", "RegistryEntry"]

_SECTIONS = {"states": ActorKind.STATE, "organizations": ActorKind.ORGANIZATION,
             "people": ActorKind.PERSON, "groups": ActorKind.GROUP}
_BUILT_IN = ("states.json", "organizations.json", "people.json", "groups.json")


@attrs.frozen(kw_only=True)
class RegistryEntry:
    """An actor together with the words that point to it in text.

    >>> e = Registry.default().entry("RUS")
    >>> e.actor.name, e.demonyms, e.metonyms
    ('Russia', ('Russian', 'Russians'), ('Moscow',))
    """

    actor: Actor
    """The actor, as :attr:`Article.actors <eurasec.Article.actors>` reports it."""
    demonyms: tuple[str, ...] = ()
    """For states: adjective and plural forms (``Russian``, ``Russians``)."""
    metonyms: tuple[str, ...] = ()
    """Places standing for the actor (``Moscow``, ``the Kremlin``)."""
    ambiguous: tuple[str, ...] = ()
    """Names of the actor that also mean something else (``Georgia``)."""
    surname: str | None = None
    """For persons: the name used alone after the first mention (``Putin``)."""
    capital: str | None = None
    """For states: the capital city."""
    since: str | None = None
    """When the state was formed or the organization founded, if known."""
    until: str | None = None
    """When the state was dissolved, if it was."""
    former: bool = False
    """Whether the actor no longer exists (``SUN``, the Soviet Union)."""
    note: str | None = None
    """A remark from the data file."""


def _str(obj: Mapping[str, Any], name: str, path: str, errors: list[str],
         *, required: bool = False) -> str | None:
    value = obj.get(name)
    if value is None:
        if required:
            errors.append(f"{path}.{name}: required")
        return None
    if not isinstance(value, str):
        errors.append(f"{path}.{name}: expected a string, got {type(value).__name__}")
        return None
    return value


def _strs(obj: Mapping[str, Any], name: str, path: str, errors: list[str]) -> tuple[str, ...]:
    value = obj.get(name) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        errors.append(f"{path}.{name}: expected a list of strings")
        return ()
    return tuple(dict.fromkeys(value))


def _records(obj: Mapping[str, Any], name: str, path: str,
             errors: list[str]) -> list[tuple[str, Mapping[str, Any]]]:
    value = obj.get(name) or []
    if not isinstance(value, list):
        errors.append(f"{path}.{name}: expected a list")
        return []
    out = []
    for i, item in enumerate(value):
        if isinstance(item, Mapping):
            out.append((f"{path}.{name}[{i}]", item))
        else:
            errors.append(f"{path}.{name}[{i}]: expected an object")
    return out


def _membership(p: str, m: Mapping[str, Any], errors: list[str]) -> Membership | None:
    try:
        return Membership(member=_str(m, "member", p, errors, required=True) or "-",
                          role=_str(m, "role", p, errors) or "member",
                          since=_str(m, "since", p, errors), until=_str(m, "until", p, errors),
                          note=_str(m, "note", p, errors), source=_str(m, "source", p, errors))
    except ValueError as exc:
        errors.append(f"{p}: {exc}")
        return None


def _post(p: str, m: Mapping[str, Any], errors: list[str]) -> Post | None:
    try:
        return Post(title=_str(m, "title", p, errors, required=True) or "-",
                    of=_str(m, "of", p, errors), role=_str(m, "role", p, errors) or "other",
                    since=_str(m, "since", p, errors), until=_str(m, "until", p, errors),
                    source=_str(m, "source", p, errors))
    except ValueError as exc:
        errors.append(f"{p}: {exc}")
        return None


def _entry(kind: ActorKind, path: str, obj: Mapping[str, Any],
           errors: list[str]) -> RegistryEntry | None:
    """One record of a data file as an entry; problems go to ``errors``."""
    n = len(errors)
    actor_id = _str(obj, "id", path, errors, required=True)
    name = _str(obj, "name", path, errors, required=True)
    aliases = _strs(obj, "aliases", path, errors)
    official = _str(obj, "official_name", path, errors)
    if official and official != name and official not in aliases:
        aliases = (official, *aliases)
    memberships: list[Membership | None] = []
    if kind is ActorKind.ORGANIZATION:
        memberships = [_membership(p, m, errors)
                       for p, m in _records(obj, "memberships", path, errors)]
    elif kind is ActorKind.GROUP:
        memberships = [Membership(member=m, source=_str(obj, "source", path, errors))
                       for m in _strs(obj, "members", path, errors) if m.strip()]
    posts = [_post(p, m, errors) for p, m in _records(obj, "posts", path, errors)]
    acronym, country = _str(obj, "acronym", path, errors), _str(obj, "country", path, errors)
    category, gender = _str(obj, "category", path, errors), _str(obj, "gender", path, errors)
    source = _str(obj, "source", path, errors)
    former = obj.get("former", False)
    if not isinstance(former, bool):
        errors.append(f"{path}.former: expected true or false")
    if len(errors) > n or actor_id is None or name is None:
        return None
    try:
        actor = Actor(id=actor_id, name=name, kind=kind, aliases=aliases,
                      memberships=tuple(m for m in memberships if m is not None),
                      posts=tuple(p for p in posts if p is not None), acronym=acronym,
                      country=country, category=category, gender=gender, source=source)
        return RegistryEntry(
            actor=actor, demonyms=_strs(obj, "demonyms", path, errors),
            metonyms=_strs(obj, "metonyms", path, errors),
            ambiguous=_strs(obj, "ambiguous", path, errors),
            surname=_str(obj, "surname", path, errors), capital=_str(obj, "capital", path, errors),
            since=_str(obj, "since", path, errors) or _str(obj, "founded", path, errors),
            until=_str(obj, "until", path, errors), former=former is True,
            note=_str(obj, "note", path, errors))
    except ValueError as exc:
        errors.append(f"{path}: {exc}")
        return None


def _entries_of(data: Any, source: str) -> list[RegistryEntry]:
    """Every entry of one parsed data file.

    Raises:
        SerializationError: naming every malformed field.
    """
    if not isinstance(data, Mapping) or not any(k in data for k in _SECTIONS):
        raise SerializationError(f"{source}: not a registry file",
                                 [f"$: expected an object with one of {', '.join(_SECTIONS)}"])
    errors: list[str] = []
    out = []
    for section, kind in _SECTIONS.items():
        for path, record in _records(data, section, "$", errors):
            entry = _entry(kind, path, record, errors)
            if entry is not None:
                out.append(entry)
    if errors:
        raise SerializationError(f"{source}: invalid registry data", errors)
    return out


def _date_key(value: str) -> str:
    """A partial ISO date as a comparable day: ``"2017"`` -> ``"2017-01-01"``."""
    return value + "-01-01"[len(value) - 4:] if len(value) < 10 else value


def _active(m: Membership, on: str) -> bool:
    return ((m.since is None or _date_key(m.since) <= on)
            and (m.until is None or on < _date_key(m.until)))


class Registry:
    """A set of actors with their names, memberships and posts, looked up by id.

    Immutable: :meth:`merge` returns a new registry. The matcher that finds the registry's
    names in text is built on first use and cached with the registry.

    >>> r = Registry.default()
    >>> r["sco"].name, "RUS" in r, len(r) > 600
    ('Shanghai Cooperation Organisation', True, True)
    """

    __slots__ = ("__weakref__", "_entries", "_names", "_of_member")

    def __init__(self, entries: Iterable[RegistryEntry] = ()) -> None:
        """Build a registry from entries.

        Raises:
            ValueError: when two entries share an id.
        """
        self._entries: dict[str, RegistryEntry] = {}
        for e in entries:
            if e.actor.id in self._entries:
                raise ValueError(f"duplicate actor id {e.actor.id!r} in registry")
            self._entries[e.actor.id] = e
        self._names: dict[str, tuple[str, ...]] | None = None
        self._of_member: dict[str, tuple[tuple[str, Membership], ...]] | None = None

    @classmethod
    def default(cls) -> Registry:
        """The built-in registry, loaded on first call and shared afterwards.

        >>> Registry.default() is Registry.default()
        True
        """
        return _default()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "<dict>") -> Registry:
        """A registry from data in the schema of the built-in files.

        ``data`` holds any of the lists ``states``, ``organizations``, ``people``, ``groups``.

        Raises:
            SerializationError: naming each malformed field (``$.people[2].posts[0].since``).

        >>> r = Registry.from_dict({"groups": [
        ...     {"id": "quartet", "name": "the Quartet", "members": ["USA", "RUS"]}]})
        >>> r.members("quartet", on="2024-01-01")
        ('USA', 'RUS')
        """
        return cls(_entries_of(data, source))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Registry:
        """A registry from a JSON file, or from every ``*.json`` file in a directory.

        Files use the schema of the built-in data (see ``docs/actors.md``). Load a registry
        of your own and :meth:`merge` it into :meth:`default` to extend the built-in one.

        Raises:
            SerializationError: when a file is not valid registry data.
            ValueError: when two files define the same id.
            OSError: when a file cannot be read.

        >>> groups = Registry.load("src/eurasec/data/groups.json")
        >>> groups["the-west"].kind.value, len(groups) >= 25
        ('group', True)
        """
        p = Path(path)
        files = sorted(p.glob("*.json")) if p.is_dir() else [p]
        entries: list[RegistryEntry] = []
        for f in files:
            try:
                data = json.loads(f.read_text(encoding="utf-8"))
            except json.JSONDecodeError as exc:
                raise SerializationError(f"{f}: not JSON", [f"$: {exc}"]) from None
            entries.extend(_entries_of(data, str(f)))
        return cls(entries)

    def merge(self, *others: Registry) -> Registry:
        """A new registry with the entries of ``others`` added; on a shared id, the later wins.

        >>> r = Registry.default()
        >>> r.merge(Registry.from_dict({"groups": [{"id": "the-west", "name": "West"}]}))[
        ...     "the-west"].name
        'West'
        """
        merged = dict(self._entries)
        for other in others:
            merged.update(other._entries)
        return Registry(merged.values())

    def __getitem__(self, actor_id: str) -> Actor:
        return self._entries[actor_id].actor

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._entries

    def __iter__(self) -> Iterator[Actor]:
        return (e.actor for e in self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"<Registry actors={len(self)}>"

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or ``None``.

        >>> Registry.default().get("nope") is None
        True
        """
        e = self._entries.get(actor_id)
        return e.actor if e else None

    def entry(self, actor_id: str) -> RegistryEntry:
        """The actor with this id and its words (demonyms, metonyms, surname...).

        Raises:
            KeyError: when there is no such actor.

        >>> Registry.default().entry("vladimir-putin").surname
        'Putin'
        """
        return self._entries[actor_id]

    def entries(self) -> Iterator[RegistryEntry]:
        """Every entry, in load order.

        >>> next(Registry.default().entries()).actor.kind.value
        'state'
        """
        return iter(self._entries.values())

    def find(self, name: str) -> tuple[Actor, ...]:
        """Every actor that goes by ``name`` (name, alias, acronym, demonym, metonym, surname).

        >>> [a.id for a in Registry.default().find("Congo")]
        ['COG', 'COD']
        """
        if self._names is None:
            names: dict[str, list[str]] = {}
            for e in self._entries.values():
                a = e.actor
                forms = [a.name, *a.aliases, *e.demonyms, *e.metonyms]
                forms += [f for f in (a.acronym, e.surname) if f]
                for f in dict.fromkeys(key(f) for f in forms):
                    names.setdefault(f, []).append(a.id)
            self._names = {k: tuple(v) for k, v in names.items()}
        return tuple(self._entries[i].actor for i in self._names.get(key(name), ()))

    def members(self, org_id: str, *, on: dt.date | str | None = None,
                roles: Iterable[str] | None = ("member",)) -> tuple[str, ...]:
        """Ids of the members of an organization or group on a date (today by default).

        Args:
            org_id: The organization or group.
            on: The day asked about. Partial dates in the data count from their first day
                (``"2023-07"`` is 1 July 2023); ``until`` is exclusive.
            roles: The roles that count (``None`` for every role).

        Raises:
            KeyError: when there is no such actor.

        >>> r = Registry.default()
        >>> "IRN" in r.members("sco", on="2022-01-01"), "IRN" in r.members("sco", on="2024-01-01")
        (False, True)
        """
        day = _day(on)
        wanted = None if roles is None else set(roles)
        out = [m.member for m in self[org_id].memberships
               if (wanted is None or m.role in wanted) and _active(m, day)]
        return tuple(dict.fromkeys(out))

    def memberships(self, member_id: str, *, on: dt.date | str | None = None
                    ) -> tuple[tuple[str, Membership], ...]:
        """Every ``(organization id, membership)`` of a state or organization.

        With ``on``, only the memberships current on that day; without it, the whole history.

        >>> [org for org, m in Registry.default().memberships("ARM", on="2024-06-01")
        ...  if m.role == "member"][:4]
        ['csto', 'cis', 'eaeu', 'coe']
        """
        if self._of_member is None:
            index: dict[str, list[tuple[str, Membership]]] = {}
            for e in self._entries.values():
                for m in e.actor.memberships:
                    index.setdefault(m.member, []).append((e.actor.id, m))
            self._of_member = {k: tuple(v) for k, v in index.items()}
        found = self._of_member.get(member_id, ())
        if on is None:
            return found
        day = _day(on)
        return tuple(pair for pair in found if _active(pair[1], day))


def _day(on: dt.date | str | None) -> str:
    if on is None:
        return dt.date.today().isoformat()
    if isinstance(on, dt.datetime):
        return on.date().isoformat()
    if isinstance(on, dt.date):
        return on.isoformat()
    return _date_key(on)


@cache
def _default() -> Registry:
    entries: list[RegistryEntry] = []
    for name in _BUILT_IN:
        entries.extend(_entries_of(load_data(name), f"eurasec/data/{name}"))
    return Registry(entries)
