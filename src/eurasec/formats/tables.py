"""Articles as four tables (articles, statements, actors, mentions) for dataframes and SQL.

:func:`to_records` needs nothing but eurasec. :func:`to_pandas` needs the ``[pandas]``
extra, :func:`to_arrow` and :func:`write_parquet` the ``[arrow]`` extra; they are imported
only when called, and a missing one raises :class:`~eurasec.MissingExtraError` naming the
extra to install.

The tables join on ``article_id`` and ``actor_id``:

============== ====================================== ===================================
table          key                                     joins
============== ====================================== ===================================
``articles``   ``article_id``
``statements`` ``(article_id, statement_index)``      ``speaker_id`` -> actors.actor_id
``actors``     ``(article_id, actor_id)``
``mentions``   ``(article_id, mention_index)``        ``actor_id`` -> actors.actor_id
============== ====================================== ===================================

Every table has the same columns, in the same order and with the same types, whatever the
articles (:data:`COLUMNS`), so files written from different batches concatenate. Memberships
and posts of actors, blocks and diagnostics are not tabulated: use ``json`` for them.

>>> import eurasec
>>> a = eurasec.parse_file("seeds/000_9e8d530a5ed693eb.txt")
>>> tables = eurasec.to_records([a])
>>> sorted(tables), tables["articles"][0]["article_id"] == a.id
(['actors', 'articles', 'mentions', 'statements'], True)
>>> tables["articles"][0]["published"], tables["articles"][0]["published_utc"]
('2024-06-22T08:01:00', None)
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import MissingExtraError
from ..models import Article

if TYPE_CHECKING:
    import pandas
    import pyarrow

__all__ = ["COLUMNS", "TABLES", "Cell", "Record", "to_arrow", "to_pandas", "to_records",
           "write_parquet"]

Cell = str | int | bool | dt.date | dt.datetime | list[str] | None
"""A value in a row: scalars, dates, and lists of strings."""
Record = dict[str, Cell]
"""One row: column name -> value."""

TABLES = ("articles", "statements", "actors", "mentions")
"""The table names, in the order they are written."""

COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("article_id", "str"), ("title", "str"), ("title_source", "str"),
        ("standfirst", "str"), ("dateline", "str"), ("published", "str"),
        ("published_date", "date"), ("published_utc", "timestamp"), ("caption", "str"),
        ("body", "str"), ("related", "list"), ("publisher", "str"), ("url", "str"),
        ("authors", "list"), ("source", "str"), ("format", "str"), ("n_paragraphs", "int"),
        ("n_actors", "int"), ("n_mentions", "int"), ("n_statements", "int"),
    ),
    "statements": (
        ("article_id", "str"), ("statement_index", "int"), ("speaker_id", "str"),
        ("speaker_name", "str"), ("source_text", "str"), ("cue", "str"),
        ("cue_lemma", "str"), ("content", "str"), ("quotes", "list"), ("kind", "str"),
        ("date_text", "str"), ("date_precision", "str"), ("date_earliest", "date"),
        ("date_latest", "date"), ("reported_by", "list"), ("hedges", "list"),
        ("paragraph", "int"), ("start", "int"), ("end", "int"),
    ),
    "actors": (
        ("article_id", "str"), ("actor_id", "str"), ("name", "str"), ("kind", "str"),
        ("acronym", "str"), ("aliases", "list"), ("descriptors", "list"),
        ("country", "str"), ("category", "str"), ("gender", "str"), ("source", "str"),
        ("n_mentions", "int"), ("n_statements", "int"),
    ),
    "mentions": (
        ("article_id", "str"), ("mention_index", "int"), ("actor_id", "str"),
        ("text", "str"), ("start", "int"), ("end", "int"), ("paragraph", "int"),
        ("resolution", "str"),
    ),
}
"""Every table's columns as ``(name, type)``: ``str``, ``int``, ``date``, ``timestamp``
(UTC; ``None`` for a naive ``published``) or ``list`` (of ``str``)."""


def _article_rows(a: Article) -> dict[str, list[Record]]:
    names = {actor.id: actor.name for actor in a.actors}
    published = a.published
    utc = (published.astimezone(dt.timezone.utc)
           if published is not None and published.utcoffset() is not None else None)
    articles: list[Record] = [{
        "article_id": a.id, "title": a.title, "title_source": a.title_source,
        "standfirst": a.standfirst, "dateline": a.dateline,
        "published": published.isoformat() if published else None,
        "published_date": published.date() if published else None,
        "published_utc": utc, "caption": a.caption,
        "body": "\n\n".join(p.text for p in a.paragraphs), "related": list(a.related),
        "publisher": a.publisher, "url": a.url, "authors": list(a.authors),
        "source": a.source, "format": a.format, "n_paragraphs": len(a.paragraphs),
        "n_actors": len(a.actors), "n_mentions": len(a.mentions),
        "n_statements": len(a.statements),
    }]
    statements: list[Record] = []
    for i, s in enumerate(a.statements):
        date = s.date
        statements.append({
            "article_id": a.id, "statement_index": i, "speaker_id": s.speaker,
            "speaker_name": names.get(s.speaker) if s.speaker else None,
            "source_text": s.source.text if s.source else None,
            "cue": s.cue.text if s.cue else None, "cue_lemma": s.cue.lemma if s.cue else None,
            "content": s.content.text, "quotes": [q.text for q in s.quotes],
            "kind": s.kind.value, "date_text": date.text if date else None,
            "date_precision": date.precision.value if date else None,
            "date_earliest": date.earliest if date else None,
            "date_latest": date.latest if date else None,
            "reported_by": list(s.reported_by), "hedges": list(s.hedges),
            "paragraph": s.paragraph, "start": s.start, "end": s.end,
        })
    mentions_of: dict[str, int] = {}
    for m in a.mentions:
        mentions_of[m.actor] = mentions_of.get(m.actor, 0) + 1
    said: dict[str, int] = {}
    for s in a.statements:
        if s.speaker is not None:
            said[s.speaker] = said.get(s.speaker, 0) + 1
    actors: list[Record] = [{
        "article_id": a.id, "actor_id": x.id, "name": x.name, "kind": x.kind.value,
        "acronym": x.acronym, "aliases": list(x.aliases), "descriptors": list(x.descriptors),
        "country": x.country, "category": x.category, "gender": x.gender,
        "source": x.source, "n_mentions": mentions_of.get(x.id, 0),
        "n_statements": said.get(x.id, 0),
    } for x in a.actors]
    mentions: list[Record] = [{
        "article_id": a.id, "mention_index": i, "actor_id": m.actor, "text": m.text,
        "start": m.start, "end": m.end, "paragraph": m.paragraph,
        "resolution": m.resolution.value,
    } for i, m in enumerate(a.mentions)]
    return {"articles": articles, "statements": statements, "actors": actors,
            "mentions": mentions}


def _one_or_many(articles: Article | Iterable[Article]) -> Iterable[Article]:
    return (articles,) if isinstance(articles, Article) else articles


def to_records(articles: Article | Iterable[Article]) -> dict[str, list[Record]]:
    """Plain rows for the four tables (see :data:`COLUMNS`), with no dependency.

    Args:
        articles: An article or an iterable of them (consumed once).

    Returns:
        ``{"articles": [...], "statements": [...], "actors": [...], "mentions": [...]}``,
        each a list of dicts whose keys are the table's columns, in order.
    """
    out: dict[str, list[Record]] = {name: [] for name in TABLES}
    for a in _one_or_many(articles):
        for name, rows in _article_rows(a).items():
            out[name].extend(rows)
    return out


def _require(module: str, extra: str, feature: str) -> Any:
    """Import an optional dependency, or say which extra provides it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(extra, module, feature) from exc


def to_pandas(articles: Article | Iterable[Article]) -> dict[str, pandas.DataFrame]:
    """The four tables as pandas DataFrames (needs ``pip install 'eurasec[pandas]'``).

    Integer columns use pandas' nullable ``Int64``; ``published_utc`` is a UTC datetime
    column; lists stay Python lists.

    Raises:
        MissingExtraError: when pandas is not installed.
    """
    pd = _require("pandas", "pandas", "eurasec.to_pandas")
    frames = {}
    for name, rows in to_records(articles).items():
        columns = COLUMNS[name]
        frame = pd.DataFrame.from_records(rows, columns=[c for c, _ in columns])
        for column, kind in columns:
            if kind == "int":
                frame[column] = frame[column].astype("Int64")
            elif kind == "timestamp":
                frame[column] = pd.to_datetime(frame[column], utc=True)
        frames[name] = frame
    return frames


def _arrow_schema(pa: Any, name: str) -> Any:
    types = {"str": pa.string(), "int": pa.int64(), "date": pa.date32(),
             "timestamp": pa.timestamp("us", tz="UTC"), "list": pa.list_(pa.string())}
    return pa.schema([(column, types[kind]) for column, kind in COLUMNS[name]])


def to_arrow(articles: Article | Iterable[Article]) -> dict[str, pyarrow.Table]:
    """The four tables as Arrow tables with fixed schemas (needs
    ``pip install 'eurasec[arrow]'``).

    Raises:
        MissingExtraError: when pyarrow is not installed.
    """
    pa = _require("pyarrow", "arrow", "eurasec.to_arrow")
    return {name: pa.Table.from_pylist(rows, schema=_arrow_schema(pa, name))
            for name, rows in to_records(articles).items()}


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for a in articles:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_parquet(articles: Article | Iterable[Article], directory: str | os.PathLike[str],
                  *, batch_size: int = 1000) -> dict[str, Path]:
    """Write the four tables as Parquet files ``<directory>/<table>.parquet``.

    Articles are read ``batch_size`` at a time (one row group per batch), so a generator
    of any length is written in bounded memory. DuckDB, Polars and Spark read the files as
    they are: ``SELECT * FROM 'out/statements.parquet'``. Needs
    ``pip install 'eurasec[arrow]'``.

    Returns:
        The path of each table's file.

    Raises:
        MissingExtraError: when pyarrow is not installed.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    pa = _require("pyarrow", "arrow", "eurasec.write_parquet")
    pq = _require("pyarrow.parquet", "arrow", "eurasec.write_parquet")
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    paths = {name: root / f"{name}.parquet" for name in TABLES}
    schemas = {name: _arrow_schema(pa, name) for name in TABLES}
    writers = {name: pq.ParquetWriter(str(paths[name]), schemas[name]) for name in TABLES}
    try:
        for batch in _batches(_one_or_many(articles), batch_size):
            for name, rows in to_records(batch).items():
                if rows:
                    writers[name].write_table(pa.Table.from_pylist(rows, schema=schemas[name]))
    finally:
        for writer in writers.values():
            writer.close()
    return paths
