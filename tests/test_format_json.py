"""JSON: lossless round trips and readable errors for bad documents."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import eurasec
from eurasec import SerializationError
from eurasec.formats import codec
from eurasec.formats._structure import structure_fn
from eurasec.formats.json import converter
from eurasec.strategies import articles

BACKENDS = ["stdlib", *(["orjson"] if codec.have_orjson() else []),
            *(["msgspec"] if codec.have_msgspec() else [])]


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_round_trip(article: eurasec.Article) -> None:
    """from_json(to_json(a)) == a for any valid article."""
    assert eurasec.from_json(eurasec.to_json(article)) == article
    assert eurasec.from_dict(eurasec.to_dict(article)) == article


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_every_part_is_its_text(article: eurasec.Article) -> None:
    """text[start:end] equals each located part, after a round trip too."""
    back = eurasec.from_json(eurasec.to_json(article))
    for part in (*back.blocks, *back.paragraphs, *back.mentions):
        assert back.text[part.start:part.end] == part.text
    for s in back.statements:
        if s.cue is not None:
            assert back.text[s.cue.start:s.cue.end] == s.cue.text
        assert back.text[s.content.start:s.content.end] == s.content.text


def test_seed_round_trip(seed_text: str) -> None:
    """The parsed seed survives JSON exactly, schema_version included."""
    a = eurasec.parse(seed_text)
    doc = json.loads(eurasec.to_json(a))
    assert doc["schema_version"] == 1
    assert doc["published"] == "2024-06-22T08:01:00"
    assert eurasec.from_json(eurasec.to_json(a, indent=2)) == a


@pytest.fixture
def doc(seed_text: str) -> dict[str, object]:
    return eurasec.to_dict(eurasec.parse(seed_text, extract=False))


MUTATIONS = [
    (lambda d: d["paragraphs"][3].__setitem__("start", "x"), "$.paragraphs[3].start"),
    (lambda d: d.__setitem__("title", 5), "$.title"),
    (lambda d: d.__setitem__("published", "not a date"), "$.published"),
    (lambda d: d["blocks"][0].__setitem__("kind", "nope"), "$.blocks[0].kind"),
    (lambda d: d["paragraphs"][0].__setitem__("end", 10**6), "$.paragraphs[0]"),
    (lambda d: d.pop("text"), "$.text"),
    (lambda d: d.__setitem__("surprise", 1), "$"),
    (lambda d: d.__setitem__("schema_version", 99), "$.schema_version"),
    (lambda d: d["paragraphs"][1].__setitem__("start", True), "$.paragraphs[1].start"),
]


@pytest.mark.parametrize(("mutate", "path"), MUTATIONS)
def test_errors_name_the_path(doc: dict[str, object], mutate: object, path: str) -> None:
    """A bad document raises SerializationError whose errors name the failing field."""
    mutate(doc)  # type: ignore[operator]
    with pytest.raises(SerializationError) as info:
        eurasec.from_dict(doc)
    assert any(e.startswith(path) for e in info.value.errors), info.value.errors


def test_offsets_outside_text(doc: dict[str, object]) -> None:
    """Spans must lie inside the text."""
    para = doc["paragraphs"][0]  # type: ignore[index]
    para["start"], para["end"] = 10**6, 10**6 + len(para["text"])
    with pytest.raises(SerializationError, match=r"paragraphs\[0\]\.end.*outside the text"):
        eurasec.from_dict(doc)


def test_malformed_json() -> None:
    """Broken JSON is a SerializationError, not a JSONDecodeError."""
    with pytest.raises(SerializationError, match="malformed JSON"):
        eurasec.from_json("{")


def test_deep_nesting_is_refused() -> None:
    """Absurdly nested documents are rejected before structuring."""
    deep: object = []
    for _ in range(200):
        deep = [deep]
    with pytest.raises(SerializationError, match="too deep"):
        eurasec.from_dict({"schema_version": 1, "id": "x", "text": "", "paragraphs": deep})


def test_huge_documents_are_refused() -> None:
    """JSON beyond max_chars is refused before decoding."""
    with pytest.raises(SerializationError, match="too large"):
        eurasec.from_json("[" + " " * 100 + "]", max_chars=50)


def test_dangling_actor_ids_are_refused(doc: dict[str, object]) -> None:
    """A mention naming an actor the article does not have is an error."""
    doc["mentions"] = [{"text": "ISW", "start": 0, "end": 3, "actor": "nobody",
                        "paragraph": None, "resolution": "registry"}]
    with pytest.raises(SerializationError, match=r"mentions\[0\]\.actor"):
        eurasec.from_dict(doc)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("mutate", "path"), MUTATIONS)
def test_every_backend_reads_as_strictly(doc: dict[str, object], backend: codec.Backend,
                                         mutate: object, path: str) -> None:
    """JSON text of a bad document fails the same way whichever backend parses it."""
    mutate(doc)  # type: ignore[operator]
    with pytest.raises(SerializationError) as info:
        eurasec.from_json(json.dumps(doc), backend=backend)
    assert any(e.startswith(path) for e in info.value.errors), info.value.errors


@pytest.mark.parametrize("backend", BACKENDS)
def test_every_backend_refuses_what_the_stdlib_refuses(backend: codec.Backend,
                                                       doc: dict[str, object]) -> None:
    """Malformed, too large, too deep documents and dangling ids, for each backend."""
    with pytest.raises(SerializationError, match="malformed JSON"):
        eurasec.from_json("{", backend=backend)
    with pytest.raises(SerializationError, match="too large"):
        eurasec.from_json("[" + " " * 100 + "]", max_chars=50, backend=backend)
    nested: list[object] = []
    for _ in range(100):
        nested = [nested]
    deep = {"schema_version": 1, "id": "x", "text": "", "paragraphs": nested}
    with pytest.raises(SerializationError, match="too deep"):
        eurasec.from_json(json.dumps(deep), backend=backend)
    with pytest.raises(SerializationError, match="malformed JSON"):
        eurasec.from_json("[" * 100_000 + "]" * 100_000, backend=backend)
    doc["mentions"] = [{"text": "ISW", "start": 0, "end": 3, "actor": "nobody",
                        "paragraph": None, "resolution": "registry"}]
    with pytest.raises(SerializationError, match=r"mentions\[0\]\.actor"):
        eurasec.from_json(json.dumps(doc), backend=backend)


def test_partial_documents_take_the_defaults(doc: dict[str, object]) -> None:
    """Fields left out take their defaults, on the generated path as in the converter."""
    for key in ("source", "title", "related", "diagnostics", "mentions"):
        del doc[key]
    a = eurasec.from_dict(doc)
    assert a.related == ()
    assert a.title is None
    data = {k: v for k, v in doc.items() if k != "schema_version"}
    assert structure_fn(eurasec.Article)(data) == a  # type: ignore[misc]


_ODD = st.sampled_from([None, True, False, 0, -1, 1.5, 10**6, "", "x", "paragraph",
                        "2024-06-21", [], {}, [1], {"text": "a"}])


def _nodes(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every value inside a document."""
    found = [path]
    items = node.items() if isinstance(node, dict) else (
        enumerate(node) if isinstance(node, list) else ())
    for key, value in items:
        found += _nodes(value, (*path, key))
    return found


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(), st.data())
def test_generated_reader_is_never_more_lenient(article: eurasec.Article,
                                                data: st.DataObject) -> None:
    """Change one value of a valid document (or drop or add a key): the generated structure
    function either refuses it or builds exactly what the converter builds."""
    doc = eurasec.to_dict(article)
    del doc["schema_version"]
    doc = copy.deepcopy(doc)
    path = data.draw(st.sampled_from(_nodes(doc)[1:] or [()]))
    parent: Any = doc
    for key in path[:-1]:
        parent = parent[key]
    action = data.draw(st.sampled_from(["replace", "drop", "add"]))
    if path and action == "replace":
        parent[path[-1]] = data.draw(_ODD)
    elif path and action == "drop" and isinstance(parent, dict):
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent[data.draw(st.sampled_from(["surprise", "Text", "text"]))] = data.draw(_ODD)
    fast = structure_fn(eurasec.Article)
    assert fast is not None
    try:
        expected = converter().structure(doc, eurasec.Article)
    except Exception:  # the converter refuses: so must the generated function
        with pytest.raises(Exception):  # noqa: B017, PT011
            fast(doc)
    else:
        try:
            got = fast(doc)
        except Exception:
            return  # stricter is allowed: from_dict then asks the converter
        assert got == expected
