"""Parsers and serializers by name: the protocols, the registries, and plugin discovery.

Pygments' lexers are the model. A parser is any object with ``name``, ``aliases``,
``filenames``, ``sniff(text)`` and ``parse(text, *, source=..., **options)``; a serializer
has ``name``, ``aliases``, ``dumps(obj)`` and, when it can read back, ``loads(text)``.

**Names.** Names and aliases are case-insensitive and unique: registering a name or alias
that is taken raises :class:`ValueError` unless ``replace=True``.

**Discovery.** Third-party packages add their own through the entry-point groups
``eurasec.parsers`` and ``eurasec.serializers``. They are read once, lazily, on the first
lookup, in entry-point name order, after the built-ins. An entry point names a class (called
with no arguments) or an instance, and its name must be the plugin's ``name`` or one of its
``aliases``. A plugin that fails to load does not break the others: it is left out, looking
it up by name raises :class:`~eurasec.PluginError` naming the entry point, and
:func:`plugin_errors` lists every such failure.

**Guessing** (:func:`guess_parser`): every parser sniffs the text; scores are clamped to
``[0, 1]`` and a ``sniff`` that raises counts as 0. Parsers whose ``filenames`` glob matches
the file name and that score at least :data:`FILENAME_TRUST` come first, the one with the
most specific matching glob (most literal characters: ``*.acme.json`` before ``*.json``)
ahead; otherwise the highest score wins. Ties go to a parser whose glob matches, then to the
parser registered first: the built-ins (``text``, ``notes``, ``scraped``), then plugins by
entry-point name, then parsers registered at run time. A score of 0 never wins.
"""

from __future__ import annotations

import fnmatch
import threading
from collections.abc import Callable
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from .errors import PluginError, UnknownFormatError
from .models import Article

__all__ = [
    "FILENAME_TRUST",
    "Parser",
    "Serializer",
    "get_parser",
    "get_serializer",
    "guess_parser",
    "parsers",
    "plugin_errors",
    "register_parser",
    "register_serializer",
    "serializers",
]

FILENAME_TRUST = 0.5
"""A parser whose filename glob matches wins over the others when it sniffs at least this."""


@runtime_checkable
class Parser(Protocol):
    """What a parser provides. See ``docs/extending.md`` for a worked example.

    ``parse`` must accept (and may ignore) the options :func:`eurasec.parse` always passes,
    ``strict: bool`` and ``tz: datetime.tzinfo | None``, and raise
    :class:`~eurasec.ParseError` (with ``line`` and ``column``) on input it cannot read.
    It returns the structure only; :func:`eurasec.parse` runs extraction afterwards.
    """

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


def _str_tuple(item: object, attr: str, what: str) -> tuple[str, ...]:
    value = getattr(item, attr, ())
    # A bare string is the classic slip (``aliases = "foo"``): it would alias every letter.
    if isinstance(value, str) or not isinstance(value, (tuple, list)) or not all(
            isinstance(v, str) and v for v in value):
        raise TypeError(f"a {what}'s {attr!r} must be a tuple of non-empty str, "
                        f"got {value!r}")
    return tuple(value)


def _check_parser(item: object) -> None:
    _str_tuple(item, "filenames", "parser")
    for method in ("sniff", "parse"):
        if not callable(getattr(item, method, None)):
            raise TypeError(f"a parser needs a {method}() method")


def _check_serializer(item: object) -> None:
    if not callable(getattr(item, "dumps", None)):
        raise TypeError("a serializer needs a dumps() method")


class _Registry(Generic[T]):
    """Name -> plugin, with aliases, loud duplicates and lazy entry points."""

    def __init__(self, what: str, group: str, builtins: Callable[[], list[T]],
                 check: Callable[[object], None]) -> None:
        self._what = what
        self._group = group
        self._builtins = builtins
        self._check = check
        self._items: dict[str, T] = {}
        self._aliases: dict[str, str] = {}
        self._loaded = False
        self._broken: dict[str, PluginError] = {}
        self._lock = threading.RLock()

    def _ensure(self) -> None:
        if self._loaded:
            return
        with self._lock:
            if not self._loaded:
                try:
                    self._load()
                except BaseException:  # a failing built-in: start afresh next time
                    self._items.clear()
                    self._aliases.clear()
                    self._broken.clear()
                    raise
                self._loaded = True

    def _load(self) -> None:
        for item in self._builtins():
            self._add(item, replace=False)
        for ep in sorted(entry_points(group=self._group), key=lambda e: e.name):
            try:
                self._load_entry_point(ep)
            except Exception as exc:  # a broken plugin must not break the others
                dist = getattr(ep, "dist", None)
                origin = f" (from {dist.name} {dist.version})" if dist is not None else ""
                error = PluginError(
                    f"the {self._what} plugin entry point '{ep.name} = {ep.value}' in "
                    f"group {self._group!r}{origin} failed to load: "
                    f"{type(exc).__name__}: {exc}")
                error.__cause__ = exc
                self._broken.setdefault(ep.name.lower(), error)

    def _load_entry_point(self, ep: EntryPoint) -> None:
        obj = ep.load()
        item = obj() if isinstance(obj, type) else obj
        name = getattr(item, "name", None)
        names = {str(name).lower(), *(a.lower() for a in _str_tuple(item, "aliases", self._what))}
        if ep.name.lower() not in names:
            raise ValueError(f"the entry point is named {ep.name!r} but the {self._what} "
                             f"calls itself {name!r}")
        self._add(item, replace=False)

    def register(self, item: T, *, replace: bool = False) -> T:
        with self._lock:
            self._ensure()
            self._add(item, replace=replace)
        return item

    def _add(self, item: T, *, replace: bool) -> None:
        name: object = getattr(item, "name", None)
        if not isinstance(name, str) or not name:
            raise TypeError(f"a {self._what} needs a non-empty str 'name', got {name!r}")
        aliases = _str_tuple(item, "aliases", self._what)
        self._check(item)
        key = name.lower()
        keys = [key, *(a.lower() for a in aliases if a.lower() != key)]
        for k in keys[1:]:
            if k in self._items:  # replace=True does not help: names beat aliases
                raise ValueError(f"the alias {k!r} of {self._what} {name!r} is the name of "
                                 f"another {self._what}")
        if not replace:
            for k in keys:
                owner = k if k in self._items else self._aliases.get(k)
                if owner is not None:
                    taken = "" if k == owner else f" (as an alias of {owner!r})"
                    raise ValueError(f"a {self._what} named {k!r} is already registered"
                                     f"{taken}; pass replace=True to override it")
        # Whatever the new item claims is taken from its previous owners.
        if key in self._items:
            self._aliases = {a: o for a, o in self._aliases.items() if o != key}
        self._aliases.pop(key, None)
        self._items[key] = item
        for k in keys[1:]:
            self._aliases[k] = key
        self._broken.pop(key, None)

    def get(self, name: str) -> T:
        self._ensure()
        key = name.lower()
        key = self._aliases.get(key, key)
        if key in self._items:
            return self._items[key]
        if key in self._broken:
            raise self._broken[key]
        raise UnknownFormatError(f"no {self._what} named {name!r}{self._broken_note()}",
                                 name=name, available=self.names())

    def _broken_note(self) -> str:
        if not self._broken:
            return ""
        return f"; failed to load: {', '.join(sorted(self._broken))}"

    def names(self) -> list[str]:
        self._ensure()
        return list(self._items)

    def values(self) -> list[T]:
        self._ensure()
        return list(self._items.values())

    def errors(self) -> list[PluginError]:
        self._ensure()
        return [self._broken[k] for k in sorted(self._broken)]


def _builtin_parsers() -> list[Parser]:
    from .formats.notes import NotesParser
    from .formats.scraped import ScrapedParser
    from .formats.text import TextFormatParser

    return [TextFormatParser(), NotesParser(), ScrapedParser()]


def _builtin_serializers() -> list[Serializer]:
    from .formats import builtin_serializers

    return builtin_serializers()


def _new_parser_registry() -> _Registry[Parser]:
    return _Registry("parser", "eurasec.parsers", _builtin_parsers, _check_parser)


def _new_serializer_registry() -> _Registry[Serializer]:
    return _Registry("serializer", "eurasec.serializers", _builtin_serializers,
                     _check_serializer)


_parsers = _new_parser_registry()
_serializers = _new_serializer_registry()


def register_parser(parser: Parser, *, replace: bool = False) -> Parser:
    """Make ``parser`` available by its name and aliases (for the rest of the process).

    Packages should declare an entry point instead (see ``docs/extending.md``); this is for
    scripts, notebooks and tests.

    Args:
        parser: An object that follows :class:`Parser`.
        replace: Take over a name or alias that is already registered.

    Returns:
        ``parser``, unchanged.

    Raises:
        ValueError: when its name or an alias is taken and ``replace`` is false.
        TypeError: when ``parser`` lacks a ``name``, ``aliases``, ``filenames``, ``sniff``
            or ``parse`` of the right kind.
    """
    return _parsers.register(parser, replace=replace)


def get_parser(name: str) -> Parser:
    """The parser with this name or alias (case-insensitive).

    >>> get_parser("text").name
    'text'
    >>> get_parser("News-Please").name
    'scraped'

    Raises:
        UnknownFormatError: listing the parsers that exist.
        PluginError: when the plugin of that name failed to load.
    """
    return _parsers.get(name)


def parsers() -> list[Parser]:
    """Every registered parser, in registration order (built-ins first).

    >>> [p.name for p in parsers()][:3]
    ['text', 'notes', 'scraped']
    """
    return _parsers.values()


def plugin_errors() -> list[PluginError]:
    """The parser and serializer plugins that failed to load; each message names the
    entry point, its distribution and the cause.

    >>> plugin_errors()
    []
    """
    return [*_parsers.errors(), *_serializers.errors()]


def _score(parser: Parser, text: str) -> float:
    try:
        score = float(parser.sniff(text))
    except Exception:  # a sniff that fails says "not mine"
        return 0.0
    if score != score:  # NaN
        return 0.0
    return min(1.0, max(0.0, score))


def _glob_match(parser: Parser, filename: str | None) -> int:
    """How specific the most specific matching glob is (its literal characters), or -1."""
    if not filename:
        return -1
    base = filename.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return max((len(g) - sum(g.count(c) for c in "*?[]")
                for g in getattr(parser, "filenames", ()) if fnmatch.fnmatch(base, g.lower())),
               default=-1)


def guess_parser(text: str, filename: str | None = None) -> Parser:
    """The parser most likely to read ``text`` (see the module docs for the rules).

    Args:
        text: The input, or at least its first few kilobytes.
        filename: Its file name, if any; matched against each parser's ``filenames`` globs
            (case-insensitively, on the last path component).

    Raises:
        UnknownFormatError: when no parser scores above 0.

    >>> guess_parser("Headline\\n\\n2024-06-22\\n\\nBody.\\n").name
    'notes'
    >>> guess_parser('{"title": "T", "maintext": "Body."}').name
    'scraped'
    >>> guess_parser("T\\n\\nJun 22, 2024 - 08:01\\n\\nBody.\\n", filename="a.txt").name
    'text'
    """
    best: Parser | None = None
    best_key: tuple[int, float, bool] = (-1, 0.0, False)
    for parser in parsers():
        score = _score(parser, text)
        if score <= 0.0:
            continue
        glob = _glob_match(parser, filename)
        key = (glob if score >= FILENAME_TRUST else -1, score, glob >= 0)
        if best is None or key > best_key:  # strictly greater: earlier parsers win ties
            best, best_key = parser, key
    if best is None:
        raise UnknownFormatError(f"no parser recognises this input{_parsers._broken_note()}",
                                 available=_parsers.names())
    return best


def register_serializer(serializer: Serializer, *, replace: bool = False) -> Serializer:
    """Make ``serializer`` available by its name and aliases.

    Raises:
        ValueError: when its name or an alias is taken and ``replace`` is false.
    """
    return _serializers.register(serializer, replace=replace)


def get_serializer(name: str) -> Serializer:
    """The serializer with this name or alias (case-insensitive).

    Raises:
        UnknownFormatError: listing the serializers that exist.
        PluginError: when the plugin of that name failed to load.
    """
    return _serializers.get(name)


def serializers() -> list[Serializer]:
    """Every registered serializer."""
    return _serializers.values()
