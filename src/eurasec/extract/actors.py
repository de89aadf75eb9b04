"""Actors and their mentions in text (to be implemented: see issue 3)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Actor, Mention

if TYPE_CHECKING:
    from .pipeline import Segment


def find_actors(
    text: str, segments: Sequence[Segment], registry: object | None
) -> tuple[tuple[Actor, ...], tuple[Mention, ...]]:
    """Every actor mentioned in the segments of ``text``, and every mention of them."""
    del text, segments, registry
    return (), ()
