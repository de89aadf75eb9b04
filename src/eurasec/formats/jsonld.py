"""JSON-LD: an article as a schema.org ``NewsArticle``, for linked-data and SEO tooling.

The mapping:

=========================== ===================================================
eurasec                     schema.org
=========================== ===================================================
``id``                      ``identifier``; ``@id`` is the ``url`` or ``urn:eurasec:article:<id>``
``title``                   ``headline``
headline with its source    ``alternativeHeadline`` (``ISW: ...``), only when prefixed
``standfirst``              ``abstract``
``dateline``, ``published`` ``dateline``, ``datePublished``
``publisher``, ``authors``  ``publisher`` (Organization), ``author`` (Person)
``caption``                 ``image`` (ImageObject ``caption``)
``paragraphs``              ``articleBody`` (joined by blank lines)
``related``                 ``citation`` (CreativeWork ``headline``)
``actors``                  ``mentions``: ``Person``, ``Country`` (states), ``Organization``
                            (organizations and groups), ``Thing``; ``@id``
                            ``urn:eurasec:actor:<id>``, ``alternateName``, ``jobTitle``,
                            ``nationality``, ``member`` (OrganizationRole), ``sameAs``
                            when the actor's ``source`` is a URL
``statements``              ``hasPart``: ``Quotation`` (direct, ``spokenByCharacter``) or
                            ``Claim`` (indirect and mixed, ``author``; quotes as
                            ``hasPart`` Quotations); ``dateCreated`` for a day,
                            ``temporalCoverage`` for a longer period; ``isBasedOn``
                            nests the reporting chain, outermost reporter first
=========================== ===================================================

Keys whose value is absent are left out. The format is write-only: offsets, blocks,
hedges, mention positions and diagnostics have no schema.org home.

>>> import eurasec
>>> doc = eurasec.to_jsonld(eurasec.parse_file("seeds/000_9e8d530a5ed693eb.txt"))
>>> doc["@type"], doc["datePublished"], doc["publisher"]["name"]
('NewsArticle', '2024-06-22T08:01:00', 'Euromaidan Press')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..models import Actor, ActorKind, Article, Statement, StatementKind
from .codec import Backend, encode

__all__ = ["JsonLdSerializer", "to_jsonld"]

CONTEXT = "https://schema.org"

_TYPES = {ActorKind.PERSON: "Person", ActorKind.STATE: "Country",
          ActorKind.ORGANIZATION: "Organization", ActorKind.GROUP: "Organization",
          ActorKind.OTHER: "Thing"}


def actor_iri(actor_id: str) -> str:
    """The ``@id`` of an actor: ``urn:eurasec:actor:<id>``."""
    return f"urn:eurasec:actor:{actor_id}"


def _article_iri(article: Article) -> str:
    return article.url or f"urn:eurasec:article:{article.id}"


def _clean(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if v is not None and v != []}


def _actor(actor: Actor) -> dict[str, Any]:
    names = [*actor.aliases, *([actor.acronym] if actor.acronym else [])]
    current = [p.title for p in actor.posts if p.until is None]
    is_person = actor.kind is ActorKind.PERSON
    return _clean({
        "@type": _TYPES[actor.kind],
        "@id": actor_iri(actor.id),
        "identifier": actor.id,
        "name": actor.name,
        "alternateName": names,
        "description": "; ".join(actor.descriptors) or None,
        "jobTitle": current if is_person else [],
        "nationality": ({"@id": actor_iri(actor.country)}
                        if is_person and actor.country else None),
        "gender": actor.gender if is_person else None,
        "member": [_clean({"@type": "OrganizationRole", "roleName": m.role,
                           "startDate": m.since, "endDate": m.until,
                           "member": {"@id": actor_iri(m.member)}})
                   for m in actor.memberships],
        "sameAs": actor.source if actor.source and actor.source.startswith(
            ("https://", "http://")) else None,
    })


def _who(actor_id: str | None, fallback: str | None) -> Any:
    if actor_id is not None:
        return {"@id": actor_iri(actor_id)}
    return {"@type": "Thing", "name": fallback} if fallback else None


def _based_on(chain: tuple[str, ...]) -> Any:
    node = None
    for reporter in reversed(chain):
        node = _clean({"@type": "CreativeWork", "author": {"@id": actor_iri(reporter)},
                       "isBasedOn": node})
    return node


def _statement(article: Article, s: Statement) -> dict[str, Any]:
    who = _who(s.speaker, s.source.text if s.source else None)
    date = s.date
    day = date.earliest.isoformat() if date and date.earliest and date.earliest == date.latest \
        else None
    period = (f"{date.earliest.isoformat()}/{date.latest.isoformat()}"
              if date and date.earliest and date.latest and date.earliest != date.latest
              else None)
    direct = s.kind is StatementKind.DIRECT
    return _clean({
        "@type": "Quotation" if direct else "Claim",
        "text": s.content.text,
        "spokenByCharacter": who if direct else None,
        "author": None if direct else who,
        "hasPart": [] if direct else [{"@type": "Quotation", "text": q.text,
                                       "spokenByCharacter": who} for q in s.quotes],
        "dateCreated": day,
        "temporalCoverage": period,
        "isBasedOn": _based_on(s.reported_by),
    })


def to_jsonld(article: Article, *, context: bool = True) -> dict[str, Any]:
    """The article as a schema.org ``NewsArticle`` JSON-LD node.

    Args:
        article: The article.
        context: Include ``"@context"`` (leave it out for nodes inside an ``@graph``).
    """
    headline = (f"{article.title_source}: {article.title}"
                if article.title_source and article.title else None)
    node = {
        "@context": CONTEXT if context else None,
        "@type": "NewsArticle",
        "@id": _article_iri(article),
        "identifier": article.id,
        "url": article.url,
        "headline": article.title,
        "alternativeHeadline": headline,
        "abstract": article.standfirst,
        "dateline": article.dateline,
        "datePublished": article.published.isoformat() if article.published else None,
        "publisher": ({"@type": "Organization", "name": article.publisher}
                      if article.publisher else None),
        "author": [{"@type": "Person", "name": name} for name in article.authors],
        "image": ({"@type": "ImageObject", "caption": article.caption}
                  if article.caption else None),
        "articleBody": "\n\n".join(p.text for p in article.paragraphs) or None,
        "citation": [{"@type": "CreativeWork", "headline": h} for h in article.related],
        "mentions": [_actor(a) for a in article.actors],
        "hasPart": [_statement(article, s) for s in article.statements],
    }
    return _clean(node)


class JsonLdSerializer:
    """The ``jsonld`` format (alias ``json-ld``): write-only."""

    name = "jsonld"
    aliases: tuple[str, ...] = ("json-ld",)
    extension = ".jsonld"
    readable = False

    def dumps(self, obj: Any, *, indent: int | None = None, backend: Backend = "auto",
              **options: Any) -> str:
        """One ``NewsArticle`` for an article; an ``@graph`` of them for an iterable."""
        if isinstance(obj, Article):
            data = to_jsonld(obj)
        else:
            items: Iterable[Article] = obj
            data = {"@context": CONTEXT,
                    "@graph": [to_jsonld(a, context=False) for a in items]}
        return encode(data, indent=indent, backend=backend)

    def loads(self, text: str | bytes, **options: Any) -> Any:
        """JSON-LD is write-only."""
        raise NotImplementedError("the jsonld format is write-only")
