"""Words with offsets, and the small noun-phrase chunker that finds sources.

Statement extraction needs no tagger: sources are noun phrases next to a cue, and the
words that end a noun phrase in news prose form a short closed list (auxiliaries,
conjunctions, most prepositions, punctuation). These helpers walk tokens left or right
from a cue and stop at such words. Each walk is bounded, so the cost per cue is constant.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["Tokens", "tokenize", "words"]


def words(s: str) -> frozenset[str]:
    """The white-space separated words of ``s``, as a set."""
    return frozenset(s.split())


#: A dotted acronym (``U.S.``), an initial before a name (``C.`` in ``Roger C. Altman``),
#: a word with inner apostrophes, dots, hyphens or slashes and a possessive ending, or one
#: other character. Titles (``Gen.``) are joined to their dot
#: afterwards: an alternation of titles tried at every position would double the cost.
#: Written as ``(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s+[A-Z])|\w+(?:[’'.\-/]\w+)*(?:[’']s?)?|\S``
#: with the first character taken out in front (each branch checks it by a look-behind):
#: a pattern that starts with a character class lets the regex engine skip white space in
#: C instead of trying every branch there (about 15% cheaper, same tokens).
_TOKEN = re.compile(r"\S(?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+|(?<=[A-Z])\.(?=\s+[A-Z])"
                    r"|(?<=\w)\w*(?:[’'.\-/]\w+)*(?:[’']s?)?|)")
_TITLES = frozenset((
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "St", "Jr", "Sr",
    "Prof", "Adm", "Capt", "Maj", "Gens", "Sens"))

#: The longest bracket (in tokens) read as part of a name (``(R-Fla.)``).
_BRACKET = 8
#: Words before a determiner that belong to the same noun phrase (``all three``).
_PREDETERMINERS = frozenset(("all", "both", "half"))
#: Adjectives that join two halves of a noun phrase with ``and`` (``current and former
#: officials``, ``Lee and other experts``).
_JOINED = frozenset(("current", "former", "other", "fellow", "senior"))
#: Determiners: part of a noun phrase, and its left edge.
DETERMINERS = words("""
the a an another this these those his her its their our my your some any each every both
all many several most no other two three four five six seven eight nine ten
""")
#: Subject pronouns: a source on their own.
PRONOUNS = words("he she they we i you it who")
#: Prepositions that may join two parts of one noun phrase (``Secretary of State``).
NP_PREPOSITIONS = words("of for at from with in to")
#: Words that end a noun phrase.
STOP = words("""
is was were are be been being am has have had having do does did will would shall should
can could may might must and or but nor so yet because while when whereas as if after before
since although though unless until that which whom whose where why how than then not also whether
only just even still there here what on by during over about into under against between
through without via like per upon amid among across around toward towards within beyond
reportedly previously later again repeatedly once publicly privately separately already
recently earlier further however meanwhile too very n't not never always often now today
yesterday tomorrow tonight said says told tells wrote writes spoke met held made gave took
went came sent kept began led won lost got put ran brought fought thought sought stood became
""")
#: Adverbs and auxiliaries that may stand between a source and its cue.
BETWEEN = words("""
also has have had reportedly previously later again repeatedly once publicly privately
separately already recently earlier further then subsequently initially similarly likewise
explicitly specifically openly bluntly flatly firmly quickly immediately afterwards
afterward however
""")
BE = words("is was were are be been being am")
SEPARATORS = words(", ; and but — – -- :")
OPEN_QUOTES = frozenset("“\"„«‘")
CLOSE_QUOTES = frozenset("”\"»’")


#: Nouns in ``-ly`` that are no adverbs wherever they stand (``Clinton ally Ann Lee``).
_LY_NOUNS = frozenset(("ally", "family", "assembly", "rally", "supply", "monopoly", "anomaly"))
#: Adjectives in ``-ly``, nouns' modifiers before a lower-case noun (``early results``).
_LY_ADJECTIVES = frozenset(("early", "likely", "elderly", "weekly", "daily", "monthly",
                            "yearly", "quarterly", "costly", "deadly", "friendly"))


@attrs.define
class Tokens:
    """The tokens of one sentence: parallel lists of offsets, text and lower-case text."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    lows: list[str]

    def __len__(self) -> int:
        return len(self.words)

    def is_word(self, i: int) -> bool:
        """Whether token ``i`` is a word (not punctuation)."""
        return self.words[i][0].isalnum()

    def is_cap(self, i: int) -> bool:
        """Whether token ``i`` starts with a capital letter or a digit."""
        c = self.words[i][0]
        return c.isupper() or c.isdigit()

    def index_at(self, pos: int) -> int:
        """The first token starting at or after character ``pos``."""
        lo, hi = 0, len(self.starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.starts[mid] < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def np_token(self, i: int) -> bool:
        """Whether token ``i`` can be part of a noun phrase (apart from determiners)."""
        w = self.words[i]
        if not w[0].isalnum():
            return w in ("&",)
        low = self.lows[i]
        c = w[0]
        if c.isupper() or c.isdigit():  # :meth:`is_cap`, inline: called for most tokens
            return low not in STOP or low in ("may", "will")
        if low in STOP or low in PRONOUNS or low in NP_PREPOSITIONS:
            return False
        if low.endswith("ly") and low not in _LY_NOUNS:
            if low in _LY_ADJECTIVES and i + 1 < len(self.lows) and self.words[i + 1].islower() \
                    and self.np_token(i + 1):
                return True  # ``early results``, ``likely voters``
            # an adverb, unless a determiner shows a noun (``the family``, ``his ally``)
            return i > 0 and (self.lows[i - 1] in DETERMINERS
                              or self.lows[i - 1].endswith(("’s", "'s")))
        return not (low.endswith("ed") and len(low) > 4)

    def np_left(self, j: int, lo: int, limit: int = 14) -> int:
        """Start index of the noun phrase that ends at token ``j`` (``j + 1`` if none)."""
        if j < lo:
            return j + 1
        if self.lows[j] in PRONOUNS:
            return j
        if self.words[j] == ")":
            # ``Sen. Ann Lee (D-Ohio)``: a bracket after the name belongs to it
            o = j - 1
            while o > lo and j - o < _BRACKET and self.words[o] != "(":
                o -= 1
            if o > lo and self.words[o] == "(" and self.np_token(o - 1):
                a = self.np_left(o - 1, lo, limit)
                return a if a <= o - 1 else j + 1
            return j + 1
        start = j + 1
        i = j
        while i >= lo and j - i < limit:
            low = self.lows[i]
            if low in DETERMINERS:
                start = i
                # ``a spokesperson for the embassy``: go on through a preposition
                if i - 2 >= lo and self.lows[i - 1] in NP_PREPOSITIONS and self.np_token(i - 2):
                    i -= 2
                    start = i
                    continue
                if i - 1 >= lo and self.lows[i - 1] in _PREDETERMINERS:
                    start = i - 1  # ``all three candidates``, ``both the parties``
                break
            if self.np_token(i):
                start = i
                i -= 1
                continue
            if (low in NP_PREPOSITIONS or low == "and") and i - 1 >= lo \
                    and self.np_token(i - 1) and start <= j and \
                    (low != "and" or (self.is_cap(i - 1) and self.is_cap(i + 1))
                     or self.lows[i + 1] in _JOINED or self.lows[i - 1] in _JOINED):
                i -= 1
                continue
            break
        return start

    def np_right(self, i: int, hi: int, limit: int = 10) -> int:
        """End index (exclusive) of the noun phrase starting at token ``i``."""
        j = i
        if j < hi and self.lows[j] in DETERMINERS:
            j += 1
        while j < hi and j - i < limit:
            if self.np_token(j):
                j += 1
            elif self.words[j] == "(" and j > i:
                c = j + 1
                while c < hi and c - j < _BRACKET and self.words[c] != ")":
                    c += 1
                if c < hi and self.words[c] == ")":
                    j = c + 1  # ``the Vox Populi (Voice of the People) column``
                    if j >= hi or not self.np_token(j):
                        return j
                    continue
                break
            elif (self.lows[j] in ("of", "for", "at") and j + 1 < hi and j > i
                  and (self.lows[j + 1] in DETERMINERS or self.is_cap(j + 1))):
                j += 1
                if self.lows[j] in DETERMINERS:
                    j += 1
            else:
                break
        return j if j > i and self.np_token(j - 1) else i


def tokenize(text: str, start: int, end: int) -> Tokens:
    """Split ``text[start:end]`` into words and punctuation, with offsets into ``text``.

    >>> t = tokenize("The U.S. State Department’s aide said.", 0, 38)
    >>> t.words
    ['The', 'U.S.', 'State', 'Department’s', 'aide', 'said', '.']
    """
    ms = list(_TOKEN.finditer(text, start, end))
    # ``map`` over the unbound methods runs the loops in C (no bytecode per token)
    starts = list(map(_START, ms))
    ends = list(map(_END, ms))
    words = list(map(_GROUP, ms))
    if not _TITLES.isdisjoint(words):
        _join_titles(starts, ends, words)
    return Tokens(starts=starts, ends=ends, words=words, lows=list(map(str.lower, words)))


_START = re.Match.start
_END = re.Match.end
_GROUP = re.Match.group


def _join_titles(starts: list[int], ends: list[int], words: list[str]) -> None:
    """Join a title and the dot right after it (``Gen`` ``.`` -> ``Gen.``), in place."""
    k = len(words) - 2
    while k >= 0:
        if words[k + 1] == "." and ends[k] == starts[k + 1] and words[k] in _TITLES:
            words[k] += "."
            ends[k] = ends[k + 1]
            del starts[k + 1], ends[k + 1], words[k + 1]
        k -= 1
