"""The attribution frame: one source, cue and content found in a sentence, as spans."""

from __future__ import annotations

import attrs

__all__ = ["MAX_FRAMES", "Frame"]

MAX_FRAMES = 32
"""Frames looked for in one sentence; real sentences hold a handful. The cap keeps the
work per sentence linear on machine-made text (``according to X, `` a million times)."""


@attrs.define
class Frame:
    """One attribution in a sentence, as spans (character offsets into the text)."""

    cue: tuple[int, int]
    lemma: str
    source: tuple[int, int] | None
    content: tuple[int, int]
    sentence: tuple[int, int]
    mode: str
    """``pre``, ``post``, ``according-pre``, ``according-post``, ``participle``,
    ``coordinated``, ``passive`` (``it was said that``, ``X is expected to``),
    ``raising`` (``X seemed to``), ``asked`` (``Asked whether ..., X said``),
    ``headline`` or ``label`` (a transcript's ``LEE: ...``)."""
    weak: bool = False
    parent: int | None = None
    """Index (in the same list) of the frame whose content holds this frame's cue."""
    boundary: int = 0
    """Character offset where the frame's own words begin, when they cut a preceding
    frame's content (a separator before a participle or a postposed source)."""
    cuts: bool = False
    """Whether the frame ends the content of a frame before it."""
    content_from: int = 0
    """Token index where preposed content starts (internal)."""
    needs_quote: bool = False
    """The cue counts only if the content holds a quotation."""
    cue_extent: tuple[int, int] | None = None
    """The cue as corpora such as PolNeAR mark it, when wider than :attr:`cue`: with the
    auxiliaries, adverbs and negation before the verb (``has also said``, ``did not
    say``) and a colon or ``of``/``about`` right after it (``said:``, ``said of``)."""
    source_extent: tuple[int, int] | None = None
    """The source as such corpora mark it, when wider than :attr:`source`: with its
    appositives and relative clauses (``Jane Roe, a lawyer who ...,``)."""
    content_extent: tuple[int, int] | None = None
    """The content as such corpora mark it, when shorter than :attr:`content`: up to a
    clause break after it (``, which ...``, ``, while ...``; see :mod:`.frame_bounds`),
    where eurasec runs on to the end of the clause."""
    aside: bool = False
    """The source and cue stand between commas inside the content (``The talks, he said,
    had failed``): the content also has a part before them, :attr:`lead`."""
    lead: tuple[int, int] | None = None
    """The part of the content before the cue: before the source of an :attr:`aside`
    frame, or the subject of a ``raising`` or ``passive`` one."""
    parts: list[tuple[int, int]] = attrs.Factory(list)
    """Quotes in later sentences that continue the content (multi-sentence quotes)."""
