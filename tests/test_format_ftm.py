"""FollowTheMoney: entity shapes, stable ids, and (if installed) the FtM model's verdict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import eurasec
from eurasec.strategies import articles

SCHEMATA = {"Article", "Person", "PublicBody", "Organization", "LegalEntity", "Mention",
            "Membership"}


@pytest.fixture(scope="module")
def annotated() -> eurasec.Article:
    path = sorted(Path(__file__).parent.glob("data/devcorpus/*.txt"))[0]
    return eurasec.parse_file(path, strict=False)


def check_shapes(entities: list[dict[str, object]]) -> None:
    """Every entity is {id, schema, properties: {name: [str, ...]}} with a known schema."""
    ids = [e["id"] for e in entities]
    assert len(ids) == len(set(ids))
    for e in entities:
        assert set(e) == {"id", "schema", "properties"}
        assert e["schema"] in SCHEMATA
        for values in e["properties"].values():  # type: ignore[attr-defined]
            assert values
            assert all(isinstance(v, str) and v.strip() for v in values)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_shapes_for_any_article(article: eurasec.Article) -> None:
    """One Article, one entity per actor and mention; references point at entities."""
    lines = eurasec.dumps(article, "ftm").splitlines()
    entities = [json.loads(line) for line in eurasec.dumps(article, "ftm").split("\n") if line]
    assert len(lines) >= 1
    check_shapes(entities)
    by_schema = [e["schema"] for e in entities]
    assert by_schema[0] == "Article"
    assert by_schema.count("Mention") == len(article.mentions)
    ids = {e["id"] for e in entities}
    for e in entities:
        if e["schema"] == "Mention":
            assert e["properties"]["document"] == [entities[0]["id"]]
            assert e["properties"]["resolved"][0] in ids


def test_annotated_article(annotated: eurasec.Article) -> None:
    """A parsed article's actors become Person/PublicBody/Organization entities."""
    entities = eurasec.to_ftm(annotated)
    check_shapes(entities)
    kinds = {a.kind.value: a for a in annotated.actors}
    schemata = {e["schema"] for e in entities}
    if "person" in kinds:
        assert "Person" in schemata
    if "state" in kinds:
        assert "PublicBody" in schemata


def test_followthemoney_accepts_the_entities(annotated: eurasec.Article) -> None:
    """The followthemoney model loads every entity, and each value is already clean."""
    ftm = pytest.importorskip("followthemoney")
    samples = [annotated, eurasec.Article(id="z", text="")]
    for article in samples:
        for data in eurasec.to_ftm(article):
            proxy = ftm.model.get_proxy(data, cleaned=False)
            for name in proxy.schema.required:
                assert proxy.get(name), (data["schema"], name)
            for prop, value in proxy.itervalues():
                assert prop.type.clean(value) == value or prop.type.name in (
                    "name", "text", "string"), (prop.name, value)
                assert prop.schema.is_a(proxy.schema) or proxy.schema.is_a(prop.schema)


def test_memberships_become_membership_entities() -> None:
    """An organization's members become Membership entities with dates and role."""
    nato = eurasec.Actor(id="nato", name="NATO", kind=eurasec.ActorKind.ORGANIZATION,
                         memberships=(eurasec.Membership(member="FIN", since="2023-04-04"),))
    a = eurasec.Article(id="a", text="", actors=(nato,))
    ms = [e for e in eurasec.to_ftm(a) if e["schema"] == "Membership"]
    assert ms == [{"id": "eurasec-membership-nato-FIN-0", "schema": "Membership",
                   "properties": {"organization": ["eurasec-actor-nato"],
                                  "member": ["eurasec-actor-FIN"], "role": ["member"],
                                  "startDate": ["2023-04-04"]}}]
