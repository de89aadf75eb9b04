"""Content starts: where a content begins after words that corpora such as PolNeAR leave out.

eurasec runs a content from its cue (or, before a tag, from the start of the clause).
PolNeAR starts it later when what comes first is not what was said; :func:`content_start`
picks the rule for a frame's shape and :attr:`~.frame_types.Frame.content_extent` records
the start (where a content ends is in :mod:`.frame_bounds`):

* a content before its tag starts after an opening sentence adverbial and its comma
  (``Still, the plan works, Lee said``: :func:`after_opener`) or after a colon before its
  quotation (``Lee was blunt: “It fails,” she said``: :func:`after_colon`);
* the content of ``ask`` starts at the question after the one asked (``Lee asked the mayor
  whether it works``: :func:`question_start`);
* the content of ``tell``/``warn`` starts at ``that`` after the hearers and the phrases
  about them (``Lee told a crowd in Dayton on Monday that ...``: :func:`told_start`);
* an aside before a quotation has no first part when that part quotes nothing: it is an
  adverbial (``In a speech, Lee said, “We won.”``: :func:`opens_quotation`);
* after the source of a medial ``according to``, an appositive is no content (``Turnout
  fell, according to Ann Lee, a pollster.``: :func:`appositive_after`).
"""

from __future__ import annotations

import re

from .frame_types import Frame
from .quotes import inside
from .tokens import Tokens, words

__all__ = ["after_colon", "after_opener", "appositive_after", "content_start",
           "opens_quotation", "question_start", "told_start"]


def opens_quotation(text: str, lead: tuple[int, int], start: int,
                    quotes: list[tuple[int, int]]) -> bool:
    """Whether the content after an aside's cue opens with a quoted sentence (at
    ``start``, capitalised) while the part before the source (``lead``) quotes nothing:
    then that part is not content (but in ``The vote, Lee said, “was lost.”`` it is).

    >>> text = "In a speech, Lee said, “We won.”"
    >>> opens_quotation(text, (0, 11), 23, [(24, 31)])
    True
    """
    if start >= len(text) or text[start] not in "“\"" or inside(quotes, start + 1) is None \
            or not text[start + 1:start + 3].lstrip()[:1].isupper():
        return False
    return not any(lead[0] <= q[1] and q[0] <= lead[1] for q in quotes)


#: Sentence adverbials that open a content before its tag but are not part of it.
_OPENER = re.compile(r"(?:still|however|meanwhile|instead|indeed|also|moreover|in fact|"
                     r"in contrast|of course|in other words|after all|at the same time|"
                     r"for example|even so|nevertheless|nonetheless|otherwise|similarly|"
                     r"likewise|besides|furthermore|yet)\s*,\s+", re.IGNORECASE)


def after_opener(text: str, f: Frame) -> int | None:
    """Where the content before a tag starts when a sentence adverbial and its comma open
    it (``Still, the plan works, Lee said``: at ``the``).

    >>> f = Frame(cue=(27, 31), lemma="say", source=(23, 26), content=(0, 21),
    ...           sentence=(0, 32), mode="post")
    >>> after_opener("Still, the plan works, Lee said.", f)
    7
    """
    if f.mode not in ("post", "according-post"):
        return None
    cs, ce = f.content_extent or f.content
    m = _OPENER.match(text, cs, ce)
    return m.end() if m is not None and m.end() < ce else None


#: Words that open the question after the one asked (``asked Lee whether ...``, ``if``).
_QUESTIONS = words("whether what why how if who when where")
#: How many tokens the one asked may take.
_ASKED = 6


def question_start(t: Tokens, f: Frame) -> int | None:
    """Where the content of ``ask`` starts when the one asked stands before the question
    (``Lee asked the mayor whether it works``: at ``whether``).

    >>> from .tokens import tokenize
    >>> text = "Lee asked the mayor whether it works."
    >>> f = Frame(cue=(4, 9), lemma="ask", source=(0, 3), content=(10, 36),
    ...           sentence=(0, 37), mode="pre")
    >>> question_start(tokenize(text, 0, 37), f)
    20
    """
    if f.lemma != "ask" or f.mode not in ("pre", "participle", "coordinated"):
        return None
    cs, ce = f.content_extent or f.content
    c = t.index_at(cs)
    if c >= len(t) or t.lows[c] in _QUESTIONS:
        return None
    for k in range(c + 1, min(c + _ASKED + 1, len(t))):
        if t.starts[k] >= ce or not t.is_word(k):
            return None
        if t.lows[k] in _QUESTIONS:
            return t.starts[k]
    return None


def content_start(text: str, t: Tokens, f: Frame, quotes: list[tuple[int, int]]
                  ) -> int | None:
    """Where the content of ``f`` starts by a rule above, if one applies: after an opening
    adverbial or a colon before a quotation, or at the question after the one asked."""
    if f.mode in ("post", "according-post"):
        return after_opener(text, f) or after_colon(text, f, quotes)
    if f.lemma in _TOLD:
        return told_start(t, f, quotes)
    return question_start(t, f) if f.lemma == "ask" else None


#: Cues whose hearers, and the phrases about them, stand before a ``that`` clause.
_TOLD = words("tell warn")
#: Words before ``that`` that show it to open no complement of the cue (a clause of the
#: content: ``told us she believed that ...``).
_CLAUSE_WORDS = words("he she they we i it you there")
#: How many tokens the hearers and their phrases may take.
_HEARERS = 15


def told_start(t: Tokens, f: Frame, quotes: list[tuple[int, int]]) -> int | None:
    """Where the content of ``tell``/``warn`` starts when the hearers, with the phrases
    about them, stand before a ``that`` clause (``told a crowd in Dayton on Monday that
    ...``: at ``that``).

    >>> from .tokens import tokenize
    >>> text = "Lee told a crowd in Dayton on Monday that the plan works."
    >>> f = Frame(cue=(4, 8), lemma="tell", source=(0, 3), content=(9, 57),
    ...           sentence=(0, 58), mode="pre")
    >>> told_start(tokenize(text, 0, 58), f, [])
    37
    """
    if f.mode not in ("pre", "participle", "coordinated"):
        return None
    cs, ce = f.content_extent or f.content
    c = t.index_at(cs)
    for k in range(c, min(c + _HEARERS, len(t))):
        if k > c and t.words[k] in ("“", '"') and t.words[k - 1] in (",", ":"):
            return t.starts[k]  # ``told a crowd in Dayton, “...”``
        if t.starts[k] >= ce or t.lows[k] in _CLAUSE_WORDS or t.words[k] in "“\"" \
                or inside(quotes, t.starts[k]) is not None:
            return None
        if t.lows[k] == "that":
            return t.starts[k] if k > c else None
    return None


_APPOSITIVE = words("a an the another")


def appositive_after(text: str, f: Frame) -> bool:
    """Whether what follows the source of a medial ``according to`` (an ``according-pre``
    frame with a first part) is an appositive of that source, not content (``Turnout in
    the city fell, according to Ann Lee, a pollster.``).

    >>> f = Frame(cue=(26, 38), lemma="according to", source=(39, 46), content=(48, 58),
    ...           sentence=(0, 59), mode="according-pre", lead=(0, 24))
    >>> appositive_after("Turnout in the city fell, according to Ann Lee, a pollster.", f)
    True
    """
    if f.mode != "according-pre" or f.lead is None:
        return False
    cs, ce = f.content_extent or f.content
    first = text[cs:min(ce, cs + 8)].split(None, 1)
    return bool(first) and first[0].lower() in _APPOSITIVE


_COLON = re.compile(r":\s+(?=[“\"])")


def after_colon(text: str, f: Frame, quotes: list[tuple[int, int]]) -> int | None:
    """Where the content before a tag starts when a colon outside quotations introduces
    its quotation (``Lee was blunt: “It fails,” she said``: at the quotation mark).

    >>> f = Frame(cue=(32, 36), lemma="say", source=(28, 31), content=(0, 26),
    ...           sentence=(0, 37), mode="post")
    >>> after_colon("Lee was blunt: “It fails,” she said.", f, [(16, 25)])
    15
    """
    if f.mode != "post":
        return None
    cs, ce = f.content_extent or f.content
    k = text.find(":", cs, ce)
    if k < 0:
        return None  # the cheap test first: most contents have no colon
    m = _COLON.search(text, k, ce)
    return m.end() if m is not None and inside(quotes, m.start()) is None else None
