"""Fuzz extraction with texts built from news fragments (names, cues, quotation marks,
titles, line breaks), which reach deeper into the frame shapes than random bytes do.

    python bench/fuzz_extract.py [--seconds 600] [--seed 1]

Each text goes through ``extract`` (default, with a publication day, and ``stance=True``)
and lenient ``parse``; any exception is a crash: the script prints the input shrunk to a
minimal one and exits with 1.
Turn it into a case of ``test_found_by_hypothesis`` in ``tests/test_robustness.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections.abc import Callable

import eurasec

FRAGMENTS = (
    "Ann Lee", " said", " says", ", who said", "Mr.", "Mrs. ", "Dr ", "Clinton", " Lee",
    "According to ", "according to", "‘", "’", "“", "”", '"', "s’ ", ":", "\n\n", "\n",
    ", a nurse,", " told", " Nato", "Bush", " the ", ".", ",", " ", "Sergei Lavrov", "He",
    " she", " Rice", "(D-Ohio)", " added that ", "X", "Ümit Öz", "日本", "\u200b", "\r\n",
    "Jr.", "’s", " on Tuesday", " likely", "0", "SAID", " was quoted as saying ",
    " the Russian president", " foreign minister", " of Kazakhstan", "NATO's", " Secretary General",
    " of the", "Jim Bennett, 57,", "Ms. ", " Bennett", " became", ", the",
)
#: Offices resolve against the publication day; the default run has none.
PUBLISHED = dt.date(2024, 5, 1)


def _run(text: str) -> None:
    eurasec.extract(text)
    eurasec.extract(text, published=PUBLISHED)
    eurasec.extract(text, stance=True)
    eurasec.parse(text, strict=False)


def _fails(text: str) -> bool:
    try:
        _run(text)
    except Exception:
        return True
    return False


def shrink(text: str, fails: Callable[[str], bool] = _fails) -> str:
    """A shorter input that still fails: drop runs of 20, 8, 3 and 1 characters while
    the failure stays."""
    changed = True
    while changed:
        changed = False
        for size in (20, 8, 3, 1):
            i = 0
            while i < len(text):
                cut = text[:i] + text[i + size:]
                if fails(cut):
                    text, changed = cut, True
                else:
                    i += 1
    return text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=600)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    stop = time.monotonic() + args.seconds
    runs = 0
    while time.monotonic() < stop:
        text = "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 60)))
        try:
            _run(text)
        except Exception as exc:
            print(f"crash after {runs} runs: {exc!r}\ninput: {text!r}\n"
                  f"shrunk: {shrink(text)!r}")
            sys.exit(1)
        runs += 1
    print(f"{runs} runs, no crash")


if __name__ == "__main__":
    main()
