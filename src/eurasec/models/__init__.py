"""The eurasec data model: frozen, keyword-only attrs classes with no I/O."""

from .actors import Actor, ActorKind, Membership, Mention, Post, Resolution
from .article import Article, Extraction
from .spans import Block, BlockKind, Diagnostic, Paragraph, Severity, Span
from .statements import Cue, Precision, Quote, Statement, StatementKind, TimeExpression

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Block",
    "BlockKind",
    "Cue",
    "Diagnostic",
    "Extraction",
    "Membership",
    "Mention",
    "Paragraph",
    "Post",
    "Precision",
    "Quote",
    "Resolution",
    "Severity",
    "Span",
    "Statement",
    "StatementKind",
    "TimeExpression",
]
