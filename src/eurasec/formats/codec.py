"""JSON text in and out: the standard library, or msgspec and orjson with the ``[fast]`` extra.

Every backend writes documents equal in value to the standard library's (the fast ones write
them compactly, without spaces after ``:`` and ``,``):

* ``stdlib`` and ``orjson`` encode the builtins produced by the one converter of
  :mod:`eurasec.converters`. Datetimes are made ISO 8601 strings by the converter, never by
  orjson, because orjson rounds UTC offsets to the minute (``+00:19:32`` becomes ``+00:20``)
  and that would change the value.
* ``msgspec`` writes the model objects themselves where its output is the converter's
  (:mod:`eurasec.formats._native` says where, and hands the rest to the converter); given
  builtins, it encodes them like the others.

Reading, every backend only parses the text into builtins; structuring and every check are
the same whatever parsed it (:func:`eurasec.from_dict`).

``backend="auto"`` (the default everywhere) uses msgspec, else orjson, whichever is
installed first, else the standard library. What a fast backend refuses (a lone surrogate,
a number out of its range) falls back to the standard library, so the backend never changes
what can be written or read; one exception: orjson reads an integer beyond 64 bits as a
float, which the strict reader then refuses.
"""

from __future__ import annotations

import json
from functools import cache
from types import ModuleType
from typing import Any, Literal

from ..errors import MissingExtraError, SerializationError
from ._native import have_msgspec, msgspec

__all__ = ["Backend", "decode", "encode", "have_msgspec", "have_orjson", "pick"]

Backend = Literal["auto", "stdlib", "orjson", "msgspec"]
"""Which JSON library to use."""

_BACKENDS = ("auto", "stdlib", "orjson", "msgspec")


@cache
def _orjson() -> ModuleType | None:
    try:
        import orjson
    except ImportError:
        return None
    return orjson


def have_orjson() -> bool:
    """Whether orjson (part of the ``[fast]`` extra) is installed."""
    return _orjson() is not None


def pick(backend: Backend) -> tuple[str, ModuleType | None]:
    """The backend to use, by name, and its module (``None`` for the standard library).

    Raises:
        MissingExtraError: when a fast backend is asked for by name and is not installed.
        ValueError: for an unknown backend name.
    """
    if backend not in _BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(map(repr, _BACKENDS))}, "
                         f"got {backend!r}")
    for name, load in (("msgspec", msgspec), ("orjson", _orjson)):  # fastest first
        if backend in ("auto", name):
            lib = load()
            if lib is not None:
                return name, lib
            if backend == name:
                raise MissingExtraError("fast", name, f"the {name} JSON backend")
    return "stdlib", None


def encode(data: Any, *, indent: int | None = None, backend: Backend = "auto") -> str:
    """JSON text for builtins (non-ASCII kept as is).

    orjson indents by two spaces only, and msgspec by one or more; another ``indent``
    uses the standard library.

    >>> encode({"a": [1, "é"]}, backend="stdlib")
    '{"a": [1, "é"]}'
    """
    name, lib = pick(backend)
    try:
        if name == "msgspec" and (indent is None or indent > 0):
            assert lib is not None
            raw = lib.json.encode(data)
            if indent:
                raw = lib.json.format(raw, indent=indent)
            return raw.decode("utf-8")  # type: ignore[no-any-return]
        if name == "orjson" and indent in (None, 2):
            assert lib is not None
            option = lib.OPT_INDENT_2 if indent == 2 else 0
            out: str = lib.dumps(data, option=option).decode("utf-8")
            return out
    except (TypeError, ValueError, OverflowError):
        pass  # lone surrogates, out-of-range ints: the stdlib writes them
    return json.dumps(data, ensure_ascii=False, indent=indent)


def decode(text: str | bytes, *, backend: Backend = "auto") -> Any:
    """Builtins from JSON text.

    Raises:
        SerializationError: for text that is not JSON, naming line and column.
    """
    name, lib = pick(backend)
    if lib is not None:
        error = lib.DecodeError if name == "msgspec" else lib.JSONDecodeError
        try:
            return lib.json.decode(text) if name == "msgspec" else lib.loads(text)
        except (error, RecursionError, ValueError):  # ValueError: a lone surrogate
            pass  # let the standard library have its say, and word the error
    try:
        return json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise SerializationError("malformed JSON", [f"$: {exc}"]) from None
