"""One module per wire format; :func:`builtin_serializers` lists the ones eurasec ships."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..registry import Serializer

__all__ = ["builtin_serializers"]


def builtin_serializers() -> list[Serializer]:
    """A fresh instance of every built-in serializer, in registry order."""
    from .ftm import FtmSerializer
    from .html import HtmlSerializer
    from .json import JsonSerializer
    from .jsonl import JsonlSerializer
    from .jsonld import JsonLdSerializer
    from .markdown import MarkdownSerializer
    from .text_writer import TextSerializer

    return [JsonSerializer(), JsonlSerializer(), TextSerializer(), JsonLdSerializer(),
            MarkdownSerializer(), HtmlSerializer(), FtmSerializer()]
