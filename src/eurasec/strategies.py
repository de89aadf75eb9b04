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

__all__ = ["actors", "articles", "text_articles", "text_documents", "texts"]

_SLUG = st.text(alphabet=string.ascii_lowercase + string.digits + "-", min_size=1, max_size=12)
_WORDS = st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != "")
_OPT_WORDS = st.none() | _WORDS
_PARTIAL = st.none() | st.dates(min_value=dt.date(1900, 1, 1)).flatmap(
    lambda d: st.sampled_from([d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]]))


_DATETIMES = st.none() | st.datetimes(
    timezones=st.none() | st.timezones() | st.builds(
        lambda m: dt.timezone(dt.timedelta(minutes=m)), st.integers(-14 * 60, 14 * 60)),
)


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


# ---- well-formed documents of the seed text format ---------------------------------------

_WORD = st.text(alphabet=string.ascii_letters, min_size=1, max_size=9)
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec")


def _words(lo: int, hi: int) -> st.SearchStrategy[str]:
    return st.lists(_WORD, min_size=lo, max_size=hi).map(" ".join)


def _sentence() -> st.SearchStrategy[str]:
    return _words(3, 14).map(lambda w: w[:1].upper() + w[1:] + ".")


@st.composite
def _dateline(draw: Any) -> str:
    when = draw(st.datetimes(min_value=dt.datetime(1900, 1, 1),
                             max_value=dt.datetime(2100, 12, 31)))
    zone = draw(st.sampled_from(["", " UTC", " GMT", " +03:00", " -0530", " Z"]))
    month = _MONTH_NAMES[when.month - 1]
    return f"{month} {when.day}, {when.year} - {when.hour:02d}:{when.minute:02d}{zone}"


@st.composite
def text_documents(draw: Any) -> str:
    """Well-formed documents of the seed text format (``docs/format.md``): a headline
    (sometimes with a source prefix), an optional standfirst, a dateline (sometimes with a
    zone and the repeated headline), an optional caption, paragraphs (sometimes
    hard-wrapped), ``Read also:`` headlines and a known footer, with LF, CRLF or CR."""
    headline = draw(_words(2, 8).map(str.capitalize))
    if draw(st.booleans()):
        headline = f"{draw(_WORD).capitalize()}: {headline}"
    blocks = [headline]
    if draw(st.booleans()):
        blocks.append(draw(_sentence()))
    dateline = draw(_dateline())
    blocks.append(f"{dateline}\n{headline}" if draw(st.booleans()) else dateline)
    paragraphs = [draw(st.sampled_from([" ", "\n"])).join(sentences) for sentences in
                  draw(st.lists(st.lists(_sentence(), min_size=1, max_size=3),
                                min_size=1, max_size=5))]
    if len(paragraphs) > 1 and draw(st.booleans()):
        blocks.append(draw(_words(1, 6)).capitalize() + ".")  # a caption
    related = draw(st.lists(_words(2, 8).map(str.capitalize), max_size=2))
    at = draw(st.integers(1, len(paragraphs)))
    blocks.extend(paragraphs[:at])
    if related:
        blocks.append("Read also:")
        blocks.extend(related)
    blocks.extend(paragraphs[at:])
    if draw(st.booleans()):
        blocks.append("You could close this page. " + draw(_sentence()))
    text: str = "\n\n".join(blocks) + draw(st.sampled_from(["", "\n"]))
    newline: str = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return text.replace("\n", newline)


def text_articles() -> st.SearchStrategy[Article]:
    """Articles parsed (structure only, leniently) from :func:`text_documents`."""
    from .formats.text import parse_text

    return text_documents().map(lambda t: parse_text(t, strict=False))
