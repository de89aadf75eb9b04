"""Quotations: pairs of double quotation marks in a stretch of text.

Curly marks pair an opening ``“`` with the next ``”``; straight ``"`` marks alternate
between opening and closing. A mark of the other style closes a quotation when its own
closer does not follow before the next ``“`` (``“Yes."``; but ``“a "b" c”`` is one). A
mark left open at the end of the stretch (a quotation that runs into the next paragraph,
or a stray mark) yields no quote. One regex pass plus forward searches that never read
the same text twice: linear, and 50,000 marks in a row cost no more than 50,000 letters.

>>> text = 'He said “we are ready.” She said "no."'
>>> [text[s:e] for s, e in find_quotes(text)]
['we are ready.', 'no.']
"""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["find_quotes", "inside", "within"]

_MARK = re.compile(r"[“”\"„«»]")
_OPEN = frozenset("“„«")
_CLOSE = frozenset("”»")


class _Ahead:
    """Where the next marks stand after a position, found at most once per mark kind and
    stretch of text (the positions asked about only grow): linear in all."""

    def __init__(self, text: str, stop: int) -> None:
        self.text = text
        self.stop = stop
        self.next: dict[str, int] = {}

    def find(self, ch: str, pos: int) -> int:
        at = self.next.get(ch, -1)
        if at <= pos:
            at = self.text.find(ch, pos + 1, self.stop)
            at = self.stop if at < 0 else at
            self.next[ch] = at
        return at

    def lone(self, pos: int, other: str) -> bool:
        """Whether a mark of the other style at ``pos`` closes a quotation opened in one
        style (``“Yes."``): no mark of the opening style's own closer follows before the
        next curly opening mark."""
        return self.find(other, pos) >= self.find("“", pos)


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The interiors (marks excluded) of the quotations in ``text[start:end]``, in order.

    Returns:
        ``(start, end)`` offsets into ``text`` of what stands between each pair of marks.
    """
    stop = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    open_at = -1
    straight = False
    ahead = _Ahead(text, stop)
    for m in _MARK.finditer(text, start, stop):
        ch = m.group()
        pos = m.start()
        if ch == '"':
            if open_at >= 0 and (straight or ahead.lone(pos, "”")):
                if pos > open_at + 1:
                    out.append((open_at + 1, pos))
                open_at = -1
            elif open_at < 0:
                open_at, straight = pos, True
        elif ch in _OPEN:
            open_at, straight = pos, False
        elif ch in _CLOSE and open_at >= 0 and (not straight or ahead.lone(pos, '"')):
            if pos > open_at + 1:
                out.append((open_at + 1, pos))
            open_at = -1
    return out


def inside(quotes: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The quote whose interior holds ``pos``, if any (``quotes`` sorted, non-overlapping)."""
    lo, hi = 0, len(quotes)
    while lo < hi:
        mid = (lo + hi) // 2
        s, e = quotes[mid]
        if pos < s:
            hi = mid
        elif pos >= e:
            lo = mid + 1
        else:
            return quotes[mid]
    return None


def within(quotes: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The quotes (sorted, non-overlapping) whose interiors lie inside ``[start, end)``."""
    out = []
    for k in range(bisect_left(quotes, (start, -1)), len(quotes)):
        qs, qe = quotes[k]
        if qs >= end:
            break
        if qe <= end:
            out.append(quotes[k])
    return out
