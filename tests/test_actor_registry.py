"""The actor registry: built-in data, lookups, memberships on dates, loading and merging."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import eurasec
from eurasec import ActorKind, Registry, SerializationError
from eurasec.actor_registry import RegistryEntry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.default()


def test_default_is_loaded_once_and_shared(registry: Registry) -> None:
    """``Registry.default()`` returns the same object every time."""
    assert Registry.default() is registry


def test_default_is_loaded_lazily() -> None:
    """Importing eurasec does not read the registry data."""
    code = ("import eurasec, eurasec.actor_registry as r; "
            "print(r._default.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "0"


def test_default_covers_every_kind(registry: Registry) -> None:
    """States, organizations, people and groups are all there, with unique ids."""
    kinds = {a.kind for a in registry}
    assert kinds == {ActorKind.STATE, ActorKind.ORGANIZATION, ActorKind.PERSON, ActorKind.GROUP}
    assert len({a.id for a in registry}) == len(registry)
    assert sum(a.kind is ActorKind.STATE for a in registry) >= 198


@pytest.mark.parametrize(("actor_id", "name", "kind"), [
    ("RUS", "Russia", ActorKind.STATE),
    ("SUN", "Soviet Union", ActorKind.STATE),
    ("nato", "NATO", ActorKind.ORGANIZATION),
    ("isw", "Institute for the Study of War", ActorKind.ORGANIZATION),
    ("vladimir-putin", "Vladimir Putin", ActorKind.PERSON),
    ("the-west", "the West", ActorKind.GROUP),
])
def test_lookup_by_id(registry: Registry, actor_id: str, name: str, kind: ActorKind) -> None:
    """Actors are looked up by their stable id."""
    assert (registry[actor_id].name, registry[actor_id].kind) == (name, kind)
    assert registry.get(actor_id) is registry[actor_id]
    assert actor_id in registry


def test_missing_ids(registry: Registry) -> None:
    """An unknown id is ``None`` from ``get`` and a ``KeyError`` from indexing."""
    assert registry.get("nope") is None
    assert "nope" not in registry
    with pytest.raises(KeyError):
        registry["nope"]
    with pytest.raises(KeyError):
        registry.entry("nope")


def test_entries_keep_the_words_for_matching(registry: Registry) -> None:
    """Entries carry demonyms, metonyms, surnames and historical status."""
    assert registry.entry("RUS").demonyms == ("Russian", "Russians")
    assert "Beijing" in registry.entry("CHN").metonyms
    assert registry.entry("vladimir-putin").surname == "Putin"
    sun = registry.entry("SUN")
    assert (sun.former, sun.until) == (True, "1991-12-26")
    assert isinstance(sun, RegistryEntry)


def test_official_names_are_aliases(registry: Registry) -> None:
    """A state's official name is among its aliases."""
    assert "People's Republic of China" in registry["CHN"].aliases
    assert "Russian Federation" in registry["RUS"].aliases


def test_find_by_any_name(registry: Registry) -> None:
    """``find`` looks up names, aliases, acronyms, demonyms and metonyms."""
    assert [a.id for a in registry.find("PRC")] == ["CHN"]
    assert [a.id for a in registry.find("People’s Republic of China")] == ["CHN"]
    assert [a.id for a in registry.find("Russian")] == ["RUS"]
    assert {a.id for a in registry.find("Congo")} == {"COG", "COD"}
    assert registry.find("Atlantis") == ()


@pytest.mark.parametrize(("org", "state", "day", "member"), [
    ("sco", "IRN", "2023-07-03", False),
    ("sco", "IRN", "2023-07-04", True),
    ("sco", "BLR", "2024-07-04", True),
    ("nato", "FIN", "2023-04-03", False),
    ("nato", "FIN", "2023-04-04", True),
    ("nato", "SWE", "2024-03-06", False),
    ("nato", "SWE", "2024-03-07", True),
    ("eu", "GBR", "2020-01-30", True),
    ("eu", "GBR", "2020-02-01", False),
    ("brics", "EGY", "2024-01-01", True),
])
def test_members_on_a_date(registry: Registry, org: str, state: str, day: str,
                           member: bool) -> None:
    """Membership follows the dated facts; ``until`` is exclusive."""
    assert (state in registry.members(org, on=day)) is member
    assert (state in registry.members(org, on=dt.date.fromisoformat(day))) is member


def test_members_accepts_datetimes_and_partial_dates(registry: Registry) -> None:
    """``on`` may be a datetime, or a partial date counted from its first day."""
    assert "FIN" in registry.members("nato", on=dt.datetime(2024, 1, 1, 12))
    assert "FIN" not in registry.members("nato", on="2023")
    assert "FIN" in registry.members("nato", on="2024-01")


def test_members_by_role(registry: Registry) -> None:
    """Roles other than ``member`` are asked for explicitly."""
    on = "2024-06-01"
    assert "IND" in registry.members("sco", on="2010-01-01", roles=["observer"])
    assert "IND" not in registry.members("sco", on="2010-01-01")
    everyone = registry.members("sco", on=on, roles=None)
    assert set(registry.members("sco", on=on)) < set(everyone)


def test_members_default_to_today(registry: Registry) -> None:
    """Without ``on``, members are today's."""
    assert registry.members("nato") == registry.members("nato", on=dt.date.today())
    assert "SWE" in registry.members("nato")


def test_group_members(registry: Registry) -> None:
    """Groups list their members; vague groups have none."""
    assert "VNM" in registry.members("southeast-asian-countries", on="2024-01-01")
    assert registry.members("the-west", on="2024-01-01") == ()


def test_memberships_of_a_state(registry: Registry) -> None:
    """``memberships`` lists a state's organizations, all history or on a date."""
    history = registry.memberships("IRN")
    assert ("sco", "observer") in {(org, m.role) for org, m in history}
    on = {(org, m.role) for org, m in registry.memberships("IRN", on="2024-06-01")}
    assert ("sco", "member") in on
    assert ("sco", "observer") not in on
    assert registry.memberships("nope") == ()


def test_merge_adds_and_overrides() -> None:
    """``merge`` returns a new registry; on a shared id the later entry wins."""
    base = Registry.default()
    mine = Registry.from_dict({
        "people": [{"id": "vladimir-putin", "name": "V. V. Putin", "gender": "male"}],
        "groups": [{"id": "quartet", "name": "the Quartet", "members": ["USA", "RUS"]}],
    })
    merged = base.merge(mine)
    assert merged["vladimir-putin"].name == "V. V. Putin"
    assert merged.members("quartet", on="2024-01-01") == ("USA", "RUS")
    assert base["vladimir-putin"].name == "Vladimir Putin"
    assert len(merged) == len(base) + 1


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_load_a_file_and_a_directory(tmp_path: Path) -> None:
    """``load`` reads one JSON file, or every ``*.json`` file of a directory."""
    one = _write(tmp_path / "a.json", {"organizations": [
        {"id": "foo", "name": "Foo Forum", "acronym": "FF", "category": "think_tank",
         "memberships": [{"member": "EST", "role": "member", "since": "2021"}]}]})
    _write(tmp_path / "b.json", {"states": [
        {"id": "XXA", "name": "Atlantis", "demonyms": ["Atlantean"], "former": True}]})
    assert Registry.load(one)["foo"].memberships[0].since == "2021"
    both = Registry.load(tmp_path)
    assert both.entry("XXA").former
    assert both.entry("XXA").demonyms == ("Atlantean",)
    assert both.members("foo", on="2022-01-01") == ("EST",)


def test_loaded_registry_is_used_by_extraction(tmp_path: Path) -> None:
    """A loaded registry, merged into the default, drives extraction."""
    _write(tmp_path / "mine.json", {"organizations": [
        {"id": "foo", "name": "Foo Forum", "acronym": "FF", "category": "think_tank"}]})
    registry = Registry.default().merge(Registry.load(tmp_path))
    x = eurasec.extract("FF and NATO disagreed.", registry=registry)
    assert [a.id for a in x.actors] == ["foo", "nato"]


def test_invalid_data_names_each_field(tmp_path: Path) -> None:
    """Malformed records raise ``SerializationError`` with the path of every problem."""
    bad = {"people": [
        {"id": "x", "name": "X", "posts": [{"title": "Boss", "since": "June 2024"}]},
        {"name": "no id"},
        {"id": "y", "name": 3, "aliases": "Y"},
    ]}
    with pytest.raises(SerializationError) as info:
        Registry.load(_write(tmp_path / "bad.json", bad))
    errors = info.value.errors
    assert any(e.startswith("$.people[0].posts[0]") and "since" in e for e in errors)
    assert "$.people[1].id: required" in errors
    assert any(e.startswith("$.people[2].name") for e in errors)
    assert any(e.startswith("$.people[2].aliases") for e in errors)


def test_not_registry_data(tmp_path: Path) -> None:
    """A file that is not JSON, or holds none of the sections, is refused."""
    (tmp_path / "x.json").write_text("{", encoding="utf-8")
    with pytest.raises(SerializationError, match="not JSON"):
        Registry.load(tmp_path / "x.json")
    with pytest.raises(SerializationError, match="not a registry file"):
        Registry.from_dict({"footers": []})


def test_duplicate_ids_in_one_registry_are_refused(tmp_path: Path) -> None:
    """Two files defining the same id cannot be loaded together."""
    _write(tmp_path / "a.json", {"groups": [{"id": "g", "name": "G"}]})
    _write(tmp_path / "b.json", {"groups": [{"id": "g", "name": "G again"}]})
    with pytest.raises(ValueError, match="duplicate actor id 'g'"):
        Registry.load(tmp_path)


def test_repr_and_iteration(registry: Registry) -> None:
    """A registry shows its size and iterates over actors."""
    assert repr(registry).startswith("<Registry actors=")
    assert next(iter(registry)).kind is ActorKind.STATE
    assert sum(1 for _ in registry.entries()) == len(registry)


def test_registry_pickles() -> None:
    """A registry crosses process boundaries (``parse_many`` workers) intact."""
    import pickle

    mine = Registry.default().merge(Registry.from_dict({"groups": [{"id": "g", "name": "G"}]}))
    again = pickle.loads(pickle.dumps(mine))
    assert len(again) == len(mine)
    assert again["g"].name == "G"
