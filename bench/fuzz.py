"""Coverage-guided fuzzing of the parsers and JSON reader with atheris.

    pip install atheris
    python bench/fuzz.py -max_total_time=600 bench/out/fuzz-corpus

One input exercises four guarantees: ``parse_bytes`` returns an article or raises
``ParseError`` (strict), never raises (lenient), the blocks rebuild the text, and
``from_json`` on arbitrary bytes raises nothing but ``SerializationError``. Any other
exception is a crash: atheris stops and writes the input as ``crash-*``; turn it into a
regression test in ``tests/test_robustness.py``.
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports():
    import eurasec

_SPACE = frozenset("\ufeff\u200b\u200c\u200d\u2060")


def _check_cover(article: eurasec.Article) -> None:
    text = article.text
    pos = 0
    for b in article.blocks:
        gap = text[pos:b.start]
        if b.start < pos or not all(c.isspace() or c in _SPACE for c in gap):
            raise AssertionError(f"text lost or blocks overlap before offset {b.start}")
        pos = b.end
    if not all(c.isspace() or c in _SPACE for c in text[pos:]):
        raise AssertionError("text lost at the end")


def test_one_input(data: bytes) -> None:
    with contextlib.suppress(eurasec.ParseError):
        _check_cover(eurasec.parse_bytes(data))
    _check_cover(eurasec.parse_bytes(data, strict=False))
    with contextlib.suppress(eurasec.SerializationError):
        eurasec.from_json(data)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
