"""The fast path of :func:`eurasec.from_dict`: structure functions generated from ``attrs.fields``.

For each model class, one straight-line Python function is compiled that checks every field
exactly as the converter of :mod:`eurasec.converters` would (``type(v) is int``, so ``True``
and ``"5"`` are refused; enums by value; unknown keys refused) and calls the class. It does
not explain failures: on any error it raises, and the caller runs the converter instead,
which checks again and names the path. So the generated function only has to be *stricter*
than the converter, never more lenient: whatever it accepts, the converter accepts too, and
builds the same object.

A class whose fields use a type this module does not know (a union other than ``X | None``,
a fixed-length tuple, a float that is not plain, ``Any``...) gets no function, and every
document of it goes through the converter.

>>> from eurasec.models import Span
>>> structure_fn(Span)({"text": "ISW", "start": 0, "end": 3})
Span(text='ISW', start=0, end=3)
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Callable
from enum import Enum
from functools import cache
from typing import Any

import attrs

from ..converters import _structure_datetime

__all__ = ["structure_fn"]


class _Unsupported(Exception):
    """A field type the generator does not handle."""


class _Gen:
    """Builds the source of every structure function reachable from one class."""

    def __init__(self) -> None:
        self.namespace: dict[str, Any] = {
            "_date": dt.date.fromisoformat, "_datetime": _structure_datetime,
            "_Reject": ValueError}
        self.names: dict[type, str] = {}
        self.sources: list[str] = []
        self._open: set[type] = set()
        self._n = 0

    def _const(self, value: object, hint: str) -> str:
        self._n += 1
        name = f"_{hint}{self._n}"
        self.namespace[name] = value
        return name

    def function(self, cls: type) -> str:
        """The name of the structure function of ``cls``, generating it once."""
        if cls in self._open:  # the depth of a document would have no bound
            raise _Unsupported(f"{cls.__name__} contains itself")
        if cls in self.names:
            return self.names[cls]
        name = self.names[cls] = f"structure_{cls.__name__}_{len(self.names)}"
        self._open.add(cls)
        fields = attrs.fields(cls)
        if any(not f.init or f.alias != f.name for f in fields):
            raise _Unsupported(f"{cls.__name__} has fields outside __init__ or renamed")
        hints = typing.get_type_hints(cls)
        known = self._const(frozenset(f.name for f in fields), "known")
        make = self._const(cls, "cls")
        # Every field present (as we write them): straight-line code and one call.
        lines = [f"def {name}(d):",
                 f"    if type(d) is not dict or not {known}.issuperset(d): raise _Reject",
                 f"    if len(d) == {len(fields)}:"]
        for i, f in enumerate(fields):
            lines += [f"        v{i} = d[{f.name!r}]",
                      *self._check(hints[f.name], f"v{i}", "        ")]
        args = ", ".join(f"{f.name}=v{i}" for i, f in enumerate(fields))
        lines += [f"        return {make}({args})", "    kw = {}"]
        # Some left out: the defaults stand in for them, as in the converter.
        for f in fields:
            check = self._check(hints[f.name], "v", "    ")
            if f.default is attrs.NOTHING:
                lines += [f"    v = d[{f.name!r}]", *check, f"    kw[{f.name!r}] = v"]
            else:
                lines += [f"    if {f.name!r} in d:", f"        v = d[{f.name!r}]",
                          *("    " + c for c in check), f"        kw[{f.name!r}] = v"]
        lines.append(f"    return {make}(**kw)")
        self.sources.append("\n".join(lines))
        self._open.discard(cls)
        return name

    def _check(self, tp: Any, var: str, pad: str) -> list[str]:
        """Lines that check ``var`` against ``tp`` and replace it with the structured value."""
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if tp in (str, int, bool):
            return [f"{pad}if type({var}) is not {tp.__name__}: raise _Reject"]
        if tp is float:
            return [f"{pad}if type({var}) is int: {var} = float({var})",
                    f"{pad}elif type({var}) is not float: raise _Reject"]
        if tp is type(None):
            return [f"{pad}if {var} is not None: raise _Reject"]
        if tp is dt.datetime:
            return [f"{pad}{var} = _datetime({var}, None)"]
        if tp is dt.date:
            return [f"{pad}if type({var}) is not str: raise _Reject",
                    f"{pad}{var} = _date({var})"]
        if isinstance(tp, type) and issubclass(tp, Enum):
            value_types = {type(m.value) for m in tp}
            if value_types not in ({str}, {int}):
                raise _Unsupported(f"enum {tp.__name__} of mixed values")
            vtype = value_types.pop().__name__
            members = self._const({m.value: m for m in tp}, "members")
            return [f"{pad}if type({var}) is not {vtype}: raise _Reject",
                    f"{pad}{var} = {members}[{var}]"]
        if isinstance(tp, type) and attrs.has(tp):
            return [f"{pad}{var} = {self.function(tp)}({var})"]
        if origin in (typing.Union, types.UnionType) and type(None) in args and len(args) == 2:
            inner = args[0] if args[1] is type(None) else args[1]
            return [f"{pad}if {var} is not None:", *self._check(inner, var, pad + "    ")]
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            item = f"x{len(pad)}"
            inner = self._check(args[0], item, pad + "    ")
            head = [f"{pad}if type({var}) is not list: raise _Reject"]
            if isinstance(args[0], type) and attrs.has(args[0]):
                fn = self.function(args[0])
                # tuple(list) allocates the tuple at its size; tuple(map) would grow it, and
                # the tuples that free lists keep would pile up, one size for another
                return [*head, f"{pad}{var} = tuple([{fn}({item}) for {item} in {var}])"]
            if args[0] in (str, int, bool):  # a check only, the item unchanged
                return [*head, f"{pad}for {item} in {var}:", *inner, f"{pad}{var} = tuple({var})"]
            return [*head, f"{pad}t{len(pad)} = []", f"{pad}for {item} in {var}:", *inner,
                    f"{pad}    t{len(pad)}.append({item})", f"{pad}{var} = tuple(t{len(pad)})"]
        raise _Unsupported(f"type {tp!r}")


@cache
def structure_fn(cls: type) -> Callable[[Any], Any] | None:
    """The generated structure function of the attrs class ``cls``, or ``None`` when one of
    the classes it reaches has a field type that only the converter handles, or contains
    itself (then only the converter's depth check bounds a document)."""
    gen = _Gen()
    try:
        name = gen.function(cls)
    except (_Unsupported, NameError):  # NameError: an annotation that does not resolve
        return None
    exec("\n\n".join(gen.sources), gen.namespace)  # our own source, from attrs.fields
    fn: Callable[[Any], Any] = gen.namespace[name]
    return fn
