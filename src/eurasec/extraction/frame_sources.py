"""Sources around a cue: noun phrases before and after it, appositives, relative clauses.

The walks :func:`~.frame_shapes.frame_at` uses to find where a source starts and ends
(and the PolNeAR-style extent with its appositive), and to skip what stands between a cue
and its content. Each walk is bounded (at most :data:`APPOSITIVE_REACH` tokens), so the
work per cue is constant.
"""

from __future__ import annotations

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

__all__ = [
    "ADJUNCT_PREPS", "APPOSITIVE_REACH", "AUX", "FINAL", "OPENERS", "RELATIVE", "SUBORDINATE",
    "appositive", "end_of_clause", "end_of_sentence", "inverted_aside", "inverted_source",
    "plural_subject", "skip_adjuncts", "subject",
]

#: Cues that take a recipient before their content (``told reporters that``).
_TELL = _words("tell inform brief assure remind quote")
ADJUNCT_PREPS = _words("in on at during after before via through from to with by")
FINAL = frozenset(".!?…")
SUBORDINATE = _words("as when after before while during")
AUX = _words("""
n't not did does do will would could can may might must should
doesn’t don’t didn’t won’t wouldn’t can’t couldn’t shouldn’t
doesn't don't didn't won't wouldn't can't couldn't shouldn't
""")
RELATIVE = _words("who whose which")
#: Words that open an adverbial, not a noun phrase, at the start of a clause.
OPENERS = _words("if when while as although though because since after before however according")
#: How far (in tokens) an appositive source, or an ``according to`` source, may reach.
APPOSITIVE_REACH = 40
#: Marks that end a quoted sentence before its closing quotation mark (``“...,” Lee said``).
_QUOTE_ENDS = frozenset(",?!.")
#: Plural subjects that do not end in ``s``.
_PLURAL = _words("""
i we they you who people percent many some others both most few all several none
women men children
""")
_NUMBERS = _words("""
two three four five six seven eight nine ten dozen hundred
""")
#: Speech verbs that make a relative clause an attribution of its own.
_SPEECH = _words("said says say told tells added wrote argued noted")


def skip_adjuncts(t: Tokens, p: int, hi: int, lemma: str, date_tok: list[bool]) -> int:
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
                p = _her_noun(t, p, hi) if low == "her" else p + 1
            else:
                e = t.np_right(p, hi, limit=6)
                if e == p:
                    break
                p = e
            object_done = True
            continue
        break
    return p


def _her_noun(t: Tokens, p: int, hi: int) -> int:
    """After the recipient ``her`` at token ``p``: past the noun phrase it opens when
    ``that`` follows it (``told her aides that``), else past ``her`` alone (``told her
    the plan failed``)."""
    e = t.np_right(p, hi, limit=6)
    return e if p + 1 < e < hi and t.lows[e] == "that" else p + 1


def end_of_sentence(t: Tokens, p: int, hi: int) -> bool:
    """Whether only closing punctuation remains from token ``p``."""
    words = t.words
    for k in range(p, hi):  # a loop, not ``all()`` over a generator: called once per cue
        w = words[k]
        if w[0].isalnum() or not (w in FINAL or w in CLOSE_QUOTES or w in ")]"):
            return False
    return True


def end_of_clause(t: Tokens, p: int, n: int) -> bool:
    """The end of the sentence, or a comma before a participial cue."""
    return end_of_sentence(t, p, n) or (
        p + 1 < n and t.words[p] == "," and t.lows[p + 1].endswith("ing"))


def plural_subject(t: Tokens, k: int) -> bool:
    """Whether the words ending at token ``k`` can be the subject of a base-form verb
    (``they say``, ``61 percent say``, ``Smith and Jones say``, ``sources close to the
    campaign say``), rather than a singular noun before an infinitive or imperative."""
    low = t.lows[k]
    if low in _PLURAL or (low.endswith("s") and not low.endswith(("’s", "'s"))):
        return True
    if k > 0 and t.lows[k - 1] in ("in", "all") and (low.isdigit() or low in _NUMBERS):
        return True  # ``Six in 10 say``, ``majorities in all five say``
    a = t.np_left(k, max(0, k - 8))
    return any(t.lows[m] == "and" or (t.lows[m].endswith("s") and t.lows[m] not in STOP
                                      and not t.lows[m].endswith(("’s", "'s", "ss")))
               for m in range(a, k))


def subject(t: Tokens, k: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence, before token ``k``: a shared source.

    An opening phrase (``In 2015, ...``, ``But ...``, ``On Monday, ...``) is skipped.
    """
    a = 0
    if a < k and (t.lows[a] in ADJUNCT_PREPS or t.lows[a] in OPENERS):
        c = a + 1
        while c < k and c < APPOSITIVE_REACH and t.words[c] != ",":
            c += 1
        if c >= k or t.words[c] != ",":
            return None
        a = c + 1
    while a < k and t.lows[a] in ("but", "and", "so", "yet"):
        a += 1
    e = t.np_right(a, k, limit=12)
    return (t.starts[a], t.ends[e - 1]) if e > a else None


def inverted_source(t: Tokens, p: int, n: int, date_tok: list[bool]
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
        if t.lows[e + 1] in RELATIVE:
            who = _who_tail(t, e, n)
            return (t.starts[p], t.ends[e - 1]), (t.starts[p], t.ends[who - 1])
        e2 = t.np_right(e + 1, n, limit=8)
        if e2 > e + 1 and end_of_sentence(t, e2, n):
            end = e2  # an appositive: ``said Ukraine’s intelligence agency, the HUR``
        else:
            tail = _appositive_tail(t, e, n)
            if tail is not None:
                return (t.starts[p], t.ends[e - 1]), (t.starts[p], t.ends[tail - 1])
    if end < n and t.lows[end] == "who":
        # ``said Sen. Ann Lee who represents the city``
        who = _who_tail(t, end - 1, n)
        return (t.starts[p], t.ends[end - 1]), (t.starts[p], t.ends[max(who, end) - 1])
    rest = skip_adjuncts(t, end, n, "say", date_tok)
    if rest > end and rest + 1 < n and t.words[rest] == "," and t.lows[rest + 1] in RELATIVE:
        # ``said an adviser to the mayor, who ...``
        who = _who_tail(t, rest, n)
        return (t.starts[p], t.ends[end - 1]), (t.starts[p], t.ends[who - 1])
    if not (end_of_clause(t, rest, n) or t.lows[rest] in SUBORDINATE):
        return None
    return (t.starts[p], t.ends[end - 1]), (t.starts[p], t.ends[end - 1])


def inverted_aside(t: Tokens, p: int, n: int
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
    if end_of_sentence(t, q + 1, n):
        return None
    return (t.starts[p], t.ends[e - 1]), (t.starts[p], t.ends[q]), q + 1


def _who_tail(t: Tokens, c: int, n: int) -> int:
    """Where a source ends that a relative clause follows at the comma ``c``: a ``who``
    clause belongs to it (``said Ann Lee, who runs the clinic``) unless it reports speech
    itself (``, who said ...``); ``which`` and ``whose`` clauses do not."""
    if t.lows[c + 1] != "who":
        return c
    q = c + 2
    while q < n and not end_of_sentence(t, q, n):
        if t.lows[q] in _SPEECH or t.words[q] in (";", "—", "–") or t.words[q] in OPEN_QUOTES \
                or q - c > APPOSITIVE_REACH:
            return c
        q += 1
    return q


def _appositive_tail(t: Tokens, e: int, n: int) -> int | None:
    """The end (exclusive) of an appositive that starts with the comma at ``e`` and runs to
    the end of the sentence, or to a ``, who`` clause or ``, adding`` participle."""
    q = e + 1
    if q >= n or not (t.lows[q] in DETERMINERS or t.np_token(q)):
        return None
    while q < n and q - e < APPOSITIVE_REACH:
        if end_of_sentence(t, q, n):
            return q
        if t.words[q] == "," and q + 1 < n and (t.lows[q + 1] in RELATIVE
                                                 or t.lows[q + 1].endswith("ing")):
            return _who_tail(t, q, n)
        if t.words[q] == "," and q + 1 < n and (t.lows[q + 1] in BE or t.lows[q + 1] in AUX
                                                 or t.lows[q + 1] in ("has", "have", "had")):
            return None  # the content goes on: ``X, said Ann Lee, an economist, is ...``
        if t.words[q] in (";", "—", "–") or t.words[q] in OPEN_QUOTES:
            return None
        q += 1
    return None


def appositive(t: Tokens, k: int) -> tuple[int, tuple[int, int]] | None:
    """``X, who ..., said`` / ``X, the HUR, said``: the source before a comma at ``k``.

    The source's noun phrase opens a clause and is followed by a comma or a relative
    pronoun; of the candidates within reach, the leftmost wins (``Alan Berger, a doctor
    from Englewood, New Jersey, said``). Returns the start token and the source span: the
    noun phrase, with the appositive when that is a noun phrase too.
    """
    best: tuple[int, int] | None = None
    for c in range(k - 1, max(0, k - APPOSITIVE_REACH), -1):
        if t.words[c] in CLOSE_QUOTES and t.words[c - 1] in _QUOTE_ENDS:
            break  # the source follows a quotation: ``“...,” Ann Lee, 57, said``
        if t.words[c] != "," and t.lows[c] not in RELATIVE:
            continue
        a = t.np_left(c - 1, 0)
        if a <= c - 1 and (a == 0 or t.lows[a - 1] in SEPARATORS
                           or t.words[a - 1] in OPEN_QUOTES
                           or (t.words[a - 1] in CLOSE_QUOTES and t.words[a - 2] in _QUOTE_ENDS)
                           ) and _heads_np(t, a):
            best = (a, c)
    if best is None:
        return None
    a, c = best
    if t.words[c] == "," and t.np_right(c + 1, k, limit=12) == k:
        return a, (t.starts[a], t.ends[k - 1])
    return a, (t.starts[a], t.ends[c - 1])


def _heads_np(t: Tokens, a: int) -> bool:
    """Whether token ``a`` can open a source (not a preposition such as ``In``)."""
    return t.lows[a] not in ADJUNCT_PREPS and t.lows[a] not in OPENERS
