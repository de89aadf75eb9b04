"""Find many names in one pass: a trie-shaped regular expression, and the keys to look matches up.

A plain ``a|b|c`` alternation of a few thousand names makes the regex engine try every name
at every position (about 2.7 ms per KB of text for the built-in registry). Folding the names
into a trie first, so that names sharing a prefix share one branch, gives a pattern that tries
each next character once: about 50 us per KB, linear in the length of the text.

Spelling variation that news text shows and registries do not is absorbed here, once:
a space in a name matches any run of white space, and ``'`` matches the typographic
apostrophe ``’`` too. :func:`key` maps a matched surface back to the spelling that was
indexed.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Collection, Iterable, Sequence
from itertools import pairwise

__all__ = ["find_names", "fold", "key", "slug", "trie_pattern"]

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u00a0": " ", "\t": " ",
                              "\n": " ", "\r": " "})
_SPACES = re.compile(r"\s{2,}")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")

_Trie = dict[str, "_Trie"]
_END = ""


def key(surface: str) -> str:
    """The lookup key of a surface form: typographic apostrophes and white space normalised.

    >>> key("People\u2019s  Republic\\nof China")
    "People's Republic of China"
    """
    if surface.isascii() and surface.isprintable() and "  " not in surface:
        return surface  # the common case, without a translation
    k = surface.translate(_APOSTROPHES)
    return _SPACES.sub(" ", k) if "  " in k else k


def fold(text: str) -> str:
    """Drop diacritics (``Erdoğan`` -> ``Erdogan``); other characters are kept.

    >>> fold("Erdoğan Türkiye Orbán")
    'Erdogan Turkiye Orban'
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(name: str) -> str:
    """A lower-case ASCII id for a name, as the registry's ids are made.

    >>> slug("Pedro Sánchez"), slug("Foo Bar Institute")
    ('pedro-sanchez', 'foo-bar-institute')
    """
    return _NOT_SLUG.sub("-", fold(name).replace("\u0131", "i").lower()).strip("-")


def _escape(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return "['\u2019]"
    return re.escape(ch)


def _class_member(ch: str) -> str:
    if ch == " ":
        return r"\s"
    if ch == "'":
        return "'\u2019"
    return re.escape(ch)


def _node(node: _Trie) -> str:
    terminal = _END in node
    branches: list[str] = []
    leaves: list[str] = []
    for ch in sorted(k for k in node if k != _END):
        sub = _node(node[ch])
        if sub:
            branches.append(_escape(ch) + sub)
        else:
            leaves.append(ch)
    if len(leaves) == 1:
        branches.append(_escape(leaves[0]))
    elif leaves:
        branches.append("[" + "".join(_class_member(c) for c in leaves) + "]")
    if not branches:
        return ""
    if terminal:
        return "(?:" + "|".join(branches) + ")?"
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def trie_pattern(names: Iterable[str]) -> str:
    """A regex source that matches any of ``names``, preferring the longest.

    Names must already be in :func:`key` form. The pattern has no word boundaries: wrap it as
    ``\\b(?:...)(?!\\w)``.

    >>> import re
    >>> names = ["NATO", "Nations", "United Nations"]
    >>> pat = re.compile(r"\\b(?:" + trie_pattern(names) + r")(?!\\w)")
    >>> [m.group() for m in pat.finditer("the United  Nations and NATO")]
    ['United  Nations', 'NATO']
    """
    root: _Trie = {}
    for name in names:
        if not name:
            continue
        node = root
        for ch in name:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _node(root) or "(?!)"


FIND_NAMES_MAX = 32
"""Above this many distinct first words, :func:`find_names` compiles the trie instead (one
pass over the text whatever the number of names)."""


def _word(ch: str) -> bool:
    """Whether the regex engine counts ``ch`` as a word character (``\\w``)."""
    return ch.isalnum() or ch == "_"


def find_names(text: str, names: Collection[str], spans: Sequence[tuple[int, int]]
               ) -> list[tuple[int, int, int]]:
    """``(span index, start, end)`` of each match of ``names`` in the spans of ``text``,
    exactly as ``\\b(?:trie_pattern(names))(?!\\w)`` finds them span by span, in order.

    For the few names one article defines, compiling that pattern costs more than the
    search (a regex compile is Python code): each name's first word is found with
    ``str.find``, and the rest is read from there (a space matches any run of white space,
    ``'`` also ``’``). With many first words, or spans out of order, the pattern is compiled.

    >>> text = "Ann Lee met Lee. Ann  Leeds, Lee’s aide."
    >>> [text[s:e] for _, s, e in find_names(text, ["Ann Lee", "Lee's", "Lee"], [(0, 40)])]
    ['Ann Lee', 'Lee', 'Lee’s']
    """
    groups: dict[str, list[list[str]]] = {}
    for name in names:
        if name:
            first, *rest = name.split(" ")
            groups.setdefault(first, []).append(rest)
    if not _findable(groups, spans):
        pat = re.compile(r"\b(?:" + trie_pattern(names) + r")(?!\w)")
        return [(i, *m.span()) for i, (s, e) in enumerate(spans)
                for m in pat.finditer(text, s, e)]
    norm = text.replace("\u2019", "'")  # one code point for another: the offsets hold
    starts = [s for s, _ in spans]
    best: dict[int, tuple[int, int]] = {}  # start -> (span, end)
    lo, hi = (spans[0][0], spans[-1][1]) if spans else (0, 0)
    for first, rests in groups.items():
        p = norm.find(first, lo, hi)
        while p >= 0:
            i = bisect_right(starts, p) - 1
            end = spans[i][1]
            if p + len(first) <= end and (p > 0 and _word(text[p - 1])) != _word(text[p]):
                for rest in rests:
                    e = _rest_end(text, norm, p + len(first), end, rest)
                    if (e > best.get(p, (0, -1))[1]
                            and (e == end or not _word(text[e]))):
                        best[p] = (i, e)
            p = norm.find(first, p + 1, hi)
    out = []
    last_span, last_end = -1, -1
    for p in sorted(best):
        i, e = best[p]
        if i == last_span and p < last_end:
            continue  # inside the match before: the search went on after it
        out.append((i, p, e))
        last_span, last_end = i, e
    return out


def _findable(groups: dict[str, list[list[str]]], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether :func:`find_names` may search word by word: few first words, no empty word
    (a space at either end of a name, where the pattern could backtrack), spans in order."""
    return (len(groups) <= FIND_NAMES_MAX and "" not in groups
            and not any("" in rest for rests in groups.values() for rest in rests)
            and all(s <= e for s, e in spans) and all(a[1] <= b[0] for a, b in pairwise(spans)))


def _rest_end(text: str, norm: str, q: int, end: int, rest: list[str]) -> int:
    """Where the words ``rest`` end when read from ``q`` (each after a run of white
    space), or -1."""
    for w in rest:
        r = q
        while r < end and text[r].isspace():
            r += 1
        if r == q or not norm.startswith(w, r, end):
            return -1
        q = r + len(w)
    return q
