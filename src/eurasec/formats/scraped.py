"""Scraper records: one JSON object per article, as news-please, trafilatura and newspaper
write them, alone or as JSON Lines (``docs/format.md`` §10).

A record's text-bearing fields are laid out as ``Article.text``, one part after another with
a blank line between them: the title, the description, the body, and a last line holding, as
one JSON object, every other key of the record verbatim (the ``metadata`` block). Every
offset refers to that text, extraction runs on it as on any article, and no key is lost.

>>> a = parse_scraped('{"title": "Kim meets Putin", "date_publish": "2024-06-19 14:30:00",'
...                   ' "maintext": "They met.\\\\nThey signed.", "language": "en"}')
>>> print(a.text)
Kim meets Putin
<BLANKLINE>
They met.
They signed.
<BLANKLINE>
{"date_publish": "2024-06-19 14:30:00", "language": "en"}
>>> [b.kind.value for b in a.blocks]
['headline', 'paragraph', 'paragraph', 'metadata']
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

from ..models import Article, Block, BlockKind, Diagnostic, Paragraph, Severity
from ..textutil import content_id, line_spans, trim
from ._source import SourceText
from .notes import parse_iso_datetime

__all__ = ["ScrapedParser", "parse_records", "parse_scraped"]

TITLE_KEYS = ("title",)
"""Keys read as the headline, first non-empty string wins."""
DESCRIPTION_KEYS = ("description",)
"""Keys read as the standfirst."""
BODY_KEYS = ("maintext", "text")
"""Keys read as the body: news-please's ``maintext``, then trafilatura's and newspaper's
``text``."""
DATE_KEYS = ("date_publish", "date", "publish_date")
"""Keys read as the publication date (news-please, trafilatura, newspaper4k)."""
PUBLISHER_KEYS = ("sitename", "source_domain")
"""Keys read as the publisher (trafilatura's site name, news-please's domain)."""

_TEXT_PARTS = ((TITLE_KEYS, BlockKind.HEADLINE), (DESCRIPTION_KEYS, BlockKind.STANDFIRST),
               (BODY_KEYS, BlockKind.PARAGRAPH))
_WS = " \t\r\n"
_KNOWN_KEY = re.compile(
    '"(?:{})"\\s*:'.format("|".join((*TITLE_KEYS, *BODY_KEYS, *DATE_KEYS, "url", "authors"))))
_OPENING = re.compile(r'\{[ \t\r\n]*(?:"|\})')
_decoder = json.JSONDecoder()


class _Input(SourceText):
    """The raw input: positions, errors, and a JSON reader that remembers where values are."""

    def skip(self, pos: int) -> int:
        text, n = self.text, len(self.text)
        while pos < n and (text[pos] in _WS or (pos == 0 and text[pos] == "\ufeff")):
            pos += 1
        return pos

    def value(self, pos: int) -> tuple[Any, int]:
        try:
            return _decoder.raw_decode(self.text, pos)
        except json.JSONDecodeError as exc:
            msg = exc.msg.removesuffix(" at")  # "Invalid control character at"
            raise self.error("bad-json", f"malformed JSON: {msg}", exc.pos) from None
        except RecursionError:
            raise self.error("bad-json", "malformed JSON: nested too deeply", pos) from None

    def record(self, pos: int) -> tuple[list[tuple[str, Any, int]], int]:
        """Read the object at ``pos``: its ``(key, value, value offset)`` items and its end."""
        text = self.text
        if pos >= len(text) or text[pos] != "{":
            found = "an array" if text.startswith("[", pos) else "something else"
            raise self.error("not-an-object",
                             f"expected a JSON object (one record per line), found {found}", pos)
        items: list[tuple[str, Any, int]] = []
        pos = self.skip(pos + 1)
        if text.startswith("}", pos):
            return items, pos + 1
        while True:
            if not text.startswith('"', pos):
                raise self.error("bad-json", "malformed JSON: expected a property name "
                                 "enclosed in double quotes", pos)
            key, pos = self.value(pos)
            pos = self.skip(pos)
            if not text.startswith(":", pos):
                raise self.error("bad-json", "malformed JSON: expected ':' delimiter", pos)
            at = self.skip(pos + 1)
            value, pos = self.value(at)
            items.append((key, value, at))
            pos = self.skip(pos)
            if text.startswith(",", pos):
                pos = self.skip(pos + 1)
            elif text.startswith("}", pos):
                return items, pos + 1
            else:
                raise self.error("bad-json", "malformed JSON: expected ',' or '}' delimiter",
                                 pos)


class _Record:
    """One record turned into an article."""

    def __init__(self, raw: _Input, items: list[tuple[str, Any, int]], start: int) -> None:
        self.raw = raw
        self.start = start
        self.diagnostics: list[Diagnostic] = []
        self.values: dict[str, Any] = {}
        self.where: dict[str, int] = {}
        for key, value, at in items:
            if key in self.values:
                self.problem("duplicate-key", f"the key {key!r} appears twice; the last "
                             "value is kept", at)
            self.values[key] = value
            self.where[key] = at

    def problem(self, code: str, msg: str, offset: int) -> None:
        if self.raw.strict:
            raise self.raw.error(code, msg, offset)
        self.diagnostics.append(self.raw.diagnostic(code, msg, offset))

    def string(self, key: str) -> str | None:
        """The value of ``key`` if it is a string; ``None`` if absent or null."""
        value = self.values.get(key)
        if value is None or isinstance(value, str):
            return value
        self.problem("wrong-type", f"expected a string for {key!r}, found "
                     f"{_json_type(value)}", self.where[key])
        return None

    def first(self, keys: tuple[str, ...]) -> tuple[str, str] | None:
        """The first of ``keys`` holding a non-blank string, and that string, stripped."""
        for key in keys:
            value = self.string(key)
            if value is not None and value.strip():
                return key, value.strip()
        return None

    def one(self, keys: tuple[str, ...]) -> str | None:
        """The first non-blank string among ``keys``, stripped."""
        found = self.first(keys)
        return found[1] if found else None

    def build(self, *, source: str, tz: dt.tzinfo | None) -> Article:
        if {"schema_version", "id", "blocks"} <= self.values.keys():
            raise self.raw.error("eurasec-json", "this is an article serialized by eurasec; "
                                 "read it with eurasec.from_json()", self.start)
        parts: list[tuple[BlockKind, str]] = []
        used: set[str] = set()
        for keys, kind in _TEXT_PARTS:
            found = self.first(keys)
            if found is not None:
                used.add(found[0])
                parts.append((kind, found[1]))
        if not any(kind is BlockKind.HEADLINE for kind, _ in parts):
            self.diagnostics.append(self.raw.diagnostic(
                "missing-title", "the record has no title", self.start, Severity.WARNING))
        if not any(kind is BlockKind.PARAGRAPH for kind, _ in parts):
            self.problem("missing-body", "expected the body text as a non-empty string in "
                         "'maintext' or 'text'", self.start)
        rest = {k: v for k, v in self.values.items() if k not in used}
        if rest:
            parts.append((BlockKind.METADATA, json.dumps(rest, ensure_ascii=False)))
        text, blocks = _layout(parts)
        by_kind = {b.kind: b.text for b in reversed(blocks)}
        return Article(
            id=content_id(text),
            text=text,
            format="scraped",
            source=source,
            title=by_kind.get(BlockKind.HEADLINE),
            standfirst=by_kind.get(BlockKind.STANDFIRST),
            published=self.published(tz),
            paragraphs=tuple(Paragraph(text=b.text, start=b.start, end=b.end)
                             for b in blocks if b.kind is BlockKind.PARAGRAPH),
            publisher=self.one(PUBLISHER_KEYS),
            url=self.one(("url",)),
            authors=self.authors(),
            blocks=tuple(blocks),
            diagnostics=tuple(self.diagnostics),
        )

    def published(self, tz: dt.tzinfo | None) -> dt.datetime | None:
        found = self.first(DATE_KEYS)
        if found is None:
            return None
        key, value = found
        try:
            return parse_iso_datetime(value, tz)
        except ValueError as exc:
            self.problem("bad-date", f"invalid date in {key!r}: expected ISO 8601 such as "
                         f"2024-06-19 or 2024-06-19 14:30:00 ({exc})", self.where[key])
            return None

    def authors(self) -> tuple[str, ...]:
        value = self.values.get("authors")
        if isinstance(value, str):
            value = [value]
        if value is None and isinstance(self.values.get("author"), str):
            value = self.values["author"].split(";")  # trafilatura: "A; B"
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem("wrong-type", "expected a list of strings for 'authors'",
                         self.where["authors"])
            return ()
        return tuple(v.strip() for v in value if v.strip())


def _json_type(value: object) -> str:
    for kind, name in ((bool, "a boolean"), (int, "a number"), (float, "a number"),
                       (list, "an array"), (dict, "an object")):
        if isinstance(value, kind):
            return name
    return type(value).__name__


def _layout(parts: list[tuple[BlockKind, str]]) -> tuple[str, list[Block]]:
    """Join the parts with blank lines; one block per part, one per line of the body."""
    text = "\n\n".join(value for _, value in parts)
    blocks: list[Block] = []
    pos = 0
    for kind, value in parts:
        if kind is BlockKind.PARAGRAPH:
            for s, e in line_spans(value):
                s, e = trim(value, s, e)
                if s < e:
                    blocks.append(Block(kind=kind, text=value[s:e], start=pos + s, end=pos + e))
        else:
            blocks.append(Block(kind=kind, text=value, start=pos, end=pos + len(value)))
        pos += len(value) + 2
    return text, blocks


def _records(raw: _Input) -> Iterator[tuple[list[tuple[str, Any, int]], int]]:
    """Every record of the input with its start offset; records must start on a new line."""
    pos = raw.skip(0)
    n = len(raw.text)
    while pos < n:
        items, end = raw.record(pos)
        yield items, pos
        pos = raw.skip(end)
        if pos < n and "\n" not in raw.text[end:pos] and "\r" not in raw.text[end:pos]:
            raise raw.error("bad-json", "expected a line break after the record "
                            "(JSON Lines holds one record per line)", pos)


def parse_scraped(
    text: str, *, source: str = "<string>", strict: bool = True, tz: dt.tzinfo | None = None
) -> Article:
    """Parse one scraper record (structure only, no extraction).

    Args:
        text: One JSON object, on one line or pretty-printed.
        source: Where it came from, for error messages.
        strict: Raise at the first error; when ``False``, record errors as
            ``article.diagnostics`` and keep going (malformed JSON always raises).
        tz: Time zone to attach to ``published`` when the date has none.

    Raises:
        ParseError: with the line and column in ``text``; ``several-records`` (always) when a
            second record follows: read JSON Lines with :func:`parse_records`.
    """
    raw = _Input(text, source, strict)
    start = raw.skip(0)
    if start == len(text):
        raise raw.error("empty", "expected a JSON object, found an empty document", 0)
    items, end = raw.record(start)
    second = raw.skip(end)
    if second < len(text):
        line, _ = raw.index.position(second)
        raise raw.error("several-records", f"expected one record, found more text on line "
                        f"{line}; read JSON Lines with eurasec.formats.scraped."
                        "parse_records()", second)
    return _Record(raw, items, start).build(source=source, tz=tz)


def parse_records(
    text: str, *, source: str = "<string>", strict: bool = True, tz: dt.tzinfo | None = None
) -> Iterator[Article]:
    """Parse JSON Lines: one article per record, lazily, in order (structure only).

    Each article's ``source`` is ``"<source>:<line>"``, the line where its record starts.
    Run :func:`eurasec.annotate` on each for actors and statements. An error raises when
    its record is reached, after the articles before it have been yielded. Blank lines are
    skipped, so an empty feed yields nothing.

    >>> feed = '{"title": "A", "text": "One."}\\n\\n{"title": "B", "text": "Two."}\\n'
    >>> [(a.title, a.source) for a in parse_records(feed, source="feed.jsonl")]
    [('A', 'feed.jsonl:1'), ('B', 'feed.jsonl:3')]

    Raises:
        ParseError: as :func:`parse_scraped`, naming the line of the bad record.
    """
    raw = _Input(text, source, strict)
    for items, start in _records(raw):
        line, _ = raw.index.position(start)
        yield _Record(raw, items, start).build(source=f"{source}:{line}", tz=tz)


class ScrapedParser:
    """The built-in parser of scraper records, under the name ``scraped``."""

    name = "scraped"
    aliases: tuple[str, ...] = ("news-please", "trafilatura", "newspaper")
    filenames: tuple[str, ...] = ("*.json", "*.jsonl", "*.ndjson")

    def sniff(self, text: str) -> float:
        """0.95 for a JSON object with a known key near the start, 0.5 for any other JSON
        object, else 0."""
        head = text[:4096].lstrip(_WS + "\ufeff")
        if not _OPENING.match(head):
            return 0.0
        return 0.95 if _KNOWN_KEY.search(head) else 0.5

    def parse(self, text: str, *, source: str = "<string>", strict: bool = True,
              tz: dt.tzinfo | None = None, **options: Any) -> Article:
        """Parse one record; see :func:`parse_scraped`. Other options are ignored."""
        return parse_scraped(text, source=source, strict=strict, tz=tz)

    def parse_records(self, text: str, *, source: str = "<string>", strict: bool = True,
                      tz: dt.tzinfo | None = None, **options: Any) -> Iterator[Article]:
        """Parse every record; see :func:`parse_records`."""
        return parse_records(text, source=source, strict=strict, tz=tz)
