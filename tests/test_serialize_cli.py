"""The command line: parse to any format, convert between formats, print the schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import eurasec
from eurasec.cli import main

ROOT = Path(__file__).parent
SEED = ROOT.parent / "seeds" / "000_9e8d530a5ed693eb.txt"
GOLDEN = sorted(ROOT.glob("golden/*.txt"))[:4]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "text", "jsonld", "markdown", "html", "ftm"])
def test_parse_writes_every_format(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`eurasec parse --format FORMAT` writes what eurasec.dumps writes."""
    assert main(["parse", str(SEED), "--format", fmt, "--no-extract"]) == 0
    out = capsys.readouterr().out
    article = eurasec.parse_file(SEED, extract=False)
    if fmt == "text":
        assert out == SEED.read_bytes().decode("utf-8")
    elif fmt == "json":
        assert eurasec.loads(out) == article
    elif fmt == "jsonld":  # indented by the command line
        assert json.loads(out) == json.loads(eurasec.dumps(article, fmt))
    else:
        assert out.rstrip("\n") == eurasec.dumps(article, fmt).rstrip("\n")


def test_parse_several_to_json_array(capsys: pytest.CaptureFixture[str]) -> None:
    """Several inputs make a JSON array."""
    assert main(["parse", *map(str, GOLDEN), "--no-extract", "--lenient"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == len(GOLDEN)


def test_convert_round_trip(tmp_path: Path) -> None:
    """text -> jsonl -> text, through files, gives back the inputs byte for byte."""
    stream = tmp_path / "all.jsonl"
    assert main(["convert", *map(str, GOLDEN), "--to", "jsonl", "-o", str(stream),
                 "--no-extract", "--lenient"]) == 0
    assert len(stream.read_text(encoding="utf-8").splitlines()) == len(GOLDEN)
    out = tmp_path / "texts"
    assert main(["convert", str(stream), "--to", "text", "-o", f"{out}/"]) == 0
    written = sorted(out.iterdir())
    assert len(written) == len(GOLDEN)
    originals = {eurasec.parse_file(p, extract=False, strict=False).text for p in GOLDEN}
    assert {p.read_bytes().decode("utf-8") for p in written} == originals


def test_convert_json_to_html(tmp_path: Path) -> None:
    """A .json input is read as json, whatever format it is converted to."""
    doc = tmp_path / "a.json"
    doc.write_text(eurasec.dumps(eurasec.parse_file(SEED)), encoding="utf-8")
    page = tmp_path / "a.html"
    assert main(["convert", str(doc), "--to", "html", "-o", str(page)]) == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_text_needs_a_directory_for_several(capsys: pytest.CaptureFixture[str]) -> None:
    """Several articles to text on stdout is refused with a hint."""
    assert main(["convert", *map(str, GOLDEN[:2]), "--to", "text", "--lenient"]) == 1
    assert "-o DIRECTORY" in capsys.readouterr().err


def test_bad_input_is_reported_and_others_written(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A bad jsonl line names the file and line; exit status 1."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"schema_version": 1}\n', encoding="utf-8")
    assert main(["convert", str(bad), str(SEED), "--to", "jsonl", "--no-extract"]) == 1
    captured = capsys.readouterr()
    assert "bad.jsonl:line 1: $" in captured.err
    assert len(captured.out.splitlines()) == 1


def test_unknown_format(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown output format exits 2 and lists the formats."""
    assert main(["convert", str(SEED), "--to", "yaml"]) == 2
    assert "jsonl" in capsys.readouterr().err


def test_schema(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`eurasec schema` prints the JSON Schema, or writes it with -o."""
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == eurasec.json_schema()
    assert main(["schema", "-o", str(tmp_path / "s.json")]) == 0
    assert json.loads((tmp_path / "s.json").read_text()) == eurasec.json_schema()


def test_convert_auto_reads_a_scraper_json_file(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A .json file that is not eurasec's own goes to the parsers, not the json reader."""
    record = tmp_path / "rec.json"
    record.write_text(json.dumps({
        "title": "Kremlin says talks will continue", "date_publish": "2025-02-19 09:05:00",
        "maintext": "Dmitry Peskov told reporters on Wednesday that talks would go on.",
    }), encoding="utf-8")
    assert main(["convert", str(record), "--to", "jsonl"]) == 0
    article = eurasec.from_json(capsys.readouterr().out)
    assert article.format == "scraped"
    assert article.title == "Kremlin says talks will continue"
