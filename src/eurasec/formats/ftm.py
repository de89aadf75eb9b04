"""FollowTheMoney (FtM): articles as entities that OpenSanctions and Aleph load as they are.

Each entity is FtM's JSON form, ``{"id": ..., "schema": ..., "properties": {name: [values]}}``,
and the format writes one entity per line (the stream ``ftm import`` and ``followthemoney
aggregate`` read). What becomes what:

============================ ============== =============================================
eurasec                      FtM schema     properties
============================ ============== =============================================
article                      ``Article``    ``title``, ``name``, ``summary`` (standfirst),
                                            ``bodyText``, ``publishedAt``, ``publisher``,
                                            ``author``, ``sourceUrl``, ``peopleMentioned``,
                                            ``namesMentioned``
person                       ``Person``     ``name``, ``alias``, ``position`` (posts held
                                            now), ``gender``, ``description``
state                        ``PublicBody`` ``name``, ``alias``, ``abbreviation``
organization, group          ``Organization`` ``name``, ``alias``, ``abbreviation``,
                                            ``classification`` (category)
other actor                  ``LegalEntity`` ``name``, ``alias``
mention                      ``Mention``    ``document`` (the article), ``resolved`` (the
                                            actor), ``name`` (the words), ``detectedSchema``
membership of an             ``Membership`` ``organization``, ``member``, ``role``,
organization                                ``startDate``, ``endDate``, ``description``
============================ ============== =============================================

Ids are stable across articles, so a corpus merges on them: ``eurasec-article-<id>``,
``eurasec-actor-<actor id>``, ``eurasec-mention-<article id>-<n>``,
``eurasec-membership-<organization>-<member>-<n>``. A membership's member is referenced by
its actor id whether or not the article mentions it. Dates are FtM's: ISO 8601 without an
offset (aware times are converted to UTC). Not exported: statements (FtM has no schema for
an attribution), country codes (eurasec's are ISO alpha-3, FtM's alpha-2), offsets.
Write-only.

>>> import eurasec
>>> entities = eurasec.to_ftm(eurasec.parse_file("seeds/000_9e8d530a5ed693eb.txt"))
>>> entities[0]["schema"], entities[0]["properties"]["publisher"]
('Article', ['Euromaidan Press'])
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import IO, Any

from ..models import Actor, ActorKind, Article
from .codec import Backend, encode

__all__ = ["FtmSerializer", "to_ftm"]

Entity = dict[str, Any]

_SCHEMATA = {ActorKind.PERSON: "Person", ActorKind.STATE: "PublicBody",
             ActorKind.ORGANIZATION: "Organization", ActorKind.GROUP: "Organization",
             ActorKind.OTHER: "LegalEntity"}


def actor_entity_id(actor_id: str) -> str:
    """The FtM id of an actor: ``eurasec-actor-<id>``."""
    return f"eurasec-actor-{actor_id}"


def _entity(id: str, schema: str, **properties: list[str] | str | None) -> Entity:
    props: dict[str, list[str]] = {}
    for key, value in properties.items():
        values = [value] if isinstance(value, str) else list(value or ())
        values = [v for v in dict.fromkeys(values) if v.strip()]
        if values:
            props[key] = values
    return {"id": id, "schema": schema, "properties": props}


def _ftm_date(when: dt.datetime) -> str:
    if when.utcoffset() is not None:
        when = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return when.isoformat(timespec="seconds")


def _actor(actor: Actor) -> Entity:
    schema = _SCHEMATA[actor.kind]
    person = actor.kind is ActorKind.PERSON
    return _entity(
        actor_entity_id(actor.id), schema,
        name=actor.name,
        alias=list(actor.aliases),
        abbreviation=actor.acronym if not person and schema != "LegalEntity" else None,
        classification=actor.category if schema == "Organization" else None,
        position=[p.title for p in actor.posts if p.until is None] if person else None,
        gender=actor.gender if person else None,
        description=list(actor.descriptors) if person else None,
    )


def to_ftm(article: Article) -> list[Entity]:
    """The article, its actors, mentions and memberships as FtM entities (article first)."""
    article_id = f"eurasec-article-{article.id}"
    by_id = {a.id: a for a in article.actors}
    entities = [_entity(
        article_id, "Article",
        title=article.title, name=article.title, summary=article.standfirst,
        bodyText="\n\n".join(p.text for p in article.paragraphs),
        publishedAt=_ftm_date(article.published) if article.published else None,
        publisher=article.publisher, author=list(article.authors), sourceUrl=article.url,
        peopleMentioned=[a.name for a in article.actors if a.kind is ActorKind.PERSON],
        namesMentioned=[a.name for a in article.actors],
    )]
    entities.extend(_actor(a) for a in article.actors)
    for i, m in enumerate(article.mentions):
        actor = by_id[m.actor]
        entities.append(_entity(
            f"eurasec-mention-{article.id}-{i}", "Mention", document=article_id,
            resolved=actor_entity_id(actor.id), name=m.text,
            detectedSchema=_SCHEMATA[actor.kind]))
    for org in article.actors:
        if _SCHEMATA[org.kind] not in ("Organization", "PublicBody"):
            continue
        for i, ms in enumerate(org.memberships):
            entities.append(_entity(
                f"eurasec-membership-{org.id}-{ms.member}-{i}", "Membership",
                organization=actor_entity_id(org.id), member=actor_entity_id(ms.member),
                role=ms.role, startDate=ms.since, endDate=ms.until, description=ms.note))
    return entities


def _articles(obj: Article | Iterable[Article]) -> Iterable[Article]:
    return (obj,) if isinstance(obj, Article) else obj


class FtmSerializer:
    """The ``ftm`` format (alias ``followthemoney``): one FtM entity per line, write-only."""

    name = "ftm"
    aliases: tuple[str, ...] = ("followthemoney",)
    extension = ".ftm.json"
    readable = False

    def dumps(self, obj: Any, *, backend: Backend = "auto", **options: Any) -> str:
        """Entity lines for an article or an iterable of articles."""
        return "".join(encode(e, backend=backend) + "\n"
                       for a in _articles(obj) for e in to_ftm(a))

    def dump(self, obj: Any, fp: IO[str], *, backend: Backend = "auto",
             **options: Any) -> None:
        """Stream the entities of each article to ``fp`` as it comes."""
        for a in _articles(obj):
            fp.write("".join(encode(e, backend=backend) + "\n" for e in to_ftm(a)))

    def loads(self, text: str | bytes, **options: Any) -> Any:
        """FtM export is write-only."""
        raise NotImplementedError("the ftm format is write-only")
