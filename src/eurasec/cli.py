"""The ``eurasec`` command: thin argument parsing and printing over the library.

Commands:

* ``eurasec parse FILE... [--format FORMAT] [-o OUT]``: parse articles, write them in any
  format (default ``json``);
* ``eurasec convert IN... --to FORMAT [-o OUT]``: read articles in any readable format
  (``json``, ``jsonl``, or raw text through a parser) and write them in another;
* ``eurasec schema [-o OUT]``: print the JSON Schema of the ``json`` format.

With several inputs, ``json`` writes an array, ``jsonl`` and ``ftm`` stream one line at a
time, ``jsonld`` an ``@graph``, ``markdown`` and ``html`` one report holding all. When
``OUT`` is a directory (it exists, or ends with ``/``), each input is written to its own
file there (``<stem>.<extension>``); that is how to write several articles as ``text``.
An input that fails is reported on stderr and the others are still written; the exit
status is then 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .api import parse_bytes
from .errors import EurasecError, ParseError
from .models import Article
from .registry import Serializer, get_serializer, serializers
from .serialize import iter_load, loads

__all__ = ["main"]

_STREAMS = ("jsonl", "ftm")


def _formats() -> str:
    return ", ".join(s.name for s in serializers())


def _add_parse_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lenient", action="store_true",
                   help="record problems as diagnostics instead of failing")
    p.add_argument("--tz", help="time zone for datelines that give none, e.g. Europe/Kyiv")
    p.add_argument("--no-extract", action="store_true",
                   help="structure only: skip actor and statement extraction")


def _add_output_options(p: argparse.ArgumentParser, *, default_indent: int | None) -> None:
    p.add_argument("--indent", type=int, default=default_indent,
                   help=f"indentation of json and jsonld (default: {default_indent})")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="write here instead of stdout; a directory gets one file per input")


def _build() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="eurasec",
        description="Turn geopolitical news articles into typed, trustworthy data.",
    )
    ap.add_argument("--version", action="version", version=f"eurasec {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="parse articles and write them in any format",
                       description="Parse articles and write them in any format.")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="input files or directories (their *.txt files); '-' reads stdin")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="parse in N processes; results keep the input order (default: 1)")
    p.add_argument("--format", default="json", metavar="FORMAT",
                   help="output format: json (default), jsonl, text, jsonld, markdown, "
                        "html, ftm, or a plugin's")
    p.add_argument("--from", dest="source_format", default="text", metavar="FORMAT",
                   help="input format: a parser name, or 'auto' to guess (default: text)")
    _add_parse_options(p)
    _add_output_options(p, default_indent=2)

    c = sub.add_parser("convert", help="convert articles from one format to another",
                       description="Read articles (json, jsonl, or raw text through a "
                                   "parser) and write them in another format.")
    c.add_argument("files", nargs="+", metavar="IN", help="input files; '-' reads stdin")
    c.add_argument("--to", required=True, metavar="FORMAT",
                   help="output format: json, jsonl, text, jsonld, markdown, html, ftm...")
    c.add_argument("--from", dest="source_format", default="auto", metavar="FORMAT",
                   help="input format: json, jsonl, a parser name, or 'auto' (default: by "
                        "extension, .json and .jsonl/.ndjson, else guess a parser)")
    _add_parse_options(c)
    _add_output_options(c, default_indent=None)

    s = sub.add_parser("schema", help="print the JSON Schema of the json format",
                       description="Print the JSON Schema (draft 2020-12) of a serialized "
                                   "article.")
    s.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    return ap


def _reader_format(name: str, requested: str) -> str:
    """``json``, ``jsonl`` or ``parse:<parser>`` for an input."""
    if requested in ("json", "jsonl", "ndjson", "jsonlines"):
        return "jsonl" if requested != "json" else "json"
    if requested != "auto":
        return f"parse:{requested}"
    lower = name.lower()
    if lower.endswith(".json"):
        return "json"
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    return "parse:auto"


def _read(name: str, args: argparse.Namespace) -> Iterator[Article]:
    """Every article in one input, lazily for JSON Lines."""
    how = _reader_format(name, args.source_format)
    if how == "jsonl":
        if name == "-":
            yield from iter_load(sys.stdin.buffer, "jsonl", source="<stdin>")
            return
        with open(name, "rb") as fp:
            yield from iter_load(fp, "jsonl", source=name)
        return
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    source = "<stdin>" if name == "-" else name
    if how == "json" and args.source_format == "auto" and not _is_eurasec_json(data):
        how = "parse:auto"  # a .json file that is not ours: a scraper record, say
    if how == "json":
        found = loads(data, "json")
        yield from (found if isinstance(found, list) else [found])
        return
    yield parse_bytes(data, source=source, filename=None if name == "-" else name,
                      strict=not args.lenient, tz=args.tz, format=how.split(":", 1)[1],
                      extract=not args.no_extract)


def _is_eurasec_json(data: bytes) -> bool:
    """Whether a JSON document is eurasec's own (it opens with ``schema_version``)."""
    head = data[:200].lstrip(b"\xef\xbb\xbf \t\r\n[")
    return head.startswith(b"{") and b'"schema_version"' in head


class _Inputs:
    """The articles of every input, in order; failures are reported and counted."""

    def __init__(self, names: Sequence[str], args: argparse.Namespace) -> None:
        self.names = names
        self.args = args
        self.failures = 0
        self.problems: list[str] = []

    def fail(self, message: str) -> None:
        print(message, file=sys.stderr)
        self.failures += 1
        self.problems.append(message)

    def each(self, name: str) -> Iterator[Article]:
        try:
            yield from _read(name, self.args)
        except ParseError as exc:
            self.fail(str(exc))
        except (OSError, EurasecError) as exc:
            self.fail(f"{name}: {exc}")

    def __iter__(self) -> Iterator[Article]:
        jobs = getattr(self.args, "jobs", 1)
        if jobs > 1 and "-" not in self.names:
            yield from self._parallel(jobs)
            return
        for name in self.names:
            yield from self.each(name)

    def _parallel(self, jobs: int) -> Iterator[Article]:
        from .batch import parse_many

        args = self.args
        for result in parse_many(self.names, workers=jobs, strict=not args.lenient,
                                 tz=args.tz, format=args.source_format,
                                 extract=not args.no_extract):
            if result.article is not None:
                yield result.article
            elif result.error is not None:
                self.fail(str(result.error))

    def summary(self) -> None:
        """After a run with failures, list them again in one block."""
        if self.failures and len(self.names) > 1:
            print(f"eurasec: {self.failures} of {len(self.names)} inputs failed:",
                  file=sys.stderr)
            for line in self.problems:
                print(f"  {line}", file=sys.stderr)


def _options(serializer: Serializer, args: argparse.Namespace) -> dict[str, Any]:
    if serializer.name in ("json", "jsonld") and args.indent is not None:
        return {"indent": args.indent}
    return {}


def _finish(serializer: Serializer, text: str) -> str:
    """End with a line break, except ``text``, which is written byte for byte."""
    return text if serializer.name == "text" or text.endswith("\n") else text + "\n"


def _write_all(inputs: _Inputs, serializer: Serializer, out: TextIO,
               args: argparse.Namespace) -> None:
    options = _options(serializer, args)
    if serializer.name in _STREAMS:
        stream: Callable[..., None] | None = getattr(serializer, "dump", None)
        if stream is not None:
            stream(iter(inputs), out, **options)
            return
    articles = list(inputs)
    if not articles:
        return
    single = len(articles) == 1 and len(inputs.names) == 1
    if serializer.name == "text" and not single:
        print("eurasec: the text format holds one article; give -o DIRECTORY to write one "
              "file per input", file=sys.stderr)
        inputs.failures += 1
        return
    out.write(_finish(serializer, serializer.dumps(articles[0] if single else articles,
                                                   **options)))


def _write_each(inputs: _Inputs, serializer: Serializer, directory: Path,
                args: argparse.Namespace) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    extension = getattr(serializer, "extension", f".{serializer.name}")
    options = _options(serializer, args)
    for name in inputs.names:
        articles = list(inputs.each(name))
        if not articles:
            continue
        stem = "stdin" if name == "-" else Path(name).name.split(".", 1)[0]
        batches: list[tuple[str, Article | list[Article]]]
        if serializer.name == "text" and len(articles) > 1:  # one file per article
            batches = [(f"{stem}-{i}", a) for i, a in enumerate(articles, 1)]
        else:
            batches = [(stem, articles[0] if len(articles) == 1 else articles)]
        for base, obj in batches:
            try:
                text = serializer.dumps(obj, **options)
            except EurasecError as exc:
                print(f"{name}: {exc}", file=sys.stderr)
                inputs.failures += 1
                continue
            (directory / f"{base}{extension}").write_text(
                _finish(serializer, text), encoding="utf-8", newline="")


def _convert(args: argparse.Namespace, fmt: str) -> int:
    try:
        serializer = get_serializer(fmt)
    except EurasecError as exc:
        print(f"eurasec: {exc}", file=sys.stderr)
        return 2
    names = args.files
    if args.command == "parse":
        from .batch import expand_paths

        names = list(expand_paths(names))
    inputs = _Inputs(names, args)
    out_name: str | None = args.output
    if out_name and (os.path.isdir(out_name) or out_name.endswith(("/", os.sep))):
        _write_each(inputs, serializer, Path(out_name), args)
    else:
        try:
            if out_name:
                with open(out_name, "w", encoding="utf-8", newline="") as out:
                    _write_all(inputs, serializer, out, args)
            else:
                _write_all(inputs, serializer, sys.stdout, args)
        except EurasecError as exc:
            print(f"eurasec: {exc}", file=sys.stderr)
            return 1
    inputs.summary()
    return 1 if inputs.failures else 0


def _schema(args: argparse.Namespace) -> int:
    from .formats.schema import schema_text

    if args.output:
        Path(args.output).write_text(schema_text(), encoding="utf-8")
    else:
        sys.stdout.write(schema_text())
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _build().parse_args(argv)
    try:
        if args.command == "schema":
            return _schema(args)
        return _convert(args, args.to if args.command == "convert" else args.format)
    except BrokenPipeError:  # `eurasec ... | head`: the reader left; not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
