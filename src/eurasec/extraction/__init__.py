"""From text to actors, mentions and statements: pure functions over ``str`` and offsets.

:func:`extract` works on any text; :func:`annotate` runs the same pipeline over the parts
of a parsed :class:`~eurasec.models.Article` (headline, standfirst, caption, paragraphs) so
that every offset points into ``article.text``.
"""

from .pipeline import Segment, annotate, extract, segments_of

__all__ = ["Segment", "annotate", "extract", "segments_of"]
