"""One interface to every format: ``dumps``/``dump`` to write, ``loads``/``load``/``iter_load``
to read back.

Formats are serializers from the registry (:func:`eurasec.serializers`), by name or alias:

========== ======================================================= ==============
format     what                                                    reads back
========== ======================================================= ==============
``json``   the lossless model; an array for several articles       yes, exactly
``jsonl``  one article per line, streamed in constant memory       yes, exactly
``text``   the seed text format (``docs/format.md``)               the fields it carries
``jsonld`` schema.org ``NewsArticle`` (JSON-LD)                    no
``markdown`` a readable report                                     no
``html``   a self-contained report with highlighted text           no
``ftm``    FollowTheMoney entities, one per line                   no
========== ======================================================= ==============

``docs/serialization.md`` shows each format and says exactly what round-trips.

>>> import eurasec
>>> a = eurasec.parse_file("seeds/000_9e8d530a5ed693eb.txt")
>>> eurasec.loads(eurasec.dumps(a)) == a
True
>>> eurasec.loads(eurasec.dumps([a, a], "jsonl"), "jsonl") == [a, a]
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import IO, Any

from .errors import SerializationError, UnknownFormatError
from .models import Article
from .registry import Serializer, get_serializer, serializers

__all__ = ["dump", "dumps", "iter_load", "iter_loads", "load", "loads"]


def _readable() -> list[str]:
    return [s.name for s in serializers() if getattr(s, "readable", True)]


def _reader(format: str) -> Serializer:
    serializer = get_serializer(format)
    if not getattr(serializer, "readable", True):
        raise UnknownFormatError(f"the {serializer.name!r} format is write-only; "
                                 "these formats read back", name=format,
                                 available=_readable())
    return serializer


def _text(s: str | bytes) -> str:
    """Serializers read ``str``: decode UTF-8 (a byte-order mark is dropped)."""
    if isinstance(s, str):
        return s
    try:
        return s.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SerializationError("invalid UTF-8", [
            f"$: invalid UTF-8 at byte {exc.start}: {exc.reason}"]) from None


def dumps(obj: Article | Iterable[Article] | object, format: str = "json",
          **options: Any) -> str:
    """Write ``obj`` in ``format``.

    Args:
        obj: An article; for formats that hold several (all but ``text``), an iterable of
            articles; for ``json`` and ``html``, also any model object (an actor, a
            statement).
        format: A serializer name or alias (``json``, ``jsonl``, ``text``, ``jsonld``,
            ``markdown``, ``html``, ``ftm``, or a plugin's).
        options: Passed to the serializer (``indent=2`` for ``json``, ``check=False`` for
            ``text``...).

    Raises:
        UnknownFormatError: listing the formats that exist.
        SerializationError: when the format cannot carry the article (``text``).

    >>> import eurasec
    >>> a = eurasec.parse_file("seeds/000_9e8d530a5ed693eb.txt")
    >>> eurasec.dumps(a, "markdown").splitlines()[2]
    'ISW · Jun 22, 2024 - 08:01 · Euromaidan Press'
    """
    return get_serializer(format).dumps(obj, **options)


def dump(obj: Article | Iterable[Article] | object, fp: IO[str], format: str = "json",
         **options: Any) -> None:
    """Write ``obj`` to the text file ``fp``; stream formats (``jsonl``, ``ftm``) write one
    article at a time, so a generator of any length takes constant memory.

    For ``text`` to stay byte-identical, open the file with ``newline=""`` so that Python
    does not translate line breaks.
    """
    serializer = get_serializer(format)
    stream = getattr(serializer, "dump", None)
    if callable(stream):
        stream(obj, fp, **options)
    else:
        fp.write(serializer.dumps(obj, **options))


def loads(s: str | bytes, format: str = "json", **options: Any) -> Article | list[Article]:
    """Read what :func:`dumps` wrote: an article, or a list for a stream or array.

    For a typed stream of articles whatever the format, use :func:`iter_loads`.

    Raises:
        SerializationError: for a document that is not a valid article, naming the path
            (and, for ``jsonl``, the line) of every problem.
        ParseError: for ``text`` that breaks the format.
        UnknownFormatError: for an unknown or write-only format.
    """
    result: Article | list[Article] = _reader(format).loads(_text(s), **options)
    return result


def iter_loads(s: str | bytes, format: str = "json", **options: Any) -> Iterator[Article]:
    """Every article in ``s``, one by one, whatever the format (lazily for ``jsonl``)."""
    serializer = _reader(format)
    lazy = getattr(serializer, "iter_loads", None)
    text = _text(s)
    found: Any = lazy(text, **options) if callable(lazy) else serializer.loads(text, **options)
    if isinstance(found, Article):
        return iter((found,))
    return iter(found)


def load(fp: IO[str] | IO[bytes], format: str = "json",
         **options: Any) -> Article | list[Article]:
    """Read a whole file that :func:`dump` wrote; see :func:`loads`."""
    return loads(fp.read(), format, **options)


def iter_load(fp: IO[str] | IO[bytes], format: str = "jsonl",
              **options: Any) -> Iterator[Article]:
    """The articles in the file ``fp``, one by one; for ``jsonl`` lazily, one line at a
    time, in constant memory. Errors name the line: ``line 3: $.title: ...``."""
    serializer = _reader(format)
    lazy = getattr(serializer, "iter_load", None)
    if callable(lazy):
        found: Iterator[Article] = lazy(fp, **options)
        return found
    return iter_loads(fp.read(), format, **options)
