"""Score statement extraction against gold annotations.

Two corpora are supported:

* eurasec gold files (``*.gold.json`` next to their article, as in ``tests/data``), scored
  per metric with exact offsets (see :data:`METRICS`);
* PolNeAR (brat standoff, read at run time from its folder and never copied), scored per
  role with exact spans, and per attribution at 30% content overlap
  (:mod:`eurasec.evaluate.polnear`).

Run ``python -m eurasec.evaluate tests/data/devcorpus tests/data/seed.gold.json`` or
``python -m eurasec.evaluate --polnear ../shared/external/polnear --split dev``.

>>> s = Score(tp=8, fp=2, fn=0)
>>> round(s.precision, 2), round(s.recall, 2), round(s.f1, 3)
(0.8, 1.0, 0.889)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

__all__ = ["METRICS", "Score", "evaluate_gold", "format_scores", "keys_of", "statement_dict"]

METRICS = ("speaker+cue", "speaker+cue+date", "cue", "source", "content", "date",
           "reported_by", "quotes", "hedges", "kind")
"""What :func:`evaluate_gold` scores. Each metric is a set of keys per article:

``speaker+cue``: speaker id and cue offsets (a cue-less statement: speaker and content);
``speaker+cue+date``: that and the resolved date; ``cue``, ``source``, ``content``: the
span offsets; ``date``: cue offsets, date text and value, for statements with a date;
``reported_by``: cue offsets and the chain, for statements that have one; ``quotes``:
quote offsets; ``hedges``: cue offsets and each hedge; ``kind``: cue offsets and kind."""


@attrs.define
class Score:
    """True positives, false positives and false negatives of one metric."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[Any], pred: set[Any]) -> None:
        """Count one article's keys."""
        hit = len(gold & pred)
        self.tp += hit
        self.fp += len(pred) - hit
        self.fn += len(gold) - hit

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when the gold is empty."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _span(d: Mapping[str, Any] | None) -> tuple[int, int] | None:
    return None if d is None else (int(d["start"]), int(d["end"]))


def _date_value(d: Mapping[str, Any] | None) -> tuple[str, str] | None:
    if d is None or d.get("value") is None:
        return None
    v = d["value"]
    if isinstance(v, Mapping):
        return str(v["start"]), str(v["end"])
    return str(v), str(v)


def statement_dict(s: Any) -> dict[str, Any]:
    """A :class:`~eurasec.Statement` in the shape of a gold file's statement."""
    date = None
    if s.date is not None:
        value: Any = None
        if s.date.earliest is not None:
            value = (s.date.earliest.isoformat() if s.date.earliest == s.date.latest
                     else {"start": s.date.earliest.isoformat(),
                           "end": s.date.latest.isoformat()})
        date = {"text": s.date.text, "value": value, "precision": s.date.precision.value}

    def span(x: Any) -> dict[str, Any] | None:
        return None if x is None else {"text": x.text, "start": x.start, "end": x.end}

    return {"speaker": s.speaker, "source": span(s.source), "cue": span(s.cue),
            "content": span(s.content),
            "quotes": [{**(span(q) or {}), "partial": q.partial} for q in s.quotes],
            "kind": s.kind.value, "date": date, "reported_by": list(s.reported_by),
            "hedges": list(s.hedges)}


def keys_of(statements: Iterable[Mapping[str, Any]]) -> dict[str, set[Any]]:
    """The keys of every metric in :data:`METRICS` for one article's statements."""
    out: dict[str, set[Any]] = {m: set() for m in METRICS}
    for s in statements:
        cue = _span(s.get("cue"))
        content = _span(s["content"])
        anchor = cue if cue is not None else ("no-cue", content)
        date = _date_value(s.get("date"))
        out["speaker+cue"].add((s.get("speaker"), anchor))
        out["speaker+cue+date"].add((s.get("speaker"), anchor, date))
        if cue is not None:
            out["cue"].add(cue)
        if s.get("source") is not None:
            out["source"].add(_span(s["source"]))
        out["content"].add(content)
        if s.get("date") is not None:
            out["date"].add((anchor, s["date"]["text"], date))
        if s.get("reported_by"):
            out["reported_by"].add((anchor, tuple(s["reported_by"])))
        for q in s.get("quotes", ()):
            out["quotes"].add(_span(q))
        for h in s.get("hedges", ()):
            out["hedges"].add((anchor, h))
        out["kind"].add((anchor, s.get("kind")))
    return out


def _find_text(gold_file: Path, article: str, text_dirs: Iterable[Path]) -> Path:
    for d in (gold_file.parent, *text_dirs):
        p = d / article
        if p.is_file():
            return p
    raise FileNotFoundError(f"{gold_file}: article {article!r} not found next to it or in "
                            "--texts folders")


def _gold_files(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(p.glob("*.gold.json")) if p.is_dir() else [p])
    return out


def evaluate_gold(paths: Iterable[str | Path], *, text_dirs: Iterable[str | Path] = ("seeds",),
                  speakers: bool = True) -> dict[str, Score]:
    """Parse each gold file's article with :func:`eurasec.parse_file` and score it.

    Args:
        paths: Gold files, or folders of ``*.gold.json``.
        text_dirs: Where else to look for the articles named in the gold files.
        speakers: Compare speakers (``False`` replaces every speaker by ``None`` on both
            sides, to score spans while actor extraction is missing).

    Returns:
        A :class:`Score` per metric, micro-averaged over the articles.
    """
    from ..api import parse_file

    dirs = [Path(d) for d in text_dirs]
    scores = {m: Score() for m in METRICS}
    for gf in _gold_files(Path(p) for p in paths):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        article = parse_file(_find_text(gf, gold["article"], dirs))
        g = gold["statements"]
        pred = [statement_dict(s) for s in article.statements]
        if not speakers:
            g = [{**s, "speaker": None} for s in g]
            pred = [{**s, "speaker": None} for s in pred]
        gk, pk = keys_of(g), keys_of(pred)
        for m in METRICS:
            scores[m].add(gk[m], pk[m])
    return scores


def format_scores(scores: Mapping[str, Score], title: str = "") -> str:
    """A plain-text table of precision, recall and F1."""
    lines = [title] if title else []
    lines.append(f"{'metric':<18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}")
    for name, s in scores.items():
        lines.append(f"{name:<18} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                     f"{s.tp:6d} {s.fp:6d} {s.fn:6d}")
    return "\n".join(lines)


