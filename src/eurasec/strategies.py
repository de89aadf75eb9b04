"""Hypothesis strategies that build valid eurasec objects, for your own property tests.

Needs ``hypothesis`` (a test dependency, not a runtime one)::

    from hypothesis import given
    from eurasec.strategies import articles

    @given(articles())
    def test_my_store_round_trips(article):
        assert my_store.load(my_store.save(article)) == article

Texts are arbitrary Unicode; spans are cut from them, so every offset is valid.
"""

from __future__ import annotations

import datetime as dt
import string
from typing import Any

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised without hypothesis only
    from .errors import MissingExtraError

    raise MissingExtraError("test", "hypothesis", "eurasec.strategies") from exc

from .models import (
    Actor,
    ActorKind,
    Article,
    Block,
    BlockKind,
    Cue,
    Diagnostic,
    Membership,
    Mention,
    Paragraph,
    Post,
    Precision,
    Quote,
    Resolution,
    Severity,
    Span,
    Statement,
    StatementKind,
    TimeExpression,
)

__all__ = ["actors", "articles", "texts"]

_SLUG = st.text(alphabet=string.ascii_lowercase + string.digits + "-", min_size=1, max_size=12)
_WORDS = st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != "")
_OPT_WORDS = st.none() | _WORDS
_PARTIAL = st.none() | st.dates(min_value=dt.date(1900, 1, 1)).flatmap(
    lambda d: st.sampled_from([d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]]))
_DATETIMES = st.none() | st.datetimes(
    timezones=st.none() | st.timezones() | st.builds(
        lambda m: dt.timezone(dt.timedelta(minutes=m)), st.integers(-14 * 60, 14 * 60)))


def texts() -> st.SearchStrategy[str]:
    """Arbitrary text, sometimes empty."""
    return st.text(max_size=200)


def _span_bounds(draw: Any, n: int) -> tuple[int, int]:
    start = draw(st.integers(0, n))
    end = draw(st.integers(start, n))
    return start, end


@st.composite
def _spans(draw: Any, /, text: str, cls: type[Any] = Span, **extra: Any) -> Any:
    start, end = _span_bounds(draw, len(text))
    fields = {k: draw(v) for k, v in extra.items()}
    return cls(text=text[start:end], start=start, end=end, **fields)


def actors(ids: st.SearchStrategy[str] = _SLUG) -> st.SearchStrategy[Actor]:
    """Actors with memberships and posts."""
    return st.builds(
        Actor,
        id=ids,
        name=_WORDS,
        kind=st.sampled_from(ActorKind),
        aliases=st.lists(_WORDS, max_size=3).map(tuple),
        acronym=_OPT_WORDS,
        descriptors=st.lists(_WORDS, max_size=2).map(tuple),
        country=st.none() | st.sampled_from(["RUS", "CHN", "USA", "UKR"]),
        category=_OPT_WORDS,
        memberships=st.lists(st.builds(Membership, member=_SLUG, role=_WORDS, since=_PARTIAL,
                                       until=_PARTIAL, note=_OPT_WORDS, source=_OPT_WORDS),
                             max_size=3).map(tuple),
        posts=st.lists(st.builds(Post, title=_WORDS, of=st.none() | _SLUG, role=_WORDS,
                                 since=_PARTIAL, until=_PARTIAL, source=_OPT_WORDS),
                       max_size=2).map(tuple),
        gender=st.none() | st.sampled_from(["male", "female"]),
        source=_OPT_WORDS,
    )


@st.composite
def _time_expression(draw: Any, text: str) -> TimeExpression:
    start, end = _span_bounds(draw, len(text))
    if draw(st.booleans()):
        return TimeExpression(text=text[start:end], start=start, end=end,
                              precision=Precision.UNKNOWN)
    first = draw(st.dates())
    last = draw(st.dates(min_value=first))
    precision = draw(st.sampled_from([p for p in Precision if p is not Precision.UNKNOWN]))
    return TimeExpression(text=text[start:end], start=start, end=end, precision=precision,
                          earliest=first, latest=last)


@st.composite
def _statement(draw: Any, text: str, ids: list[str]) -> Statement:
    start, end = _span_bounds(draw, len(text))
    return Statement(
        speaker=draw(st.none() | st.sampled_from(ids)) if ids else None,
        source=draw(st.none() | _spans(text)),
        cue=draw(st.none() | _spans(text, Cue, lemma=_WORDS)),
        content=draw(_spans(text)),
        quotes=tuple(draw(st.lists(_spans(text, Quote, partial=st.booleans()), max_size=2))),
        kind=draw(st.sampled_from(StatementKind)),
        date=draw(st.none() | _time_expression(text)),
        reported_by=tuple(draw(st.lists(st.sampled_from(ids), max_size=2))) if ids else (),
        hedges=tuple(draw(st.lists(_WORDS, max_size=2))),
        paragraph=draw(st.none() | st.integers(0, 50)),
        start=start,
        end=end,
    )


@st.composite
def articles(draw: Any, text: st.SearchStrategy[str] | None = None) -> Article:
    """Valid articles: any text, with blocks, paragraphs, actors, mentions and statements
    that all point into it."""
    body = draw(text if text is not None else texts())
    people = draw(st.lists(actors(), max_size=4, unique_by=lambda a: a.id))
    ids = [a.id for a in people]
    mentions = draw(st.lists(_spans(body, Mention, actor=st.sampled_from(ids),
                                    paragraph=st.none() | st.integers(0, 20),
                                    resolution=st.sampled_from(Resolution)),
                             max_size=4)) if ids else []
    return Article(
        id=draw(st.text(alphabet="0123456789abcdef", min_size=16, max_size=16)),
        text=body,
        format=draw(st.sampled_from(["text", "notes", "scraped-json"])),
        source=draw(st.none() | st.just("<string>") | _WORDS),
        title=draw(_OPT_WORDS),
        title_source=draw(_OPT_WORDS),
        standfirst=draw(_OPT_WORDS),
        dateline=draw(_OPT_WORDS),
        published=draw(_DATETIMES),
        caption=draw(_OPT_WORDS),
        paragraphs=tuple(draw(st.lists(_spans(body, Paragraph), max_size=4))),
        related=tuple(draw(st.lists(_WORDS, max_size=2))),
        footer=draw(_OPT_WORDS),
        publisher=draw(_OPT_WORDS),
        url=draw(st.none() | st.just("https://example.org/a")),
        authors=tuple(draw(st.lists(_WORDS, max_size=2))),
        blocks=tuple(draw(st.lists(_spans(body, Block, kind=st.sampled_from(BlockKind)),
                                   max_size=5))),
        actors=tuple(people),
        mentions=tuple(mentions),
        statements=tuple(draw(st.lists(_statement(body, ids), max_size=3))),
        diagnostics=tuple(draw(st.lists(st.builds(
            Diagnostic, code=_SLUG, message=_WORDS, line=st.integers(1, 99),
            column=st.integers(1, 99), severity=st.sampled_from(Severity)), max_size=2))),
    )
