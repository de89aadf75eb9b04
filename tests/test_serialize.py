"""The one interface: dumps/dump/loads/load/iter_load over the registry of formats."""

from __future__ import annotations

import io
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import eurasec
from eurasec import SerializationError, UnknownFormatError
from eurasec.formats import codec
from eurasec.strategies import articles

BUILTINS = ["json", "jsonl", "text", "jsonld", "markdown", "html", "ftm"]
ROUND_TRIPPING = ["json", "jsonl"]
FAST = [name for name, installed in (("orjson", codec.have_orjson()),
                                     ("msgspec", codec.have_msgspec())) if installed]
BACKENDS = ["stdlib", *FAST]


@pytest.fixture(scope="module")
def seed() -> eurasec.Article:
    return eurasec.parse_file(Path(__file__).parent.parent / "seeds" /
                              "000_9e8d530a5ed693eb.txt")


def test_builtin_formats_are_registered() -> None:
    """Every built-in format is in the serializer registry, in a stable order."""
    assert [s.name for s in eurasec.serializers()][:len(BUILTINS)] == BUILTINS
    for name in BUILTINS:
        assert isinstance(eurasec.get_serializer(name), eurasec.Serializer)


@pytest.mark.parametrize(("alias", "name"), [("ndjson", "jsonl"), ("md", "markdown"),
                                             ("json-ld", "jsonld"), ("txt", "text"),
                                             ("followthemoney", "ftm"), ("HTM", "html")])
def test_aliases(alias: str, name: str) -> None:
    """Aliases find their format, case-insensitively."""
    assert eurasec.get_serializer(alias).name == name


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_round_trip_every_readable_format(article: eurasec.Article) -> None:
    """loads(dumps(a)) == a for every format that round-trips exactly, every backend."""
    for backend in BACKENDS:
        assert eurasec.loads(eurasec.dumps(article, "json", backend=backend)) == article
        assert eurasec.loads(eurasec.dumps(article, "jsonl", backend=backend),
                             "jsonl") == [article]


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(), articles())
def test_several_articles_round_trip(a: eurasec.Article, b: eurasec.Article) -> None:
    """A list survives json (as an array) and jsonl (as lines)."""
    for fmt in ROUND_TRIPPING:
        assert eurasec.loads(eurasec.dumps([a, b], fmt), fmt) == [a, b]
        assert list(eurasec.iter_loads(eurasec.dumps([a, b], fmt), fmt)) == [a, b]


@pytest.mark.parametrize("backend", FAST)
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles())
def test_fast_output_equals_stdlib_in_value(backend: codec.Backend,
                                            article: eurasec.Article) -> None:
    """Each [fast] backend writes the same JSON value as the standard library: one article,
    an array, a JSON Lines stream, indented or not, and reads back the same."""
    for fmt, obj, options in (("json", article, {}), ("json", [article, article], {}),
                              ("json", article, {"indent": 2}), ("jsonl", [article], {})):
        fast = eurasec.dumps(obj, fmt, backend=backend, **options)
        slow = eurasec.dumps(obj, fmt, backend="stdlib", **options)
        if fmt == "jsonl":
            fast, slow = fast.removesuffix("\n"), slow.removesuffix("\n")
        assert json.loads(fast) == json.loads(slow)
    fast = eurasec.to_json(article, backend=backend)
    slow = eurasec.to_json(article, backend="stdlib")
    assert json.loads(fast) == json.loads(slow)
    assert eurasec.from_json(fast, backend="stdlib") == eurasec.from_json(slow, backend=backend)


@pytest.mark.parametrize("backend", FAST)
def test_fast_output_of_any_model_object(backend: codec.Backend, seed: eurasec.Article) -> None:
    """Objects other than articles are written as the standard library writes them, without
    ``schema_version``, and read back."""
    for obj in (seed.actors[0], seed.statements[0], seed.blocks[0], seed.mentions[0]):
        fast = eurasec.to_json(obj, backend=backend)
        assert json.loads(fast) == json.loads(eurasec.to_json(obj, backend="stdlib"))
        assert eurasec.from_json(fast, type(obj)) == obj


@pytest.mark.parametrize("backend", BACKENDS)
def test_indented_output_keeps_the_declared_order(backend: codec.Backend,
                                                  seed: eurasec.Article) -> None:
    """Indented text, for people, lists fields in their declared order with every backend."""
    doc = json.loads(eurasec.to_json(seed, indent=2, backend=backend))
    assert list(doc) == ["schema_version", *(f.name for f in attrs.fields(eurasec.Article))]
    assert list(doc["mentions"][0]) == [f.name for f in attrs.fields(eurasec.Mention)]


@pytest.mark.parametrize("backend", FAST)
def test_fast_output_writes_fields_by_declared_class(backend: codec.Backend) -> None:
    """A field declared as a class (``Statement.source``, a ``Span``) holding a subclass
    (a ``Cue``) is written as the declared class, as the converter writes it; so is a
    datetime where a date is declared."""
    import datetime as dt

    from eurasec.models import Cue, Span, Statement

    cue = Cue(text="said", start=4, end=8, lemma="say")
    statement = Statement(speaker=None, source=cue, cue=cue,
                          content=Span(text="x", start=9, end=10), start=0, end=10)
    a = eurasec.Article(id="x", text="ISW said x", statements=(statement,))
    fast = json.loads(eurasec.to_json(a, backend=backend))
    assert fast == json.loads(eurasec.to_json(a, backend="stdlib"))
    assert "lemma" not in fast["statements"][0]["source"]
    assert "lemma" in fast["statements"][0]["cue"]
    date = eurasec.TimeExpression(text="x", start=9, end=10, precision=eurasec.Precision.DAY,
                                  earliest=dt.datetime(2024, 6, 21, 8, 1),
                                  latest=dt.datetime(2024, 6, 21, 9))
    dated = attrs.evolve(a, statements=(attrs.evolve(statement, date=date),))
    assert json.loads(eurasec.to_json(dated, backend=backend)) == json.loads(
        eurasec.to_json(dated, backend="stdlib"))
    plain = attrs.evolve(statement, source=Span(text="ISW", start=0, end=3))
    b = attrs.evolve(a, statements=(plain,))
    assert json.loads(eurasec.to_json(b, backend=backend)) == json.loads(
        eurasec.to_json(b, backend="stdlib"))


def test_orjson_keeps_sub_minute_offsets() -> None:
    """Datetimes are written by the converter, so an offset of seconds survives every
    backend, and UTC stays ``+00:00`` (msgspec alone would write ``Z``)."""
    import datetime as dt

    tz = dt.timezone(dt.timedelta(minutes=19, seconds=32))
    a = eurasec.Article(id="x", text="", published=dt.datetime(1900, 1, 1, tzinfo=tz))
    utc = eurasec.Article(id="x", text="", published=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    for backend in BACKENDS:
        assert eurasec.loads(eurasec.dumps(a, backend=backend)) == a
        doc = json.loads(eurasec.to_json(utc, backend=backend))
        assert doc["published"] == "2024-01-01T00:00:00+00:00"


def test_orjson_backend_missing_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """backend='orjson' or 'msgspec' without it raises MissingExtraError naming [fast]."""
    monkeypatch.setattr(codec, "_orjson", lambda: None)
    monkeypatch.setattr(codec, "msgspec", lambda: None)
    for backend in ("orjson", "msgspec"):
        with pytest.raises(eurasec.MissingExtraError, match=r"eurasec\[fast\]"):
            codec.encode({}, backend=backend)  # type: ignore[arg-type]
        with pytest.raises(eurasec.MissingExtraError, match=backend):
            eurasec.to_json(eurasec.Article(id="x", text=""), backend=backend)  # type: ignore[arg-type]
    assert codec.encode({"a": 1}) == '{"a": 1}'  # auto falls back to the stdlib
    a = eurasec.Article(id="x", text="")
    assert eurasec.from_json(eurasec.to_json(a)) == a


def test_auto_prefers_msgspec_then_orjson(monkeypatch: pytest.MonkeyPatch) -> None:
    """backend='auto' picks msgspec when installed, else orjson, else the stdlib."""
    if codec.have_msgspec():
        assert codec.pick("auto")[0] == "msgspec"
    monkeypatch.setattr(codec, "msgspec", lambda: None)
    assert codec.pick("auto")[0] == ("orjson" if codec.have_orjson() else "stdlib")
    with pytest.raises(ValueError, match="backend must be one of"):
        codec.pick("yaml")  # type: ignore[arg-type]


@pytest.mark.parametrize("backend", BACKENDS)
def test_lone_surrogates_fall_back_to_stdlib(backend: codec.Backend) -> None:
    """What a fast backend refuses to encode is written by the standard library instead."""
    assert json.loads(codec.encode({"a": "\ud800"}, backend=backend)) == {"a": "\ud800"}
    a = eurasec.Article(id="x", text="a\ud800", title="\udfff")
    assert eurasec.from_json(eurasec.to_json(a, backend=backend), backend=backend) == a
    assert eurasec.loads(eurasec.dumps([a], "jsonl", backend=backend), "jsonl") == [a]
    big = eurasec.Article(id="x", text="",
                          diagnostics=(eurasec.Diagnostic(code="c", message="m", line=2**70,
                                                          column=1),))
    text = eurasec.to_json(big, backend=backend)
    assert json.loads(text) == json.loads(eurasec.to_json(big, backend="stdlib"))
    if backend != "orjson":  # orjson reads integers beyond 64 bits as floats
        assert eurasec.from_json(text, backend=backend) == big


def test_unknown_format_lists_the_others(seed: eurasec.Article) -> None:
    """An unknown name raises UnknownFormatError listing what exists."""
    with pytest.raises(UnknownFormatError) as info:
        eurasec.dumps(seed, "yaml")
    assert "jsonl" in info.value.available


@pytest.mark.parametrize("fmt", ["jsonld", "markdown", "html", "ftm"])
def test_write_only_formats_refuse_to_read(fmt: str, seed: eurasec.Article) -> None:
    """Reading a write-only format is an UnknownFormatError listing the readable ones."""
    text = eurasec.dumps(seed, fmt)
    with pytest.raises(UnknownFormatError, match="write-only") as info:
        eurasec.loads(text, fmt)
    assert set(info.value.available) >= {"json", "jsonl", "text"}


def test_dump_and_load_files(tmp_path: Path, seed: eurasec.Article) -> None:
    """dump writes to a text file and load reads it back, also from a binary file."""
    for fmt in ("json", "jsonl", "text"):
        path = tmp_path / f"a.{fmt}"
        with path.open("w", encoding="utf-8", newline="") as fp:
            eurasec.dump(seed if fmt != "jsonl" else [seed], fp, fmt)
        options = {"source": seed.source} if fmt == "text" else {}  # text keeps no source
        with path.open("rb") as fp:
            back = eurasec.load(fp, fmt, **options)
        assert back == (seed if fmt != "jsonl" else [seed])


def test_iter_load_every_readable_format(seed: eurasec.Article) -> None:
    """iter_load yields articles whatever the format: one for json and text."""
    for fmt in ("json", "jsonl", "text"):
        text = eurasec.dumps(seed if fmt != "jsonl" else [seed, seed], fmt)
        options = {"source": seed.source} if fmt == "text" else {}
        got = list(eurasec.iter_load(io.StringIO(text), fmt, **options))
        assert got == ([seed] if fmt != "jsonl" else [seed, seed])


def test_bytes_in(seed: eurasec.Article) -> None:
    """loads accepts UTF-8 bytes, with or without a byte-order mark."""
    data = eurasec.dumps(seed).encode("utf-8")
    assert eurasec.loads(data) == seed
    assert eurasec.loads(b"\xef\xbb\xbf" + data) == seed


def test_invalid_utf8_is_a_serialization_error() -> None:
    """Bytes that are not UTF-8 raise SerializationError naming the byte."""
    with pytest.raises(SerializationError, match="byte 1"):
        eurasec.loads(b"{\xff}")


def test_array_errors_name_the_element(seed: eurasec.Article) -> None:
    """In a JSON array, the error path starts with the element's index."""
    docs = [eurasec.to_dict(seed), {**eurasec.to_dict(seed), "title": 5}]
    with pytest.raises(SerializationError) as info:
        eurasec.loads(json.dumps(docs))
    assert any(e.startswith("$[1].title") for e in info.value.errors), info.value.errors


def test_json_indent_and_other_models(seed: eurasec.Article) -> None:
    """json takes indent, and writes any model object, such as an actor."""
    assert eurasec.dumps(seed, indent=2).startswith('{\n  "schema_version": 1')
    actor = eurasec.Actor(id="RUS", name="Russia", kind=eurasec.ActorKind.STATE)
    assert json.loads(eurasec.dumps(actor))["kind"] == "state"


def test_named_zone_in_a_dst_overlap_round_trips() -> None:
    """An aware time inside a named zone's DST overlap round-trips equal (fixed offset)."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    when = dt.datetime(2024, 10, 27, 3, 30, tzinfo=ZoneInfo("Europe/Kyiv"))  # the repeated hour
    a = eurasec.Article(id="x", text="", published=when)
    back = eurasec.loads(eurasec.dumps(a))
    assert isinstance(back, eurasec.Article)
    assert back.published is not None
    assert back.published.utcoffset() == when.utcoffset()
    assert back == a


@attrs.frozen(kw_only=True)
class _Node:
    name: str
    child: _Node | None = None
    kids: tuple[_Node, ...] = ()


@pytest.mark.parametrize("backend", BACKENDS)
def test_classes_that_contain_themselves(backend: codec.Backend) -> None:
    """Any attrs class round-trips with every backend, even one that contains itself (the
    fast paths leave it to the converter)."""
    node = _Node(name="a", child=_Node(name="b"), kids=(_Node(name="c"),))
    text = eurasec.to_json(node, backend=backend)
    assert json.loads(text) == json.loads(eurasec.to_json(node, backend="stdlib"))
    assert eurasec.from_json(text, _Node, backend=backend) == node
