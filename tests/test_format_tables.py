"""Tables: four joinable record lists, and pandas/Arrow/Parquet behind lazy extras."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import eurasec
from eurasec import MissingExtraError
from eurasec.formats.tables import COLUMNS, TABLES
from eurasec.strategies import articles

DEVCORPUS = sorted(Path(__file__).parent.glob("data/devcorpus/*.txt"))[:6]


@pytest.fixture(scope="module")
def corpus() -> list[eurasec.Article]:
    return [eurasec.parse_file(p, strict=False) for p in DEVCORPUS]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st_articles=articles())
def test_records_have_the_declared_columns(st_articles: eurasec.Article) -> None:
    """Every row has exactly its table's columns, in order, and the counts add up."""
    tables = eurasec.to_records([st_articles])
    assert tuple(tables) == TABLES
    for name, rows in tables.items():
        for row in rows:
            assert list(row) == [c for c, _ in COLUMNS[name]]
    a = st_articles
    assert len(tables["statements"]) == len(a.statements)
    assert len(tables["actors"]) == len(a.actors)
    assert len(tables["mentions"]) == len(a.mentions)


def test_keys_join(corpus: list[eurasec.Article]) -> None:
    """Statements and mentions join to actors on (article_id, actor id)."""
    tables = eurasec.to_records(corpus)
    actors = {(r["article_id"], r["actor_id"]) for r in tables["actors"]}
    articles_ = {r["article_id"] for r in tables["articles"]}
    assert len(tables["articles"]) == len(corpus)
    for m in tables["mentions"]:
        assert (m["article_id"], m["actor_id"]) in actors
    for s in tables["statements"]:
        assert s["article_id"] in articles_
        if s["speaker_id"] is not None:
            assert (s["article_id"], s["speaker_id"]) in actors


def test_published_columns() -> None:
    """published keeps the ISO text; published_utc is set only for aware times."""
    kyiv = dt.timezone(dt.timedelta(hours=3))
    a = eurasec.Article(id="a", text="", published=dt.datetime(2024, 6, 22, 8, 1, tzinfo=kyiv))
    row = eurasec.to_records(a)["articles"][0]
    assert row["published"] == "2024-06-22T08:01:00+03:00"
    assert row["published_utc"] == dt.datetime(2024, 6, 22, 5, 1, tzinfo=dt.timezone.utc)
    assert row["published_date"] == dt.date(2024, 6, 22)


def test_records_accept_a_generator(corpus: list[eurasec.Article]) -> None:
    """to_records consumes any iterable once."""
    assert len(eurasec.to_records(iter(corpus))["articles"]) == len(corpus)


@pytest.fixture
def hide(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Make importing the named top-level modules fail, as if not installed."""
    hidden: set[str] = set()
    real_import = builtins.__import__

    def fake_import(name: str, *args: object, **kwargs: object) -> object:
        if name.split(".")[0] in hidden:
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    import importlib

    real_import_module = importlib.import_module

    def fake_import_module(name: str, package: str | None = None) -> object:
        if name.split(".")[0] in hidden:
            raise ModuleNotFoundError(f"No module named {name!r}")
        return real_import_module(name, package)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    monkeypatch.setattr(importlib, "import_module", fake_import_module)
    return hidden.add


@pytest.mark.parametrize(("module", "call", "extra"), [
    ("pandas", lambda a, tmp: eurasec.to_pandas(a), "pandas"),
    ("pyarrow", lambda a, tmp: eurasec.to_arrow(a), "arrow"),
    ("pyarrow", lambda a, tmp: eurasec.write_parquet(a, tmp), "arrow"),
])
def test_missing_extra_names_it(hide: object, tmp_path: Path, seed_text: str, module: str,
                                call: object, extra: str) -> None:
    """Without the package, the error says which extra to install."""
    a = eurasec.parse(seed_text, extract=False)
    hide(module)  # type: ignore[operator]
    with pytest.raises(MissingExtraError, match=rf"pip install 'eurasec\[{extra}\]'") as info:
        call(a, tmp_path)  # type: ignore[operator]
    assert info.value.extra == extra
    assert isinstance(info.value, ImportError)


def test_pandas(corpus: list[eurasec.Article]) -> None:
    """to_pandas gives four frames with the declared columns and nullable ints."""
    pd = pytest.importorskip("pandas")
    frames = eurasec.to_pandas(corpus)
    assert list(frames) == list(TABLES)
    for name, frame in frames.items():
        assert list(frame.columns) == [c for c, _ in COLUMNS[name]]
    assert str(frames["statements"]["paragraph"].dtype) == "Int64"
    assert len(frames["articles"]) == len(corpus)
    merged = frames["mentions"].merge(frames["actors"], on=["article_id", "actor_id"])
    assert len(merged) == len(frames["mentions"])
    assert isinstance(frames["articles"], pd.DataFrame)


def test_pandas_empty() -> None:
    """No articles still gives every table with its columns."""
    pytest.importorskip("pandas")
    frames = eurasec.to_pandas([])
    assert all(len(f) == 0 and len(f.columns) == len(COLUMNS[n]) for n, f in frames.items())


def test_arrow_schemas_are_fixed(corpus: list[eurasec.Article]) -> None:
    """to_arrow uses the same schema whatever the data, empty included."""
    pytest.importorskip("pyarrow")
    full, empty = eurasec.to_arrow(corpus), eurasec.to_arrow([])
    for name in TABLES:
        assert full[name].schema == empty[name].schema
    assert full["articles"].num_rows == len(corpus)


def test_parquet_reads_in_duckdb(corpus: list[eurasec.Article], tmp_path: Path) -> None:
    """write_parquet writes a dataset DuckDB queries and joins as is, batch by batch."""
    pytest.importorskip("pyarrow")
    duckdb = pytest.importorskip("duckdb")
    many = [attrs.evolve(a, id=f"{i:02d}{a.id[2:]}") for i, a in enumerate(corpus * 2)]
    paths = eurasec.write_parquet(iter(many), tmp_path / "out", batch_size=4)
    assert sorted(p.name for p in paths.values()) == sorted(f"{t}.parquet" for t in TABLES)
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM '{paths['articles']}'").fetchone()
    assert n == (len(many),)
    joined = con.execute(
        f"SELECT count(*) FROM '{paths['mentions']}' m JOIN '{paths['actors']}' a "
        "USING (article_id, actor_id)").fetchone()
    total = con.execute(f"SELECT count(*) FROM '{paths['mentions']}'").fetchone()
    assert joined == total
    assert total is not None
    assert total[0] == sum(len(a.mentions) for a in many)


def test_parquet_rejects_bad_batch_size(tmp_path: Path) -> None:
    """batch_size must be positive."""
    with pytest.raises(ValueError, match="batch_size"):
        eurasec.write_parquet([], tmp_path, batch_size=0)
