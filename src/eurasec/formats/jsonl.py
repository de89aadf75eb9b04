"""JSON Lines: a stream of articles, one JSON document per line, read and written lazily.

Each line is exactly what the ``json`` format writes for one article, on one line (JSON
escapes every line break inside strings, so an article never spans lines). Lines end with
``\\n``; a final newline is written and optional on input. Lines holding only white space
are skipped on input. Reading and writing hold one article at a time, so a corpus of any
size streams in constant memory:

>>> import io, eurasec
>>> a = eurasec.parse_file("seeds/000_9e8d530a5ed693eb.txt")
>>> buf = io.StringIO()
>>> eurasec.dump([a, a], buf, format="jsonl")
>>> _ = buf.seek(0)
>>> [x == a for x in eurasec.iter_load(buf)]
[True, True]

An error names the line: ``line 3: $.title: expected str, got int``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import IO, Any

import attrs

from ..errors import SerializationError
from ..models import Article
from .codec import Backend, decode
from .json import _renamed, from_dict, to_json

__all__ = ["JsonlSerializer", "iter_jsonl", "write_jsonl"]


def _articles(obj: Article | Iterable[Article]) -> Iterable[Article]:
    if isinstance(obj, Article):
        return (obj,)
    if attrs.has(type(obj)):
        raise TypeError(f"jsonl holds articles, not {type(obj).__name__}")
    return obj


def write_jsonl(obj: Article | Iterable[Article], fp: IO[str], *,
                backend: Backend = "auto") -> int:
    """Write each article as one line to ``fp``, as it comes; returns how many.

    ``obj`` may be a generator: it is consumed once, one article at a time.
    """
    n = 0
    for article in _articles(obj):
        fp.write(to_json(article, backend=backend))
        fp.write("\n")
        n += 1
    return n


def iter_jsonl(lines: Iterable[str | bytes], *, backend: Backend = "auto",
               source: str | None = None) -> Iterator[Article]:
    """Yield the article on each line of ``lines`` (a text or binary file, or any
    iterable of lines), lazily.

    Raises:
        SerializationError: for a line that is not a valid article; each message starts
            with ``line N:`` (1-based), preceded by ``source:`` when given.
    """
    where = f"{source}:" if source else ""
    for number, line in enumerate(lines, 1):
        if number == 1:  # a byte-order mark may open the file
            line = (line.removeprefix(b"\xef\xbb\xbf") if isinstance(line, bytes)
                    else line.removeprefix("\ufeff"))
        if not line.strip():
            continue
        try:
            yield from_dict(decode(line, backend=backend))
        except SerializationError as exc:
            raise _renamed(exc, f"{where}line {number}: $") from None


class JsonlSerializer:
    """The ``jsonl`` format (aliases ``ndjson``, ``jsonlines``): one article per line."""

    name = "jsonl"
    aliases: tuple[str, ...] = ("ndjson", "jsonlines")
    extension = ".jsonl"

    def dumps(self, obj: Any, *, backend: Backend = "auto", **options: Any) -> str:
        """One line per article of ``obj`` (an article or an iterable of them)."""
        return "".join(to_json(a, backend=backend) + "\n" for a in _articles(obj))

    def dump(self, obj: Any, fp: IO[str], *, backend: Backend = "auto",
             **options: Any) -> None:
        """Stream the articles of ``obj`` to ``fp``, one line each, in constant memory."""
        write_jsonl(obj, fp, backend=backend)

    def loads(self, text: str | bytes, *, backend: Backend = "auto",
              **options: Any) -> list[Article]:
        """Every article in ``text``, in order."""
        return list(self.iter_loads(text, backend=backend))

    def iter_loads(self, text: str | bytes, *, backend: Backend = "auto",
                   **options: Any) -> Iterator[Article]:
        """The articles in ``text``, lazily."""
        if isinstance(text, bytes):
            text = text.decode("utf-8-sig")
        # Only \n ends a record: JSON strings never hold a raw line break, but a stray
        # U+2028 inside one would fool str.splitlines.
        return iter_jsonl(text.split("\n"), backend=backend)

    def iter_load(self, fp: Iterable[str | bytes], *, backend: Backend = "auto",
                  source: str | None = None, **options: Any) -> Iterator[Article]:
        """The articles in the file ``fp``, lazily, one line at a time."""
        return iter_jsonl(fp, backend=backend, source=source)
