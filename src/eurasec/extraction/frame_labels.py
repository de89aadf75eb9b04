"""Speaker labels: a transcript paragraph that opens with its speaker's name in capitals.

``LEE: We will cut the budget.`` is an attribution with ``:`` as its cue, the name as its
source and the rest of the paragraph as its content, as in interview transcripts printed
in news articles. Words that label a paragraph without naming a speaker (``UPDATE:``,
``CORRECTION:``) are left out, and so are one-letter labels (``Q:``, ``A:``), which
PolNeAR's annotators marked in some articles and not in others.
"""

from __future__ import annotations

import re

from .frame_types import Frame
from .tokens import words as _words

__all__ = ["label_frame"]

_LABEL = re.compile(r"([A-Z][A-Z’'.-]{2,}(?: [A-Z][A-Z’'.-]+){0,2})(:)[ \t]+(?=\S)")
#: Capitalised labels that name no speaker.
_NOT_SPEAKERS = _words("""
UPDATE UPDATED CORRECTION CLARIFICATION EMAIL NOTE EDITOR’S EDITOR'S BREAKING WATCH VIDEO
PHOTO PHOTOS RELATED READ MORE EXCLUSIVE SOURCE SOURCES LIVE WARNING ALERT NEW POLL
""")


def label_frame(text: str, start: int, end: int) -> Frame | None:
    """The frame of a paragraph ``text[start:end]`` that opens with a speaker label.

    >>> f = label_frame("LEE: We will cut it.", 0, 20)
    >>> f.source, f.cue, f.content
    ((0, 3), (3, 4), (5, 20))
    """
    m = _LABEL.match(text, start, end)
    if m is None or not _NOT_SPEAKERS.isdisjoint(m.group(1).split()):
        return None
    return Frame(cue=(m.start(2), m.end(2)), lemma=":", source=(m.start(1), m.end(1)),
                 content=(m.end(), end), sentence=(start, end), mode="label")
