"""Benchmark statement extraction: articles per second, and linearity in text length.

Run ``python bench/bench_statements.py``. The corpus is the development corpus
(``tests/data/devcorpus``) plus the seed, parsed once; the timed part is
:func:`eurasec.extraction.annotate` (actors, mentions and statements), repeated. A second
table times :func:`eurasec.extract` on synthetic texts of growing size, to show the cost
per character stays flat.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import eurasec
from eurasec.extraction import annotate

ROOT = Path(__file__).resolve().parent.parent


def _articles() -> list[eurasec.Article]:
    paths = [*sorted((ROOT / "tests" / "data" / "devcorpus").glob("*.txt")),
             ROOT / "seeds" / "000_9e8d530a5ed693eb.txt"]
    return [eurasec.parse_file(p, extract=False) for p in paths]


def articles_per_second(repeat: int = 5) -> float:
    """Median articles per second over ``repeat`` passes over the corpus."""
    arts = _articles()
    annotate(arts[0])  # warm the caches (lexicon, registry)
    rates = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for a in arts:
            annotate(a)
        rates.append(len(arts) / (time.perf_counter() - t0))
    return statistics.median(rates)


def scaling() -> list[tuple[int, float]]:
    """``(characters, microseconds per character)`` for growing synthetic texts."""
    unit = ("According to ISW, Putin said on 21 June that “the talks failed,” adding that "
            "Russia may respond. The Kremlin said it was ready, TASS reported.\n\n")
    out = []
    for n in (10, 100, 1000):
        text = unit * n
        t0 = time.perf_counter()
        eurasec.extract(text)
        out.append((len(text), (time.perf_counter() - t0) / len(text) * 1e6))
    return out


if __name__ == "__main__":
    print(f"articles/s (annotate, dev corpus): {articles_per_second():.1f}")
    for chars, us in scaling():
        print(f"{chars:>9,d} chars: {us:6.2f} us/char")
