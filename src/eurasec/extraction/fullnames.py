"""Full names written earlier in the text, by surname: ``Jim Bennett, 57, a plumber`` before
``Mr. Bennett said``.

News introduces a person by full name once, often with no title and no speech verb, and then
writes ``Mr. Bennett``. :class:`FullNames` lets the scanner find that earlier full name, so
the two are one person with the full name, and the full name becomes a mention too. The index
is built once per text, on the first title of courtesy that needs it, by one pass over its
runs of capitalised words: linear in the length of the text.

>>> from eurasec.extraction.matcher import lexicon
>>> text = "But Jim Bennett, 57, had doubts. Mr. Bennett said so."
>>> FullNames.of(text, lexicon()).before("Bennett", text.index("Mr."))
'Jim Bennett'
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .discovery import _POSSESSIVE, parse_name
from .gazetteer import key
from .matcher import Lexicon

__all__ = ["FullNames"]

_RUN = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*(?:[ \t\u00a0]+[A-Z][\w'\u2019-]*)+")
_WORD = re.compile(r"[^ \t\u00a0]+")


class FullNames:
    """Personal names of two to four words in a text, by the key of their last word."""

    __slots__ = ("_ends", "_names")

    def __init__(self) -> None:
        self._ends: dict[str, list[int]] = {}
        self._names: dict[str, list[str]] = {}

    @classmethod
    def of(cls, text: str, lex: Lexicon) -> FullNames:
        """Index every name in ``text`` (see :func:`~.discovery.parse_name`): for each
        capitalised word after the first of a run, the longest name that ends with it."""
        found = cls()
        for run in _RUN.finditer(text):
            words = [(w.start(), w.end()) for w in _WORD.finditer(text, run.start(), run.end())]
            for j in range(1, len(words)):
                end = words[j][1]
                if text.endswith(_POSSESSIVE, 0, end):
                    end -= 2
                for i in range(max(0, j - 3), j):
                    if parse_name(text, words[i][0], end, lex) == end:
                        found._add(text[words[i][0]:end], end)
                        break
        return found

    def _add(self, name: str, end: int) -> None:
        k = key(name.split()[-1])
        self._ends.setdefault(k, []).append(end)
        self._names.setdefault(k, []).append(" ".join(name.split()))

    def before(self, surname: str, pos: int) -> str | None:
        """The last full name ending in ``surname`` that ends before ``pos``, if any."""
        k = key(surname)
        ends = self._ends.get(k)
        if not ends:
            return None
        i = bisect_right(ends, pos)
        return self._names[k][i - 1] if i else None
