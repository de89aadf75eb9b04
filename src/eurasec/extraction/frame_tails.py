"""Trailing adjuncts: where a content after its cue ends before the circumstances of the
speech act, as corpora such as PolNeAR mark it.

A content after its cue runs to the end of the clause (``Lee praised the plan in a
speech``). When what ends the clause tells where, when or how the cue's act took place,
PolNeAR leaves it out of the content: ``the plan``. The adjuncts are, outside quotations
and after at least one word of content:

* after the noun phrase of a stance cue (``praised``, ``criticized``: not a ``that``
  clause, where the setting may belong to what is reported), ``in``/``at``/``during`` and
  an article before a word of a speech event within a few words (``in a tweet``, ``at a
  news conference``, ``during a debate``);
* ``when asked`` (``Lee said “We’ll see,” when asked about it``).

Measured on PolNeAR ``train`` (frames whose cue is exactly right): the setting rule
makes 16 contents right and 5 wrong; for a speech cue (``said the plan failed in a
speech``) it makes as many wrong as right, and so does ``as he ...``; ``when asked``
makes 3 right and 1 wrong.
"""

from __future__ import annotations

from .frame_types import Frame
from .quotes import inside
from .tokens import Tokens, words

__all__ = ["adjunct_end"]

#: Prepositions that open the setting of a speech act.
_SETTING = words("in at during")
#: Nouns of a speech event.
_EVENTS = words("""
tweet tweets statement speech interview post letter email op-ed rally conference debate
meeting event hall call appearance video commercial ad address radio briefing hearing
remarks column essay op-ed editorial sermon town
""")
#: How many words the event noun may stand after the article (``at a crowded news
#: conference``).
_EVENT_REACH = 4
#: Modes whose content follows the cue.
_AFTER_CUE = frozenset({"pre", "coordinated", "participle"})


def _setting(t: Tokens, k: int, hi: int, stance: bool) -> bool:
    """Whether token ``k`` opens a speech act's setting (``in a speech``, for a stance
    content; ``when asked``)."""
    low = t.lows[k]
    if k + 1 >= hi:
        return False
    nxt = t.lows[k + 1]
    if low in _SETTING:
        return stance and nxt in ("a", "an") and any(
            t.lows[m] in _EVENTS for m in range(k + 2, min(k + 2 + _EVENT_REACH, hi)))
    return low == "when" and nxt == "asked"


def adjunct_end(t: Tokens, f: Frame, quotes: list[tuple[int, int]]) -> int | None:
    """Where the content of a frame whose content follows its cue ends before a trailing
    adjunct of the speech act (see the module docstring).

    >>> from .tokens import tokenize
    >>> text = "Lee praised the plan in a speech on Monday."
    >>> f = Frame(cue=(4, 11), lemma="praise", source=(0, 3), content=(12, 42),
    ...           sentence=(0, 43), mode="pre", weak=True)
    >>> adjunct_end(tokenize(text, 0, 43), f, [])
    21
    """
    if f.mode not in _AFTER_CUE:
        return None
    cs, ce = f.content_extent or f.content
    first = t.index_at(cs)
    stance = f.weak and t.lows[first] != "that"
    hi = len(t)
    while hi > 0 and t.starts[hi - 1] >= ce:
        hi -= 1
    for k in range(first + 1, hi):
        if (t.lows[k] in _SETTING or t.lows[k] == "when") and _setting(t, k, hi, stance) \
                and inside(quotes, t.starts[k]) is None:
            return t.starts[k]
    return None
