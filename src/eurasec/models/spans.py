"""Located text: spans, blocks, paragraphs and diagnostics.

Every located value carries its surface ``text`` and half-open character offsets
``[start, end)`` into the text it was found in, so ``source_text[start:end] == text``.
The classes here check what they can see alone (``0 <= start <= end`` and a length that
matches); :class:`~eurasec.models.article.Article` checks every span against its text.
"""

from __future__ import annotations

from enum import Enum

import attrs

__all__ = ["Block", "BlockKind", "Diagnostic", "Paragraph", "Severity", "Span"]


def _check_offsets(obj: Span) -> None:
    if obj.start < 0:
        raise ValueError(f"start must be >= 0, got {obj.start}")
    if obj.end < obj.start:
        raise ValueError(f"end ({obj.end}) must not be before start ({obj.start})")
    if len(obj.text) != obj.end - obj.start:
        raise ValueError(
            f"text has {len(obj.text)} characters but [start, end) = "
            f"[{obj.start}, {obj.end}) spans {obj.end - obj.start}"
        )


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of text and where it stands.

    >>> Span(text="ISW", start=0, end=3)
    Span(text='ISW', start=0, end=3)
    """

    text: str
    """The surface form, exactly as in the source text."""
    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""

    def __attrs_post_init__(self) -> None:
        _check_offsets(self)


class BlockKind(str, Enum):
    """What a block of the input is. See ``docs/format.md`` for how each is recognised."""

    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    DATELINE = "dateline"
    REPEATED_HEADLINE = "repeated_headline"
    CAPTION = "caption"
    PARAGRAPH = "paragraph"
    READ_ALSO = "read_also"
    RELATED = "related"
    FOOTER = "footer"
    METADATA = "metadata"
    UNRECOGNIZED = "unrecognized"


@attrs.frozen(kw_only=True)
class Block(Span):
    """One block of the input, in document order; blocks never overlap.

    Together the blocks cover every character of the input that is not white space.
    """

    kind: BlockKind
    """What the block is."""


@attrs.frozen(kw_only=True)
class Paragraph(Span):
    """A body paragraph (a block of kind ``paragraph``)."""


class Severity(str, Enum):
    """How serious a diagnostic is; ``error`` ones raise in strict mode."""

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen(kw_only=True)
class Diagnostic:
    """A problem the parser met and, in lenient mode, worked around.

    >>> Diagnostic(code="missing-dateline", message="expected a dateline", line=3, column=1)
    Diagnostic(code='missing-dateline', ..., severity=<Severity.ERROR: 'error'>)
    """

    code: str
    """Stable identifier of the problem, such as ``missing-dateline``."""
    message: str
    """What was expected, and what the parser did instead."""
    line: int = attrs.field(validator=attrs.validators.ge(1))
    """1-based line."""
    column: int = attrs.field(validator=attrs.validators.ge(1))
    """1-based column, in characters."""
    severity: Severity = Severity.ERROR
    """``error`` would have raised in strict mode; ``warning`` never does."""
