"""The article, and the result of running extraction over any text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from .actors import Actor, Mention, _slot_setters
from .spans import Block, Diagnostic, Paragraph, Span
from .statements import Statement

__all__ = ["Article", "Extraction"]


def _spans_of(
    blocks: tuple[Block, ...],
    paragraphs: tuple[Paragraph, ...],
    mentions: tuple[Mention, ...],
    statements: tuple[Statement, ...],
) -> Iterator[tuple[str, Span]]:
    """Every located value, with the path that names it."""
    for i, b in enumerate(blocks):
        yield f"blocks[{i}]", b
    for i, p in enumerate(paragraphs):
        yield f"paragraphs[{i}]", p
    for i, m in enumerate(mentions):
        yield f"mentions[{i}]", m
    for i, s in enumerate(statements):
        if s.source is not None:
            yield f"statements[{i}].source", s.source
        if s.cue is not None:
            yield f"statements[{i}].cue", s.cue
        yield f"statements[{i}].content", s.content
        for j, q in enumerate(s.quotes):
            yield f"statements[{i}].quotes[{j}]", q
        if s.date is not None:
            yield f"statements[{i}].date", s.date


def _check_located(
    text: str,
    actors: tuple[Actor, ...],
    mentions: tuple[Mention, ...],
    statements: tuple[Statement, ...],
    blocks: tuple[Block, ...] = (),
    paragraphs: tuple[Paragraph, ...] = (),
) -> None:
    """Check that every span lies in ``text`` and every actor id resolves.

    The check runs on every article built, so the common case (all is well) builds no
    messages: :func:`_explain` walks again, naming the first bad value, only on failure.
    """
    n = len(text)
    ids = {a.id for a in actors}
    if (len(ids) != len(actors)
            or not all(s.end <= n and text[s.start:s.end] == s.text for s in blocks)
            or not all(s.end <= n and text[s.start:s.end] == s.text for s in paragraphs)
            or not all(s.end <= n and text[s.start:s.end] == s.text and s.actor in ids
                       for s in mentions)
            or not all(_statement_fits(text, n, ids, s) for s in statements)):
        _explain(text, ids, len(actors), mentions, statements, blocks, paragraphs)


def _statement_fits(text: str, n: int, ids: set[str], s: Statement) -> bool:
    """Whether a statement's spans lie in ``text`` and its actor ids resolve."""
    for span in (s.source, s.cue, s.content, *s.quotes, s.date):
        if span is not None and (span.end > n or text[span.start:span.end] != span.text):
            return False
    return s.end <= n and (s.speaker is None or s.speaker in ids) and all(
        r in ids for r in s.reported_by)


def _explain(
    text: str,
    ids: set[str],
    n_actors: int,
    mentions: tuple[Mention, ...],
    statements: tuple[Statement, ...],
    blocks: tuple[Block, ...],
    paragraphs: tuple[Paragraph, ...],
) -> None:
    """Raise the error that names the first value :func:`_check_located` rejected."""
    n = len(text)
    for path, span in _spans_of(blocks, paragraphs, mentions, statements):
        if span.end > n:
            raise ValueError(f"{path}.end: offset {span.end} is outside the text ({n} characters)")
        if text[span.start:span.end] != span.text:
            raise ValueError(
                f"{path}.text: {span.text!r} is not the text at [{span.start}, {span.end})"
            )
    if len(ids) != n_actors:
        raise ValueError("actors: actor ids must be unique")
    for i, m in enumerate(mentions):
        if m.actor not in ids:
            raise ValueError(f"mentions[{i}].actor: no actor with id {m.actor!r}")
    for i, s in enumerate(statements):
        if s.end > n:
            raise ValueError(f"statements[{i}].end: offset {s.end} is outside the text")
        if s.speaker is not None and s.speaker not in ids:
            raise ValueError(f"statements[{i}].speaker: no actor with id {s.speaker!r}")
        for j, r in enumerate(s.reported_by):
            if r not in ids:
                raise ValueError(f"statements[{i}].reported_by[{j}]: no actor with id {r!r}")


def _fixed_zone(value: dt.datetime | None) -> dt.datetime | None:
    """Keep an aware datetime's zone as its UTC offset.

    The wire keeps offsets, not zone names, and Python compares a time in a named zone's
    DST overlap unequal to the same instant in any other zone (PEP 495): fixing the offset
    at construction makes every article equal to itself after a round trip.
    """
    if (not isinstance(value, dt.datetime) or value.tzinfo is None
            or isinstance(value.tzinfo, dt.timezone)):
        return value
    offset = value.utcoffset()
    if offset is None:
        return value.replace(tzinfo=None)
    return value.replace(tzinfo=dt.timezone(offset), fold=0)


def _non_empty_or_none(_inst: object, attribute: attrs.Attribute[str | None],
                       value: str | None) -> None:
    if value is not None and not value.strip():
        raise ValueError(f"{attribute.name} must not be empty (use None for 'absent')")


@attrs.frozen(kw_only=True, repr=False)
class Article:
    """A news article: its text, its structure, and what was extracted from it.

    Every located part (blocks, paragraphs, mentions, statements) points into ``text``
    with half-open offsets, and ``text[part.start:part.end] == part.text``.

    >>> import eurasec
    >>> a = eurasec.parse_file("seeds/000_9e8d530a5ed693eb.txt")
    >>> a.title_source, a.published.isoformat()
    ('ISW', '2024-06-22T08:01:00')
    >>> a.text[a.paragraphs[0].start:a.paragraphs[0].end] == a.paragraphs[0].text
    True
    """

    id: str = attrs.field(validator=attrs.validators.min_len(1))
    """Stable identifier derived from the content (see ``docs/format.md``)."""
    text: str
    """The input as decoded, verbatim; every offset refers to it."""
    format: str = "text"
    """Name of the parser that produced the article."""
    source: str | None = None
    """Where the input was read from (a path, ``"<stdin>"``, ``"<string>"``)."""
    title: str | None = attrs.field(default=None, validator=_non_empty_or_none)
    """The headline, without its source prefix."""
    title_source: str | None = attrs.field(default=None, validator=_non_empty_or_none)
    """The headline's source prefix (``"ISW"`` in ``ISW: Russia pushes ...``)."""
    standfirst: str | None = attrs.field(default=None, validator=_non_empty_or_none)
    """The summary under the headline."""
    dateline: str | None = attrs.field(default=None, validator=_non_empty_or_none)
    """The dateline as written."""
    published: dt.datetime | None = attrs.field(default=None, converter=_fixed_zone)
    """When the article was published; timezone-aware only when the source says so or the
    caller passed ``tz=``. An aware value keeps its zone as a fixed UTC offset
    (``Europe/Kyiv`` in June becomes ``UTC+03:00``), exactly as it is serialized."""
    caption: str | None = attrs.field(default=None, validator=_non_empty_or_none)
    """The image caption."""
    paragraphs: tuple[Paragraph, ...] = ()
    """The body paragraphs, in order."""
    related: tuple[str, ...] = ()
    """Headlines listed under ``Read also:``."""
    footer: str | None = attrs.field(default=None, validator=_non_empty_or_none)
    """The site's boilerplate, verbatim; never part of the body."""
    publisher: str | None = None
    """The publisher's name, when recognisable (from the footer or the input's metadata)."""
    url: str | None = None
    """Where the article was published, when the input says."""
    authors: tuple[str, ...] = ()
    """Bylines, when the input gives them."""
    blocks: tuple[Block, ...] = ()
    """Every block of the input, in order; together they cover all non-space text."""
    actors: tuple[Actor, ...] = ()
    """Every actor the article talks about."""
    mentions: tuple[Mention, ...] = ()
    """Every place in the text that refers to an actor."""
    statements: tuple[Statement, ...] = ()
    """Every attribution in the text."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Problems met while parsing (lenient mode) and warnings."""

    def __attrs_post_init__(self) -> None:
        _check_located(self.text, self.actors, self.mentions, self.statements,
                       self.blocks, self.paragraphs)

    def actor(self, actor_id: str) -> Actor:
        """Return the actor with this id.

        Raises:
            KeyError: when the article has no such actor.
        """
        for a in self.actors:
            if a.id == actor_id:
                return a
        raise KeyError(actor_id)

    def mentions_of(self, actor_id: str) -> tuple[Mention, ...]:
        """Every mention of the actor, in text order."""
        return tuple(m for m in self.mentions if m.actor == actor_id)

    def statements_by(self, actor_id: str) -> tuple[Statement, ...]:
        """Every statement whose speaker is the actor."""
        return tuple(s for s in self.statements if s.speaker == actor_id)

    def _repr_html_(self) -> str:
        """The HTML view, for Jupyter (see :func:`eurasec.to_html`)."""
        from ..formats.html import to_html

        return to_html(self, full=False)

    def __repr__(self) -> str:
        when = self.published.isoformat() if self.published else None
        return (
            f"<Article {self.id} {self.title!r} published={when} "
            f"paragraphs={len(self.paragraphs)} actors={len(self.actors)} "
            f"statements={len(self.statements)}>"
        )


@attrs.frozen(kw_only=True, repr=False)
class Extraction:
    """Actors, mentions and statements found in a text, with offsets into ``text``."""

    text: str
    """The text that was analysed."""
    actors: tuple[Actor, ...] = ()
    """Every actor found."""
    mentions: tuple[Mention, ...] = ()
    """Every place that refers to an actor."""
    statements: tuple[Statement, ...] = ()
    """Every attribution."""

    def __attrs_post_init__(self) -> None:
        _check_located(self.text, self.actors, self.mentions, self.statements)

    def __repr__(self) -> str:
        return (
            f"<Extraction chars={len(self.text)} actors={len(self.actors)} "
            f"mentions={len(self.mentions)} statements={len(self.statements)}>"
        )


# -- trusted construction -------------------------------------------------------------------
# ``annotate`` adds what extraction found to an article that was validated when the parser
# built it; ``attrs.evolve`` would check every block and paragraph again. This helper checks
# only the new parts, then copies the validated fields slot by slot.

_ARTICLE_FIELDS = tuple(a.name for a in attrs.fields(Article))
_EXTRACTED = ("actors", "mentions", "statements")
_KEPT = tuple((f, put) for f, put in zip(
    (f for f in _ARTICLE_FIELDS if f not in _EXTRACTED),
    _slot_setters(Article, tuple(f for f in _ARTICLE_FIELDS if f not in _EXTRACTED)),
    strict=True))
_set_actors, _set_mentions, _set_statements = _slot_setters(Article, _EXTRACTED)


def _with_extraction(article: Article, actors: tuple[Actor, ...], mentions: tuple[Mention, ...],
                     statements: tuple[Statement, ...]) -> Article:
    """``attrs.evolve(article, actors=..., mentions=..., statements=...)``, checking only
    the new values against the text (the rest was checked when ``article`` was built)."""
    if type(article) is not Article:  # a subclass may check more: the general way
        return attrs.evolve(article, actors=actors, mentions=mentions, statements=statements)
    _check_located(article.text, actors, mentions, statements)
    new: Article = object.__new__(Article)
    for name, put in _KEPT:
        put(new, getattr(article, name))
    _set_actors(new, actors)
    _set_mentions(new, mentions)
    _set_statements(new, statements)
    return new
