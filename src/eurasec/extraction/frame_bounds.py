"""Clause breaks: where a preposed content ends as corpora such as PolNeAR mark it.

eurasec runs a content after its cue (``Lee said that A``) to the end of the clause, and
a non-restrictive or contrasting clause after it stays in (``Lee said that A, which B``).
PolNeAR ends the content before such a clause; :attr:`~.frame_types.Frame.content_extent`
records that end. The breaks are a comma, outside quotations, before a word of
:data:`BREAKS`: ``, which``, ``, while``, ``, whereas``, ``, though``, ``, although``,
``, despite``, ``, compared with``.
"""

from __future__ import annotations

import re

from .quotes import inside
from .tokens import words

__all__ = ["BREAKS", "clause_breaks"]

#: Words that, after a comma, open a clause outside the content before it.
BREAKS = words("which while whereas though although despite compared")
_BREAK = re.compile(r",\s+(?:" + "|".join(sorted(BREAKS)) + r")\b", re.IGNORECASE)


def clause_breaks(text: str, start: int, end: int, quotes: list[tuple[int, int]]
                  ) -> list[int]:
    """Offsets (in order) of the commas in ``text[start:end]`` that open a clause break.

    >>> text = "Lee said that A won, while B lost."
    >>> clause_breaks(text, 0, len(text), [])
    [19]
    """
    return [m.start() for m in _BREAK.finditer(text, start, end)
            if inside(quotes, m.start()) is None]
