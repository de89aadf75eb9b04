"""JSON-LD: a schema.org NewsArticle with actors in mentions and statements as parts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import eurasec
from eurasec.strategies import articles

ACTOR_TYPES = {"Person", "Country", "Organization", "Thing"}


@pytest.fixture(scope="module")
def doc() -> dict[str, object]:
    path = sorted(Path(__file__).parent.glob("data/devcorpus/*.txt"))[0]
    return json.loads(eurasec.dumps(eurasec.parse_file(path, strict=False), "jsonld"))


def test_news_article_fields(seed_text: str) -> None:
    """Headline, source-prefixed headline, abstract, dateline, date, publisher, body."""
    a = eurasec.parse(seed_text)
    doc = eurasec.to_jsonld(a)
    assert doc["@context"] == "https://schema.org"
    assert doc["@type"] == "NewsArticle"
    assert doc["headline"] == a.title
    assert doc["alternativeHeadline"] == f"ISW: {a.title}"
    assert doc["abstract"] == a.standfirst
    assert doc["dateline"] == a.dateline
    assert doc["datePublished"] == "2024-06-22T08:01:00"
    assert doc["publisher"] == {"@type": "Organization", "name": "Euromaidan Press"}
    assert doc["articleBody"].startswith(a.paragraphs[0].text)
    assert doc["image"] == {"@type": "ImageObject", "caption": a.caption}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_structure_for_any_article(article: eurasec.Article) -> None:
    """Actors are typed nodes in mentions; statements are Quotation or Claim; refs resolve."""
    doc = json.loads(eurasec.dumps(article, "jsonld"))
    ids = {m["@id"] for m in doc.get("mentions", [])}
    assert len(doc.get("mentions", [])) == len(article.actors)
    assert all(m["@type"] in ACTOR_TYPES for m in doc.get("mentions", []))
    assert len(doc.get("hasPart", [])) == len(article.statements)
    for part, s in zip(doc.get("hasPart", []), article.statements, strict=False):
        assert part["@type"] == ("Quotation" if s.kind.value == "direct" else "Claim")
        who = part.get("spokenByCharacter") or part.get("author")
        if s.speaker is not None:
            assert who == {"@id": f"urn:eurasec:actor:{s.speaker}"}
            assert who["@id"] in ids
        chain = part.get("isBasedOn")
        for reporter in s.reported_by:  # outermost first
            assert chain["author"] == {"@id": f"urn:eurasec:actor:{reporter}"}
            chain = chain.get("isBasedOn")
        assert chain is None
    assert None not in doc.values()


def test_dates_of_statements() -> None:
    """A day is dateCreated; a longer period is temporalCoverage."""
    import datetime as dt

    from eurasec import Precision, Span, Statement, TimeExpression

    text = "on Monday in June"
    day = TimeExpression(text="on Monday", start=0, end=9, precision=Precision.DAY,
                         earliest=dt.date(2024, 6, 3), latest=dt.date(2024, 6, 3))
    month = TimeExpression(text="in June", start=10, end=17, precision=Precision.MONTH,
                           earliest=dt.date(2024, 6, 1), latest=dt.date(2024, 6, 30))
    content = Span(text=text, start=0, end=len(text))
    a = eurasec.Article(id="a", text=text, statements=tuple(
        Statement(speaker=None, source=None, cue=None, content=content, date=d, start=0,
                  end=len(text)) for d in (day, month)))
    parts = eurasec.to_jsonld(a)["hasPart"]
    assert parts[0]["dateCreated"] == "2024-06-03"
    assert "temporalCoverage" not in parts[0]
    assert parts[1]["temporalCoverage"] == "2024-06-01/2024-06-30"


def test_devcorpus_article_has_actors(doc: dict[str, object]) -> None:
    """A parsed and annotated article lists its actors with names and ids."""
    for m in doc.get("mentions", []):  # type: ignore[attr-defined]
        assert m["name"]
        assert m["@id"].startswith("urn:eurasec:actor:")


def test_several_articles_make_a_graph(seed_text: str) -> None:
    """A list becomes one @graph with a single @context."""
    a = eurasec.parse(seed_text, extract=False)
    doc = json.loads(eurasec.dumps([a, a], "jsonld"))
    assert doc["@context"] == "https://schema.org"
    assert [n["@type"] for n in doc["@graph"]] == ["NewsArticle", "NewsArticle"]
    assert "@context" not in doc["@graph"][0]
