"""Who held an office on a given day, from the registry's dated posts.

A title with its owner and no name (``Kazakhstan's foreign minister said``, ``the Kremlin
spokesman``, ``NATO Secretary General``) stands for whoever held that post when the text was
written. :class:`Offices` indexes the posts of a registry's persons by role and by the state
or organization they belong to, and :meth:`Offices.holder` answers for one day. Only offices
with one holder at a time are indexed (``head_of_state``, ``foreign_minister``,
``spokesperson``...), never ``other`` or ``commander``, and a day on which two people may
both hold the post (a change of holder given to the month only) has no answer.

>>> import datetime as dt
>>> from eurasec import Registry
>>> offices = Offices.of(Registry.default())
>>> offices.holder("secretary_general", "nato", dt.date(2025, 3, 1))
'mark-rutte'
>>> offices.holder("secretary_general", "nato", dt.date(2023, 3, 1))
'jens-stoltenberg'
>>> offices.holder("other", "RUS", dt.date(2025, 3, 1)) is None
True
"""

from __future__ import annotations

import calendar
import datetime as dt
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from ..models import ActorKind

if TYPE_CHECKING:
    from ..actor_registry import Registry

__all__ = ["ROLES", "Offices"]

#: Roles with one holder at a time, which a title without a name can stand for.
ROLES = frozenset({
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "secretary_general", "high_representative", "spokesperson", "intelligence_chief",
})

_Term = tuple[str, dt.date, dt.date]
_OFFICES: weakref.WeakKeyDictionary[Registry, Offices] = weakref.WeakKeyDictionary()


def _first_day(partial: str | None) -> dt.date:
    """The first day a partial date (``2025``, ``2025-09``, ``2025-09-26``) may mean."""
    if partial is None:
        return dt.date.min
    y, m, d = (int(p) for p in (*partial.split("-"), "1", "1")[:3])
    return dt.date(y, m, d)


def _last_day(partial: str | None) -> dt.date:
    """The last day a partial date may mean (an open end is :attr:`datetime.date.max`)."""
    if partial is None:
        return dt.date.max
    parts = [int(p) for p in partial.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return dt.date(parts[0], parts[1], parts[2])


@attrs.frozen
class Offices:
    """The terms of office of a registry's persons, by ``(role, of)``."""

    terms: Mapping[tuple[str, str], tuple[_Term, ...]]
    """For each role and state or organization id: ``(person id, first day, last day)``."""

    @classmethod
    def of(cls, registry: Registry) -> Offices:
        """The index of ``registry``, built on first use and then cached."""
        found = _OFFICES.get(registry)
        if found is None:
            found = _OFFICES[registry] = cls._build(registry)
        return found

    @classmethod
    def _build(cls, registry: Registry) -> Offices:
        terms: dict[tuple[str, str], list[_Term]] = {}
        for e in registry.entries():
            a = e.actor
            if a.kind is not ActorKind.PERSON:
                continue
            for p in a.posts:
                if p.role in ROLES and p.of:
                    terms.setdefault((p.role, p.of), []).append(
                        (a.id, _first_day(p.since), _last_day(p.until)))
        return cls({k: tuple(v) for k, v in terms.items()})

    def holder(self, role: str, of: str, on: dt.date) -> str | None:
        """The one person who held ``role`` of ``of`` on ``on``; ``None`` when nobody the
        registry knows did, or when more than one may have (a change given to the month)."""
        found = {person for person, first, last in self.terms.get((role, of), ())
                 if first <= on <= last}
        return found.pop() if len(found) == 1 else None
