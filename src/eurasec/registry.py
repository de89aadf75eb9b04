"""Parsers and serializers by name: the protocols, the registries, and plugin discovery.

Pygments' lexers are the model. A parser is any object with ``name``, ``aliases``,
``filenames``, ``sniff(text)`` and ``parse(text, *, source=..., **options)``; a serializer
has ``name``, ``aliases``, ``dumps(obj)`` and, when it can read back, ``loads(text)``.
Third-party packages add their own through the entry-point groups ``eurasec.parsers`` and
``eurasec.serializers``; these are read once, lazily, on the first lookup.

Guessing (:func:`guess_parser`) tries filename globs first, then the highest ``sniff``
score; ties go to the parser registered first (built-ins before plugins). A ``sniff`` that
raises counts as 0, and scores are clamped to ``[0, 1]``.
"""

from __future__ import annotations

import fnmatch
import threading
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from .errors import PluginError, UnknownFormatError
from .models import Article

__all__ = [
    "Parser",
    "Serializer",
    "get_parser",
    "get_serializer",
    "guess_parser",
    "parsers",
    "register_parser",
    "register_serializer",
    "serializers",
]


@runtime_checkable
class Parser(Protocol):
    """What a parser provides. See ``docs/extending.md`` for a worked example."""

    name: str
    aliases: tuple[str, ...]
    filenames: tuple[str, ...]

    def sniff(self, text: str) -> float:
        """How sure the parser is that ``text`` is in its format, from 0 to 1."""
        ...

    def parse(self, text: str, *, source: str = ..., **options: Any) -> Article:
        """Parse ``text`` into an :class:`~eurasec.models.Article` (structure only)."""
        ...


@runtime_checkable
class Serializer(Protocol):
    """What a serializer provides. ``loads`` may raise ``NotImplementedError`` for
    write-only formats."""

    name: str
    aliases: tuple[str, ...]

    def dumps(self, obj: Any, **options: Any) -> str:
        """Write ``obj`` (an article, or an iterable of them for stream formats)."""
        ...

    def loads(self, text: str, **options: Any) -> Any:
        """Read back what :meth:`dumps` wrote."""
        ...


T = TypeVar("T")


class _Registry(Generic[T]):
    """Name -> plugin, with aliases, loud duplicates and lazy entry points."""

    def __init__(self, what: str, group: str, builtins: Callable[[], list[T]]) -> None:
        self._what = what
        self._group = group
        self._builtins = builtins
        self._items: dict[str, T] = {}
        self._aliases: dict[str, str] = {}
        self._loaded = False
        self._broken: dict[str, str] = {}
        self._lock = threading.RLock()

    def _ensure(self) -> None:
        with self._lock:  # re-entrant: register() below calls back in
            if not self._loaded:
                self._loaded = True
                self._load()

    def _load(self) -> None:
        for item in self._builtins():
            self.register(item, replace=True)
        for ep in entry_points(group=self._group):
            if ep.name in self._items:
                continue
            try:
                obj = ep.load()
                item = obj() if isinstance(obj, type) else obj
                self.register(item)
            except Exception as exc:  # a broken plugin must not break the others
                self._broken[ep.name] = f"{ep.value}: {type(exc).__name__}: {exc}"

    def register(self, item: T, *, replace: bool = False) -> T:
        name: object = getattr(item, "name", None)
        if not isinstance(name, str) or not name:
            raise TypeError(f"a {self._what} needs a non-empty str 'name'")
        with self._lock:
            self._ensure()
            key = name.lower()
            if not replace and (key in self._items or key in self._aliases):
                raise ValueError(f"a {self._what} named {name!r} is already registered; "
                                 "pass replace=True to override it")
            self._items[key] = item
            self._aliases.pop(key, None)
            for alias in getattr(item, "aliases", ()):
                if alias.lower() not in self._items:
                    self._aliases[alias.lower()] = key
        return item

    def get(self, name: str) -> T:
        self._ensure()
        key = name.lower()
        key = self._aliases.get(key, key)
        if key in self._items:
            return self._items[key]
        if key in self._broken:
            raise PluginError(f"the {self._what} plugin {name!r} failed to load: "
                              f"{self._broken[key]}")
        raise UnknownFormatError(f"no {self._what} named {name!r}", name=name,
                                 available=self.names())

    def names(self) -> list[str]:
        self._ensure()
        return list(self._items)

    def values(self) -> list[T]:
        self._ensure()
        return list(self._items.values())


def _builtin_parsers() -> list[Parser]:
    from .formats.text import TextFormatParser

    return [TextFormatParser()]


def _builtin_serializers() -> list[Serializer]:
    return []


_parsers: _Registry[Parser] = _Registry("parser", "eurasec.parsers", _builtin_parsers)
_serializers: _Registry[Serializer] = _Registry(
    "serializer", "eurasec.serializers", _builtin_serializers)


def register_parser(parser: Parser, *, replace: bool = False) -> Parser:
    """Make ``parser`` available by its name and aliases.

    Raises:
        ValueError: when the name is taken and ``replace`` is false.
    """
    return _parsers.register(parser, replace=replace)


def get_parser(name: str) -> Parser:
    """The parser with this name or alias (case-insensitive).

    >>> get_parser("text").name
    'text'

    Raises:
        UnknownFormatError: listing the parsers that exist.
        PluginError: when the plugin of that name failed to load.
    """
    return _parsers.get(name)


def parsers() -> list[Parser]:
    """Every registered parser, built-ins first."""
    return _parsers.values()


def _score(parser: Parser, text: str) -> float:
    try:
        score = float(parser.sniff(text))
    except Exception:  # a sniff that fails says "not mine"
        return 0.0
    if score != score:  # NaN
        return 0.0
    return min(1.0, max(0.0, score))


def guess_parser(text: str, filename: str | None = None) -> Parser:
    """The parser most likely to read ``text``.

    Parsers whose ``filenames`` globs match ``filename`` are tried first (the best sniff
    among them wins, if any scores above 0); otherwise every parser is sniffed. Ties go to
    the parser registered first.

    Raises:
        UnknownFormatError: when no parser scores above 0.
    """
    candidates = parsers()
    if filename:
        base = filename.replace("\\", "/").rsplit("/", 1)[-1]
        by_name = [p for p in candidates
                   if any(fnmatch.fnmatch(base, g) for g in getattr(p, "filenames", ()))]
        best = _best(by_name, text)
        if best is not None:
            return best
    best = _best(candidates, text)
    if best is None:
        raise UnknownFormatError("no parser recognises this input", available=_parsers.names())
    return best


def _best(candidates: list[Parser], text: str) -> Parser | None:
    best: Parser | None = None
    best_score = 0.0
    for p in candidates:
        s = _score(p, text)
        if s > best_score:
            best, best_score = p, s
    return best


def register_serializer(serializer: Serializer, *, replace: bool = False) -> Serializer:
    """Make ``serializer`` available by its name and aliases."""
    return _serializers.register(serializer, replace=replace)


def get_serializer(name: str) -> Serializer:
    """The serializer with this name or alias.

    Raises:
        UnknownFormatError: listing the serializers that exist.
    """
    return _serializers.get(name)


def serializers() -> list[Serializer]:
    """Every registered serializer."""
    return _serializers.values()
