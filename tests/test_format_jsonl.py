"""JSON Lines: lazy in both directions, constant memory, errors naming the line."""

from __future__ import annotations

import gc
import io
import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import eurasec
from eurasec import SerializationError
from eurasec.formats.jsonl import iter_jsonl


@pytest.fixture(scope="module")
def seed() -> eurasec.Article:
    return eurasec.parse_file(Path(__file__).parent.parent / "seeds" /
                              "000_9e8d530a5ed693eb.txt")


def copies(seed: eurasec.Article, n: int) -> Iterator[eurasec.Article]:
    """n distinct articles made one at a time."""
    for i in range(n):
        yield attrs.evolve(seed, id=f"{i:016x}")


def test_one_line_per_article(seed: eurasec.Article) -> None:
    """Each article is one line ending in a newline, even with line breaks in the text."""
    text = eurasec.dumps(list(copies(seed, 3)), "jsonl")
    lines = text.split("\n")
    assert len(lines) == 4
    assert lines[-1] == ""
    assert all(json.loads(line)["schema_version"] == 1 for line in lines[:3])


def test_writing_is_lazy(seed: eurasec.Article) -> None:
    """dump consumes a generator one article at a time, writing as it goes."""
    seen: list[int] = []
    buf = io.StringIO()

    def gen() -> Iterator[eurasec.Article]:
        for i, a in enumerate(copies(seed, 3)):
            seen.append(buf.tell())
            yield a
            assert i == 0 or buf.tell() > seen[-1]

    eurasec.dump(gen(), buf, "jsonl")
    assert seen[0] == 0
    assert seen[1] > 0
    assert seen[2] > seen[1]


def test_reading_is_lazy(seed: eurasec.Article) -> None:
    """iter_load yields the good lines before it reaches a bad one."""
    lines = [eurasec.dumps(seed, "jsonl"), eurasec.dumps(seed, "jsonl"), "{not json\n"]
    it = eurasec.iter_load(iter(lines), "jsonl")
    assert next(it) == seed
    assert next(it) == seed
    with pytest.raises(SerializationError, match=r"line 3: \$: "):
        next(it)


def test_errors_name_the_line_and_field(seed: eurasec.Article) -> None:
    """A bad field on line 2 is reported as 'line 2: $.title: ...'."""
    bad = {**eurasec.to_dict(seed), "title": 5}
    text = eurasec.dumps(seed, "jsonl") + json.dumps(bad) + "\n"
    with pytest.raises(SerializationError) as info:
        eurasec.loads(text, "jsonl")
    assert any(e.startswith("line 2: $.title") for e in info.value.errors), info.value.errors


def test_source_names_the_file(tmp_path: Path) -> None:
    """Reading a file through iter_jsonl with source= puts the file name first."""
    with pytest.raises(SerializationError, match=r"in\.jsonl:line 1: "):
        list(iter_jsonl(["[]"], source="in.jsonl"))


def test_blank_lines_bom_and_missing_final_newline(seed: eurasec.Article) -> None:
    """Blank lines are skipped, a BOM is dropped, the final newline is optional."""
    line = eurasec.dumps(seed, "jsonl").rstrip("\n")
    text = "\ufeff" + line + "\n\n  \n" + line
    assert eurasec.loads(text, "jsonl") == [seed, seed]
    assert eurasec.loads(text.encode("utf-8"), "jsonl") == [seed, seed]


def test_a_single_article_is_one_line(seed: eurasec.Article) -> None:
    """dumps of one article (not a list) writes one line."""
    assert eurasec.loads(eurasec.dumps(seed, "jsonl"), "jsonl") == [seed]


def test_other_models_are_refused() -> None:
    """jsonl holds articles only."""
    actor = eurasec.Actor(id="RUS", name="Russia", kind=eurasec.ActorKind.STATE)
    with pytest.raises(TypeError, match="holds articles"):
        eurasec.dumps(actor, "jsonl")


def peak_bytes(run: object) -> int:
    """Peak traced allocation while calling run()."""
    gc.collect()
    tracemalloc.start()
    try:
        run()  # type: ignore[operator]
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_streaming_holds_constant_memory(seed: eurasec.Article, tmp_path: Path) -> None:
    """Writing then reading 20 or 200 articles peaks at about the same memory."""
    plain = attrs.evolve(seed, actors=(), mentions=(), statements=())  # fewer allocations

    def round_trip(n: int) -> None:
        path = tmp_path / f"{n}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            eurasec.dump(copies(plain, n), out, "jsonl")
        with path.open("rb") as fp:
            for _ in eurasec.iter_load(fp, "jsonl"):
                pass

    small, large = peak_bytes(lambda: round_trip(20)), peak_bytes(lambda: round_trip(200))
    assert large < small * 1.5, (small, large)
