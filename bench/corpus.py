"""Generate the benchmark corpus from the seed and the test samples.

    python bench/corpus.py [--out bench/out/corpus] [--count 10000]

Writes ``small/NNNNN.txt`` (seed-sized articles, made by recombining the paragraphs of the
seed, the golden samples and the development corpus under new headlines and datelines) and
``large/{100k,1m,3m}.txt`` (one article each, whose body repeats those paragraphs until it
reaches the size). The output is deterministic for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import eurasec

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT / "tests" / "golden", ROOT / "tests" / "data" / "devcorpus"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LARGE = {"100k": 100_000, "1m": 1_000_000, "3m": 3_000_000}


def material() -> tuple[list[str], list[str], list[str]]:
    """Headlines, paragraphs and footers from every sample that parses."""
    heads: list[str] = []
    paras: list[str] = []
    footers: list[str] = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            try:
                a = eurasec.parse_file(path, extract=False)
            except eurasec.ParseError:
                continue
            if a.title:
                heads.append(f"{a.title_source}: {a.title}" if a.title_source else a.title)
            paras.extend(" ".join(p.text.split()) for p in a.paragraphs)
            if a.footer:
                footers.append(a.footer)
    return heads, paras, footers


def article(rng: random.Random, heads: list[str], paras: list[str], footers: list[str],
            size: int) -> str:
    """One article in the seed format with a body of about ``size`` characters."""
    head = rng.choice(heads)
    date = (f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2022, 2025)}"
            f"\u00a0-\u00a0{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")
    body: list[str] = []
    n = 0
    while n < size:
        p = rng.choice(paras)
        body.append(p)
        n += len(p) + 2
    parts = [head, "", rng.choice(paras), "", date, head, "", *"\n\n".join(body).split("\n")]
    if footers and rng.random() < 0.5:
        parts += ["", "Read also:", "", rng.choice(footers)]
    return "\n".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "corpus")
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=2024)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    heads, paras, footers = material()
    small = args.out / "small"
    large = args.out / "large"
    small.mkdir(parents=True, exist_ok=True)
    large.mkdir(parents=True, exist_ok=True)
    for i in range(args.count):
        size = rng.randint(1500, 3500)  # the seed's body is about 2,500 characters
        (small / f"{i:05d}.txt").write_text(article(rng, heads, paras, footers, size),
                                            encoding="utf-8")
    for name, size in LARGE.items():
        (large / f"{name}.txt").write_text(article(rng, heads, paras, footers, size),
                                           encoding="utf-8")
    print(f"wrote {args.count} small articles and {len(LARGE)} large ones to {args.out}")


if __name__ == "__main__":
    main()
