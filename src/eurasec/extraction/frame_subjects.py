"""Subjects the noun-phrase walks of :mod:`.frame_sources` miss, and whether they are plural.

* a modifier after the noun: ``A poll released Monday found ...``;
* a quantifier alone: ``Many fear ...``; a tag after a quotation with an appositive no
  other rule reads (``“...,” said Ann Lee, then a nurse, ...``).

The chunker in :mod:`.tokens` stops a noun phrase at a participle or a relative pronoun,
so a source such as ``A report published Friday`` or ``voters who backed Lee`` has no noun
phrase right before its cue. :func:`modified_subject` walks back from the cue over the
modifier (a past participle with its adjuncts, or a ``who`` clause) to the noun it
modifies, and accepts it when that noun phrase opens its clause. The walk is bounded, so
the work per cue is constant.
"""

from __future__ import annotations

from .frame_sources import plural_subject
from .lexicon import CueForm
from .tokens import (
    CLOSE_QUOTES,
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

__all__ = [
    "after_modifier", "after_quote", "modified_subject", "plural", "quantifier_subject",
    "quote_tag",
]

#: Quantifiers that stand alone as subjects (``Many fear``, ``Most said``).
_QUANTIFIERS = _words("many most some both all several others few")
#: Numbers that may be a subject on their own (``Two said``, ``one in four said``).
_NUMBERS = _words("one two three four five six seven eight nine ten")
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


def quote_tag(t: Tokens, p: int, n: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The source of a cue right after a quotation when what follows its noun phrase is no
    appositive :func:`~.frame_sources.inverted_source` reads (``“...,” said Ann Lee, then
    a nurse at the clinic, who ...``): the noun phrase, and its extent to the end of the
    sentence."""
    e = t.np_right(p, n, limit=12)
    if e == p or e >= n or t.words[e] != ",":
        return None
    m = n
    while m > e and not t.is_word(m - 1):
        m -= 1
    return (t.starts[p], t.ends[e - 1]), (t.starts[p], t.ends[m - 1])


def after_quote(t: Tokens, k: int) -> bool:
    """Whether the noun phrase ending at token ``k`` follows a closing quotation mark: the
    source of a quotation tag (``“...,” Lee notes.``)."""
    a = t.np_left(k, 0)
    return 0 < a <= k and t.words[a - 1] in CLOSE_QUOTES


def plural(t: Tokens, k: int, date_tok: list[bool]) -> bool:
    """Whether the subject ending at token ``k`` is plural, also when a modifier follows its
    noun (``Polls taken by a local firm show``)."""
    if plural_subject(t, k):
        return True
    a = t.np_left(k, 0)
    if a <= k and not after_modifier(t, a):
        return False
    mod = modified_subject(t, k, date_tok)
    return mod is not None and plural_subject(t, mod[1])


def quantifier_subject(t: Tokens, k: int, form: CueForm) -> bool:
    """Whether a quantifier at token ``k`` opening its clause is the subject of a base or
    past form cue after it (``Many fear the worst``, ``but most said no``, ``Two said``;
    also ``two in three said``), not the determiner of a noun (``some reports``)."""
    if form.kind not in ("base", "past"):
        return False
    low = t.lows[k]
    if low in _NUMBERS and k >= 2 and t.lows[k - 1] == "in" and (
            t.lows[k - 2] in _NUMBERS or t.lows[k - 2].isdigit()):
        return True  # ``two in three said``
    return (low in _QUANTIFIERS or low in _NUMBERS) and (
        k == 0 or t.words[k - 1] in SEPARATORS or t.words[k - 1] in OPEN_QUOTES
        or t.lows[k - 1] in ("and", "but", "while"))
