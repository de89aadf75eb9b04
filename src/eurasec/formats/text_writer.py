"""The seed text format, written: the other half of :mod:`eurasec.formats.text`.

Two guarantees, checked on every write (``check=True``, the default):

1. **Byte-identical for parsed text.** An article the ``text`` parser produced
   (``article.format == "text"``) is written as ``article.text``, verbatim: line breaks,
   byte-order mark, white space and all. Reading it back with the options it was parsed
   with gives an equal article.
2. **Equal fields for any other article.** The article is laid out as ``docs/format.md``
   describes (headline with its source prefix, standfirst, dateline, caption, paragraphs,
   ``Read also:`` with the related headlines, footer; blocks separated by one blank line,
   ``\\n`` line breaks), and the writer parses its own output to confirm that
   :func:`text_fields` are unchanged. When the format cannot carry a value (a headline
   with a line break, a first paragraph short enough to read as a caption, an unknown
   footer...), :class:`~eurasec.SerializationError` names each field that would change.
   An article with ``published`` but no ``dateline`` gets one written from ``published``
   (``Jun 22, 2024 - 08:01``, with ``UTC`` or ``+HH:MM`` when aware), and reads back with it.

"Equal modulo offsets" means :func:`text_fields` are equal. What the text format does not
carry: ``id`` (recomputed from the new text), ``text`` and every offset, ``format``,
``source``, ``url``, ``authors``, ``diagnostics``; ``publisher`` only through a known
footer; actors, mentions and statements are not written but found again by extraction
when the text is read with :func:`eurasec.loads` (``extract=True``, the default).

>>> import eurasec
>>> a = eurasec.parse_file("seeds/000_9e8d530a5ed693eb.txt")
>>> eurasec.dumps(a, "text") == a.text
True
>>> body = "Talks resumed in Istanbul on Monday, officials said."
>>> b = eurasec.Article(id="x", text=body, format="notes", title="Talks resume",
...                     published=dt.datetime(2025, 5, 16, 9, 30, tzinfo=dt.timezone.utc),
...                     paragraphs=(eurasec.Paragraph(text=body, start=0, end=len(body)),))
>>> print(eurasec.dumps(b, "text"), end="")
Talks resume
<BLANKLINE>
May 16, 2025 - 09:30 UTC
<BLANKLINE>
Talks resumed in Istanbul on Monday, officials said.
>>> back = eurasec.loads(eurasec.dumps(b, "text"), "text")
>>> back.published == b.published, back.dateline, back.paragraphs[0].text == body
(True, 'May 16, 2025 - 09:30 UTC', True)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..errors import SerializationError
from ..models import Article
from .text import parse_text

__all__ = ["TextSerializer", "format_dateline", "text_fields", "write_text"]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def text_fields(article: Article) -> dict[str, object]:
    """The values the text format carries, by field name: what a round trip preserves.

    >>> import eurasec
    >>> fields = text_fields(eurasec.parse("T\\n\\nJun 22, 2024 - 08:01\\n\\nBody.\\n"))
    >>> fields["title"], fields["paragraphs"], fields["caption"]
    ('T', ('Body.',), None)
    """
    return {
        "title": article.title,
        "title_source": article.title_source,
        "standfirst": article.standfirst,
        "dateline": article.dateline,
        "published": article.published,
        "caption": article.caption,
        "paragraphs": tuple(p.text for p in article.paragraphs),
        "related": article.related,
        "footer": article.footer,
    }


def format_dateline(when: dt.datetime) -> str:
    """The dateline the writer makes from ``published``: ``Jun 22, 2024 - 08:01``, with
    ``UTC`` or ``+HH:MM`` when aware.

    >>> format_dateline(dt.datetime(2024, 6, 22, 8, 1, tzinfo=dt.timezone.utc))
    'Jun 22, 2024 - 08:01 UTC'
    """
    line = f"{_MONTHS[when.month - 1]} {when.day}, {when.year:04d} - {when:%H:%M}"
    offset = when.utcoffset()
    if offset is None:
        return line
    if not offset:
        return line + " UTC"
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{line} {sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def render(article: Article) -> str:
    """Lay the article's fields out in the text format, without checking."""
    parts: list[str] = []
    if article.title is not None or article.title_source is not None:
        head = article.title or ""
        parts.append(f"{article.title_source}: {head}" if article.title_source else head)
    if article.standfirst is not None:
        parts.append(article.standfirst)
    if article.dateline is not None:
        parts.append(article.dateline)
    elif article.published is not None:
        parts.append(format_dateline(article.published))
    if article.caption is not None:
        parts.append(article.caption)
    parts.extend(p.text for p in article.paragraphs)
    if article.related:
        parts.append("Read also:")
        parts.extend(article.related)
    if article.footer is not None:
        parts.append(article.footer)
    return "\n\n".join(parts) + "\n"


def _reads_back(article: Article, text: str) -> list[str]:
    """Every field that would change if ``text`` were read back; empty when none."""
    tz = article.published.tzinfo if article.published is not None else None
    back = text_fields(parse_text(text, strict=False, tz=tz))
    want = text_fields(article)
    if article.dateline is None and article.published is not None:
        want["dateline"] = format_dateline(article.published)  # made from published; says so
    return [f"$.{k}: would read back as {back[k]!r}, not {want[k]!r}"
            for k in want if back[k] != want[k]]


def write_text(article: Article, *, check: bool = True) -> str:
    """The article in the seed text format.

    Args:
        article: Any article.
        check: Parse the output and raise if a field would not survive (the default);
            ``False`` writes what it can, unchecked.

    Raises:
        SerializationError: when ``check`` is on and the text format cannot carry a field;
            each entry of ``errors`` names one field and what it would read back as.
    """
    if not isinstance(article, Article):
        raise TypeError(f"the text format holds one Article, not {type(article).__name__}")
    if article.format == "text" and (not check or not _reads_back(article, article.text)):
        return article.text
    out = render(article)
    if check:
        problems = _reads_back(article, out)
        if problems:
            raise SerializationError("the text format cannot carry this article", problems)
    return out


class TextSerializer:
    """The ``text`` format (alias ``txt``): one article, as ``docs/format.md`` specifies."""

    name = "text"
    aliases: tuple[str, ...] = ("txt",)
    extension = ".txt"

    def dumps(self, obj: Any, *, check: bool = True, **options: Any) -> str:
        """The article as text; see :func:`write_text`."""
        return write_text(obj, check=check)

    def loads(self, text: str | bytes, **options: Any) -> Article:
        """Parse and annotate, as :func:`eurasec.parse` (or :func:`eurasec.parse_bytes`)
        with the same options (``strict``, ``tz``, ``extract``...)."""
        from ..api import parse, parse_bytes

        if isinstance(text, bytes):
            return parse_bytes(text, **options)
        return parse(text, **options)

