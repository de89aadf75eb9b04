"""Frame shapes: what stands around one cue, and the frame it makes.

:func:`frame_at` looks left and right of a cue found in a sentence's tokens and decides
which shape it has (see :mod:`eurasec.extraction.frames`), where its source is and where
its content starts. Each look is bounded, so the work per cue is constant.
"""

from __future__ import annotations

from collections.abc import Callable

from .frame_raising import raised_shape
from .frame_types import Frame
from .lexicon import CueForm
from .tokens import (
    BE,
    BETWEEN,
    CLOSE_QUOTES,
    DETERMINERS,
    OPEN_QUOTES,
    PRONOUNS,
    SEPARATORS,
    STOP,
    Tokens,
)
from .tokens import (
    words as _words,
)

__all__ = ["ADJUNCT_PREPS", "FINAL", "frame_at"]

#: Cues that take a recipient before their content (``told reporters that``).
_TELL = _words("tell inform brief assure remind quote")
ADJUNCT_PREPS = _words("in on at during after before via through from to with by")
FINAL = frozenset(".!?…")
_SUBORDINATE = _words("as when after before while during")
_AUX = _words("n't not did does do will would could can may might must should")
_RELATIVE = _words("who whose which")
#: Words that open an adverbial, not a noun phrase, at the start of a clause.
_OPENERS = _words("if when while as although though because since after before however according")
#: How far back (in tokens) an appositive source may start before its cue.
_APPOSITIVE_REACH = 40
#: Words before a sentence-medial ``according to, ...`` that still leave it opening the
#: clause (``But in fact, according to ...``); beyond, it closes the clause before it.
_LEAD = 4
#: Words that may stand, between commas, between a source and its cue.
_ASIDES = _words("however though too meanwhile instead moreover nonetheless nevertheless")
#: Plural subjects that do not end in ``s``.
_PLURAL = _words("""
i we they you who people percent many some others both most few all several none
""")
#: Words before a gerund cue that make it a participle of the main clause's source
#: (``by saying``, ``after warning``, ``and adding``).
_GERUND_LINKS = _words("by after while in before upon since and")
#: Speech verbs that make a relative clause an attribution of its own.
_SPEECH = _words("said says say told tells added wrote argued noted")
_WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
_Make = Callable[[str, "tuple[int, int] | None", int, int, bool], Frame]


def _skip_adjuncts(t: Tokens, p: int, hi: int, lemma: str, date_tok: list[bool]) -> int:
    """Skip what stands between a cue and its content: dates, ``in a statement``, recipients."""
    object_done = lemma not in _TELL
    steps = 0
    while p < hi and steps < 8:
        steps += 1
        low = t.lows[p]
        if date_tok[p]:
            while p < hi and date_tok[p]:
                p += 1
            continue
        if low in BETWEEN:
            p += 1
            continue
        if low in ADJUNCT_PREPS and p + 1 < hi:
            nxt = t.lows[p + 1]
            if low == "to" and not (nxt in DETERMINERS or t.is_cap(p + 1)
                                    or nxt in ("reporters", "journalists")):
                break
            e = t.np_right(p + 1, hi, limit=6)
            if e == p + 1:
                break
            p = e
            continue
        if (not object_done and t.np_token(p)) or low in ("reporters", "journalists"):
            if not object_done and (low in PRONOUNS or low in ("him", "her", "them", "us", "me")):
                p += 1
            else:
                e = t.np_right(p, hi, limit=6)
                if e == p:
                    break
                p = e
            object_done = True
            continue
        break
    return p


def _clause_start(t: Tokens, i: int) -> bool:
    return i == 0 or t.words[i - 1] in SEPARATORS or t.words[i - 1] in OPEN_QUOTES


def _end_of_sentence(t: Tokens, p: int, hi: int) -> bool:
    """Whether only closing punctuation remains from token ``p``."""
    return all(not t.is_word(k) and (t.words[k] in FINAL or t.words[k] in CLOSE_QUOTES
                                     or t.words[k] in ")]")
               for k in range(p, hi))


def frame_at(text: str, t: Tokens, i: int, j: int, form: CueForm, sent: tuple[int, int],
           quotes: list[tuple[int, int]], date_tok: list[bool], stance: bool = False
           ) -> Frame | None:
    """The frame of the cue at tokens ``i..j`` (inclusive) of sentence ``sent``, or ``None``.

    ``date_tok`` marks the tokens inside time expressions. With ``stance``, a weak cue
    marked :attr:`~.lexicon.CueWord.any_complement` also counts with a bare complement
    (``Ames criticized the plan``): an attribution of stance, belief or intention.
    """
    n = len(t)
    cue = (t.starts[i], t.ends[j])
    lemma = form.lemma

    cue_from = i  # the first token of the verb group (``has also said``)
    src_extent: tuple[int, int] | None = None

    def frame(mode: str, source: tuple[int, int] | None, content_from: int, boundary: int,
              cuts: bool) -> Frame:
        ext = (t.starts[cue_from], _cue_end(t, j))
        return Frame(cue=cue, lemma=lemma, source=source, content=(0, 0), sentence=sent,
                     mode=mode, weak=form.weak, boundary=boundary, cuts=cuts,
                     content_from=content_from, needs_quote=form.needs_quote,
                     cue_extent=ext if ext != cue else None,
                     source_extent=src_extent if src_extent != source else None)

    if lemma == "according to":
        e = t.np_right(j + 1, n, limit=12)
        if e == j + 1:
            return None
        src = (t.starts[j + 1], t.ends[e - 1])
        q = _phrase_end(t, e, n)
        src_extent = (t.starts[j + 1], t.ends[q - 1])
        if (_clause_start(t, i) and q < n and t.words[q] == ","
                and (i == 0 or _words_before(t, i) <= _LEAD or not _closes(t, q + 1))):
            made = frame("according-pre", src, q + 1, t.starts[i], i > 0)
            # ``The treaty, according to ISW, suggests ...``: the content goes round it
            made.aside = i > 0 and t.words[i - 1] == "," and _words_before(t, i) > _LEAD
            return made
        if i > 0 and (_end_of_sentence(t, q, n) or t.words[q] in (",", ";", "—", "–")):
            b = i - 1 if t.words[i - 1] in (",", "—", "–") else i
            return frame("according-post", src, 0, t.starts[b], True)
        return None

    if form.kind == "ing" or (form.kind == "phrase" and t.lows[i].endswith("ing")):
        if i == 0 or not (t.words[i - 1] in (",", "—", "–") or (t.words[i - 1] in CLOSE_QUOTES
                          and text[t.starts[i - 1] - 1] == ",")
                          or t.lows[i - 1] in _GERUND_LINKS):
            return None
        p = _skip_adjuncts(t, j + 1, n, lemma, date_tok)
        if p < n and t.words[p] == ":":
            p += 1
        if p >= n or _end_of_sentence(t, p, n):
            return None
        if form.weak and t.lows[p] != "that" and t.words[p] not in OPEN_QUOTES and not (
                stance and form.any_complement and t.is_word(p)):
            return None
        subject = _subject(t, i - 1)
        b = t.ends[i - 1] if t.words[i - 1] in CLOSE_QUOTES else t.starts[i - 1]
        # ``by saying`` stays inside a content before it; ``, adding`` and ``and adding`` end it
        return frame("participle", subject, p, b, not t.is_word(i - 1)
                     or t.lows[i - 1] == "and")

    # a finite verb (or a phrase such as ``was quoted as saying``)
    k = i - 1
    while k >= 0 and (t.lows[k] in BETWEEN or date_tok[k] or t.lows[k] in _AUX):
        k -= 1
    cue_from = k + 1
    while cue_from < i and date_tok[cue_from]:
        cue_from += 1
    if k >= 2 and t.words[k] == "," and t.lows[k - 1] in _ASIDES and t.words[k - 2] == ",":
        k -= 3  # ``Supporters of the bill, however, say``
    if k >= 0 and (t.lows[k] in DETERMINERS or t.lows[k] in ("to", "that")
                   or (k == i - 1 and t.lows[k].endswith(("’s", "'s", "s’", "s'")))):
        return None  # a noun (``the report``), an infinitive, an adjective (``Russia’s proposed``)
    if stance:
        raised = raised_shape(t, i, j, k, form)
        if raised is not None:
            cue_from = raised.cue_from
            made = frame(raised.mode, raised.source, raised.content_from,
                         t.starts[raised.cue_from], False)
            made.lead = raised.lead
            return made
    if form.kind == "phrase" and lemma == "quote":
        pass
    elif k >= 0 and t.lows[k] in BE:
        if (form.kind == "past" and k >= 1 and t.lows[k - 1] == "it" and j + 1 < n
                and t.lows[j + 1] == "that"):
            return frame("passive", None, j + 1, t.starts[k - 1], False)
        return None
    if form.noun and form.kind in ("base", "third") and not (
            j + 1 < n and (t.lows[j + 1] == "that" or t.words[j + 1] in OPEN_QUOTES
                           or t.words[j + 1] == ":")):
        return None
    if form.kind == "base" and k >= 0 and not (k < i - 1 or _plural_subject(t, k)):
        return None

    after = _skip_adjuncts(t, j + 1, n, lemma, date_tok)
    if k >= 0 and t.lows[k] in ("and", "but") and i > 1:
        # coordinated: ``X replied that A, and said B`` (the source is X's)
        b = k - 1 if t.words[k - 1] == "," else k
        return _pre(t, form, stance, frame, after, "coordinated", _subject(t, k), t.starts[b], True)
    if k < 0 or t.words[k] in CLOSE_QUOTES or t.words[k] in (",", "—", "–", ":"):
        # inverted: ``..., said Putin.`` / ``“...,” said the ministry.``
        inv = _inverted_source(t, after, n, date_tok) if k >= 0 and not form.weak else None
        if inv is not None:
            b = t.ends[k] if t.words[k] in CLOSE_QUOTES else t.starts[k]
            src_extent = inv[1]
            return frame("post", inv[0], 0, b, True)
        mid = _inverted_aside(t, after, n) if k >= 0 and not form.weak and (
            t.words[k] == "," or (t.words[k] in CLOSE_QUOTES
                                  and text[t.starts[k] - 1] == ",")) else None
        if mid is not None:
            # ``The risk, said Ann Lee, an economist, is that ...``: content on both sides
            src_extent = mid[1]
            made = frame("pre", mid[0], mid[2],
                         t.ends[k] if t.words[k] in CLOSE_QUOTES else t.starts[k], True)
            made.aside = True
            return made
        if k < 0 or t.words[k] != ",":
            return None
        app = _appositive(t, k)
        if app is None:
            return None
        a, src = app
        src_extent = (t.starts[a], t.ends[k])
    else:
        a = t.np_left(k, 0)
        while a <= k and date_tok[a]:
            a += 1
        if a > k:
            return None
        src = (t.starts[a], t.ends[k])
    if a > 0 and t.words[a - 1] in CLOSE_QUOTES and (
            _end_of_clause(t, after, n) or t.words[after] == ","
            or t.lows[after] in _SUBORDINATE or text[t.starts[a - 1] - 1] in ",?!"):
        # ``“...,” Pence told a host during an interview``: the quotation is the content
        return frame("post", src, 0, t.ends[a - 1], True)
    if _end_of_clause(t, after, n):
        if a == 0:
            return None
        if t.words[a - 1] in (",", "—", "–"):
            return frame("post", src, 0, t.starts[a - 1], True)
        return None
    cuts = a > 0 and (t.words[a - 1] in SEPARATORS or t.lows[a - 1] in ("while", "whereas"))
    f = _pre(t, form, stance, frame, after, "pre", src, t.starts[a - 1] if cuts else t.starts[a],
             cuts)
    if f is not None and t.words[a - 1] == "," and f.content_from == after + 1 and (
            t.words[after] == ","):
        f.aside = True  # ``The talks, he said, had failed``
    return f


def _phrase_end(t: Tokens, e: int, n: int) -> int:
    """Where the source of ``according to`` ends: at the next comma, dash or semicolon,
    or the end of the sentence (``according to data released Friday by regulators``)."""
    q = e
    while q < n and q - e < _APPOSITIVE_REACH and not _end_of_sentence(t, q, n):
        if t.words[q] in (",", ";", "—", "–", ":") or t.words[q] in OPEN_QUOTES:
            return q
        q += 1
    return q if q - e < _APPOSITIVE_REACH else e


def _closes(t: Tokens, p: int) -> bool:
    """Whether what follows a sentence-medial ``, according to X,`` at token ``p`` leaves
    the clause before it whole: a relative clause or a participle, not the rest of it
    (``This move, according to ISW, suggests ...``)."""
    return p < len(t) and (t.lows[p] in _RELATIVE or t.lows[p].endswith("ing"))


def _words_before(t: Tokens, i: int) -> int:
    """How many words stand before token ``i`` in the sentence."""
    return sum(1 for k in range(min(i, _LEAD + 1)) if t.is_word(k))


def _plural_subject(t: Tokens, k: int) -> bool:
    """Whether the words ending at token ``k`` can be the subject of a base-form verb
    (``they say``, ``61 percent say``, ``Smith and Jones say``, ``sources close to the
    campaign say``), rather than a singular noun before an infinitive or imperative."""
    low = t.lows[k]
    if low in _PLURAL or (low.endswith("s") and not low.endswith(("’s", "'s"))):
        return True
    a = t.np_left(k, max(0, k - 8))
    return any(t.lows[m] == "and" or (t.lows[m].endswith("s") and t.lows[m] not in STOP
                                      and not t.lows[m].endswith(("’s", "'s", "ss")))
               for m in range(a, k))


def _cue_end(t: Tokens, j: int) -> int:
    """Where a cue ending at token ``j`` ends as PolNeAR marks it: with a bare weekday
    (``said Tuesday``), ``in a statement``, then a colon or ``of``/``about``."""
    n = len(t)
    if j + 1 < n and t.lows[j + 1] in _WEEKDAYS:
        j += 1
    elif j + 3 < n and t.lows[j + 1] == "in" and t.lows[j + 2] in ("a", "the") \
            and t.lows[j + 3] == "statement":
        j += 3
    if j + 1 < n and (t.words[j + 1] == ":" or t.lows[j + 1] in ("of", "about")):
        return t.ends[j + 1]
    return t.ends[j]


def _pre(t: Tokens, form: CueForm, stance: bool, frame: _Make, after: int, mode: str,
         src: tuple[int, int] | None, boundary: int, cuts: bool) -> Frame | None:
    n = len(t)
    p = after
    if p < n and t.words[p] == ",":
        # ``said on Wednesday, after meeting Xi on the sidelines, that ...``
        for q in range(p + 1, min(n - 1, p + 25)):
            if t.words[q] == "," and t.lows[q + 1] == "that":
                p = q + 1
                break
    while p < n and t.words[p] in (",", ":"):
        p += 1
    if p >= n or _end_of_sentence(t, p, n):
        return None
    if form.weak and not (t.lows[p] == "that" or t.words[p] in OPEN_QUOTES
                          or (stance and form.any_complement and mode == "pre" and t.is_word(p))):
        return None
    return frame(mode, src, p, boundary, cuts)


def _subject(t: Tokens, k: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence, before token ``k``: a shared source.

    An opening phrase (``In 2015, ...``, ``But ...``, ``On Monday, ...``) is skipped.
    """
    a = 0
    if a < k and (t.lows[a] in ADJUNCT_PREPS or t.lows[a] in _OPENERS):
        c = a + 1
        while c < k and c < _APPOSITIVE_REACH and t.words[c] != ",":
            c += 1
        if c >= k or t.words[c] != ",":
            return None
        a = c + 1
    while a < k and t.lows[a] in ("but", "and", "so", "yet"):
        a += 1
    e = t.np_right(a, k, limit=12)
    return (t.starts[a], t.ends[e - 1]) if e > a else None


def _inverted_source(t: Tokens, p: int, n: int, date_tok: list[bool]
                     ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The source after an inverted cue (``said Kremlin aide Vladimir Medinsky, who ...``).

    Returns the source and its extent: the extent runs on through an appositive to the end
    of the sentence (``said Jane Roe, a lawyer at the firm who ...``), takes a ``who``
    clause that reports no speech, and stops before other relative clauses (``, which``)
    and participles (``, adding ...``).
    """
    e = t.np_right(p, n, limit=12)
    if e == p:
        return None
    end = e
    if e + 1 < n and t.words[e] == ",":
        if t.lows[e + 1] in _RELATIVE:
            who = _who_tail(t, e, n)
            return (t.starts[p], t.ends[e - 1]), (t.starts[p], t.ends[who - 1])
        e2 = t.np_right(e + 1, n, limit=8)
        if e2 > e + 1 and _end_of_sentence(t, e2, n):
            end = e2  # an appositive: ``said Ukraine’s intelligence agency, the HUR``
        else:
            tail = _appositive_tail(t, e, n)
            if tail is not None:
                return (t.starts[p], t.ends[e - 1]), (t.starts[p], t.ends[tail - 1])
    if end < n and t.lows[end] == "who":
        # ``said Sen. Ann Lee who represents the city``
        who = _who_tail(t, end - 1, n)
        return (t.starts[p], t.ends[end - 1]), (t.starts[p], t.ends[max(who, end) - 1])
    rest = _skip_adjuncts(t, end, n, "say", date_tok)
    if not (_end_of_clause(t, rest, n) or t.lows[rest] in _SUBORDINATE):
        return None
    return (t.starts[p], t.ends[end - 1]), (t.starts[p], t.ends[end - 1])


def _inverted_aside(t: Tokens, p: int, n: int
                    ) -> tuple[tuple[int, int], tuple[int, int], int] | None:
    """An inverted source between commas inside the content (``X, said Ann Lee, an
    economist, would ...``): the source, its extent (with the closing comma) and the token
    where the content resumes."""
    e = t.np_right(p, n, limit=12)
    if e == p or e + 1 >= n or t.words[e] != ",":
        return None
    q = e
    e2 = t.np_right(e + 1, n, limit=12)
    if e2 > e + 1 and e2 + 1 < n and t.words[e2] == ",":
        q = e2  # an appositive
    if _end_of_sentence(t, q + 1, n):
        return None
    return (t.starts[p], t.ends[e - 1]), (t.starts[p], t.ends[q]), q + 1


def _who_tail(t: Tokens, c: int, n: int) -> int:
    """Where a source ends that a relative clause follows at the comma ``c``: a ``who``
    clause belongs to it (``said Ann Lee, who runs the clinic``) unless it reports speech
    itself (``, who said ...``); ``which`` and ``whose`` clauses do not."""
    if t.lows[c + 1] != "who":
        return c
    q = c + 2
    while q < n and not _end_of_sentence(t, q, n):
        if t.lows[q] in _SPEECH or t.words[q] in (";", "—", "–") or t.words[q] in OPEN_QUOTES \
                or q - c > _APPOSITIVE_REACH:
            return c
        q += 1
    return q


def _appositive_tail(t: Tokens, e: int, n: int) -> int | None:
    """The end (exclusive) of an appositive that starts with the comma at ``e`` and runs to
    the end of the sentence, or to a ``, who`` clause or ``, adding`` participle."""
    q = e + 1
    if q >= n or not (t.lows[q] in DETERMINERS or t.np_token(q)):
        return None
    while q < n and q - e < _APPOSITIVE_REACH:
        if _end_of_sentence(t, q, n):
            return q
        if t.words[q] == "," and q + 1 < n and (t.lows[q + 1] in _RELATIVE
                                                 or t.lows[q + 1].endswith("ing")):
            return _who_tail(t, q, n)
        if t.words[q] == "," and q + 1 < n and (t.lows[q + 1] in BE or t.lows[q + 1] in _AUX
                                                 or t.lows[q + 1] in ("has", "have", "had")):
            return None  # the content goes on: ``X, said Ann Lee, an economist, is ...``
        if t.words[q] in (";", "—", "–") or t.words[q] in OPEN_QUOTES:
            return None
        q += 1
    return None


def _appositive(t: Tokens, k: int) -> tuple[int, tuple[int, int]] | None:
    """``X, who ..., said`` / ``X, the HUR, said``: the source before a comma at ``k``.

    The source's noun phrase opens a clause and is followed by a comma or a relative
    pronoun; of the candidates within reach, the leftmost wins (``Alan Berger, a doctor
    from Englewood, New Jersey, said``). Returns the start token and the source span: the
    noun phrase, with the appositive when that is a noun phrase too.
    """
    best: tuple[int, int] | None = None
    for c in range(k - 1, max(0, k - _APPOSITIVE_REACH), -1):
        if t.words[c] != "," and t.lows[c] not in _RELATIVE:
            continue
        a = t.np_left(c - 1, 0)
        if a <= c - 1 and (a == 0 or t.words[a - 1] in SEPARATORS
                           or t.words[a - 1] in OPEN_QUOTES) and _heads_np(t, a):
            best = (a, c)
    if best is None:
        return None
    a, c = best
    if t.words[c] == "," and t.np_right(c + 1, k, limit=12) == k:
        return a, (t.starts[a], t.ends[k - 1])
    return a, (t.starts[a], t.ends[c - 1])


def _heads_np(t: Tokens, a: int) -> bool:
    """Whether token ``a`` can open a source (not a preposition such as ``In``)."""
    return t.lows[a] not in ADJUNCT_PREPS and t.lows[a] not in _OPENERS


def _end_of_clause(t: Tokens, p: int, n: int) -> bool:
    """The end of the sentence, or a comma before a participial cue."""
    return _end_of_sentence(t, p, n) or (
        p + 1 < n and t.words[p] == "," and t.lows[p + 1].endswith("ing"))
