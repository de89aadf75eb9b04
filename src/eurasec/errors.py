"""Every exception eurasec raises.

The tree::

    EurasecError
    ├── ParseError (ValueError)            input text that breaks the format's rules
    ├── SerializationError (ValueError)    a document that does not structure into the model
    ├── UnknownFormatError (LookupError)   no parser or serializer by that name, or none fits
    ├── PluginError (ImportError)          a third-party entry point that failed to load
    └── MissingExtraError (ImportError)    an optional dependency that is not installed

Callers catch ``EurasecError`` for everything, or the builtin they would catch anyway
(``ValueError``, ``LookupError``, ``ImportError``). All errors pickle, so they cross process
boundaries in ``parse_many`` and in distributed runs.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "EurasecError",
    "MissingExtraError",
    "ParseError",
    "PluginError",
    "SerializationError",
    "UnknownFormatError",
]


class EurasecError(Exception):
    """Base class of every error raised by eurasec."""


class ParseError(EurasecError, ValueError):
    """The input does not follow the format.

    Attributes:
        msg: What was expected, in one sentence.
        source: Where the input came from (a path, or ``"<string>"``).
        line: 1-based line of the problem.
        column: 1-based column (in characters) of the problem.
        line_text: The offending line, without its line break, when known.
        code: A short stable identifier of the problem (``"missing-dateline"``).

    ``str(error)`` reads ``source:line:column: msg``, like compilers and ``json``.
    """

    def __init__(
        self,
        msg: str,
        *,
        source: str = "<string>",
        line: int = 1,
        column: int = 1,
        line_text: str | None = None,
        code: str = "parse-error",
    ) -> None:
        self.msg = msg
        self.source = source
        self.line = line
        self.column = column
        self.line_text = line_text
        self.code = code
        super().__init__(f"{source}:{line}:{column}: {msg}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_parse_error, (self.msg, self.source, self.line, self.column,
                                       self.line_text, self.code))


def _rebuild_parse_error(
    msg: str, source: str, line: int, column: int, line_text: str | None, code: str
) -> ParseError:
    return ParseError(msg, source=source, line=line, column=column, line_text=line_text,
                      code=code)


class SerializationError(EurasecError, ValueError):
    """A serialized document does not describe a valid model object.

    Attributes:
        errors: One readable line per problem, each naming the path of the failing field,
            e.g. ``"$.paragraphs[3].start: expected int, got str"``.
    """

    def __init__(self, message: str, errors: Sequence[str] = ()) -> None:
        self.errors = tuple(errors) or (message,)
        detail = "; ".join(self.errors[:5])
        more = f" (+{len(self.errors) - 5} more)" if len(self.errors) > 5 else ""
        super().__init__(f"{message}: {detail}{more}" if errors else message)
        self.message = message

    def __reduce__(self) -> tuple[object, ...]:
        return (SerializationError, (self.message, self.errors))


class UnknownFormatError(EurasecError, LookupError):
    """No parser or serializer has that name, or none recognises the input.

    Attributes:
        name: The name that was asked for (``None`` when guessing).
        available: The names that do exist.
    """

    def __init__(self, message: str, *, name: str | None = None,
                 available: Sequence[str] = ()) -> None:
        self.name = name
        self.available = tuple(available)
        self.message = message
        listing = ", ".join(self.available) or "none"
        super().__init__(f"{message} (available: {listing})")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_unknown_format, (self.message, self.name, self.available))


def _rebuild_unknown_format(
    message: str, name: str | None, available: tuple[str, ...]
) -> UnknownFormatError:
    return UnknownFormatError(message, name=name, available=available)


class PluginError(EurasecError, ImportError):
    """A plugin's entry point could not be loaded; the other plugins still work."""


class MissingExtraError(EurasecError, ImportError):
    """An optional dependency is needed; the message names the extra to install."""

    def __init__(self, extra: str, package: str, feature: str) -> None:
        self.extra = extra
        self.package = package
        self.feature = feature
        super().__init__(
            f"{feature} needs the optional dependency {package!r}: "
            f"pip install 'eurasec[{extra}]'"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (MissingExtraError, (self.extra, self.package, self.feature))
