"""What every parser needs of its input: positions, and problems reported at a position.

A problem is a :class:`~eurasec.ParseError` in strict mode and a
:class:`~eurasec.Diagnostic` in lenient mode; both carry the 1-based line and column of
the offset where it was found.
"""

from __future__ import annotations

from ..errors import ParseError
from ..models import Diagnostic, Severity
from ..textutil import LineIndex, line_spans

__all__ = ["SourceText"]


class SourceText:
    """An input under parsing: its text, where it came from, its lines and problems."""

    def __init__(self, text: str, source: str, strict: bool) -> None:
        self.text = text
        self.source = source
        self.strict = strict
        self.lines = line_spans(text)
        self.index = LineIndex(text, self.lines)
        self.diagnostics: list[Diagnostic] = []

    def error(self, code: str, msg: str, offset: int) -> ParseError:
        """The ParseError for a problem at ``offset`` (to raise)."""
        line, column = self.index.position(offset)
        s, e = self.lines[line - 1]
        return ParseError(msg, source=self.source, line=line, column=column,
                          line_text=self.text[s:e], code=code)

    def diagnostic(self, code: str, msg: str, offset: int,
                   severity: Severity = Severity.ERROR) -> Diagnostic:
        """The Diagnostic for a problem at ``offset`` (to record)."""
        line, column = self.index.position(offset)
        return Diagnostic(code=code, message=msg, line=line, column=column, severity=severity)

    def problem(self, code: str, msg: str, offset: int, *,
                severity: Severity = Severity.ERROR) -> None:
        """Raise in strict mode (errors only); otherwise record a diagnostic and go on."""
        if severity is Severity.ERROR and self.strict:
            raise self.error(code, msg, offset)
        self.diagnostics.append(self.diagnostic(code, msg, offset, severity))
