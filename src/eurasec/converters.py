"""The one place where wire decisions are made, as a cattrs converter.

Decisions, all of them:

* datetimes and dates are ISO 8601 strings (``2024-06-22T08:01:00``; an offset only when
  the value is timezone-aware; ``Z`` is accepted on input);
* enums are their string values (``"paragraph"``, ``"person"``);
* tuples are JSON arrays;
* every field is written, ``None`` included, so documents are self-describing;
* input is strict: a wrong primitive type is an error (``"5"`` is not an int, ``1`` is not
  a str), as is an unknown key; nothing is coerced;
* a serialized article is a JSON object with ``schema_version`` beside the article fields.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

import cattrs

from .models import ActorKind, BlockKind, Precision, Resolution, Severity, StatementKind

__all__ = ["SCHEMA_VERSION", "make_converter"]

_ENUMS: tuple[type[Enum], ...] = (
    ActorKind, BlockKind, Precision, Resolution, Severity, StatementKind)

SCHEMA_VERSION = 1
"""Version of the serialized form; bumped on any incompatible change."""


def _strict(kind: type[Any]) -> Any:
    def structure(value: Any, _type: Any) -> Any:
        # bool is an int subclass; it is not a valid int (or float) on the wire.
        if isinstance(value, bool) and kind is not bool:
            raise TypeError(f"expected {kind.__name__}, got bool")
        if kind is float and isinstance(value, int):
            return float(value)
        if not isinstance(value, kind):
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        return value

    return structure


def _structure_datetime(value: Any, _type: Any) -> dt.datetime:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 datetime string, got {type(value).__name__}")
    return dt.datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)


def _structure_date(value: Any, _type: Any) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 date string, got {type(value).__name__}")
    return dt.date.fromisoformat(value)


def _enum_value(member: Enum) -> Any:
    return member.value


def _structure_enum(value: Any, type_: type[Enum]) -> Enum:
    try:
        return type_(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in type_)
        raise ValueError(f"expected one of {allowed}, got {value!r}") from None


def make_converter() -> cattrs.Converter:
    """A fresh converter with every eurasec wire decision configured."""
    conv = cattrs.Converter(forbid_extra_keys=True)
    for kind in (str, int, float, bool):
        conv.register_structure_hook(kind, _strict(kind))
    # Our enums subclass str, so each needs its own hook or the str one would take it.
    for enum in _ENUMS:
        conv.register_structure_hook(enum, _structure_enum)
        conv.register_unstructure_hook(enum, _enum_value)
    conv.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    conv.register_structure_hook(dt.datetime, _structure_datetime)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook_func(
        lambda t: getattr(t, "__origin__", None) is tuple, lambda v: list(map(conv.unstructure, v))
    )
    return conv
