"""Markdown: a readable report of an article (CommonMark with GitHub-style tables).

The report has the headline, a line with the source, dateline and publisher, the standfirst
as a block quote, the caption, the statements as a table, the actors as a table, and the
body paragraphs. Text from the article is escaped (every Markdown metacharacter gets a
backslash, so ``<script>`` stays text and ``*`` stays a star); line breaks inside table
cells become spaces. Write-only.

>>> import eurasec
>>> report = eurasec.dumps(eurasec.parse_file("seeds/000_9e8d530a5ed693eb.txt"), "markdown")
>>> print(report.splitlines()[0])
# Russia pushes for new Eurasian security architecture as alternative to NATO
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..models import Article

__all__ = ["MarkdownSerializer", "to_markdown"]

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
_LINE_START = re.compile(r"^(\s*)(\d+(?=[.)]))?([-+=#.)])", re.MULTILINE)


def escape_markdown(text: str) -> str:
    """Backslash-escape what Markdown would read as markup.

    >>> escape_markdown("<b>*1*</b> | 2")
    '\\\\<b\\\\>\\\\*1\\\\*\\\\</b\\\\> \\\\| 2'
    """
    return _LINE_START.sub(lambda m: f"{m[1]}{m[2] or ''}\\{m[3]}", _SPECIAL.sub(r"\\\1", text))


def _cell(text: object) -> str:
    return " ".join(escape_markdown(str(text)).split())


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows)
    return lines


def to_markdown(article: Article) -> str:
    """A Markdown report of the article."""
    names = {a.id: a.name for a in article.actors}
    out = [f"# {_cell(article.title or '(no headline)')}", ""]
    meta = [x for x in (article.title_source, article.dateline, article.publisher,
                        ", ".join(article.authors)) if x]
    if meta:
        out += [" · ".join(_cell(x) for x in meta), ""]
    if article.url:
        out += [f"<{article.url}>" if re.fullmatch(r"https?://[^\s<>]+", article.url)
                else _cell(article.url), ""]
    if article.standfirst:
        out += [f"> {_cell(article.standfirst)}", ""]
    if article.caption:
        out += [f"*{_cell(article.caption)}*", ""]
    if article.statements:
        out += [f"## Statements ({len(article.statements)})", ""]
        rows = []
        for i, s in enumerate(article.statements, 1):
            speaker = names.get(s.speaker, s.speaker) if s.speaker else (
                s.source.text if s.source else "")
            rows.append([i, speaker or "", s.cue.text if s.cue else "", s.kind.value,
                         s.content.text, " ".join(f"“{q.text}”" for q in s.quotes),
                         ", ".join(names.get(r, r) for r in s.reported_by),
                         s.date.text if s.date else "", ", ".join(s.hedges)])
        out += _table(("#", "speaker", "cue", "kind", "content", "quotes", "reported by",
                       "date", "hedges"), rows)
        out.append("")
    if article.actors:
        out += [f"## Actors ({len(article.actors)})", ""]
        out += _table(("actor", "kind", "id", "mentions", "statements"),
                      ([a.name, a.kind.value, a.id, len(article.mentions_of(a.id)),
                        len(article.statements_by(a.id))] for a in article.actors))
        out.append("")
    if article.paragraphs:
        out += ["## Text", ""]
        for p in article.paragraphs:
            out += [escape_markdown(" ".join(p.text.split())), ""]
    if article.related:
        out += ["## Read also", ""]
        out += [f"- {_cell(h)}" for h in article.related]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


class MarkdownSerializer:
    """The ``markdown`` format (alias ``md``): write-only."""

    name = "markdown"
    aliases: tuple[str, ...] = ("md",)
    extension = ".md"
    readable = False

    def dumps(self, obj: Any, **options: Any) -> str:
        """A report for an article; several reports separated by rules for an iterable."""
        if isinstance(obj, Article):
            return to_markdown(obj)
        return "\n---\n\n".join(to_markdown(a) for a in obj)

    def loads(self, text: str | bytes, **options: Any) -> Any:
        """Markdown is write-only."""
        raise NotImplementedError("the markdown format is write-only")
