"""Sources with a modifier after their noun: ``A poll released Monday found ...``.

The chunker in :mod:`.tokens` stops a noun phrase at a participle or a relative pronoun,
so a source such as ``A report published Friday`` or ``voters who backed Lee`` has no noun
phrase right before its cue. :func:`modified_subject` walks back from the cue over the
modifier (a past participle with its adjuncts, or a ``who`` clause) to the noun it
modifies, and accepts it when that noun phrase opens its clause. The walk is bounded, so
the work per cue is constant.
"""

from __future__ import annotations

from .tokens import (
    DETERMINERS,
    NP_PREPOSITIONS,
    OPEN_QUOTES,
    PRONOUNS,
    SEPARATORS,
    STOP,
    Tokens,
)
from .tokens import (
    words as _words,
)

__all__ = ["after_modifier", "modified_subject"]

#: How far back (in tokens) from the cue the modifier may start.
_REACH = 14
#: Past participles without ``-ed`` that open a modifier (``a poll taken last week``).
_PARTICIPLES = _words("taken made held done run seen given written shown known chosen")
#: Words inside a participle's adjuncts that are neither nouns nor determiners.
_ADJUNCT_WORDS = _words("by on in at for from of to and with over during between among")
#: Words that end the walk: another verb or clause stands between.
_VERBS = _words("""
said says say told tells is was were are has have had will would could can should
""")


def _participle(t: Tokens, m: int) -> bool:
    low = t.lows[m]
    return (low.endswith("ed") and len(low) > 4 and not t.is_cap(m)) or low in _PARTICIPLES


def after_modifier(t: Tokens, a: int) -> bool:
    """Whether the token before ``a``, where a noun phrase starts, can end a modifier's
    first part: a preposition (``by a firm``), a participle (``backed Lee``) or ``who``."""
    return a > 0 and (t.lows[a - 1] in _ADJUNCT_WORDS or t.lows[a - 1] == "who"
                      or _participle(t, a - 1))


def modified_subject(t: Tokens, k: int, date_tok: list[bool]) -> tuple[int, int] | None:
    """The first token of a source whose noun a modifier follows, the modifier ending at
    token ``k`` (right before the cue), and the noun's last token; or ``None``.

    ``Exit polls conducted by a local firm show ...`` and ``Voters who backed Lee in May
    said ...``: the noun phrase before the participle or the ``who`` must open its clause
    (the start of the sentence, or after a separator or an opening quotation mark), and
    it is not a pronoun (``He criticized the plan said`` is no modifier).
    """
    lo = max(0, k - _REACH)
    m = k
    while m > lo:
        low = t.lows[m]
        if not t.is_word(m) or low in _VERBS:
            return None
        if low == "who":
            break
        if _participle(t, m):
            if all(date_tok[p] or t.np_token(p) or t.lows[p] in DETERMINERS
                   or t.lows[p] in _ADJUNCT_WORDS for p in range(m + 1, k + 1)):
                break
            return None
        m -= 1
    else:
        return None
    h = m - 1
    if t.lows[h] in PRONOUNS or not t.np_token(h):
        return None
    a = t.np_left(h, 0)
    if a > h or t.lows[a] in STOP or t.lows[a] in NP_PREPOSITIONS:
        return None
    if a == 0 or t.words[a - 1] in SEPARATORS or t.words[a - 1] in OPEN_QUOTES:
        return a, h
    return None
