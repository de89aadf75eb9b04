"""The dask recipe: a bag of files to a Parquet dataset that DuckDB queries."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("pyarrow")

from eurasec.distributed import parse_bag, write_parquet_dataset

DEVCORPUS = Path(__file__).parent / "data" / "devcorpus"


def test_dataset_on_the_process_scheduler(tmp_path: Path) -> None:
    """Worker processes parse the corpus; every table gets a part per partition."""
    bad = tmp_path / "in" / "bad.txt"
    bad.parent.mkdir()
    bad.write_text("Title\n\nJun 31, 2024 - 08:01\n\nBody.\n", encoding="utf-8")
    bag = parse_bag([DEVCORPUS, bad.parent], npartitions=3)
    paths, failures = write_parquet_dataset(bag, tmp_path / "out", scheduler="processes",
                                            num_workers=2)
    assert len(paths) == 4 * 3
    assert [(f.source, f.line, f.column) for f in failures] == [(str(bad), 3, 5)]
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "out"
    n = duckdb.sql(f"SELECT count(*) FROM '{out}/articles/*.parquet'").fetchall()
    assert n == [(len(list(DEVCORPUS.glob("*.txt"))),)]
    top = duckdb.sql(
        f"SELECT speaker_id FROM '{out}/statements/*.parquet' WHERE speaker_id IS NOT NULL "
        "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchall()
    assert top == [("vladimir-putin",)]
