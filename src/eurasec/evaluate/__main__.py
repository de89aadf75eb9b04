"""``python -m eurasec.evaluate``: print precision, recall and F1."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import evaluate_gold, format_scores


def main(argv: list[str] | None = None) -> int:
    """Run the evaluator; returns the exit status."""
    ap = argparse.ArgumentParser(prog="python -m eurasec.evaluate", description=__doc__)
    ap.add_argument("gold", nargs="*", type=Path,
                    help="gold files or folders of *.gold.json (eurasec format)")
    ap.add_argument("--texts", action="append", type=Path, default=[],
                    help="another folder holding the articles (default: seeds)")
    ap.add_argument("--no-speakers", action="store_true",
                    help="ignore speakers (score spans while actor extraction is missing)")
    ap.add_argument("--polnear", type=Path, help="the PolNeAR folder (brat data, read in place)")
    ap.add_argument("--split", default="dev", help="PolNeAR split: train or dev")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    ap.add_argument("--no-stance", action="store_true",
                    help="PolNeAR without the stance option (eurasec's default statements)")
    args = ap.parse_args(argv)
    if not args.gold and args.polnear is None:
        ap.error("give gold files or --polnear")
    if args.gold:
        scores = evaluate_gold(args.gold, text_dirs=[*args.texts, Path("seeds")],
                               speakers=not args.no_speakers)
        print(format_scores(scores, "eurasec gold: " + " ".join(map(str, args.gold))))
    if args.polnear is not None:
        from .polnear import evaluate_polnear

        roles = evaluate_polnear(args.polnear, split=args.split, limit=args.limit,
                                 stance=not args.no_stance)
        mode = ", stance off" if args.no_stance else ""
        print(format_scores(roles, f"PolNeAR {args.split} (exact spans, outermost only{mode})"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
