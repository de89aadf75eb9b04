"""The parser registry: names, aliases, loud duplicates, lazy loading and guessing."""

from __future__ import annotations

import math
from typing import Any

import pytest

import eurasec
from eurasec import registry
from eurasec.models import Article
from eurasec.textutil import content_id

TEXT_DOC = "T\n\nJun 22, 2024 - 08:01\n\nBody.\n"
NOTES_DOC = "Kim meets Putin\n2024-06-19\n\nThey met.\n"
SCRAPED_DOC = '{"title": "Kim meets Putin", "maintext": "They met."}'


class Dummy:
    """A minimal parser whose score and globs the test chooses."""

    def __init__(self, name: str, score: Any = 0.5, *, aliases: tuple[str, ...] = (),
                 filenames: tuple[str, ...] = ()) -> None:
        self.name = name
        self.aliases = aliases
        self.filenames = filenames
        self.score = score

    def sniff(self, text: str) -> float:
        if isinstance(self.score, Exception):
            raise self.score
        return self.score  # type: ignore[no-any-return]

    def parse(self, text: str, *, source: str = "<string>", **options: Any) -> Article:
        return Article(id=content_id(text), text=text, format=self.name, source=source)


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> registry._Registry[registry.Parser]:
    reg = registry._new_parser_registry()
    monkeypatch.setattr(registry, "_parsers", reg)
    return reg


def test_builtins_in_order() -> None:
    """The three built-in parsers are registered, text first."""
    assert [p.name for p in eurasec.parsers()][:3] == ["text", "notes", "scraped"]


def test_get_parser_by_alias_any_case() -> None:
    """Names and aliases are looked up case-insensitively."""
    assert eurasec.get_parser("TEXT").name == "text"
    assert eurasec.get_parser("News-Please").name == "scraped"
    assert eurasec.get_parser("note").name == "notes"


def test_unknown_name_lists_parsers() -> None:
    """A miss raises UnknownFormatError (a LookupError) listing what exists."""
    with pytest.raises(eurasec.UnknownFormatError) as info:
        eurasec.get_parser("nope")
    assert isinstance(info.value, LookupError)
    assert info.value.name == "nope"
    assert {"text", "notes", "scraped"} <= set(info.value.available)
    assert "available: text, notes, scraped" in str(info.value)


def test_register_and_get(fresh: Any) -> None:
    """A registered parser is found by name and alias and listed last."""
    p = Dummy("acme", aliases=("ac",))
    assert eurasec.register_parser(p) is p
    assert eurasec.get_parser("ACME") is p
    assert eurasec.get_parser("ac") is p
    assert eurasec.parsers()[-1] is p


def test_taken_name_raises_unless_replace(fresh: Any) -> None:
    """Registering a taken name raises ValueError; replace=True takes it over."""
    with pytest.raises(ValueError, match="'text' is already registered"):
        eurasec.register_parser(Dummy("Text"))
    new = Dummy("text")
    eurasec.register_parser(new, replace=True)
    assert eurasec.get_parser("text") is new


def test_replace_drops_aliases_the_new_parser_lacks(fresh: Any) -> None:
    """After replace=True the old parser's aliases no longer resolve."""
    eurasec.register_parser(Dummy("acme", aliases=("old",)))
    eurasec.register_parser(Dummy("acme", aliases=("new",)), replace=True)
    assert eurasec.get_parser("new").name == "acme"
    with pytest.raises(eurasec.UnknownFormatError):
        eurasec.get_parser("old")


def test_taken_alias_raises(fresh: Any) -> None:
    """An alias held by another parser is a duplicate too."""
    with pytest.raises(ValueError, match="alias of 'scraped'"):
        eurasec.register_parser(Dummy("acme", aliases=("trafilatura",)))
    with pytest.raises(ValueError, match="already registered"):
        eurasec.register_parser(Dummy("trafilatura"))


def test_alias_cannot_shadow_a_name(fresh: Any) -> None:
    """An alias equal to another parser's name raises even with replace=True."""
    with pytest.raises(ValueError, match="is the name of another parser"):
        eurasec.register_parser(Dummy("acme", aliases=("text",)), replace=True)
    assert eurasec.get_parser("text").name == "text"


@pytest.mark.parametrize(("attr", "value"), [
    ("name", ""), ("name", None), ("aliases", "acme"), ("filenames", ["*.x", 3]),
    ("sniff", None), ("parse", "nope"),
])
def test_malformed_parsers_rejected(fresh: Any, attr: str, value: object) -> None:
    """A parser with a bad name, a str for aliases or a missing method is a TypeError."""
    p = Dummy("acme")
    setattr(p, attr, value)
    with pytest.raises(TypeError):
        eurasec.register_parser(p)


def test_entry_points_read_lazily_once(monkeypatch: pytest.MonkeyPatch, fresh: Any) -> None:
    """Entry points are read on the first lookup, not at import, and only once."""
    calls: list[str] = []

    def fake(*, group: str) -> list[object]:
        calls.append(group)
        return []

    monkeypatch.setattr(registry, "entry_points", fake)
    assert calls == []
    eurasec.get_parser("text")
    eurasec.parsers()
    assert calls == ["eurasec.parsers"]


def test_failed_builtin_load_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """If loading fails, the registry is left empty and the next lookup tries again."""
    attempts: list[int] = []

    def builtins() -> list[registry.Parser]:
        attempts.append(1)
        if len(attempts) == 1:
            raise ImportError("boom")
        return [Dummy("acme")]

    reg = registry._Registry("parser", "eurasec.none", builtins, registry._check_parser)
    with pytest.raises(ImportError):
        reg.get("acme")
    assert reg.get("acme").name == "acme"


def test_guess_builtins() -> None:
    """Each built-in parser is guessed for its own format, with and without a file name."""
    assert eurasec.guess_parser(TEXT_DOC).name == "text"
    assert eurasec.guess_parser(NOTES_DOC).name == "notes"
    assert eurasec.guess_parser(SCRAPED_DOC).name == "scraped"
    assert eurasec.guess_parser(TEXT_DOC, filename="dir/a.txt").name == "text"
    assert eurasec.guess_parser(NOTES_DOC, filename="a.txt").name == "notes"
    assert eurasec.guess_parser(SCRAPED_DOC, filename="C:\\x\\a.JSONL").name == "scraped"


def test_guess_content_beats_unsure_filename_match() -> None:
    """A glob match that sniffs below FILENAME_TRUST loses to a confident sniff."""
    assert eurasec.guess_parser(SCRAPED_DOC, filename="saved.txt").name == "scraped"


def test_guess_text_is_the_fallback() -> None:
    """Unrecognised prose goes to the text parser, whose errors explain what is missing."""
    assert eurasec.guess_parser("Just a headline\n\nand a body.\n").name == "text"


def test_guess_trusted_filename_beats_higher_sniff(fresh: Any) -> None:
    """A glob match sniffing at least FILENAME_TRUST wins over a higher-scoring non-match."""
    acme = eurasec.register_parser(Dummy("acme", registry.FILENAME_TRUST,
                                         filenames=("*.acme",)))
    assert eurasec.guess_parser(SCRAPED_DOC, filename="x.acme") is acme
    assert eurasec.guess_parser(SCRAPED_DOC, filename="x.json").name == "scraped"
    assert eurasec.guess_parser(SCRAPED_DOC).name == "scraped"


def test_guess_most_specific_trusted_glob_wins(fresh: Any) -> None:
    """Among trusted glob matches, the most specific glob wins over a higher score."""
    acme = eurasec.register_parser(Dummy("acme", 0.6, filenames=("*.acme.json",)))
    assert eurasec.guess_parser(SCRAPED_DOC, filename="x.acme.json") is acme
    assert eurasec.guess_parser(SCRAPED_DOC, filename="x.json").name == "scraped"


def test_guess_ties(fresh: Any) -> None:
    """Ties go to the glob match, then to the parser registered first."""
    first = eurasec.register_parser(Dummy("first", 0.3))
    second = eurasec.register_parser(Dummy("second", 0.3, filenames=("*.two",)))
    text = "{not json"
    assert eurasec.guess_parser(text) is first
    assert eurasec.guess_parser(text, filename="a.two") is second


@pytest.mark.parametrize("score", [RuntimeError("bug"), math.nan, "high", None])
def test_bad_sniff_counts_as_zero(fresh: Any, score: object) -> None:
    """A sniff that raises or returns a non-number scores 0."""
    eurasec.register_parser(Dummy("acme", score, filenames=("*.acme",)))
    assert eurasec.guess_parser("{x", filename="a.acme").name == "text"


def test_scores_are_clamped(fresh: Any) -> None:
    """A score above 1 counts as 1, so registration order breaks the tie."""
    eurasec.register_parser(Dummy("big", 7.0))
    eurasec.register_parser(Dummy("one", 1.0))
    assert eurasec.guess_parser("{x").name == "big"


def test_nothing_fits(fresh: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """When every parser scores 0, UnknownFormatError lists the parsers."""
    with pytest.raises(eurasec.UnknownFormatError, match="no parser recognises"):
        eurasec.guess_parser("")


@pytest.mark.parametrize(("doc", "fmt"), [
    (TEXT_DOC, "text"), (NOTES_DOC, "notes"), (SCRAPED_DOC, "scraped")])
def test_parse_auto(doc: str, fmt: str) -> None:
    """parse(format="auto") reads each built-in format."""
    assert eurasec.parse(doc, format="auto").format == fmt


def test_parse_file_auto_uses_filename(tmp_path: Any) -> None:
    """parse_file(format="auto") passes the file name to the guess."""
    path = tmp_path / "record.json"
    path.write_text(SCRAPED_DOC, encoding="utf-8")
    assert eurasec.parse_file(path, format="auto").title == "Kim meets Putin"


def test_plugin_errors_empty(fresh: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without broken plugins, plugin_errors() is empty."""
    monkeypatch.setattr(registry, "_serializers", registry._Registry(
        "serializer", "eurasec.serializers", list, registry._check_serializer))
    assert eurasec.plugin_errors() == []


def test_serializer_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Serializers register and resolve like parsers; a miss lists what exists."""
    monkeypatch.setattr(registry, "_serializers", registry._Registry(
        "serializer", "eurasec.serializers", list, registry._check_serializer))

    class Upper:
        name = "upper"
        aliases = ("UP",)

        def dumps(self, obj: Any, **options: Any) -> str:
            return str(obj).upper()

        def loads(self, text: str, **options: Any) -> Any:
            raise NotImplementedError

    s = eurasec.register_serializer(Upper())
    assert eurasec.get_serializer("up") is s
    assert eurasec.serializers() == [s]
    with pytest.raises(ValueError, match="already registered"):
        eurasec.register_serializer(Upper())
    with pytest.raises(eurasec.UnknownFormatError, match="available: upper"):
        eurasec.get_serializer("csv")
