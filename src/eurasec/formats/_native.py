"""The fast path of ``to_json`` with the ``[fast]`` extra: msgspec writes the model objects.

msgspec encodes attrs instances natively, in C, with no Python call per object. That is
only used where its output is *the same JSON value* as the converter's
(:mod:`eurasec.converters`) followed by the standard library, and that is decided once per
class, from ``attrs.fields``:

* a field type is *native* when msgspec writes it as the converter does: ``str``, ``int``,
  ``bool``, ``None``, ``datetime.date`` (ISO 8601), enums of ``str`` or ``int`` values
  (their values), ``X | None`` and ``tuple[X, ...]`` of native types, and attrs classes
  whose fields are all native, none private, renamed or outside ``__init__``, and which
  have no slot but their fields (msgspec writes slots, so a cached property would leak in);
* the object handed to ``to_json`` becomes a dict of its fields (``schema_version`` first
  for an article); a field that is not native (``Article.published``, a datetime: msgspec
  would write ``Z`` for ``+00:00`` and round offsets of seconds) goes through the converter,
  the rest are left to msgspec;
* the converter writes a field by its *declared* class but a tuple's items by their own,
  msgspec always by the object's own class. Where a field declared as a class with
  subclasses (``Statement.source``, a ``Span``) holds an instance of a subclass, the two
  differ, so those fields are checked before encoding; so are fields declared as dates (a
  datetime there is written as its date by the converter, whole by msgspec).

Whatever is not native, and whatever msgspec refuses (a lone surrogate), is written by the
converter and a JSON library instead; :func:`encode` returns ``None`` for it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import operator
import types
import typing
from collections.abc import Callable
from enum import Enum
from functools import cache
from types import ModuleType
from typing import Any

import attrs

__all__ = ["encode", "have_msgspec", "msgspec"]

_NONE = type(None)


@cache
def msgspec() -> ModuleType | None:
    """The msgspec module, or ``None`` when the ``[fast]`` extra is not installed."""
    try:
        # By name: the core type-checks without the extra installed.
        return importlib.import_module("msgspec")
    except ImportError:
        return None


def have_msgspec() -> bool:
    """Whether msgspec (part of the ``[fast]`` extra) is installed."""
    return msgspec() is not None


def _optional(tp: Any) -> Any:
    """``X`` for ``X | None``, else ``None``."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and len(args) == 2 \
            and _NONE in args:
        return args[0] if args[1] is _NONE else args[1]
    return None


def _items(tp: Any) -> Any:
    """``X`` for ``tuple[X, ...]``, else ``None``."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return None


def _subclasses(cls: type) -> list[type]:
    """``cls`` and every class derived from it, as they are now."""
    found, todo = [], [cls]
    while todo:
        c = todo.pop()
        found.append(c)
        todo.extend(c.__subclasses__())
    return found


def _native(tp: Any) -> bool:
    """Whether msgspec writes values of the declared type ``tp`` as the converter does."""
    if tp in (str, int, bool, _NONE, dt.date):
        return True
    if isinstance(tp, type) and issubclass(tp, Enum):
        return {type(m.value) for m in tp} in ({str}, {int})
    if isinstance(tp, type) and attrs.has(tp):
        return all(_native_class(c) for c in _subclasses(tp))
    inner = _optional(tp)
    if inner is None:
        inner = _items(tp)
        if inner is dt.date:  # a datetime among the items would be written whole
            return False
    return inner is not None and _native(inner)


@cache
def _native_class(cls: type) -> bool:
    """Whether every field of ``cls`` is native and msgspec writes exactly those fields."""
    fields = attrs.fields(cls)
    if any(not f.init or f.alias != f.name or f.name.startswith("_") for f in fields):
        return False
    slots: set[str] = set()
    for c in cls.__mro__:
        if "__dict__" in vars(c) and c is not object:
            return False  # an instance dict: msgspec would write any attribute set on it
        slots.update(vars(c).get("__slots__", ()))
    if slots - {f.name for f in fields} - {"__weakref__"}:
        return False
    if cls in _VISITING:  # a class reaching itself: the answer is that of the outer call
        return True
    _VISITING.add(cls)
    try:
        hints = typing.get_type_hints(cls)
        return all(_native(hints[f.name]) for f in fields)
    finally:
        _VISITING.discard(cls)


_VISITING: set[type] = set()


Check = Callable[[Any], bool]


@cache
def _checker(cls: type) -> Check | None:
    """A function telling whether an instance of ``cls`` holds, in some field declared as a
    class, an instance of a subclass; ``None`` when that cannot happen."""
    hints = typing.get_type_hints(cls)
    checks: list[Check] = []
    for f in attrs.fields(cls):
        tp = hints[f.name]
        item = _items(tp)
        if item is not None:
            if isinstance(item, type) and attrs.has(item) and any(
                    _checker(c) for c in _subclasses(item)):
                checks.append(_each(f.name))
            continue
        declared = _optional(tp) or tp
        if _may_differ(declared):
            checks.append(_exact(f.name, declared))
    if not checks:
        return None
    if len(checks) == 1:
        return checks[0]

    def check_all(obj: Any) -> bool:
        for check in checks:  # noqa: SIM110 - a loop: all() over a generator is slower here
            if not check(obj):
                return False
        return True

    return check_all


def _may_differ(declared: Any) -> bool:
    """Whether a value of a field declared ``declared`` (not a tuple) may be written
    otherwise by msgspec than by the converter."""
    if declared is dt.date:
        return True  # a datetime: the converter writes its date
    if not (isinstance(declared, type) and attrs.has(declared)):
        return False
    return len(_subclasses(declared)) > 1 or _checker(declared) is not None


def _each(name: str) -> Check:
    get = operator.attrgetter(name)

    def check(obj: Any) -> bool:
        for item in get(obj):
            kind: type = type(item)
            inner = _checker(kind)
            if inner is not None and not inner(item):
                return False
        return True

    return check


def _exact(name: str, declared: type) -> Check:
    get = operator.attrgetter(name)
    inner = _checker(declared) if attrs.has(declared) else None

    def check(obj: Any) -> bool:
        value = get(obj)
        if value is None:
            return True
        return type(value) is declared and (inner is None or inner(value))

    return check


@cache
def _plan(cls: type) -> Callable[[Any], dict[str, Any]] | None:
    """A function making the dict msgspec should write for an instance of ``cls``."""
    from ..converters import SCHEMA_VERSION
    from ..models import Article
    from .json import converter

    if not attrs.has(cls):
        return None
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    names = tuple(f.name for f in fields)
    if len(names) < 2:
        return None
    get = operator.attrgetter(*names)
    conv = converter()
    converted = [(f.name, hints[f.name]) for f in fields if not _native(hints[f.name])]
    check = _checker(cls)
    head = {"schema_version": SCHEMA_VERSION} if cls is Article else {}

    def build(obj: Any) -> dict[str, Any]:
        if check is not None and not check(obj):
            raise TypeError("a field holds an instance of a subclass")
        data = dict(head)
        data.update(zip(names, get(obj), strict=True))
        for name, tp in converted:
            data[name] = conv.unstructure(data[name], tp)
        return data

    return build


def encode(obj: Any) -> bytes | None:
    """Compact JSON for a model object, equal in value to what the converter and the
    standard library write; ``None`` when msgspec is missing or cannot write this one."""
    lib = msgspec()
    kind: type = type(obj)
    try:
        build = _plan(kind)
        if lib is None or build is None:
            return None
        out: bytes = _encoder(lib).encode(build(obj))
    # UnicodeEncodeError (a lone surrogate) is a ValueError; NameError: an annotation that
    # does not resolve; RecursionError: a class that contains itself.
    except (TypeError, ValueError, OverflowError, NameError, RecursionError):
        return None
    return out


@cache
def _encoder(lib: ModuleType) -> Any:
    return lib.json.Encoder()
