"""The entry points: parse text, bytes or files into annotated articles."""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import attrs
from dateutil import tz as dateutil_tz

from .actor_registry import Registry
from .errors import ParseError
from .extraction import annotate
from .models import Article, Diagnostic, Severity
from .registry import get_parser, guess_parser
from .textutil import LineIndex

__all__ = ["DEFAULT_MAX_CHARS", "parse", "parse_bytes", "parse_file"]

GC_PAUSE_CHARS = 200_000
"""Inputs at least this long are parsed with the cyclic garbage collector paused.

Extraction allocates many small acyclic objects; on a multi-megabyte article the
collector's repeated full passes over them made the cost per character grow with the size
of the input (1.8x from 3 KB to 3 MB, 1.4x with the pause). The pause is process-wide and
lasts one call; cycles made meanwhile are collected when it ends."""

DEFAULT_MAX_CHARS = 50_000_000
"""Inputs longer than this many characters are refused (pass ``max_chars=None`` to lift)."""

PathLike = str | os.PathLike[str]


def _tzinfo(tz: dt.tzinfo | str | None) -> dt.tzinfo | None:
    if tz is None or isinstance(tz, dt.tzinfo):
        return tz
    found = dateutil_tz.gettz(tz)
    if found is None:
        raise ValueError(f"unknown time zone {tz!r}")
    return found


def parse(
    text: str,
    *,
    format: str = "text",
    source: str = "<string>",
    strict: bool = True,
    tz: dt.tzinfo | str | None = None,
    registry: Registry | None = None,
    extract: bool = True,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    filename: str | None = None,
) -> Article:
    """Parse an article and extract its actors, mentions and statements.

    Args:
        text: The article, decoded.
        format: A parser name (``"text"``, see :func:`eurasec.parsers`) or ``"auto"`` to
            guess from ``filename`` and the content.
        source: Where the text came from, for error messages.
        strict: Raise on the first problem; when ``False``, problems become
            ``article.diagnostics`` and parsing goes on.
        tz: Time zone (a ``tzinfo`` or a name such as ``"Europe/Kyiv"``) for a dateline
            that gives none.
        registry: The actor registry to use (see :class:`eurasec.Registry`); the built-in
            one by default.
        extract: Run actor and statement extraction (``False``: structure only).
        max_chars: Refuse longer inputs with a :class:`ParseError`; ``None`` for no limit.
        filename: Helps ``format="auto"`` choose.

    Raises:
        ParseError: when the text breaks the format (strict mode), or is too long.
        UnknownFormatError: when ``format`` names no parser, or none fits ``"auto"``.

    >>> import eurasec
    >>> from pathlib import Path
    >>> text = Path("seeds/000_9e8d530a5ed693eb.txt").read_text(encoding="utf-8")
    >>> article = eurasec.parse(text)
    >>> article.title
    'Russia pushes for new Eurasian security architecture as alternative to NATO'
    >>> [p.text.split()[0] for p in article.paragraphs][:3]
    ['The', 'According', 'He']
    """
    if max_chars is not None and len(text) > max_chars:
        raise ParseError(f"input of {len(text):,} characters exceeds the limit of "
                         f"{max_chars:,} (max_chars)", source=source, code="too-large")
    parser = (guess_parser(text, filename or (source if source[:1] != "<" else None))
              if format == "auto" else get_parser(format))
    with _gc_paused(len(text) >= GC_PAUSE_CHARS):
        article = parser.parse(text, source=source, strict=strict, tz=_tzinfo(tz))
        if extract:
            article = annotate(article, registry=registry)
    return article


@contextmanager
def _gc_paused(pause: bool) -> Iterator[None]:
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def parse_bytes(data: bytes, *, source: str = "<bytes>", strict: bool = True,
                **options: Any) -> Article:
    """Decode UTF-8 (a byte-order mark is dropped) and :func:`parse`.

    Invalid UTF-8 is a :class:`ParseError` naming the byte offset; with ``strict=False``
    the bad bytes become U+FFFD and a diagnostic records where.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        prefix = data[:exc.start].decode("utf-8-sig", "replace")
        line, column = LineIndex(prefix).position(len(prefix))
        msg = f"invalid UTF-8 at byte {exc.start}: {exc.reason}"
        if strict:
            raise ParseError(msg, source=source, line=line, column=column,
                             code="bad-encoding") from None
        text = data.decode("utf-8-sig", "replace")
        article = parse(text, source=source, strict=False, **options)
        diag = Diagnostic(code="bad-encoding", message=msg + "; replaced with U+FFFD",
                          line=line, column=column, severity=Severity.ERROR)
        return attrs.evolve(article, diagnostics=(diag, *article.diagnostics))
    return parse(text, source=source, strict=strict, **options)


def parse_file(path: PathLike, **options: Any) -> Article:
    """Read and :func:`parse` a file (UTF-8). ``format="auto"`` also looks at its name.

    >>> import eurasec
    >>> eurasec.parse_file("seeds/000_9e8d530a5ed693eb.txt").caption
    'The map of Eurasia.'
    """
    name = os.fspath(path)
    with open(name, "rb") as fp:
        data = fp.read()
    options.setdefault("filename", name)
    return parse_bytes(data, source=name, **options)
