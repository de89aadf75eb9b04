"""parse_many: input order, failures kept, processes, and pickling."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import eurasec
from eurasec import ParseError, SerializationError, UnknownFormatError

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def corpus(tmp_path: Path) -> list[Path]:
    files = []
    for i, src in enumerate(sorted(GOLDEN.glob("*.txt"))[:6]):
        dst = tmp_path / f"{i:02d}.txt"
        dst.write_bytes(src.read_bytes())
        files.append(dst)
    bad = tmp_path / "03b.txt"
    bad.write_text("Title\n\nJun 31, 2024 - 08:01\n\nBody.\n", encoding="utf-8")
    files.insert(4, bad)
    return files


@pytest.mark.parametrize("workers", [1, 2])
def test_order_and_failures(corpus: list[Path], workers: int) -> None:
    """Results come in input order, and a bad file is a Failure with its position."""
    results = list(eurasec.parse_many(corpus, workers=workers, window=2))
    assert [r.source for r in results] == [str(p) for p in corpus]
    bad = results[4]
    assert not bad.ok
    assert bad.error is not None
    assert (bad.error.code, bad.error.line, bad.error.column) == ("bad-dateline", 3, 5)
    assert str(bad.error).startswith(f"{corpus[4]}:3:5: ")
    assert all(r.ok for i, r in enumerate(results) if i != 4)


def test_directories_are_expanded(corpus: list[Path]) -> None:
    """A directory stands for its *.txt files, sorted."""
    results = list(eurasec.parse_many([corpus[0].parent]))
    assert [r.source for r in results] == sorted(str(p) for p in corpus)


def test_options_reach_the_parser(corpus: list[Path]) -> None:
    """Options such as strict=False are passed to every file."""
    results = list(eurasec.parse_many(corpus, strict=False))
    assert all(r.ok for r in results)
    assert results[4].article is not None
    assert results[4].article.diagnostics[0].code == "bad-dateline"


def test_models_and_errors_pickle(seed_text: str) -> None:
    """Articles and every error type survive pickling (they cross processes)."""
    article = eurasec.parse(seed_text)
    assert pickle.loads(pickle.dumps(article)) == article
    errors = [
        ParseError("bad", source="a.txt", line=2, column=3, line_text="x", code="c"),
        SerializationError("invalid", ["$.a: wrong"]),
        UnknownFormatError("no parser", name="x", available=["text"]),
        eurasec.MissingExtraError("pandas", "pandas", "to_pandas"),
    ]
    for err in errors:
        back = pickle.loads(pickle.dumps(err))
        assert type(back) is type(err)
        assert str(back) == str(err)


def test_cli_jobs_over_a_directory(corpus: list[Path], tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    """`eurasec parse --jobs 2 DIR` writes every good file in order and sums up failures."""
    from eurasec.cli import main

    out = tmp_path / "out.jsonl"
    status = main(["parse", "--jobs", "2", "--format", "jsonl", "-o", str(out),
                   str(corpus[0].parent)])
    assert status == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    good = sorted(str(p) for i, p in enumerate(corpus) if i != 4)
    assert [eurasec.loads(line, "json").source for line in lines] == good
    err = capsys.readouterr().err
    assert f"{corpus[4]}:3:5: " in err
    assert "1 of 7 inputs failed" in err
