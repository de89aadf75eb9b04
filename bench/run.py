"""Benchmark eurasec on the generated corpus and print medians.

    python bench/corpus.py            # once: writes bench/out/corpus
    python bench/run.py [--n 2000] [--repeat 5] [--json bench/out/results.json]
    python bench/run.py --only json   # just to_json/from_json against msgspec

Every figure is the median of ``--repeat`` runs on one core. Measured: parse (structure
only), parse + extract, ``to_json``, ``from_json`` (with the default backend, the fastest
installed, and with the standard library); streaming 10,000 files through ``parse`` to JSON
Lines in a fresh process (articles/s and peak RSS); the per-character cost of a 3 MB article
against a seed-sized one. Baselines in the same run: a bare regex sentence split over the
same texts (the floor any parser pays), and msgspec encoding and decoding of the same
article objects when msgspec is installed, with the ratio of ``to_json``/``from_json`` to
them. ``--corpus`` reads the corpus from elsewhere (another checkout's ``bench/out/corpus``).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import eurasec
from eurasec.formats.codec import pick

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "out" / "corpus"
SEED = ROOT / "seeds" / "000_9e8d530a5ed693eb.txt"
_SPLIT = re.compile(r"([.!?])\s+")


def median_time(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``fn()`` over ``repeat`` runs, after one warm-up run."""
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def rate(label: str, seconds: float, items: int, chars: int) -> dict[str, Any]:
    row = {"what": label, "seconds": round(seconds, 4), "items_per_s": round(items / seconds, 1),
           "mb_per_s": round(chars / seconds / 1e6, 2)}
    print(f"{label:<34} {row['items_per_s']:>12,.1f} /s {row['mb_per_s']:>9.2f} MB/s")
    return row


def stream(paths: Sequence[Path]) -> dict[str, Any]:
    """Parse files to JSON Lines in a fresh process; report rate and peak RSS."""
    code = (
        "import sys, time, eurasec\n"
        "paths = sys.argv[1:]\n"
        "t = time.perf_counter()\n"
        "with open('/dev/null', 'w') as out:\n"
        "    for p in paths:\n"
        "        out.write(eurasec.to_json(eurasec.parse_file(p)) + '\\n')\n"
        "dt = time.perf_counter() - t\n"
        "# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking parent.\n"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
        "print(dt, int(hwm.split()[1]) / 1024)\n"
    )
    args_file = [str(p) for p in paths]
    out = subprocess.run([sys.executable, "-c", code, *args_file], check=True,
                         capture_output=True, text=True).stdout.split()
    seconds, rss = float(out[0]), float(out[1])
    print(f"{'stream parse->jsonl (' + str(len(paths)) + ' files)':<34} "
          f"{len(paths) / seconds:>12,.1f} /s   peak RSS {rss:.1f} MiB")
    return {"what": "stream parse->jsonl", "files": len(paths), "seconds": round(seconds, 3),
            "items_per_s": round(len(paths) / seconds, 1), "peak_rss_mib": round(rss, 1)}


def per_char(corpus: Path, per_small: float, repeat: int) -> dict[str, Any]:
    """Per-character cost of the 3 MB article against the seed-sized ones.

    The 3 MB article is made of the same paragraphs as the small ones, so the ratio compares
    like with like; it is timed right after them, with the same objects alive (the size of
    the heap changes what the garbage collector costs each parse).
    """
    big = (corpus / "large" / "3m.txt").read_text(encoding="utf-8")
    per_big = median_time(lambda: eurasec.parse(big), max(3, repeat // 2)) / len(big)
    ratio = per_big / per_small
    print(f"{'per-char cost 3 MB / 3 KB':<34} {ratio:>12.2f} x "
          f"({per_small * 1e9:.0f} ns vs {per_big * 1e9:.0f} ns per char)")
    return {"what": "per-char cost ratio 3MB/3KB", "ratio": round(ratio, 2),
            "ns_per_char_3kb": round(per_small * 1e9, 1),
            "ns_per_char_3mb": round(per_big * 1e9, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="seed-sized articles per timing")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--stream", type=int, default=10_000, help="files for the stream test")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="where bench/corpus.py wrote")
    ap.add_argument("--only", choices=("all", "json"), default="all",
                    help="json: only the to_json/from_json rows and their baselines")
    args = ap.parse_args()
    files = sorted((args.corpus / "small").glob("*.txt"))
    if not files:
        sys.exit("no corpus: run python bench/corpus.py first")
    texts = [f.read_text(encoding="utf-8") for f in files[:args.n]]
    chars = sum(map(len, texts))
    n = len(texts)
    print(f"{n} seed-sized articles, {chars / n:,.0f} characters on average; "
          f"median of {args.repeat}\n")
    rows = []
    if args.only == "all":
        rows.append(rate("baseline: regex sentence split", median_time(
            lambda: [_SPLIT.split(t) for t in texts], args.repeat), n, chars))
        rows.append(rate("parse (structure only)", median_time(
            lambda: [eurasec.parse(t, extract=False) for t in texts], args.repeat), n, chars))
        t_extract = median_time(lambda: [eurasec.parse(t) for t in texts], args.repeat)
        rows.append(rate("parse + extract", t_extract, n, chars))
        rows.append(per_char(args.corpus, t_extract / chars, args.repeat))
    articles = [eurasec.parse(t) for t in texts]
    rows += json_rows(articles, args.repeat, chars)
    if args.only == "json":
        write(rows, args.json)
        return
    if args.stream:
        rows.append(stream(files[:args.stream]))
    write(rows, args.json)


def json_rows(articles: list[eurasec.Article], repeat: int, chars: int) -> list[dict[str, Any]]:
    """to_json and from_json with the default backend and the standard library, msgspec
    encoding and decoding the same objects, and the ratios the targets are about.

    The runs are interleaved (one of each, ``repeat`` times), so that a machine shared with
    other work slows ours and msgspec's alike and the ratios stay meaningful."""
    auto = pick("auto")[0]
    docs = [eurasec.to_json(a) for a in articles]
    stdlib_docs = [eurasec.to_json(a, backend="stdlib") for a in articles]
    jobs: dict[str, Callable[[], object]] = {
        f"to_json ({auto})": lambda: [eurasec.to_json(a) for a in articles],
        f"from_json ({auto})": lambda: [eurasec.from_json(d) for d in docs],
        "to_json (stdlib)": lambda: [eurasec.to_json(a, backend="stdlib") for a in articles],
        "from_json (stdlib)": lambda: [eurasec.from_json(d, backend="stdlib")
                                       for d in stdlib_docs],
    }
    try:
        import msgspec
    except ImportError:
        print("baseline msgspec: not installed (pip install msgspec)")
    else:
        enc = msgspec.json.Encoder()
        raw = [enc.encode(a) for a in articles]
        jobs["baseline: msgspec encode"] = lambda: [enc.encode(a) for a in articles]
        jobs["baseline: msgspec decode"] = lambda: [
            msgspec.json.decode(r, type=eurasec.Article) for r in raw]
    times: dict[str, list[float]] = {what: [] for what in jobs}
    for job in jobs.values():
        job()  # warm up
    for _ in range(repeat):
        for what, job in jobs.items():
            t = time.perf_counter()
            job()
            times[what].append(time.perf_counter() - t)
    rows = [rate(what, statistics.median(ts), len(articles), chars)
            for what, ts in times.items()]
    speed = {row["what"]: row["items_per_s"] for row in rows}
    for what, theirs in (("to_json", "baseline: msgspec encode"),
                         ("from_json", "baseline: msgspec decode")):
        if theirs in speed:
            ratio = speed[theirs] / speed[f"{what} ({auto})"]
            print(f"{what + ' vs msgspec':<34} {ratio:>12.2f} x slower (target: within 3 x)")
            rows.append({"what": f"{what} / msgspec", "ratio": round(ratio, 2)})
    return rows


def write(rows: list[dict[str, Any]], path: Path | None) -> None:
    """Write the rows as JSON to ``path``, when given."""
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
