"""Clause breaks: where a preposed content ends as corpora such as PolNeAR mark it.

eurasec runs a content after its cue (``Lee said that A``) to the end of the clause, and
a non-restrictive or contrasting clause after it stays in (``Lee said that A, which B``).
PolNeAR ends the content before such a clause; :attr:`~.frame_types.Frame.content_extent`
records that end. The breaks are a comma, outside quotations, before a word of
:data:`BREAKS`: ``, which``, ``, while``, ``, whereas``, ``, though``, ``, although``,
``, compared with`` (not ``, despite``: with the later rules, PolNeAR ``train`` keeps
that phrase in the content more often than not).

Other ends that such corpora mark, each measured on PolNeAR ``train`` (:func:`content_end`
picks the rule for a frame's shape; where a content starts is in :mod:`.frame_starts`):

* a frame in an opening subordinate clause ends at the clause's comma (``While Lee said
  the plan works, Kim doubts it``: :func:`subordinate_end`);
* a sourceless frame (``seemed``, ``is expected``) ends at a comma before a clause that
  is not an appositive or a list (``The bill is expected to pass, giving Lee a win``:
  :func:`sourceless_end`);
* a relative clause, an opening participle clause, a second participle, a stance
  participle's noun phrase and a stance content end at their comma, ``and`` or semicolon
  (:func:`relative_end`, :func:`opening_participle_end`, :func:`participle_end`,
  :func:`phrase_end`, :func:`stance_end`);
* a content that ends with an abbreviation keeps its stop (``Lee said the plant moved to
  Dayton, Ohio, from the U.S.``: :func:`ends_abbreviation`).
"""

from __future__ import annotations

import re

from .frame_tails import adjunct_end
from .frame_types import Frame
from .quotes import inside
from .tokens import Tokens, words

__all__ = ["BREAKS", "SUBORDINATORS", "clause_breaks", "content_end", "ends_abbreviation",
           "opening_participle_end", "participle_end", "phrase_end", "relative_end",
           "sourceless_end", "stance_end", "subordinate_end"]

#: Words that, after a comma, open a clause outside the content before it.
BREAKS = words("which while whereas though although compared")
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


#: Conjunctions that open a subordinate clause before the main one.
SUBORDINATORS = words("while although though if when because since after whereas")
#: Words that may stand before such a conjunction at the start of a sentence.
_OPENERS = words("but and yet so even")
#: Words after a comma that continue a sourceless content (an appositive or a list).
_KEEP = words("a an the including and or who such like")


def _comma(text: str, t: Tokens, start: int, end: int, quotes: list[tuple[int, int]],
           keep: frozenset[str] = frozenset()) -> int | None:
    """The first comma, ``;`` or dash in ``text[start:end]`` outside quotations, skipping
    commas before a word of ``keep`` or a capitalised word."""
    for k in range(t.index_at(start), len(t)):
        if t.starts[k] >= end:
            break
        w = t.words[k]
        if w not in (",", ";", "-", "—", "–", "--") or inside(quotes, t.starts[k]) is not None:
            continue
        if w == "," and k + 1 < len(t) and (t.lows[k + 1] in keep or (keep and t.is_cap(k + 1))):
            continue
        return t.starts[k]
    return None


def subordinate_end(text: str, t: Tokens, f: Frame, quotes: list[tuple[int, int]]
                    ) -> int | None:
    """Where the content of a frame whose source (or, with no source, whose subject: a
    ``raising`` or ``passive`` lead) opens the sentence after a subordinating
    conjunction ends: at the comma that closes the clause.

    >>> from .tokens import tokenize
    >>> text = "While Lee said the plan works, Kim doubts it."
    >>> f = Frame(cue=(10, 14), lemma="say", source=(6, 9), content=(15, 44),
    ...           sentence=(0, 45), mode="pre")
    >>> subordinate_end(text, tokenize(text, 0, 45), f, [])
    29
    """
    anchor = f.source if f.mode == "pre" else f.lead if f.mode in ("raising", "passive") \
        else None
    if anchor is None:
        return None
    before = text[max(0, anchor[0] - 9):anchor[0]].split()
    if not (before and before[-1].lower() in SUBORDINATORS) and not (
            len(t) and (t.lows[0] in SUBORDINATORS or t.lows[0] in _OPENERS)):
        return None  # the cheap test first: most sources follow no such word
    if not _after_subordinator(t, t.index_at(anchor[0])):
        return None
    cs, ce = f.content_extent or f.content
    return _comma(text, t, cs, ce, quotes)


#: How many words may stand between a sentence's opening conjunction and the source.
_SUBJECT_WORDS = 8


def _after_subordinator(t: Tokens, k: int) -> bool:
    """Whether the source at token ``k`` stands in a subordinate clause: right after its
    conjunction (at the sentence start, after a comma, or after ``, and``), or a few
    words after the conjunction that opens the sentence (``Though reports and aides
    said``)."""
    if k >= 1 and t.lows[k - 1] in SUBORDINATORS and (
            all(w in _OPENERS for w in t.lows[:k - 1]) or t.words[k - 2] == ","
            or (k >= 3 and t.lows[k - 2] in ("and", "but") and t.words[k - 3] == ",")):
        return True  # ``..., and while Lee said A, B``: the clause ends at its comma too
    p = 0
    while p < k and t.lows[p] in _OPENERS:
        p += 1
    return (p < k and t.lows[p] in SUBORDINATORS and k - p <= _SUBJECT_WORDS
            and all(t.is_word(m) for m in range(p, k)))


#: Words after a comma that go on inside a relative clause (an appositive, a list, a
#: phrase): the clause closes before a verb of the main clause instead.
_IN_CLAUSE = words("a an the including and or who such like in on at behind up with for to "
                   "from by of as")


def relative_end(t: Tokens, f: Frame, quotes: list[tuple[int, int]]) -> int | None:
    """Where the content of a frame whose source is a relative pronoun after a comma
    ends: at the comma that closes the relative clause before the main verb (``Lee, who
    backed Ames in May, is now running``: at the comma after ``May``).

    >>> from .tokens import tokenize
    >>> text = "Lee, who backed Ames in May, is now running."
    >>> f = Frame(cue=(9, 15), lemma="back", source=(5, 8), content=(16, 43),
    ...           sentence=(0, 44), mode="pre", weak=True)
    >>> relative_end(tokenize(text, 0, 44), f, [])
    27
    """
    if f.source is None or f.source[1] - f.source[0] > 5:
        return None
    k = t.index_at(f.source[0])
    if not (0 < k < len(t) and t.lows[k] in ("who", "which")
            and (t.words[k - 1] == "," or t.lows[k - 1] in ("and", "but"))
            and t.ends[k] == f.source[1]):
        return None
    cs, ce = f.content_extent or f.content
    for m in range(t.index_at(cs), len(t) - 1):
        if t.starts[m] >= ce:
            break
        if t.words[m] == "," and inside(quotes, t.starts[m]) is None and t.is_word(m + 1) \
                and t.words[m + 1].islower() and t.lows[m + 1] not in _IN_CLAUSE:
            return t.starts[m]
    return None


#: Words that open a participle clause before the main one (``After praising the plan,``).
_PARTICIPLE_LINKS = words("after while before by since upon in when")


def opening_participle_end(text: str, t: Tokens, f: Frame, quotes: list[tuple[int, int]]
                           ) -> int | None:
    """Where the content of a participle that opens the sentence after a preposition or
    conjunction ends: at the comma that closes its clause (``After praising the plan, Lee
    left``: at the comma).

    >>> from .tokens import tokenize
    >>> text = "After praising the plan, Lee left."
    >>> f = Frame(cue=(6, 14), lemma="praise", source=None, content=(15, 33),
    ...           sentence=(0, 34), mode="participle", weak=True)
    >>> opening_participle_end(text, tokenize(text, 0, 34), f, [])
    23
    """
    k = t.index_at(f.cue[0])
    if not (0 < k < len(t) and t.starts[k] == f.cue[0] and t.lows[k - 1] in _PARTICIPLE_LINKS
            and all(w in _OPENERS for w in t.lows[:k - 1])):
        return None
    cs, ce = f.content_extent or f.content
    return _comma(text, t, cs, ce, quotes)


def sourceless_end(text: str, t: Tokens, f: Frame, quotes: list[tuple[int, int]]
                   ) -> int | None:
    """Where the content of a ``raising`` or ``passive`` frame ends: at a comma, ``;`` or
    dash before a clause (not before an appositive, a list or a name).

    >>> from .tokens import tokenize
    >>> text = "The bill is expected to pass, giving Lee a win."
    >>> f = Frame(cue=(12, 20), lemma="expect", source=None, content=(21, 46),
    ...           sentence=(0, 47), mode="passive")
    >>> sourceless_end(text, tokenize(text, 0, 47), f, [])
    28
    """
    if f.mode not in ("raising", "passive"):
        return None
    cs, ce = f.content_extent or f.content
    return _comma(text, t, cs, ce, quotes, _KEEP)


#: Abbreviations with no inner stop that a content may end with (``Inc.``, ``Calif.``).
_ABBREVIATIONS = words("""
inc corp co ltd jr sr bros etc calif fla mass ind ill va ga tenn mich wis minn ariz colo
conn ky la md mo nev okla tex vt ala ark kan neb miss penn wash ore
""")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def ends_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether the stop at ``end - 1`` ends an abbreviation (``U.S.``, ``a.m.``, ``Inc.``),
    so that it belongs to the content ``text[start:end]``.

    >>> ends_abbreviation("moved to the U.S.", 0, 17), ends_abbreviation("it moved.", 0, 9)
    (True, False)
    """
    if text[end - 1] != "." or end - 2 < start or not text[end - 2].isalpha():
        return False
    ws = max(text.rfind(" ", start, end - 1), text.rfind("(", start, end - 1)) + 1
    word = text[max(ws, start):end - 1]
    if "." in word:
        return _DOTTED.fullmatch(word) is not None
    return word[:1].isupper() and word.lower() in _ABBREVIATIONS


_JOINS = words("and but or while")
_BEFORE_ING = words("not then also")


def _gerund(low: str) -> bool:
    return len(low) > 4 and low.endswith("ing")


def participle_end(t: Tokens, f: Frame, quotes: list[tuple[int, int]]) -> int | None:
    """Where the content of a participle frame ends: before ``and``/``but``/``or``/``while``
    and a second participle, when no other ``-ing`` word comes before it in the content
    (``..., saying the plan was a mess and waving to the crowd``; not ``..., praising
    the growing economy and rising wages``).

    >>> from .tokens import tokenize
    >>> text = "Lee left, saying the plan was a mess and waving to the crowd."
    >>> f = Frame(cue=(10, 16), lemma="say", source=None, content=(17, 60),
    ...           sentence=(0, 61), mode="participle")
    >>> participle_end(tokenize(text, 0, 61), f, [])
    37
    """
    if f.mode != "participle":
        return None
    cs, ce = f.content_extent or f.content
    n = len(t)
    for k in range(t.index_at(cs), n - 1):
        if t.starts[k] >= ce:
            break
        low = t.lows[k]
        if _gerund(low):
            return None
        if low in _JOINS and inside(quotes, t.starts[k]) is None:
            m = k + 1 if t.lows[k + 1] not in _BEFORE_ING or k + 2 >= n else k + 2
            if _gerund(t.lows[m]):
                return t.starts[k]
    return None


#: Words that open a clause as a content: a participle's content after one is no phrase.
_CLAUSE_OPENERS = words("that to whether if how what why who when where")


def phrase_end(t: Tokens, f: Frame, quotes: list[tuple[int, int]]) -> int | None:
    """Where the noun phrase that is the content of a stance participle (or of a
    coordinated stance cue: ``... and praised the plan, which ...``) ends: at a comma
    before a lower-case word (``..., referring to the July convention, where ...``: at
    the comma), outside quotations.

    >>> from .tokens import tokenize
    >>> text = "Lee spoke, referring to the convention, where delegates vote."
    >>> f = Frame(cue=(11, 23), lemma="refer to", source=None, content=(24, 60),
    ...           sentence=(0, 61), mode="participle", weak=True)
    >>> phrase_end(tokenize(text, 0, 61), f, [])
    38
    """
    if not (f.weak or " " in f.lemma):  # a stance cue, or a phrase (``referring to``)
        return None
    cs, ce = f.content_extent or f.content
    c = t.index_at(cs)
    if c >= len(t) or t.lows[c] in _CLAUSE_OPENERS or not t.is_word(c):
        return None
    for k in range(c + 1, len(t) - 1):
        if t.starts[k] >= ce:
            break
        if t.words[k] == "," and inside(quotes, t.starts[k]) is None and t.words[k + 1].islower() \
                and t.is_word(k + 1) and t.lows[k + 1] not in ("and", "or"):
            return t.starts[k]
    return None


def stance_end(text: str, f: Frame, quotes: list[tuple[int, int]]) -> int | None:
    """Where the content of a stance frame (a weak cue, as ``backed``) after its cue ends:
    at a semicolon outside quotations.

    >>> f = Frame(cue=(4, 10), lemma="back", source=(0, 3), content=(11, 34),
    ...           sentence=(0, 35), mode="pre", weak=True)
    >>> stance_end("Lee backed the plan; Kim did not.", f, [])
    19
    """
    if not f.weak or f.mode in ("post", "according-post"):
        return None
    cs, ce = f.content_extent or f.content
    k = text.find(";", cs, ce)
    while k >= 0 and inside(quotes, k) is not None:
        k = text.find(";", k + 1, ce)
    return k if k >= 0 else None


def content_end(text: str, t: Tokens, f: Frame, quotes: list[tuple[int, int]]) -> int | None:
    """Where the content of ``f`` ends by the rule of its shape above, if one applies: a
    subordinate clause's comma, a sourceless content's comma, a second participle, or a
    stance content's semicolon."""
    mode = f.mode
    end = None
    if mode == "pre":
        end = subordinate_end(text, t, f, quotes)
        if end is None and f.source is not None and f.source[1] - f.source[0] <= 5:
            end = relative_end(t, f, quotes)  # the cheap test first: ``who``, ``which``
    elif mode in ("raising", "passive"):
        end = subordinate_end(text, t, f, quotes) or sourceless_end(text, t, f, quotes)
    elif mode == "participle":
        end = (opening_participle_end(text, t, f, quotes) or participle_end(t, f, quotes)
               or phrase_end(t, f, quotes))
    elif mode == "coordinated":
        end = phrase_end(t, f, quotes)
    elif mode == "asked":
        # ``Asked about the plan, Lee said ...``: the question ends at its comma
        cs, ce = f.content_extent or f.content
        end = _comma(text, t, cs, ce, quotes)
    if end is None and f.weak:
        end = stance_end(text, f, quotes)
    if end is None:
        end = adjunct_end(t, f, quotes)
    return end
