"""Actors found by their shape, not their name: persons after titles, organizations by their
head noun, acronyms defined in parentheses.

These are small scanners that start from a word the matcher found (a title, a head noun such
as ``Institute``, the end of a name) and read a few words around it. Each reads a bounded
number of words, so the extraction as a whole stays linear in the text.
"""

from __future__ import annotations

import re

from .matcher import Lexicon

__all__ = ["acronym_after", "expand_org", "fits_acronym", "parse_name", "word_before"]

_TOKEN = re.compile(r"[^\W\d_][\w]*(?:[-'\u2019][^\W\d_][\w]*)*")
_GAP = re.compile(r"[ \t\u00a0]+")
_POSSESSIVE = ("'s", "\u2019s")
_ACRONYM = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*([A-Z][A-Za-z0-9&.+/-]*[A-Z0-9+])"
                      r"[ \t\u00a0]*\)")
_CONNECTOR = re.compile(r"[ \t\u00a0]+(of|for|on|in)(?:[ \t\u00a0]+the)?(?=[ \t\u00a0]+[A-Z])")


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def parse_name(text: str, pos: int, end: int, lex: Lexicon, least: int = 2) -> int:
    """End of a personal name of ``least`` (two by default) to four capitalised words
    starting at ``pos``, or -1.

    Lower-case particles (``von der``) may stand inside; a possessive ``'s`` ends the name.

    >>> from eurasec.extraction.matcher import lexicon
    >>> t = "Pedro Sánchez’s plan"
    >>> t[:parse_name(t, 0, len(t), lexicon())]
    'Pedro Sánchez'
    """
    words = 0
    name_end = -1
    p = pos
    while p < end and words < 4:
        m = _TOKEN.match(text, p, end)
        if m is None:
            break
        tok = m.group()
        possessive = tok.endswith(_POSSESSIVE)
        if possessive:
            tok = tok[:-2]
        if tok in lex.name_particles and words:
            pass
        elif _capitalised(tok) and tok not in lex.function_words and tok not in lex.titles:
            words += 1
            name_end = m.start() + len(tok)
        else:
            break
        if possessive:
            break
        g = _GAP.match(text, m.end(), end)
        if g is None:
            break
        p = g.end()
    return name_end if words >= least else -1


def word_before(text: str, pos: int, floor: int) -> tuple[int, str]:
    """The word ending right before ``pos`` (white space skipped) and where it starts.

    >>> word_before("the US-based ISW", 13, 0)
    (4, 'US-based')
    """
    q = pos
    while q > floor and text[q - 1] in " \t\u00a0":
        q -= 1
    s = max(text.rfind(" ", floor, q), text.rfind("\n", floor, q), floor - 1) + 1
    return s, text[s:q]


def expand_org(text: str, start: int, end: int, floor: int, ceiling: int,
               head: str, lex: Lexicon) -> tuple[int, int, int]:
    """Grow an organization head noun into its full name: ``Foo Bar Institute for Peace``.

    Capitalised words before the head join it, and ``of``/``for``/``on`` phrases of
    capitalised words after it (``in`` only after place heads: ``Embassy in Hanoi``).

    Returns:
        ``(start, end, words)``, ``words`` counting the capitalised words of the name.

    >>> from eurasec.extraction.matcher import lexicon
    >>> t = "analysts at the Foo Bar Institute for Peace Studies said"
    >>> i = t.index("Institute")
    >>> s, e, n = expand_org(t, i, i + 9, 0, len(t), "Institute", lexicon())
    >>> t[s:e], n
    ('Foo Bar Institute for Peace Studies', 5)
    """
    words = 1
    s = start
    for _ in range(5):
        ws, w = word_before(text, s, floor)
        if (not w or w in lex.function_words or w.endswith(_POSSESSIVE)
                or not _TOKEN.fullmatch(w) or not all(_capitalised(x) for x in w.split("-"))):
            break
        s, words = ws, words + 1
    e = end
    for _ in range(4):
        c = _CONNECTOR.match(text, e, ceiling)
        if c is None or (c.group(1) == "in" and head not in lex.place_heads):
            break
        p = c.end()
        took = 0
        while took < 5:
            g = _GAP.match(text, p, ceiling)
            t = _TOKEN.match(text, g.end(), ceiling) if g else None
            if t is None or not _capitalised(t.group()) or t.group() in lex.function_words:
                break
            tok = t.group()
            if tok.endswith(_POSSESSIVE):
                break
            p, took = t.end(), took + 1
        if not took:
            break
        e, words = p, words + took
    return s, e, words


def fits_acronym(acronym: str, long_form: str) -> bool:
    """Whether ``acronym`` can abbreviate ``long_form`` (Schwartz and Hearst, 2003).

    Each letter of the acronym must occur in order in the long form, the first one at the
    start of a word.

    >>> fits_acronym("EAEU", "Eurasian Economic Union"), fits_acronym("PRC", "Vladimir Putin")
    (True, False)
    """
    letters = [c.lower() for c in acronym if c.isalnum()]
    lf = long_form.lower()
    i = len(lf) - 1
    for j in range(len(letters) - 1, -1, -1):
        c = letters[j]
        while i >= 0 and (lf[i] != c or (j == 0 and i > 0 and lf[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return False
        i -= 1
    return True


def acronym_after(text: str, end: int, ceiling: int) -> tuple[str, int, int] | None:
    """An acronym in parentheses right after ``end``: ``(EAEU)`` -> ``("EAEU", start, end)``.

    >>> acronym_after("Eurasian Economic Union (EAEU) said", 23, 35)
    ('EAEU', 25, 29)
    """
    m = _ACRONYM.match(text, end, ceiling)
    if m is None or sum(c.isupper() for c in m.group(1)) < 2:
        return None
    return m.group(1), m.start(1), m.end(1)
