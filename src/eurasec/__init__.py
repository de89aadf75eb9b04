"""eurasec: typed, trustworthy data from geopolitical news.

Parse an article, then use its typed, immutable parts:

>>> import eurasec
>>> article = eurasec.parse_file("seeds/000_9e8d530a5ed693eb.txt")
>>> article.title_source, article.published.date().isoformat(), len(article.paragraphs)
('ISW', '2024-06-22', 7)
"""

from importlib import metadata as _metadata

from .actor_registry import Registry
from .api import parse, parse_bytes, parse_file
from .batch import Failure, ParseResult, parse_many
from .errors import (
    EurasecError,
    MissingExtraError,
    ParseError,
    PluginError,
    SerializationError,
    UnknownFormatError,
)
from .extraction import annotate, extract
from .extraction.dates import resolve_date
from .formats.ftm import to_ftm
from .formats.html import to_html
from .formats.json import from_dict, from_json, to_dict, to_json
from .formats.jsonld import to_jsonld
from .formats.markdown import to_markdown
from .formats.schema import json_schema
from .formats.tables import to_arrow, to_pandas, to_records, write_parquet
from .models import (
    Actor,
    ActorKind,
    Article,
    Block,
    BlockKind,
    Cue,
    Diagnostic,
    Extraction,
    Membership,
    Mention,
    Paragraph,
    Post,
    Precision,
    Quote,
    Resolution,
    Severity,
    Span,
    Statement,
    StatementKind,
    TimeExpression,
)
from .registry import (
    Parser,
    Serializer,
    get_parser,
    get_serializer,
    guess_parser,
    parsers,
    plugin_errors,
    register_parser,
    register_serializer,
    serializers,
)
from .serialize import dump, dumps, iter_load, iter_loads, load, loads

try:
    __version__ = _metadata.version("eurasec")
except _metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Block",
    "BlockKind",
    "Cue",
    "Diagnostic",
    "EurasecError",
    "Extraction",
    "Failure",
    "Membership",
    "Mention",
    "MissingExtraError",
    "Paragraph",
    "ParseError",
    "ParseResult",
    "Parser",
    "PluginError",
    "Post",
    "Precision",
    "Quote",
    "Registry",
    "Resolution",
    "SerializationError",
    "Serializer",
    "Severity",
    "Span",
    "Statement",
    "StatementKind",
    "TimeExpression",
    "UnknownFormatError",
    "__version__",
    "annotate",
    "dump",
    "dumps",
    "extract",
    "from_dict",
    "from_json",
    "get_parser",
    "get_serializer",
    "guess_parser",
    "iter_load",
    "iter_loads",
    "json_schema",
    "load",
    "loads",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_many",
    "parsers",
    "plugin_errors",
    "register_parser",
    "register_serializer",
    "resolve_date",
    "serializers",
    "to_arrow",
    "to_dict",
    "to_ftm",
    "to_html",
    "to_json",
    "to_jsonld",
    "to_markdown",
    "to_pandas",
    "to_records",
    "write_parquet",
]
