"""Sourceless shapes of stance cues, where the content's subject stands before the cue.

PolNeAR-style corpora annotate perceptions and expectations with no source, their content
in two parts around the cue: the subject, then the rest.

* raising verbs: ``The economy seemed impervious to shocks`` (``seem``, ``appear``);
* passives: ``The committee is expected to report soon``, ``Lee was asked to resign``,
  ``Lee was asked by a host whether ...`` (then the ``by`` phrase is the source), and a few
  report verbs kept by their train-split balance (``The plan was said to be dead``);
* a question put to someone: ``Asked whether he would run, Lee said ...``, ``When asked
  about ...`` and ``Asked by a reporter on Monday whether ...``: the content is the
  question.

:func:`raised_shape` is called by :func:`~.frame_shapes.frame_at` only when the stance
option is on. Each look is bounded: constant work per cue.
"""

from __future__ import annotations

import attrs

from .lexicon import CueForm
from .tokens import BE, OPEN_QUOTES, SEPARATORS, Tokens
from .tokens import words as _words

__all__ = ["Raised", "raised_shape"]

_RAISING = _words("seem appear")
#: Passive cues with a sourceless shape: each report verb here gained more PolNeAR train
#: cues than it added false positives.
_PASSIVE = _words("expect ask say argue announce declare name deem recommend")
_QUESTION = _words("if whether about what why how who when where specifically which whom to")
_CONJUNCTIONS = _words("and but so yet or")
#: Prepositions of the phrases between ``asked`` and its question.
_ASKED_PREPS = _words("by on at during in")
#: Conjunctions that open a subordinate clause: no part of its subject (``While no one
#: seems ready``).
_SUBORDINATORS = _words("while although though if because when where whereas since once")
#: Adverbs between a subject and a raising verb (``Their choice now seems ...``).
_ADVERBS = _words("now just still also often sometimes already again even only then")
#: How far back (in tokens) the subject may start.
_REACH = 15


@attrs.frozen
class Raised:
    """The parts of a sourceless frame: where its cue starts and its content's parts."""

    mode: str
    """``raising``, ``passive`` or ``asked``."""
    cue_from: int
    """Token where the cue (with ``is``/``was``) starts."""
    content_from: int
    """Token where the content after the cue starts."""
    lead: tuple[int, int] | None
    """The subject, as a character span: the content's first part."""
    source: tuple[int, int] | None = None
    """The ``by`` phrase of a passive, if any."""


def raised_shape(t: Tokens, i: int, j: int, k: int, form: CueForm) -> Raised | None:
    """The sourceless shape of the cue at tokens ``i..j``, if it has one.

    ``k`` is the token before the cue once auxiliaries and adverbs are skipped.
    """
    n = len(t)
    if j + 1 >= n or not (t.is_word(j + 1) or t.words[j + 1] in OPEN_QUOTES):
        return None
    lemma = form.lemma
    if lemma == "ask" and form.kind == "past" and (
            k < 0 or t.words[k] in SEPARATORS or t.lows[k] in ("when", "after", "if")):
        q, source = _question(t, j + 1)
        if q is not None:
            return Raised("asked", k + 1 if k >= 0 and t.lows[k] == "when" else i, q, None,
                          source)
    if k < 0:
        return None
    if lemma in _RAISING and form.kind in ("past", "third", "base") and t.lows[k] not in BE:
        lead = _subject(t, k)
        if lead is not None and t.lows[k] == "it" and lead[0] == t.starts[k]:
            lead = None  # ``it seems that ...``: an empty subject is no part of the content
            return Raised("raising", k + 1, j + 1, lead)
        return None if lead is None else Raised("raising", k + 1, j + 1, lead)
    if lemma in _PASSIVE and form.kind == "past" and t.lows[k] in BE and k >= 1:
        lead = _subject(t, k - 1)
        if lead is None:
            return None
        p, source = j + 1, None
        if t.lows[p] == "by":
            e = t.np_right(p + 1, n, limit=8)
            if e > p + 1:
                source = (t.starts[p + 1], t.ends[e - 1])
                p = e + 1 if e < n and t.words[e] == "," else e
        if p >= n:
            return None
        # ``Lee was asked about ...``: the subject is the one asked, not the content
        return Raised("passive", k, p, None if lemma == "ask" and source is None else lead,
                      source)
    return None


def _question(t: Tokens, p: int) -> tuple[int | None, tuple[int, int] | None]:
    """Where the question starts after ``asked`` at token ``p``, past up to two phrases
    (``Asked by a reporter on Monday whether ...``), and the asker of a ``by`` phrase."""
    n = len(t)
    source = None
    for _ in range(3):
        if p >= n:
            break
        if t.lows[p] in _QUESTION:
            return p, source
        if t.lows[p] in _ASKED_PREPS:
            e = t.np_right(p + 1, n, limit=8)
            if e == p + 1:
                break
            if t.lows[p] == "by":
                source = (t.starts[p + 1], t.ends[e - 1])
            p = e
        elif t.is_cap(p):
            e = t.np_right(p, n, limit=4)  # a day: ``Asked Tuesday whether ...``
            if e == p:
                break
            p = e
        else:
            break
    return None, None


def _subject(t: Tokens, k: int) -> tuple[int, int] | None:
    """The subject ending at token ``k``: back to the start of its clause when that is
    near, else the noun phrase; an opening conjunction is left out."""
    while k > 0 and t.lows[k] in _ADVERBS:
        k -= 1  # ``Their choice now seems ...``: the adverb is no part of the subject
    a = k
    while a > 0 and k - a < _REACH and t.words[a - 1] not in SEPARATORS \
            and t.words[a - 1] not in OPEN_QUOTES:
        a -= 1
    if a > 0 and t.words[a - 1] not in SEPARATORS and t.words[a - 1] not in OPEN_QUOTES:
        a = t.np_left(k, 0)
    while a <= k and (t.lows[a] in _CONJUNCTIONS or not t.is_word(a)
                      or (t.lows[a] in _SUBORDINATORS and a < k)):
        a += 1
    if a > k or not t.is_word(k):
        return None
    return t.starts[a], t.ends[k]
