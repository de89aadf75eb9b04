"""JSON Schema (draft 2020-12) of the ``json`` format, generated from the attrs model.

The schema is derived from the classes themselves: field types (``X | None`` becomes
``anyOf [X, null]``, tuples become arrays, enums their values, dates ISO 8601 strings),
required fields (those without a default), the validators that a schema can state (non-empty
strings, minimum values, partial dates) and the attribute docstrings as descriptions. Every
object forbids unknown keys, as the reader does. What a schema cannot say, the model still
checks on reading: that each span's ``text`` is the article's text at its offsets, and that
actor ids resolve.

The same schema ships as ``eurasec/data/schema.json`` for tools outside Python.

>>> import eurasec
>>> schema = eurasec.json_schema()
>>> schema["$schema"], schema["$ref"]
('https://json-schema.org/draft/2020-12/schema', '#/$defs/Article')
>>> schema["$defs"]["ActorKind"]["enum"]
['person', 'state', 'organization', 'group', 'other']
"""

from __future__ import annotations

import ast
import copy
import datetime as dt
import inspect
import itertools
import json
import types
import typing
from enum import Enum
from functools import cache
from typing import Any

import attrs

from ..converters import SCHEMA_VERSION
from ..models import Article, Span, Statement
from ..models.actors import _PARTIAL_DATE

__all__ = ["SCHEMA_ID", "generate_schema", "json_schema", "schema_text"]

SCHEMA_ID = f"https://example.invalid/eurasec/schema/v{SCHEMA_VERSION}/article.json"
"""The schema's ``$id``."""

_DATETIME = (r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?"
             r"(Z|[+-]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?$")
_DATE = r"^\d{4}-\d{2}-\d{2}$"

# Validators named by function: what each one means in schema terms.
_NAMED_VALIDATORS: dict[str, dict[str, Any]] = {
    "_non_empty": {"pattern": r"\S"},
    "_non_empty_or_none": {"pattern": r"\S"},
    "_partial_date": {"pattern": f"^(?:{_PARTIAL_DATE.pattern})$"},
}


def _validator_keywords(validator: Any) -> dict[str, Any]:
    """Schema keywords for an attrs validator (``{}`` for one a schema cannot state)."""
    if validator is None:
        return {}
    inner = getattr(validator, "_validators", None) or getattr(validator, "validators", None)
    if inner is not None:  # and_(...)
        out: dict[str, Any] = {}
        for v in inner:
            out.update(_validator_keywords(v))
        return out
    if hasattr(validator, "min_length"):
        return {"minLength": validator.min_length}
    if getattr(validator, "compare_op", None) == ">=":
        return {"minimum": validator.bound}
    return dict(_NAMED_VALIDATORS.get(getattr(validator, "__name__", ""), {}))


def _field_docs(cls: type) -> dict[str, str]:
    """Attribute docstrings (the string under each field), from the source when readable."""
    docs: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        if not attrs.has(klass):
            continue
        try:
            tree = ast.parse(inspect.getsource(klass))
        except (OSError, TypeError, SyntaxError):  # pragma: no cover - no source shipped
            continue
        body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
        for node, after in itertools.pairwise(body):
            if (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                    and isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)
                    and isinstance(after.value.value, str)):
                docs[node.target.id] = " ".join(after.value.value.split())
    return docs


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def type_schema(self, tp: Any) -> dict[str, Any]:
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin in (typing.Union, types.UnionType):
            options = [self.type_schema(a) for a in args if a is not type(None)]
            if type(None) in args:
                options.append({"type": "null"})
            return options[0] if len(options) == 1 else {"anyOf": options}
        if origin is tuple:
            return {"type": "array", "items": self.type_schema(args[0])}
        if tp is str:
            return {"type": "string"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is dt.datetime:
            return {"type": "string", "pattern": _DATETIME,
                    "description": "ISO 8601 date and time; an offset only when aware"}
        if tp is dt.date:
            return {"type": "string", "format": "date", "pattern": _DATE}
        if isinstance(tp, type) and issubclass(tp, Enum):
            self.defs.setdefault(tp.__name__, {
                "description": _summary(tp), "type": "string",
                "enum": [m.value for m in tp]})
            return {"$ref": f"#/$defs/{tp.__name__}"}
        if isinstance(tp, type) and attrs.has(tp):
            self.add_class(tp)
            return {"$ref": f"#/$defs/{tp.__name__}"}
        raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - model guard

    def add_class(self, cls: type) -> None:
        if cls.__name__ in self.defs:
            return
        self.defs[cls.__name__] = {}  # placeholder against recursion
        hints = typing.get_type_hints(cls)
        docs = _field_docs(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        if cls is Article:
            properties["schema_version"] = {
                "const": SCHEMA_VERSION, "description": "Version of the serialized form."}
            required.append("schema_version")
        for field in attrs.fields(cls):
            prop = self.type_schema(hints[field.name])
            keywords = _validator_keywords(field.validator)
            if field.name in ("start", "end") and issubclass(cls, (Span, Statement)):
                keywords["minimum"] = 0
            if keywords:
                prop = _constrain(prop, keywords)
            if field.name in docs:
                prop = {**prop, "description": docs[field.name]}
            properties[field.name] = prop
            if field.default is attrs.NOTHING:
                required.append(field.name)
        self.defs[cls.__name__] = {
            "description": _summary(cls),
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }


def _constrain(prop: dict[str, Any], keywords: dict[str, Any]) -> dict[str, Any]:
    """Apply keywords to the non-null branch of a schema."""
    if "anyOf" in prop:
        return {"anyOf": [b if b.get("type") == "null" else {**b, **keywords}
                          for b in prop["anyOf"]]}
    return {**prop, **keywords}


def _summary(obj: type) -> str:
    return (inspect.getdoc(obj) or obj.__name__).split("\n\n")[0].replace("\n", " ")


def generate_schema() -> dict[str, Any]:
    """Build the schema from the model classes (what :func:`json_schema` returns)."""
    builder = _Builder()
    builder.add_class(Article)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "eurasec article",
        "description": ("A news article with its structure, actors, mentions and statements, "
                        "as eurasec's json format writes it (one line of jsonl is the same)."),
        "$ref": "#/$defs/Article",
        "$defs": dict(sorted(builder.defs.items())),
    }


@cache
def _cached() -> dict[str, Any]:
    return generate_schema()


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a serialized article (a fresh copy each call).

    Every document that ``eurasec.dumps(article, "json")`` writes, and every line of
    ``jsonl``, validates against it.
    """
    return copy.deepcopy(_cached())


def schema_text() -> str:
    """The schema as the JSON text shipped in ``eurasec/data/schema.json``."""
    return json.dumps(_cached(), ensure_ascii=False, indent=2) + "\n"
