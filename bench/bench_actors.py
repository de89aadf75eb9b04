"""Actor extraction speed on seed-sized articles: a plain script that prints medians.

Run from the project root::

    .venv/bin/python bench/bench_actors.py [--rounds N] [--corpus DIR [--limit N]]

It parses the seed and the development corpus once (structure only), then times
:func:`eurasec.extraction.actors.find_actors` alone over their prose segments, and separately
the one-off cost of building the matcher for the built-in registry; with ``--corpus``, also
over the first ``--limit`` ``*.txt`` articles of a directory (such as the attribution-dense
corpus ``bench/corpus.py`` writes). Times are CPU time of
this process (``time.process_time``), so that other programs on a busy machine disturb them
less; they still vary with the machine: compare ratios, not absolutes. No assertions:
tests never time anything.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import eurasec
from eurasec.extraction.actors import find_actors
from eurasec.extraction.matcher import _build, lexicon, matcher_for
from eurasec.extraction.pipeline import segments_of

ROOT = Path(__file__).resolve().parent.parent


def _articles() -> list[eurasec.Article]:
    paths = [ROOT / "seeds" / "000_9e8d530a5ed693eb.txt",
             *sorted((ROOT / "tests" / "data" / "devcorpus").glob("*.txt"))]
    return [eurasec.parse_file(p, extract=False) for p in paths]


def _corpus(directory: Path, limit: int, registry: eurasec.Registry) -> None:
    """Time ``find_actors`` over the articles of a directory: median of three rounds."""
    paths = sorted(directory.glob("*.txt"))[:limit]
    work = [(a.text, segments_of(a)) for a in (eurasec.parse_file(p, extract=False)
                                               for p in paths)]
    rounds = []
    for _ in range(3):
        t = time.process_time()
        for text, segs in work:
            find_actors(text, segs, registry)
        rounds.append(time.process_time() - t)
    med = statistics.median(rounds)
    print(f"find_actors over {len(work)} articles of {directory}: median "
          f"{med / len(work) * 1e6:.0f} us/article = {len(work) / med:,.0f} articles/s")


def main() -> None:
    """Print build time, gazetteer size and articles per second (medians)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--corpus", type=Path, help="also time a directory of *.txt articles")
    ap.add_argument("--limit", type=int, default=1000, help="articles of --corpus to time")
    args = ap.parse_args()

    registry = eurasec.Registry.default()
    t = time.process_time()
    matcher = matcher_for(registry)
    first = time.process_time() - t
    builds = []
    for _ in range(3):
        t = time.process_time()
        _build(registry, lexicon())
        builds.append(time.process_time() - t)
    actor_forms = sum(1 for f in matcher.forms.values() if f.candidates)
    print(f"registry: {len(registry)} actors; gazetteer: {len(matcher.forms)} forms "
          f"({actor_forms} naming actors), pattern {len(matcher.pattern.pattern):,} chars")
    print(f"matcher build: first use {first * 1000:.0f} ms (incl. registry load), "
          f"rebuild median {statistics.median(builds) * 1000:.0f} ms")

    arts = _articles()
    work = [(a.text, segments_of(a)) for a in arts]
    chars = sum(sum(s.end - s.start for s in segs) for _, segs in work)
    per_round = []
    for _ in range(args.rounds):
        t = time.process_time()
        for text, segs in work:
            find_actors(text, segs, registry)
        per_round.append(time.process_time() - t)
    med, best = statistics.median(per_round), min(per_round)
    n = len(work)
    print(f"find_actors: {n} articles, {chars / n / 1000:.1f} KB of prose each on average")
    print(f"  median {med / n * 1e6:.0f} us/article = {n / med:,.0f} articles/s "
          f"({med * 1e6 / (chars / 1000):.0f} us/KB); best round {n / best:,.0f} articles/s")
    seed_text, seed_segs = work[0]
    seed = []
    for _ in range(args.rounds * 5):
        t = time.process_time()
        find_actors(seed_text, seed_segs, registry)
        seed.append(time.process_time() - t)
    print(f"  seed alone: median {statistics.median(seed) * 1e6:.0f} us = "
          f"{1 / statistics.median(seed):,.0f} articles/s; best {min(seed) * 1e6:.0f} us")
    if args.corpus is not None:
        _corpus(args.corpus, args.limit, registry)
    t = time.process_time()
    for _ in range(10):
        for a in arts:
            eurasec.annotate(a)
    full = (time.process_time() - t) / (10 * n)
    print(f"annotate (actors + statements): {full * 1e6:.0f} us/article = "
          f"{1 / full:,.0f} articles/s")


if __name__ == "__main__":
    main()
