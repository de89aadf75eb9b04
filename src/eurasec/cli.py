"""The ``eurasec`` command: thin argument parsing and printing over the library."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from . import __version__
from .api import parse_bytes
from .errors import EurasecError, ParseError
from .formats.json import to_dict, to_json
from .models import Article

__all__ = ["main"]


def _build() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="eurasec",
        description="Turn geopolitical news articles into typed, trustworthy data.",
    )
    ap.add_argument("--version", action="version", version=f"eurasec {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser("parse", help="parse articles and print them as JSON",
                       description="Parse articles and print them as JSON.")
    p.add_argument("files", nargs="+", metavar="FILE", help="input files; '-' reads stdin")
    p.add_argument("--format", default="json", choices=["json", "jsonl"],
                   help="output format (default: json; several files make a JSON array)")
    p.add_argument("--from", dest="source_format", default="text", metavar="FORMAT",
                   help="input format: a parser name, or 'auto' to guess (default: text)")
    p.add_argument("--lenient", action="store_true",
                   help="record problems as diagnostics instead of failing")
    p.add_argument("--tz", help="time zone for datelines that give none, e.g. Europe/Kyiv")
    p.add_argument("--no-extract", action="store_true",
                   help="structure only: skip actor and statement extraction")
    p.add_argument("--indent", type=int, default=2,
                   help="indentation of --format json (default: 2)")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    return ap


def _read(name: str, args: argparse.Namespace) -> Article:
    options = {"strict": not args.lenient, "tz": args.tz, "format": args.source_format,
               "extract": not args.no_extract}
    if name == "-":
        return parse_bytes(sys.stdin.buffer.read(), source="<stdin>", **options)
    with open(name, "rb") as fp:
        data = fp.read()
    return parse_bytes(data, source=name, filename=name, **options)


def _parse_command(args: argparse.Namespace, out: TextIO) -> int:
    failures = 0
    articles: list[Article] = []
    for name in args.files:
        try:
            article = _read(name, args)
        except ParseError as exc:
            print(str(exc), file=sys.stderr)
            failures += 1
            continue
        except (OSError, EurasecError) as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            failures += 1
            continue
        if args.format == "jsonl":
            out.write(to_json(article) + "\n")
        else:
            articles.append(article)
    if args.format == "json" and articles:
        if len(args.files) == 1:
            out.write(to_json(articles[0], indent=args.indent) + "\n")
        else:
            import json

            out.write(json.dumps([to_dict(a) for a in articles], ensure_ascii=False,
                                 indent=args.indent) + "\n")
    return 1 if failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _build().parse_args(argv)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            return _parse_command(args, out)
    return _parse_command(args, sys.stdout)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
