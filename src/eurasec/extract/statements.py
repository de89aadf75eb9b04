"""Attributed statements in text (to be implemented: see issue 4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Actor, Mention, Statement

if TYPE_CHECKING:
    from .pipeline import Segment


def find_statements(
    text: str,
    segments: Sequence[Segment],
    actors: Sequence[Actor],
    mentions: Sequence[Mention],
    published: dt.datetime | dt.date | None,
) -> tuple[Statement, ...]:
    """Every attribution in the segments of ``text``; speakers resolve through ``mentions``."""
    del text, segments, actors, mentions, published
    return ()
