"""JSON text in and out: the standard library, or orjson with the ``[fast]`` extra.

Both backends see the same builtins, produced by the one converter of
:mod:`eurasec.converters`, so they write documents that are equal in value (orjson writes
them compactly, without spaces after ``:`` and ``,``). Datetimes are made ISO 8601 strings
by the converter, never by orjson, because orjson rounds UTC offsets to the minute
(``+00:19:32`` becomes ``+00:20``) and that would change the value.

``backend="auto"`` (the default everywhere) uses orjson when it is installed. What orjson
refuses (a lone surrogate in a string) falls back to the standard library, so the backend
never changes what can be written or read.
"""

from __future__ import annotations

import json
from functools import cache
from types import ModuleType
from typing import Any, Literal

from ..errors import MissingExtraError, SerializationError

__all__ = ["Backend", "decode", "encode", "have_orjson"]

Backend = Literal["auto", "stdlib", "orjson"]
"""Which JSON library to use."""


@cache
def _orjson() -> ModuleType | None:
    try:
        import orjson
    except ImportError:
        return None
    return orjson


def have_orjson() -> bool:
    """Whether the ``[fast]`` extra (orjson) is installed."""
    return _orjson() is not None


def _pick(backend: Backend) -> ModuleType | None:
    """The orjson module when it should be used, else ``None`` for the standard library."""
    if backend == "stdlib":
        return None
    if backend not in ("auto", "orjson"):
        raise ValueError(f"backend must be 'auto', 'stdlib' or 'orjson', got {backend!r}")
    lib = _orjson()
    if lib is None and backend == "orjson":
        raise MissingExtraError("fast", "orjson", "the orjson JSON backend")
    return lib


def encode(data: Any, *, indent: int | None = None, backend: Backend = "auto") -> str:
    """JSON text for builtins (non-ASCII kept as is).

    orjson indents by two spaces only; another ``indent`` uses the standard library.

    >>> encode({"a": [1, "é"]}, backend="stdlib")
    '{"a": [1, "é"]}'
    """
    lib = _pick(backend)
    if lib is not None and indent in (None, 2):
        option = lib.OPT_INDENT_2 if indent == 2 else 0
        try:
            out: str = lib.dumps(data, option=option).decode("utf-8")
        except TypeError:  # lone surrogates, out-of-range ints: the stdlib writes them
            pass
        else:
            return out
    return json.dumps(data, ensure_ascii=False, indent=indent)


def decode(text: str | bytes, *, backend: Backend = "auto") -> Any:
    """Builtins from JSON text.

    Raises:
        SerializationError: for text that is not JSON, naming line and column.
    """
    lib = _pick(backend)
    if lib is not None:
        try:
            return lib.loads(text)
        except lib.JSONDecodeError:
            pass  # let the standard library have its say, and word the error
    try:
        return json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise SerializationError("malformed JSON", [f"$: {exc}"]) from None
