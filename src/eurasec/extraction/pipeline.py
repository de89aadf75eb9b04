"""The extraction pipeline: segments in, an :class:`~eurasec.models.Extraction` out."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from ..models import Actor, Article, BlockKind, Extraction, Mention, Statement
from ..models.article import _with_extraction
from ..textutil import trim

if TYPE_CHECKING:
    from ..actor_registry import Registry
    from .lexicon import Lexicon

__all__ = ["Segment", "annotate", "extract", "segments_of"]

_BLANK_LINES = re.compile(r"(?:\r\n|\r|\n)(?:[^\S\r\n]*(?:\r\n|\r|\n))+")
"""Two or more line breaks with only spaces between them. The match starts at the first
line break, not at the spaces before it (which :func:`trim` drops from the paragraph
anyway): a pattern whose every branch starts with a literal lets the regex engine skip
ahead in C, instead of trying the pattern at every position."""

#: Block kinds whose text is prose worth analysing, in document order.
_PROSE = (BlockKind.HEADLINE, BlockKind.STANDFIRST, BlockKind.CAPTION, BlockKind.PARAGRAPH)


@attrs.frozen(kw_only=True)
class Segment:
    """A stretch of prose to analyse. Sentences never cross segment boundaries."""

    start: int
    """Offset of the segment in the text."""
    end: int
    """End offset of the segment."""
    kind: BlockKind = BlockKind.PARAGRAPH
    """What the segment is: headline, standfirst, caption or paragraph."""
    paragraph: int | None = None
    """Index into ``Article.paragraphs`` for body paragraphs, else ``None``."""


def segments_of(article: Article) -> tuple[Segment, ...]:
    """The prose parts of an article, in order."""
    out = []
    n = 0
    for b in article.blocks:
        if b.kind not in _PROSE:
            continue
        para = None
        if b.kind is BlockKind.PARAGRAPH:
            para, n = n, n + 1
        out.append(Segment(start=b.start, end=b.end, kind=b.kind, paragraph=para))
    return tuple(out)


def _text_segments(text: str) -> tuple[Segment, ...]:
    """Cut plain text into paragraphs at blank lines."""
    out = []
    pos = 0
    n = 0
    for m in [*_BLANK_LINES.finditer(text), None]:
        end = m.start() if m else len(text)
        s, e = trim(text, pos, end)
        if s < e:
            out.append(Segment(start=s, end=e, paragraph=n))
            n += 1
        if m:
            pos = m.end()
    return tuple(out)


def _run(
    text: str,
    segments: Sequence[Segment],
    published: dt.datetime | dt.date | None,
    registry: Registry | None,
    lexicon: Lexicon | None = None,
    stance: bool = False,
) -> tuple[tuple[Actor, ...], tuple[Mention, ...], tuple[Statement, ...]]:
    """Run every stage: actors and mentions first, then the statements that use them."""
    from .actors import find_actors
    from .statements import find_statements

    actors, mentions = find_actors(text, segments, registry, published)
    statements = find_statements(text, segments, actors, mentions, published, lexicon=lexicon,
                                 stance=stance)
    return actors, mentions, statements


def extract(
    text: str,
    *,
    published: dt.datetime | dt.date | None = None,
    registry: Registry | None = None,
    lexicon: Lexicon | None = None,
    stance: bool = False,
) -> Extraction:
    """Find actors, mentions and statements in any text.

    Paragraphs are separated by blank lines. Dates in the text resolve against
    ``published`` when given, and a title with its owner and no name (``Kazakhstan's
    foreign minister``) is whoever held that post on that day (``docs/actors.md``).
    ``lexicon`` replaces the built-in cue words and hedges
    (see :meth:`eurasec.extraction.lexicon.Lexicon.extend`). ``stance=True`` also reports
    attributions of stance, belief or intention with a bare complement, as corpora such as
    PolNeAR annotate them (see ``docs/statements.md``).

    >>> import eurasec
    >>> eurasec.extract("Nothing to see here.").statements
    ()
    >>> text = "Ames criticized the plan."
    >>> len(eurasec.extract(text).statements), len(eurasec.extract(text, stance=True).statements)
    (0, 1)
    """
    actors, mentions, statements = _run(text, _text_segments(text), published, registry,
                                        lexicon, stance)
    return Extraction(text=text, actors=actors, mentions=mentions, statements=statements)


def annotate(article: Article, *, registry: Registry | None = None,
             lexicon: Lexicon | None = None, stance: bool = False) -> Article:
    """Return the article with its actors, mentions and statements filled in.

    ``lexicon`` and ``stance`` are as in :func:`extract`.
    """
    actors, mentions, statements = _run(article.text, segments_of(article), article.published,
                                        registry, lexicon, stance)
    return _with_extraction(article, actors, mentions, statements)
