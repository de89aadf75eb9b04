"""Speed rewrites give exactly what the plain forms they replace give.

Each fast path in the statement pipeline keeps a readable reference here: the regex it was
rewritten from, or the search it skips. The texts are our own, with the edge cases each
rewrite has to respect (initials, dotted acronyms, possessives, runs of punctuation,
digits inside words, cues at sentence edges).
"""

from __future__ import annotations

import re

import pytest

from eurasec.extraction import dates, sentences, tokens
from eurasec.extraction.frame_units import _has_cue
from eurasec.extraction.lexicon import Lexicon

TEXTS = [
    "Gen. Mark Milley said the U.S. Army’s plan, which Roger C. Altman backed, was ‘sound.’",
    "“Why?!” he asked… Nobody replied. The talks (in Geneva) failed.\n\nSaid Lee: no.",
    "On 21 June, NATO’s G7 partners met; by Dec. 5 the 2.5% rise was over. Kyiv agreed.",
    "A.B.C. and x.y. are not names, but J. R. R. Tolkien’s is. It's 3/4 done -- mid-2024.",
    "Officials told reporters on Tuesday morning that the talks had stalled, TASS reported.",
    "Lee said. Ann told Bo. They added. He denied it. “Yes,” Kim said. Nobody said anything",
    "ЕС said. İstanbul’s mayor argued today; the Élysée stated last week that it agreed.",
]

_OLD_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s+[A-Z])|\w+(?:[’'.\-/]\w+)*(?:[’']s?)?|\S")
_OLD_END = re.compile(r"([.!?…]+)([”’\"')\]]*)(\s+)")


def _spans(pattern: re.Pattern[str], text: str, pos: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos)]


@pytest.mark.parametrize("text", TEXTS)
def test_token_and_sentence_end_patterns(text: str) -> None:
    """The class-first token and sentence-end patterns match where the plain ones do, from
    any starting position."""
    for pos in range(len(text) + 1):
        assert _spans(tokens._TOKEN, text, pos) == _spans(_OLD_TOKEN, text, pos)
        assert _spans(sentences._END, text, pos) == _spans(_OLD_END, text, pos)


def _old_anchors(text: str, start: int, stop: int) -> list[int]:
    out = [m.start() for m in re.compile(r"[0-9]+").finditer(text, start, stop)]
    for key in dates._MONTH_KEYS:
        i = text.find(key, start, stop)
        while i >= 0:
            out.append(i)
            i = text.find(key, i + 3, stop)
    low = text[start:stop].lower()
    if len(low) != stop - start:
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text[start:stop])
    for key in dates._WORD_KEYS:
        i = low.find(key)
        while i >= 0:
            out.append(start + i)
            i = low.find(key, i + 3)
    return sorted(out)


@pytest.mark.parametrize("text", TEXTS)
def test_date_anchors(text: str) -> None:
    """One scan for digits and month keys finds the anchors a digit regex and a
    ``str.find`` per month key find."""
    for start in range(0, len(text), 7):
        assert dates._anchors(text, start, len(text)) == _old_anchors(text, start, len(text))


@pytest.mark.parametrize("text", TEXTS)
def test_cue_reuse_matches_search(text: str) -> None:
    """Reusing the segment's first cue decides each sentence as a search would."""
    search = Lexicon.default().scanner.search
    first = search(text, 0, len(text))
    for s, e in sentences.split_sentences(text):
        assert _has_cue(text, s, e, first, search) == (search(text, s, e) is not None)
