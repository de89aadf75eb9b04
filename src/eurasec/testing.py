"""Helpers for testing parsers, including third-party ones (trio.testing is the model).

:func:`check_parser` is the conformance test a parser must pass before it is registered:

>>> from eurasec.formats.notes import NotesParser
>>> from eurasec.testing import check_parser
>>> articles = check_parser(NotesParser(), ["Kim meets Putin\\n2024-06-19\\n\\nThey met.\\n"],
...                         invalid=["Kim meets Putin\\nyesterday\\n\\nThey met.\\n"])
>>> articles[0].title
'Kim meets Putin'
"""

from __future__ import annotations

import math
import pickle
from collections.abc import Iterable

from .errors import ParseError
from .extraction import annotate
from .formats.json import from_json, to_json
from .models import Article, BlockKind
from .registry import Parser
from .textutil import IGNORABLE, line_spans

__all__ = ["check_parser"]

SOURCE = "<check_parser>"
"""The ``source`` every sample is parsed with."""

_CUTS = 8
"""How many truncations of each sample are parsed to check that failures are clean."""


def _fail(parser: Parser, where: str, msg: str) -> AssertionError:
    return AssertionError(f"parser {getattr(parser, 'name', parser)!r}, {where}: {msg}")


def _preview(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


def check_parser(
    parser: Parser,
    samples: Iterable[str],
    *,
    invalid: Iterable[str] = (),
    expect_sniff: bool = True,
) -> list[Article]:
    """Check that ``parser`` keeps eurasec's promises on ``samples``; raise if not.

    For the parser: a non-empty ``name``, ``aliases`` and ``filenames`` as tuples of strings,
    and a ``sniff`` that returns a number in ``[0, 1]`` without raising (also on ``""``).

    For each valid sample, parsed with ``source="<check_parser>"``, strictly and leniently:

    * ``parse`` returns an :class:`~eurasec.Article` whose ``format`` is the parser's name and
      whose ``source`` is the one passed; parsing twice gives equal articles;
    * every block and paragraph has valid offsets (``text[start:end] == part.text``), blocks
      are in order and do not overlap, ``paragraphs`` are exactly the ``paragraph`` blocks,
      and every non-white-space character of ``article.text`` lies in a block;
    * ``title``, ``standfirst``, ``dateline``, ``caption``, ``footer`` and each related
      headline occur in ``article.text``;
    * ``eurasec.from_json(eurasec.to_json(a)) == a``, before and after
      :func:`eurasec.annotate` (so extraction works on the parser's output);
    * ``sniff`` scores the sample above 0 (unless ``expect_sniff=False``);
    * every truncation of the sample (at a few cut points) parses or raises
      :class:`~eurasec.ParseError`, nothing else.

    For each ``invalid`` sample: strict parsing raises :class:`~eurasec.ParseError` with
    ``source`` as passed, a ``line`` and ``column`` inside the sample, ``str()`` reading
    ``source:line:column: msg``, and it survives pickling.

    Args:
        parser: The parser under test (not registered; nothing global is touched).
        samples: Documents the parser must read.
        invalid: Documents the parser must reject.
        expect_sniff: Whether ``sniff`` must recognise the samples.

    Returns:
        The articles parsed strictly from ``samples``, in order, for further assertions.

    Raises:
        AssertionError: naming the parser, the sample and the broken promise.
    """
    _check_metadata(parser)
    articles = []
    for i, sample in enumerate(samples):
        where = f"sample {i} {_preview(sample)}"
        if expect_sniff and _sniff(parser, sample, where) <= 0:
            raise _fail(parser, where, "sniff() scored its own sample 0, so guess_parser() "
                        "would never choose it (pass expect_sniff=False if intended)")
        article = _parse(parser, sample, where, strict=True)
        if _parse(parser, sample, where, strict=True) != article:
            raise _fail(parser, where, "parsing the same text twice gave different articles")
        for candidate in (article, _parse(parser, sample, where, strict=False)):
            _check_article(parser, candidate, where)
            _check_round_trip(parser, candidate, where)
            _check_round_trip(parser, annotate(candidate), where + " (annotated)")
        _check_truncations(parser, sample, where)
        articles.append(article)
    for i, sample in enumerate(invalid):
        _check_rejects(parser, sample, f"invalid sample {i} {_preview(sample)}")
    return articles


def _check_metadata(parser: Parser) -> None:
    name = getattr(parser, "name", None)
    if not isinstance(name, str) or not name:
        raise _fail(parser, "metadata", f"'name' must be a non-empty str, got {name!r}")
    for attr in ("aliases", "filenames"):
        value = getattr(parser, attr, None)
        if not isinstance(value, tuple) or not all(isinstance(v, str) and v for v in value):
            raise _fail(parser, "metadata", f"{attr!r} must be a tuple of non-empty str, "
                        f"got {value!r}")
    _sniff(parser, "", "sniff('')")


def _sniff(parser: Parser, text: str, where: str) -> float:
    try:
        score = parser.sniff(text)
    except Exception as exc:
        raise _fail(parser, where, f"sniff() raised {type(exc).__name__}: {exc}") from exc
    if isinstance(score, bool) or not isinstance(score, (int, float)) or math.isnan(score) \
            or not 0 <= score <= 1:
        raise _fail(parser, where, f"sniff() must return a number in [0, 1], got {score!r}")
    return float(score)


def _parse(parser: Parser, text: str, where: str, *, strict: bool) -> Article:
    mode = "strict" if strict else "lenient"
    try:
        article = parser.parse(text, source=SOURCE, strict=strict, tz=None)
    except ParseError as exc:
        raise _fail(parser, where, f"a valid sample failed to parse ({mode}): {exc}") from exc
    except Exception as exc:
        raise _fail(parser, where, f"parse() ({mode}) raised {type(exc).__name__} instead of "
                    f"returning an Article: {exc}") from exc
    if not isinstance(article, Article):
        raise _fail(parser, where, f"parse() returned {type(article).__name__}, not Article")
    if article.format != parser.name:
        raise _fail(parser, where, f"article.format is {article.format!r}; expected the "
                    f"parser's name {parser.name!r}")
    if article.source != SOURCE:
        raise _fail(parser, where, f"article.source is {article.source!r}; expected the "
                    f"source passed to parse(), {SOURCE!r}")
    return article


def _check_article(parser: Parser, article: Article, where: str) -> None:
    text = article.text
    pos = 0
    for i, b in enumerate(article.blocks):
        if not 0 <= b.start <= b.end <= len(text) or text[b.start:b.end] != b.text:
            raise _fail(parser, where, f"blocks[{i}] {_preview(b.text)} is not the text at "
                        f"[{b.start}, {b.end})")
        if b.start < pos:
            raise _fail(parser, where, f"blocks[{i}] starts at {b.start}, inside or before "
                        f"the previous block (which ends at {pos})")
        pos = b.end
    pos = 0
    for b in article.blocks:
        _check_gap(parser, text[pos:b.start], pos, where)
        pos = b.end
    _check_gap(parser, text[pos:], pos, where)
    paragraphs = [(b.text, b.start, b.end) for b in article.blocks
                  if b.kind is BlockKind.PARAGRAPH]
    if [(p.text, p.start, p.end) for p in article.paragraphs] != paragraphs:
        raise _fail(parser, where, "article.paragraphs are not exactly the paragraph blocks")
    for field in ("title", "standfirst", "dateline", "caption", "footer"):
        value = getattr(article, field)
        if value is not None and value not in text:
            raise _fail(parser, where, f"article.{field} {_preview(value)} does not occur in "
                        "article.text")
    for i, related in enumerate(article.related):
        if related not in text:
            raise _fail(parser, where, f"article.related[{i}] does not occur in article.text")


def _check_gap(parser: Parser, gap: str, offset: int, where: str) -> None:
    for k, ch in enumerate(gap):
        if not (ch.isspace() or ch in IGNORABLE):
            raise _fail(parser, where, f"character {ch!r} at offset {offset + k} is in no "
                        "block: blocks must cover all non-space text")


def _check_round_trip(parser: Parser, article: Article, where: str) -> None:
    try:
        data = to_json(article)
        back: Article = from_json(data)
    except Exception as exc:
        raise _fail(parser, where, f"JSON round trip raised {type(exc).__name__}: {exc}") \
            from exc
    if back != article or to_json(back) != data:
        raise _fail(parser, where, "from_json(to_json(article)) differs from the article")


def _check_truncations(parser: Parser, sample: str, where: str) -> None:
    cuts = sorted({len(sample) * k // _CUTS for k in range(_CUTS)})
    for cut in cuts:
        for strict in (True, False):
            try:
                parser.parse(sample[:cut], source=SOURCE, strict=strict, tz=None)
            except ParseError as exc:
                _check_error(parser, exc, sample[:cut], f"{where} cut at {cut}")
            except Exception as exc:
                raise _fail(parser, f"{where} cut at {cut}", f"parse(strict={strict}) raised "
                            f"{type(exc).__name__} instead of ParseError: {exc}") from exc


def _check_rejects(parser: Parser, sample: str, where: str) -> None:
    try:
        parser.parse(sample, source=SOURCE, strict=True, tz=None)
    except ParseError as exc:
        _check_error(parser, exc, sample, where)
        return
    except Exception as exc:
        raise _fail(parser, where, f"raised {type(exc).__name__} instead of ParseError: "
                    f"{exc}") from exc
    raise _fail(parser, where, "an invalid sample parsed without a ParseError")


def _check_error(parser: Parser, exc: ParseError, sample: str, where: str) -> None:
    lines = line_spans(sample)
    if exc.source != SOURCE:
        raise _fail(parser, where, f"ParseError.source is {exc.source!r}; expected {SOURCE!r}")
    if not 1 <= exc.line <= len(lines):
        raise _fail(parser, where, f"ParseError.line {exc.line} is outside the input "
                    f"({len(lines)} lines)")
    s, e = lines[exc.line - 1]
    if not 1 <= exc.column <= e - s + 1:
        raise _fail(parser, where, f"ParseError.column {exc.column} is outside line "
                    f"{exc.line} ({e - s} characters)")
    if not str(exc).startswith(f"{SOURCE}:{exc.line}:{exc.column}: "):
        raise _fail(parser, where, f"str(ParseError) should read 'source:line:column: msg', "
                    f"got {str(exc)!r}")
    back: ParseError = pickle.loads(pickle.dumps(exc))
    if str(back) != str(exc):
        raise _fail(parser, where, "the ParseError does not survive pickling")
