"""Clause breaks: where a preposed content ends as corpora such as PolNeAR mark it.

eurasec runs a content after its cue (``Lee said that A``) to the end of the clause, and
a non-restrictive or contrasting clause after it stays in (``Lee said that A, which B``).
PolNeAR ends the content before such a clause; :attr:`~.frame_types.Frame.content_extent`
records that end. The breaks are a comma, outside quotations, before a word of
:data:`BREAKS`: ``, which``, ``, while``, ``, whereas``, ``, though``, ``, although``,
``, despite``, ``, compared with``.
"""

from __future__ import annotations

from .quotes import inside
from .tokens import Tokens, words

__all__ = ["BREAKS", "clause_breaks"]

#: Words that, after a comma, open a clause outside the content before it.
BREAKS = words("which while whereas though although despite compared")


def clause_breaks(t: Tokens, quotes: list[tuple[int, int]]) -> list[int]:
    """Offsets (in order) of the commas in sentence ``t`` that open a clause break.

    >>> from eurasec.extraction.tokens import tokenize
    >>> text = "Lee said that A won, while B lost."
    >>> clause_breaks(tokenize(text, 0, len(text)), [])
    [19]
    """
    lows, ws, starts = t.lows, t.words, t.starts
    return [starts[k] for k in range(1, len(t) - 1)
            if ws[k] == "," and lows[k + 1] in BREAKS and inside(quotes, starts[k]) is None]
