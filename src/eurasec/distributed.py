"""Beyond one machine: the pipeline on ``dask.bag``, written as a Parquet dataset.

Needs ``pip install 'eurasec[dask]'`` (dask and pyarrow). A recipe, documented in
``docs/scale.md``::

    from eurasec.distributed import parse_bag, write_parquet_dataset

    bag = parse_bag(["corpus/"], npartitions=64)          # lazy: nothing runs yet
    paths, failures = write_parquet_dataset(bag, "out/")  # runs on the current scheduler

Each partition writes ``out/<table>/part-NNNNN.parquet`` for the four tables of
:func:`eurasec.to_records`, a dataset DuckDB (``SELECT ... FROM 'out/statements/*.parquet'``),
Polars and Spark read as is. Everything that crosses workers (paths, options, results,
articles, errors) pickles.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .batch import Failure, ParseResult, expand_paths, parse_path
from .errors import MissingExtraError
from .formats.tables import _arrow_schema, to_records

__all__ = ["parse_bag", "write_parquet_dataset"]


def _need(module: str, feature: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError("dask", module.split(".")[0], feature) from exc


def parse_bag(paths: Iterable[str | os.PathLike[str]], *, npartitions: int | None = None,
              **options: Any) -> Any:
    """A lazy ``dask.bag.Bag`` of :class:`~eurasec.ParseResult`, one per file.

    Args:
        paths: Files, and directories standing for their ``*.txt`` files.
        npartitions: How many partitions (tasks); dask picks one by default.
        options: Passed to :func:`eurasec.parse_file` in the workers.
    """
    db = _need("dask.bag", "eurasec.distributed.parse_bag")
    files = list(expand_paths(paths))
    bag = db.from_sequence(files, npartitions=npartitions or max(1, min(len(files), 100)))
    return bag.map(parse_path, options)


def _write_partition(results: Sequence[ParseResult], directory: str,
                     index: int) -> tuple[list[str], list[Failure]]:
    pa = _need("pyarrow", "eurasec.distributed.write_parquet_dataset")
    pq = _need("pyarrow.parquet", "eurasec.distributed.write_parquet_dataset")
    articles = [r.article for r in results if r.article is not None]
    failures = [r.error for r in results if r.error is not None]
    written = []
    for name, rows in to_records(articles).items():
        folder = Path(directory) / name
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"part-{index:05d}.parquet"
        pq.write_table(pa.Table.from_pylist(rows, schema=_arrow_schema(pa, name)), str(path))
        written.append(str(path))
    return written, failures


def write_parquet_dataset(bag: Any, directory: str | os.PathLike[str],
                          **compute: Any) -> tuple[list[Path], list[Failure]]:
    """Compute ``bag`` (from :func:`parse_bag`) into a Parquet dataset under ``directory``.

    Every partition writes one file per table, empty tables included, so every table's
    folder reads as one dataset with a fixed schema. Failed files do not stop the run.

    Args:
        bag: A bag of :class:`~eurasec.ParseResult`.
        directory: Where ``<table>/part-NNNNN.parquet`` go.
        compute: Passed to ``dask.compute`` (e.g. ``scheduler="processes"``).

    Returns:
        The files written, and the failures, in input order.
    """
    dask = _need("dask", "eurasec.distributed.write_parquet_dataset")
    root = str(directory)
    tasks = [dask.delayed(_write_partition)(part, root, i)
             for i, part in enumerate(bag.to_delayed())]
    done = dask.compute(*tasks, **compute)
    paths = [Path(p) for written, _ in done for p in written]
    failures = [f for _, failed in done for f in failed]
    return paths, failures
