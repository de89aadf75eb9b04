"""Small helpers over raw text that every parser shares: lines, positions, trimming, ids.

Line breaks are ``\\r\\n``, ``\\r`` and ``\\n`` (nothing else: U+2028, form feeds and the
like are ordinary characters inside a line). White space is what ``str.isspace`` says, plus
the byte-order mark and the zero-width characters in :data:`IGNORABLE`, which editors and
scrapers scatter invisibly through text.
"""

from __future__ import annotations

import hashlib
import re
import sys
from bisect import bisect_right

__all__ = ["IGNORABLE", "LineIndex", "content_id", "is_blank", "line_spans", "trim"]

IGNORABLE = frozenset("\ufeff\u200b\u200c\u200d\u2060")
"""Characters treated as white space although ``str.isspace`` says otherwise."""

_NEWLINE = re.compile(r"\r\n|\r|\n")


_WHITE = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()) + "".join(
    sorted(IGNORABLE))
"""Every character :func:`trim` removes."""


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` to exclude white space at both ends.

    >>> trim("  ab \\t", 0, 6)
    (2, 4)
    """
    seg = text[start:end]
    left = seg.lstrip(_WHITE)
    if not left:
        return end, end
    start += len(seg) - len(left)
    return start, start + len(left.rstrip(_WHITE))


def is_blank(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds only white space."""
    s, e = trim(text, start, end)
    return s == e


def line_spans(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` of every line, line breaks excluded.

    >>> line_spans("a\\r\\nbc\\rd\\n")
    [(0, 1), (3, 5), (6, 7), (8, 8)]
    """
    spans = []
    pos = 0
    if "\r" not in text:  # the common case, without a regex
        for line in text.split("\n"):
            end = pos + len(line)
            spans.append((pos, end))
            pos = end + 1
        return spans
    for m in _NEWLINE.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


class LineIndex:
    """Turns character offsets into 1-based ``(line, column)`` pairs.

    >>> LineIndex("ab\\ncd").position(4)
    (2, 2)
    """

    def __init__(self, text: str, lines: list[tuple[int, int]] | None = None) -> None:
        self._starts = [s for s, _ in (lines if lines is not None else line_spans(text))]

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of ``offset``."""
        i = bisect_right(self._starts, offset) - 1
        i = max(i, 0)
        return i + 1, offset - self._starts[i] + 1


def content_id(text: str) -> str:
    """A stable id for a text: 16 hex digits of SHA-256 over its normalised form.

    The form drops a leading byte-order mark, turns every line break into ``\\n`` and
    strips white space at both ends, so the same article saved with CRLF or with a BOM keeps
    its id.

    >>> content_id("Title\\r\\n\\r\\nBody") == content_id("\\ufeffTitle\\n\\nBody\\n")
    True
    """
    text = text.removeprefix("\ufeff")
    norm = (_NEWLINE.sub("\n", text) if "\r" in text else text).strip()
    return hashlib.sha256(norm.encode("utf-8", "surrogatepass")).hexdigest()[:16]
