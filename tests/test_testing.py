"""eurasec.testing.check_parser: passes good parsers, names each broken promise."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

from eurasec import Article, Block, BlockKind, Paragraph, ParseError
from eurasec.formats.notes import NotesParser
from eurasec.formats.scraped import ScrapedParser
from eurasec.formats.text import TextFormatParser
from eurasec.testing import check_parser
from eurasec.textutil import content_id

GOOD = "Headline\n\nFirst paragraph.\n\nSecond paragraph.\n"


class Simple:
    """A correct toy parser: first line headline, then blank-line separated paragraphs.

    ``mutate`` lets a test break one promise at a time.
    """

    name = "simple"
    aliases: tuple[str, ...] = ()
    filenames: tuple[str, ...] = ("*.simple",)

    def __init__(self, mutate: Callable[[Article], Article] | None = None) -> None:
        self.mutate = mutate

    def sniff(self, text: str) -> float:
        return 0.5 if text.startswith("Headline") else 0.0

    def parse(self, text: str, *, source: str = "<string>", **options: Any) -> Article:
        if not text.strip():
            raise ParseError("empty", source=source, code="empty")
        blocks = []
        pos = 0
        for i, chunk in enumerate(text.split("\n\n")):
            s = pos + len(chunk) - len(chunk.lstrip())
            e = pos + len(chunk.rstrip())
            if s < e:
                kind = BlockKind.HEADLINE if i == 0 else BlockKind.PARAGRAPH
                blocks.append(Block(kind=kind, text=text[s:e], start=s, end=e))
            pos += len(chunk) + 2
        article = Article(
            id=content_id(text), text=text, format=self.name, source=source,
            title=blocks[0].text,
            paragraphs=tuple(Paragraph(text=b.text, start=b.start, end=b.end)
                             for b in blocks if b.kind is BlockKind.PARAGRAPH),
            blocks=tuple(blocks))
        return self.mutate(article) if self.mutate else article


def test_builtin_parsers_pass() -> None:
    """The three built-in parsers pass, and the articles come back for more checks."""
    articles = check_parser(TextFormatParser(), ["T\n\nJun 22, 2024 - 08:01\n\nBody.\n"])
    assert articles[0].title == "T"
    check_parser(NotesParser(), ["T\n2024-06-22\n\nBody.\n"])
    check_parser(ScrapedParser(), ['{"title": "T", "text": "Body."}'])


def test_good_parser_passes() -> None:
    """A correct parser passes, with invalid samples that raise proper ParseErrors."""
    assert len(check_parser(Simple(), [GOOD, GOOD + "\n\nThird."], invalid=["", "  "])) == 2


def _broken(**changes: Any) -> Callable[[Article], Article]:
    return lambda a: attrs.evolve(a, **changes)


@pytest.mark.parametrize(("mutate", "message"), [
    (_broken(format="other"), "article.format is 'other'"),
    (_broken(source="elsewhere"), "article.source is 'elsewhere'"),
    (lambda a: attrs.evolve(a, blocks=a.blocks[:-1]), "is in no block"),
    (lambda a: attrs.evolve(a, blocks=a.blocks[::-1]), "inside or before the previous block"),
    (lambda a: attrs.evolve(a, paragraphs=a.paragraphs[:1]), "not exactly the paragraph blocks"),
    (_broken(title="Not in the text"), "article.title 'Not in the text' does not occur"),
    (_broken(published=object()), "JSON round trip raised"),
])
def test_broken_article_is_reported(mutate: Callable[[Article], Article], message: str) -> None:
    """Each broken promise about the article raises AssertionError saying which."""
    with pytest.raises(AssertionError, match=message) as info:
        check_parser(Simple(mutate), [GOOD])
    assert "parser 'simple', sample 0 'Headline" in str(info.value)


def test_nondeterministic_parser() -> None:
    """Parsing the same text twice must give equal articles."""
    counter = iter(range(100))
    with pytest.raises(AssertionError, match="different articles"):
        check_parser(Simple(lambda a: attrs.evolve(a, id=f"id{next(counter)}")), [GOOD])


def test_sample_that_fails_to_parse() -> None:
    """A valid sample that raises ParseError is reported with the error."""
    with pytest.raises(AssertionError, match="a valid sample failed to parse"):
        check_parser(Simple(), [""], expect_sniff=False)


@pytest.mark.parametrize(("attr", "value", "message"), [
    ("name", "", "'name' must be a non-empty str"),
    ("aliases", "simple", "'aliases' must be a tuple"),
    ("filenames", ["*.x"], "'filenames' must be a tuple"),
])
def test_bad_metadata(attr: str, value: object, message: str) -> None:
    """Name, aliases and filenames are checked."""
    p = Simple()
    setattr(p, attr, value)
    with pytest.raises(AssertionError, match=message):
        check_parser(p, [GOOD])


@pytest.mark.parametrize(("score", "message"), [
    (1.5, r"in \[0, 1\], got 1.5"), (float("nan"), "got nan"), (True, "got True"),
    (0.0, "scored its own sample 0"),
])
def test_bad_sniff(score: object, message: str) -> None:
    """Sniff must return a number in [0, 1], and above 0 for the parser's own samples."""
    p = Simple()
    p.sniff = lambda text: score  # type: ignore[method-assign]
    with pytest.raises(AssertionError, match=message):
        check_parser(p, [GOOD])


def test_sniff_zero_allowed_on_request() -> None:
    """expect_sniff=False accepts a parser that never sniffs its samples."""
    p = Simple()
    p.sniff = lambda text: 0.0  # type: ignore[method-assign]
    check_parser(p, [GOOD], expect_sniff=False)


def test_sniff_that_raises() -> None:
    """A sniff that raises is reported."""
    p = Simple()

    def boom(text: str) -> float:
        raise KeyError("x")

    p.sniff = boom  # type: ignore[method-assign]
    with pytest.raises(AssertionError, match="sniff\\(\\) raised KeyError"):
        check_parser(p, [GOOD])


def test_truncation_crash_is_reported() -> None:
    """An exception other than ParseError on a truncated sample is reported."""
    class Fragile(Simple):
        def parse(self, text: str, *, source: str = "<string>", **options: Any) -> Article:
            if not text.endswith("\n"):
                raise IndexError("oops")
            return super().parse(text, source=source)

    with pytest.raises(AssertionError, match="raised IndexError instead of ParseError"):
        check_parser(Fragile(), [GOOD])


def test_invalid_sample_that_parses() -> None:
    """An invalid sample that parses is reported."""
    with pytest.raises(AssertionError, match="parsed without a ParseError"):
        check_parser(Simple(), [GOOD], invalid=[GOOD])


def test_invalid_sample_raising_other_exception() -> None:
    """An invalid sample must raise ParseError, not something else."""
    class Strict(Simple):
        def parse(self, text: str, *, source: str = "<string>", **options: Any) -> Article:
            if text == "bad":
                raise ValueError("bad")
            return super().parse(text, source=source)

    with pytest.raises(AssertionError, match="raised ValueError instead of ParseError"):
        check_parser(Strict(), [GOOD], invalid=["bad"])


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"line": 7}, "line 7 is outside the input"),
    ({"column": 99}, "column 99 is outside line 1"),
    ({"source": "x.txt"}, "ParseError.source is 'x.txt'"),
])
def test_error_positions_checked(kwargs: dict[str, Any], message: str) -> None:
    """ParseError positions must lie inside the input and the source must be passed on."""
    class Wrong(Simple):
        def parse(self, text: str, *, source: str = "<string>", **options: Any) -> Article:
            if text == "bad":
                raise ParseError("bad", **{"source": source, **kwargs})
            return super().parse(text, source=source)

    with pytest.raises(AssertionError, match=message):
        check_parser(Wrong(), [GOOD], invalid=["bad"])
