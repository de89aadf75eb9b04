"""JSON: the lossless serialized form of the model.

``from_json(to_json(x)) == x`` for every model object. The document is the object's
fields, with ``schema_version`` added at the top level of an article; see
:mod:`eurasec.converters` for every wire decision.

Reading tries a structure function generated for the class first
(:mod:`eurasec.formats._structure`); on any failure the converter runs instead, checks
everything again and names the path of each problem. Writing with the ``[fast]`` extra hands
the objects to msgspec where its output is the converter's (:mod:`eurasec.formats._native`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, TypeVar

import attrs
import cattrs

from ..converters import SCHEMA_VERSION, make_converter
from ..errors import SerializationError
from ..models import Article
from . import _native
from ._structure import structure_fn
from .codec import Backend, decode, encode, pick

__all__ = ["JsonSerializer", "from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")

MAX_DEPTH = 64
"""Documents nested deeper than this are rejected before structuring."""
MAX_CHARS = 200_000_000
"""JSON text longer than this is rejected before decoding (``max_chars=`` to change)."""


@cache
def converter() -> cattrs.Converter:
    """The shared converter (built once; converters are not mutated after this)."""
    return make_converter()


def to_dict(obj: object) -> dict[str, Any]:
    """Unstructure a model object into JSON-ready builtins.

    >>> import eurasec
    >>> d = eurasec.to_dict(eurasec.parse_file("seeds/000_9e8d530a5ed693eb.txt"))
    >>> d["schema_version"], d["title_source"], d["blocks"][0]["kind"]
    (1, 'ISW', 'headline')
    """
    data: dict[str, Any] = converter().unstructure(obj)
    if isinstance(obj, Article):
        data = {"schema_version": SCHEMA_VERSION, **data}
    return data


def from_dict(data: Any, cls: type[T] = Article) -> T:  # type: ignore[assignment]
    """Structure builtins (as from ``json.loads``) into a model object, checking everything.

    Raises:
        SerializationError: naming the path of every failing field.
    """
    if cls is Article:
        if not isinstance(data, dict):
            raise SerializationError("invalid article", [
                f"$: expected an object, got {type(data).__name__}"])
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            raise SerializationError("unsupported document", [
                f"$.schema_version: expected {SCHEMA_VERSION}, got {version!r}"])
        data = {k: v for k, v in data.items() if k != "schema_version"}
    fast = structure_fn(cls) if attrs.has(cls) else None
    if fast is not None:
        try:
            return fast(data)  # type: ignore[no-any-return]
        except Exception:  # the converter, below, explains what is wrong
            pass
    # What the generated function accepted has the model's (small) depth; the rest is
    # checked before the converter walks it.
    _check_depth(data)
    try:
        return converter().structure(data, cls)
    except cattrs.BaseValidationError as exc:
        raise SerializationError(f"invalid {cls.__name__}", [
            _humanize(m) for m in cattrs.transform_error(
                exc, path="$", format_exception=_describe)]) from None
    except (ValueError, TypeError, KeyError) as exc:
        raise SerializationError(f"invalid {cls.__name__}", [f"$.{exc}"]) from None


def _describe(exc: BaseException, _type: Any) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"unknown fields {sorted(exc.extra_fields)}"
    return str(exc) or type(exc).__name__


_RELATIVE = re.compile(r"([A-Za-z_][\w.\[\]]*): ")


def _humanize(message: str) -> str:
    """``'msg @ $.x'`` becomes ``'$.x: msg'``; a model validator's own path
    (``'paragraphs[3].end: ...'``) is appended to the location."""
    text, sep, path = message.rpartition(" @ ")
    if not sep:
        return message
    m = _RELATIVE.match(text)
    if m:
        path, text = f"{path}.{m[1]}", text[m.end():]
    return f"{path}: {text}"


def _check_depth(data: Any) -> None:
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise SerializationError("document too deep", [
                f"$: nesting deeper than {MAX_DEPTH} levels"])
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)


def to_json(obj: object, *, indent: int | None = None, backend: Backend = "auto") -> str:
    """Serialize a model object as JSON text (UTF-8 safe, non-ASCII kept as is).

    ``backend`` picks the JSON library (:mod:`eurasec.formats.codec`); each writes the same
    value, the fast ones compactly. Indented text lists every object's fields in their
    declared order; compact text from msgspec may list a nested object's in another.

    >>> import eurasec
    >>> a = eurasec.parse_file("seeds/000_9e8d530a5ed693eb.txt")
    >>> eurasec.from_json(eurasec.to_json(a)) == a
    True
    """
    if indent is None and pick(backend)[0] == "msgspec":
        raw = _native.encode(obj)
        if raw is not None:
            return raw.decode("utf-8")
    return encode(to_dict(obj), indent=indent, backend=backend)


def _to_json_array(objs: list[Any], indent: int | None, backend: Backend) -> str:
    """A JSON array of model objects, each written as :func:`to_json` would."""
    if indent is None and pick(backend)[0] == "msgspec":
        parts = [_native.encode(o) for o in objs]
        done = [p for p in parts if p is not None]
        if len(done) == len(parts):
            return (b"[" + b",".join(done) + b"]").decode("utf-8")
    return encode([to_dict(o) for o in objs], indent=indent, backend=backend)


def from_json(text: str | bytes, cls: type[T] = Article,  # type: ignore[assignment]
              *, max_chars: int | None = MAX_CHARS, backend: Backend = "auto") -> T:
    """Read JSON text written by :func:`to_json` back into the model.

    Untrusted input is safe: nothing executes, and sizes, nesting, types, offsets and actor
    ids are all checked. ``backend`` only parses the text; the checks are the same for all.

    Raises:
        SerializationError: for malformed JSON, a document over ``max_chars``, or one that
            breaks the model.
    """
    if max_chars is not None and len(text) > max_chars:
        raise SerializationError("document too large", [
            f"$: {len(text):,} characters exceed the limit of {max_chars:,} (max_chars)"])
    return from_dict(decode(text, backend=backend), cls)


def _renamed(exc: SerializationError, prefix: str) -> SerializationError:
    """The same error with every path re-rooted: ``$.title`` -> ``$[3].title``."""
    errors = [prefix + e[1:] if e.startswith("$") else f"{prefix}: {e}" for e in exc.errors]
    return SerializationError(exc.message, errors)


class JsonSerializer:
    """The ``json`` format: one article as an object, several as an array.

    Options of ``dumps``: ``indent`` (``None`` for one line) and ``backend``
    (``"auto"``, ``"stdlib"``, ``"orjson"`` or ``"msgspec"``; see
    :mod:`eurasec.formats.codec`).
    """

    name = "json"
    aliases: tuple[str, ...] = ()
    extension = ".json"

    def dumps(self, obj: Any, *, indent: int | None = None, backend: Backend = "auto",
              **options: Any) -> str:
        """JSON text for an article (or any model object), or an array for an iterable."""
        if attrs.has(type(obj)):
            return to_json(obj, indent=indent, backend=backend)
        return _to_json_array(list(obj), indent, backend)

    def loads(self, text: str | bytes, *, backend: Backend = "auto",
              **options: Any) -> Article | list[Article]:
        """The article (or list of articles, for an array) that :meth:`dumps` wrote.

        Raises:
            SerializationError: naming the path of every failing field; in an array the
                path starts with the element's index (``$[3].title``).
        """
        data = decode(text, backend=backend)
        if not isinstance(data, list):
            return from_dict(data)
        out: list[Article] = []
        for i, item in enumerate(data):
            try:
                out.append(from_dict(item))
            except SerializationError as exc:
                raise _renamed(exc, f"$[{i}]") from None
        return out
