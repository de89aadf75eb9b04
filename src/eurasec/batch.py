"""Many files at once: parse in worker processes, results in input order, failures kept.

>>> import eurasec
>>> results = list(eurasec.parse_many(["seeds/000_9e8d530a5ed693eb.txt", "missing.txt"]))
>>> [r.ok for r in results]
[True, False]
>>> results[1].error.message
"No such file or directory: 'missing.txt'"
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, TextIO

import attrs

from .api import parse_file
from .errors import ParseError
from .models import Article

__all__ = ["Failure", "ParseResult", "expand_paths", "parse_many", "parse_path"]


@attrs.frozen(kw_only=True)
class Failure:
    """Why one input could not be parsed."""

    source: str
    """The file."""
    message: str
    """What went wrong."""
    code: str = "error"
    """The ParseError code, or ``io-error`` / ``error``."""
    line: int | None = None
    """1-based line, when known."""
    column: int | None = None
    """1-based column, when known."""

    def __str__(self) -> str:
        where = f":{self.line}:{self.column}" if self.line is not None else ""
        return f"{self.source}{where}: {self.message}"


@attrs.frozen(kw_only=True)
class ParseResult:
    """The outcome for one input: an article, or a failure."""

    source: str
    """The file."""
    article: Article | None = None
    """The article, when parsing succeeded."""
    error: Failure | None = None
    """The failure, when it did not."""

    @property
    def ok(self) -> bool:
        """Whether an article was produced."""
        return self.article is not None


def parse_path(path: str, options: dict[str, Any]) -> ParseResult:
    """Parse one file into a :class:`ParseResult`; never raises."""
    try:
        return ParseResult(source=path, article=parse_file(path, **options))
    except ParseError as exc:
        return ParseResult(source=path, error=Failure(
            source=path, message=exc.msg, code=exc.code, line=exc.line, column=exc.column))
    except OSError as exc:
        message = f"{exc.strerror}: {path!r}" if exc.strerror else str(exc)
        return ParseResult(source=path, error=Failure(source=path, message=message,
                                                      code="io-error"))
    except Exception as exc:  # a bug must not stop a corpus run; it is reported per file
        return ParseResult(source=path, error=Failure(
            source=path, message=f"{type(exc).__name__}: {exc}", code="error"))


def expand_paths(paths: Iterable[str | os.PathLike[str]], pattern: str = "*.txt") -> Iterator[str]:
    """Files as given, and the files matching ``pattern`` under each directory, sorted."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from (str(f) for f in sorted(path.rglob(pattern)) if f.is_file())
        else:
            yield str(path)


class _Progress:
    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream
        self.done = 0
        self.failed = 0

    def update(self, result: ParseResult) -> None:
        self.done += 1
        self.failed += not result.ok
        if self.stream is not None and (self.done % 50 == 0):
            self.stream.write(f"\r{self.done:,} files, {self.failed:,} failed")
            self.stream.flush()

    def close(self) -> None:
        if self.stream is not None:
            self.stream.write(f"\r{self.done:,} files, {self.failed:,} failed\n")
            self.stream.flush()


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int = 1,
    window: int | None = None,
    progress: bool | None = None,
    **options: Any,
) -> Iterator[ParseResult]:
    """Parse many files, yielding a :class:`ParseResult` per file in input order.

    Args:
        paths: Files; directories are searched for ``*.txt`` (see :func:`expand_paths`).
        workers: Processes to use; 1 parses in this process.
        window: How many files may be in flight at once (default ``8 * workers``); memory
            stays bounded by it, whatever the number of files.
        progress: Show a counter on stderr; by default only when stderr is a terminal.
        options: Passed to :func:`eurasec.parse_file` (``strict``, ``tz``, ``format``...).

    A file that fails does not stop the run: its result carries a :class:`Failure`.
    """
    show = sys.stderr.isatty() if progress is None else progress
    bar = _Progress(sys.stderr if show else None)
    files = (os.fspath(p) for p in expand_paths(paths))
    try:
        if workers <= 1:
            for f in files:
                result = parse_path(f, options)
                bar.update(result)
                yield result
            return
        limit = window or 8 * workers
        with ProcessPoolExecutor(max_workers=workers) as pool:
            pending: deque[Future[ParseResult]] = deque()
            for f in files:
                pending.append(pool.submit(parse_path, f, options))
                if len(pending) >= limit:
                    result = pending.popleft().result()
                    bar.update(result)
                    yield result
            while pending:
                result = pending.popleft().result()
                bar.update(result)
                yield result
    finally:
        bar.close()
