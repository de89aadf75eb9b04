"""JSON Schema: generated from the model, shipped as a file, and obeyed by every output."""

from __future__ import annotations

import functools
import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import eurasec
from eurasec.formats import codec
from eurasec.formats.schema import generate_schema, schema_text
from eurasec.strategies import articles

jsonschema = pytest.importorskip("jsonschema")

SHIPPED = Path(__file__).parent.parent / "src" / "eurasec" / "data" / "schema.json"
SAMPLES = sorted(Path(__file__).parent.glob("data/devcorpus/*.txt"))


@functools.cache
def make_validator() -> object:
    """The validator of the schema, built once."""
    schema = eurasec.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@pytest.fixture
def validator() -> object:
    return make_validator()


def check(validator: object, document: object) -> None:
    """Fail with every schema violation listed."""
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in validator.iter_errors(document)]  # type: ignore[attr-defined]
    assert not errors, errors


def test_shipped_file_is_the_generated_schema(update_goldens: bool) -> None:
    """eurasec/data/schema.json is what the model generates (--update-goldens rewrites it)."""
    if update_goldens:
        SHIPPED.write_text(schema_text(), encoding="utf-8")
    shipped = resources.files("eurasec").joinpath("data", "schema.json").read_text("utf-8")
    assert json.loads(shipped) == generate_schema(), (
        "the model changed: run pytest --update-goldens tests/test_format_schema.py "
        "(or `eurasec schema -o src/eurasec/data/schema.json`)")


def test_schema_is_a_fresh_copy() -> None:
    """Mutating the returned schema does not change the next one."""
    eurasec.json_schema()["$defs"].clear()
    assert "Article" in eurasec.json_schema()["$defs"]


def test_every_model_class_is_described() -> None:
    """Every class reachable from Article has a definition that forbids unknown keys."""
    defs = eurasec.json_schema()["$defs"]
    for name in ("Article", "Actor", "Membership", "Post", "Mention", "Statement", "Cue",
                 "Quote", "TimeExpression", "Block", "Paragraph", "Diagnostic", "Span"):
        assert defs[name]["additionalProperties"] is False
        assert all("description" in p for p in defs[name]["properties"].values()), name


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_json_and_jsonl_output_validate(article: eurasec.Article) -> None:
    """Every json document and jsonl line, from either backend, validates."""
    validator = make_validator()
    backends = ["stdlib", *(["orjson"] if codec.have_orjson() else []),
                *(["msgspec"] if codec.have_msgspec() else [])]
    for backend in backends:
        check(validator, json.loads(eurasec.dumps(article, "json", backend=backend)))
        lines = eurasec.dumps([article], "jsonl", backend=backend).split("\n")
        assert len(lines) == 2
        assert lines[1] == ""
        check(validator, json.loads(lines[0]))


@pytest.mark.parametrize("path", SAMPLES[:10], ids=lambda p: p.name)
def test_parsed_articles_validate(validator: object, path: Path) -> None:
    """Articles parsed and annotated from the dev corpus validate."""
    check(validator, eurasec.to_dict(eurasec.parse_file(path, strict=False)))


@pytest.mark.parametrize(("key", "value"), [
    ("title", 5), ("title", ""), ("published", "yesterday"), ("surprise", 1),
    ("schema_version", 2), ("paragraphs", [{"text": "a", "start": -1, "end": 0}]),
])
def test_bad_documents_fail(validator: object, seed_text: str, key: str,
                            value: object) -> None:
    """Documents the reader refuses are invalid under the schema too."""
    doc = {**eurasec.to_dict(eurasec.parse(seed_text, extract=False)), key: value}
    assert not validator.is_valid(doc)  # type: ignore[attr-defined]
    with pytest.raises(eurasec.SerializationError):
        eurasec.from_dict(doc)
