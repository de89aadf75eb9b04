"""Frame shapes: what stands around one cue, and the frame it makes.

:func:`frame_at` looks left and right of a cue found in a sentence's tokens and decides
which shape it has (see :mod:`eurasec.extraction.frames`), where its source is and where
its content starts; the walks that find sources are in :mod:`.frame_sources`. Each look
is bounded, so the work per cue is constant.
"""

from __future__ import annotations

from collections.abc import Callable

from .frame_raising import raised_shape
from .frame_sources import (
    APPOSITIVE_REACH,
    AUX,
    RELATIVE,
    SUBORDINATE,
    appositive,
    end_of_clause,
    end_of_sentence,
    inverted_aside,
    inverted_source,
    skip_adjuncts,
    subject,
)
from .frame_subjects import (
    after_modifier,
    after_quote,
    modified_subject,
    plural,
    quantifier_subject,
    quote_tag,
)
from .frame_types import Frame
from .lexicon import CueForm
from .tokens import (
    BE,
    BETWEEN,
    CLOSE_QUOTES,
    DETERMINERS,
    OPEN_QUOTES,
    SEPARATORS,
    Tokens,
)
from .tokens import (
    words as _words,
)

__all__ = ["frame_at"]

#: Words before a sentence-medial ``according to, ...`` that still leave it opening the
#: clause (``But in fact, according to ...``); beyond, it closes the clause before it.
_LEAD = 4
#: Words that may stand, between commas, between a source and its cue.
_ASIDES = _words("however though too meanwhile instead moreover nonetheless nevertheless")
#: Words before a gerund cue that make it a participle of the main clause's source
#: (``by saying``, ``after warning``, ``and adding``).
_GERUND_LINKS = _words("by after while in before upon since and")
#: Prepositions that belong to the cue when the content follows them (``cautioned
#: against``, ``asked for``, ``weighed in on``).
_CUE_PREPS = _words("of about for on with against upon")
#: Conjunctions that open a sentence; no part of a content (``But, according to ...``).
_CONJUNCTIONS = _words("but and so yet")
#: Cues whose ``to`` is a preposition, not an infinitive's (``did not respond to``).
_TO_CUES = _words("respond react reply object")
_OBJECT_PRONOUNS = _words("him her them it us me he she they we")
#: ``went on to``: a chain before a base-form cue that PolNeAR marks as part of the cue.
_GO_ON = _words("went goes go going")
#: ``seemed to``: a raising verb before a base-form cue (``Lee seemed to blame the
#: press``) is part of that cue, whose content is the cue's own complement.
_SEEM = _words("seem seems seemed appear appears appeared")
#: Forms of ``be`` that make a gerund cue a finite verb (``Lee is seeking``).
_PROGRESSIVE = _words("is are was were been am")
#: Adverbs that may stand between a source and its cue (``Lee now says``, ``never said``).
_ADVERBS = _words("now never always still even just often since usually sometimes first")
#: Subject pronouns that show a word which is also a noun to be a verb (``he notes``,
#: ``they fear``), by the verb's form.
_SUBJECT_PRONOUNS = {"third": _words("he she it who which"), "base": _words("they we i you who"),
                     "past": frozenset(), "ing": frozenset(), "phrase": frozenset()}
_WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
_Make = Callable[[str, "tuple[int, int] | None", int, int, bool], Frame]


def _clause_start(t: Tokens, i: int) -> bool:
    return i == 0 or t.words[i - 1] in SEPARATORS or t.words[i - 1] in OPEN_QUOTES


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
        ext = (t.starts[cue_from], _cue_end(t, j, content_from))
        return Frame(cue=cue, lemma=lemma, source=source, content=(0, 0), sentence=sent,
                     mode=mode, weak=form.weak, boundary=boundary, cuts=cuts,
                     content_from=content_from,
                     needs_quote=form.needs_quote and not (stance and _names(t, j)),
                     cue_extent=ext if ext != cue else None,
                     source_extent=src_extent if src_extent != source else None)

    if lemma == "according to":
        e = t.np_right(j + 1, n, limit=12)
        if e == j + 1:
            return None
        src = (t.starts[j + 1], t.ends[e - 1])
        q = _phrase_end(t, e, n)
        src_extent = (t.starts[j + 1], t.ends[q - 1])
        if (_clause_start(t, i) and q < n and (t.words[q] == "," or (i == 0 and t.words[q] == ":"))
                and (i == 0 or _words_before(t, i) <= _LEAD or not _closes(t, q + 1))):
            made = frame("according-pre", src, q + 1, t.starts[i], i > 0)
            # ``The treaty, according to ISW, suggests ...``: the content goes round it
            # and after a short opening phrase (``Since May, according to ISW, ...``)
            made.aside = i > 1 and t.words[i - 1] == "," and (
                _words_before(t, i) > _LEAD or not (i == 2 and t.lows[0] in _CONJUNCTIONS))
            return made
        if i > 0 and (end_of_sentence(t, q, n) or t.words[q] in (",", ";", "—", "–")):
            b = i - 1 if t.words[i - 1] in (",", "—", "–") else i
            return frame("according-post", src, 0, t.starts[b], True)
        return None

    progressive = form.kind == "ing" and i > 0 and t.lows[i - 1] in _PROGRESSIVE
    if not progressive and (
            form.kind == "ing" or (form.kind == "phrase" and t.lows[i].endswith("ing"))):
        if i == 0 or not (t.words[i - 1] in (",", "—", "–") or (t.words[i - 1] in CLOSE_QUOTES
                          and _before_quote(text, t.starts[i - 1]) == ",")
                          or t.lows[i - 1] in _GERUND_LINKS):
            return None
        p = skip_adjuncts(t, j + 1, n, lemma, date_tok)
        if p < n and t.words[p] in (":", ","):
            p += 1  # ``, saying: “...”``, ``, adding, “...”``
        if p >= n or end_of_sentence(t, p, n):
            return None
        if form.weak and t.lows[p] != "that" and t.words[p] not in OPEN_QUOTES and not (
                stance and form.any_complement and t.is_word(p)):
            return None
        shared = subject(t, i - 1)
        b = t.ends[i - 1] if t.words[i - 1] in CLOSE_QUOTES else t.starts[i - 1]
        # ``by saying`` stays inside a content before it; ``, adding`` and ``and adding`` end it
        return frame("participle", shared, p, b, not t.is_word(i - 1)
                     or t.lows[i - 1] == "and")

    # a finite verb (or a phrase such as ``was quoted as saying``)
    k = i - 1
    chained = form.kind == "base" and k >= 2 and t.lows[k] == "to" and t.lows[k - 1] == "on" \
        and t.lows[k - 2] in _GO_ON
    if chained:
        k -= 3  # ``Lee went on to say``: the cue runs from ``went``
    elif stance and form.kind == "base" and k >= 1 and t.lows[k] == "to" \
            and t.lows[k - 1] in _SEEM:
        chained = True
        k -= 2  # ``Lee seemed to blame``: the cue runs from ``seemed``
    while k >= 0 and (t.lows[k] in BETWEEN or date_tok[k] or t.lows[k] in AUX
                      or t.lows[k] in _ADVERBS or (t.lows[k].endswith("ly") and _adverb(t, k))
                      or (progressive and t.lows[k] in BE)):
        k -= 1
    cue_from = k + 1
    while cue_from < i and date_tok[cue_from]:
        cue_from += 1
    if k >= 2 and t.words[k] == "," and t.lows[k - 1] in _ASIDES and t.words[k - 2] == ",":
        k -= 3  # ``Supporters of the bill, however, say``
    if k >= 0 and ((t.lows[k] in DETERMINERS and not quantifier_subject(t, k, form))
                   or t.lows[k] in ("to", "that")
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
    verb = k >= 0 and ((k == i - 1 and t.lows[k] in _SUBJECT_PRONOUNS[form.kind])
                       or (end_of_clause(t, j + 1, n) and after_quote(t, k)))
    if form.noun and form.kind in ("base", "third") and not verb and not chained and not (
            j + 1 < n and (t.lows[j + 1] == "that" or t.words[j + 1] in OPEN_QUOTES
                           or t.words[j + 1] == ":")) and not (
            k < i - 1 and k >= 0 and t.lows[i - 1] in AUX) and not (
            stance and form.any_complement and _object(t, j + 1) and (
                form.kind == "third" or (k >= 0 and plural(t, k, date_tok)))):
        return None  # a noun (``his claims``) unless an auxiliary or an object shows a verb
    if form.kind == "base" and k >= 0 and not chained and not (
            k < i - 1 or plural(t, k, date_tok) or (t.lows[k] in ("and", "but") and i > 1)):
        return None

    after = skip_adjuncts(t, j + 1, n, lemma, date_tok)
    if k >= 0 and t.lows[k] in ("and", "but") and i > 1:
        # coordinated: ``X replied that A, and said B`` (the source is X's)
        if j + 1 < n and t.lows[j + 1] == "by":
            return None  # a passive participle: ``armed by A and opposed by B``
        b = k - 1 if t.words[k - 1] == "," else k
        return _pre(t, form, stance, frame, after, "coordinated", subject(t, k), t.starts[b], True)
    if k < 0 or t.words[k] in CLOSE_QUOTES or t.words[k] in (",", "—", "–", ":"):
        # inverted: ``..., said Putin.`` / ``“...,” said the ministry.``
        inv = inverted_source(t, after, n, date_tok) if k >= 0 and not form.weak \
            and not _opening_appositive(t, k) else None
        if inv is not None:
            b = t.ends[k] if t.words[k] in CLOSE_QUOTES else t.starts[k]
            src_extent = inv[1]
            return frame("post", inv[0], 0, b, True)
        mid = inverted_aside(t, after, n) if k >= 0 and not form.weak and (
            t.words[k] == "," or (t.words[k] in CLOSE_QUOTES
                                  and _before_quote(text, t.starts[k]) == ",")) else None
        if mid is not None and t.words[k] in CLOSE_QUOTES and t.words[mid[2]] not in OPEN_QUOTES:
            mid = None  # after a quotation, only a quotation resumes the content
        if mid is not None:
            # ``The risk, said Ann Lee, an economist, is that ...``: content on both sides
            src_extent = mid[1]
            made = frame("pre", mid[0], mid[2],
                         t.ends[k] if t.words[k] in CLOSE_QUOTES else t.starts[k], True)
            made.aside = True
            return made
        if k >= 0 and t.words[k] in CLOSE_QUOTES and not form.weak:
            tag = quote_tag(t, after, n)
            if tag is not None:
                src_extent = tag[1]
                return frame("post", tag[0], 0, t.ends[k], True)
        if k < 0 or t.words[k] != ",":
            return None
        app = appositive(t, k)
        if app is None:
            return None
        a, src = app
        src_extent = (t.starts[a], t.ends[k])
    else:
        # ``the group, which said``: the relative pronoun is the source
        a = k if t.lows[k] == "which" and k > 0 and t.words[k - 1] == "," else t.np_left(k, 0)
        while a <= k and date_tok[a]:
            a += 1
        if a > k or after_modifier(t, a):
            mod = modified_subject(t, k, date_tok)  # ``A poll taken in May found``
            if mod is not None:
                a, k = mod[0], cue_from - 1
        if a > k:
            return None
        src = (t.starts[a], t.ends[k])
    if a > 0 and t.words[a - 1] in CLOSE_QUOTES and (
            end_of_clause(t, after, n) or t.words[after] == ","
            or t.lows[after] in SUBORDINATE or _before_quote(text, t.starts[a - 1]) in ",?!"):
        # ``“...,” Pence told a host during an interview``: the quotation is the content
        return frame("post", src, 0, t.ends[a - 1], True)
    if end_of_clause(t, after, n):
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


def _opening_appositive(t: Tokens, k: int) -> bool:
    """Whether the sentence opens with a noun phrase and its appositive, both set off by
    commas, right before the cue at ``k + 1`` (``Another aide, Ann Lee, said the plan
    fails``): the source stands there, not after the cue."""
    if t.words[k] != ",":
        return False
    app = appositive(t, k)
    if app is None or app[0] != 0:
        return False
    e = t.np_right(0, k)
    return e < k and t.words[e] == ","


def _before_quote(text: str, q: int) -> str:
    """The character before the closing quotation mark at ``q``, past one space (``...
    crazy, " said Lee`` in text that spaces its quotation marks)."""
    p = q - 1
    if p > 0 and text[p] == " ":
        p -= 1
    return text[p] if p >= 0 else ""


def _adverb(t: Tokens, k: int) -> bool:
    """Whether token ``k``, a word in ``-ly``, is an adverb between a source and its cue (``He
    barely mentioned``), not a noun such as ``the family`` or ``his ally``."""
    w = t.words[k]
    return (len(w) > 4 and w.islower() and k > 0
            and t.lows[k - 1] not in DETERMINERS and not t.lows[k - 1].endswith(("’s", "'s")))


def _object(t: Tokens, p: int) -> bool:
    """Whether token ``p`` can open the object of a verb in ``-s`` (``A poll shows Lee
    ahead``): a name, a number, a determiner or a pronoun, not a verb or a preposition
    (``the TV shows are``, ``reports of``); a subject pronoun opens a clause (``Polls show
    he leads``)."""
    return p < len(t) and (t.is_cap(p) or t.lows[p] in DETERMINERS
                           or t.lows[p] in _OBJECT_PRONOUNS)


def _phrase_end(t: Tokens, e: int, n: int) -> int:
    """Where the source of ``according to`` ends: at the next comma, dash or semicolon,
    or the end of the sentence (``according to data released Friday by regulators``)."""
    q = e
    while q < n and q - e < APPOSITIVE_REACH and not end_of_sentence(t, q, n):
        if t.words[q] in (",", ";", "—", "–", ":") or t.words[q] in OPEN_QUOTES:
            return q
        q += 1
    return q if q - e < APPOSITIVE_REACH else e


def _closes(t: Tokens, p: int) -> bool:
    """Whether what follows a sentence-medial ``, according to X,`` at token ``p`` leaves
    the clause before it whole: a relative clause or a participle, not the rest of it
    (``This move, according to ISW, suggests ...``)."""
    return p < len(t) and (t.lows[p] in RELATIVE or t.lows[p].endswith("ing"))


def _words_before(t: Tokens, i: int) -> int:
    """How many words stand before token ``i`` in the sentence."""
    return sum(1 for k in range(min(i, _LEAD + 1)) if t.is_word(k))


def _cue_end(t: Tokens, j: int, content_from: int) -> int:
    """Where a cue ending at token ``j`` ends as PolNeAR marks it: with a bare weekday
    (``said Tuesday``), ``in a statement`` or an adverb before a comma or stop (``said
    recently,``), then a colon, or ``of``/``about`` when the
    content follows (``said of the plan that``, not ``“No,” Lee said of the plan``), or a
    preposition right before the content (``warned against``, ``asked for``)."""
    n = len(t)
    if content_from == j + 2 and (t.lows[j + 1] in _CUE_PREPS or t.lows[j + 1] == "to"):
        return t.ends[j + 1]  # ``to`` only after a cue of :data:`_TO_CUES` (see ``_pre``)
    if j + 1 < n and t.lows[j + 1] in _WEEKDAYS:
        j += 1
    elif j + 3 < n and t.lows[j + 1] == "in" and t.lows[j + 2] in ("a", "the") \
            and t.lows[j + 3] == "statement":
        j += 3
    elif j + 2 < n and t.lows[j + 1].endswith("ly") and t.words[j + 1].islower() \
            and len(t.lows[j + 1]) > 4 and not t.is_word(j + 2):
        j += 1  # an adverb that ends the clause: ``Lee said sarcastically.``
    if j + 1 < n and (t.words[j + 1] == ":"
                      or (t.lows[j + 1] in ("of", "about") and content_from > j)):
        return t.ends[j + 1]
    return t.ends[j]


#: Objects of ``call`` that show it to name or describe (``called him a liar``).
_NAMED = _words("him her them himself herself themselves")
#: Words after that object that show a call of another kind (``called her to the stage``).
_NOT_NAMES = _words("to for on in at into up out back over off and")


def _names(t: Tokens, j: int) -> bool:
    """Whether the cue ending at token ``j`` (``called``) takes a person and a name or
    description after it (``called him a liar``), which needs no quotation."""
    return (j + 2 < len(t) and t.lows[j + 1] in _NAMED and t.is_word(j + 2)
            and t.lows[j + 2] not in _NOT_NAMES)


#: Cues that report a finding, and the nouns of the sources that find (``A poll taken in
#: May found Lee ahead``): with these sources they take a bare complement.
_FINDING_CUES = _words("find")
_RESEARCH = _words("poll polls survey surveys study studies report analysis investigation "
                   "inquiry audit review paper research probe")


def _research(t: Tokens, form: CueForm, src: tuple[int, int] | None) -> bool:
    """Whether a finding cue has a study or poll for its source (a word of the source's
    first eight: ``A Quinnipiac University poll this month``, ``A study by the group``)."""
    if form.lemma not in _FINDING_CUES or src is None:
        return False
    k = t.index_at(src[0])
    return any(t.lows[m] in _RESEARCH for m in range(k, min(k + 8, len(t)))
               if t.starts[m] < src[1])


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
    if p >= n or end_of_sentence(t, p, n):
        return None
    if form.weak and not (t.lows[p] == "that" or t.words[p] in OPEN_QUOTES
                          or (stance and (form.any_complement or _research(t, form, src))
                              and t.is_word(p) and (mode == "pre" or t.lows[p] != "by"))):
        return None
    if (t.lows[p] in _CUE_PREPS or (t.lows[p] == "to" and form.lemma in _TO_CUES)) \
            and p + 2 < n and t.is_word(p + 1):
        p += 1  # ``warned against the deal``: the preposition goes with the cue
    return frame(mode, src, p, boundary, cuts)

