"""Evaluation on PolNeAR (Newell, Margolin and Ruths, LREC 2018), read in place.

The corpus is not ours to redistribute: it is read from its folder at run time and never
copied. How eurasec frames map onto PolNeAR's conventions:

* only outermost attributions are annotated there, so only frames with no parent are
  compared (``According to ISW, Putin said ...`` is one relation with source ``ISW``);
* cues and sources are compared with their PolNeAR-style extents when the frame has one
  (``has also said``, ``said:``; ``Jane Roe, a lawyer,``: see
  :attr:`~eurasec.extraction.frame_types.Frame.cue_extent`);
* content includes ``that`` (as in eurasec) and, for direct speech, the quotation marks;
  a quotation continued in the next sentence is a second content fragment;
* participial and coordinated frames (``..., adding that``) share their source with the
  main clause, as in PolNeAR (where the shared span is the source of both relations);
* beliefs, intentions and stances count (``stance=True``: ``Ames criticized the plan``);
* one annotation file per article: the first annotator in sorted order;
* the title is read as a headline (``NY Post: ...`` gives a ``:`` cue).

Scores: exact-span precision, recall and F1 per role (each role's spans compared as sets
per article), and attribution F1 where a predicted frame matches a gold relation when their
cues overlap and their contents overlap by at least 30% of the longer one.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from ..extraction.frames import Frame
from ..extraction.lexicon import Lexicon
from ..extraction.pipeline import Segment
from ..extraction.statements import find_frames_in
from ..models import BlockKind
from ..textutil import trim
from . import Score
from .brat import Relation, read_ann

__all__ = ["ROLES", "evaluate_polnear", "frame_spans", "polnear_articles"]

ROLES = ("cue", "source", "content", "attribution@30%")
Fragments = tuple[tuple[int, int], ...]


def _published(root: Path) -> dict[str, dt.date]:
    out: dict[str, dt.date] = {}
    meta = root / "data" / "metadata.tsv"
    if meta.is_file():
        with meta.open(encoding="utf-8", newline="") as fp:
            for row in csv.DictReader(fp, delimiter="\t"):
                try:
                    out[row["filename"]] = dt.date.fromisoformat(row["publication_date"])
                except (KeyError, ValueError):
                    continue
    return out


_PTB = re.compile(r"''")
_LINE = re.compile(r"[^\n]+")


def _ptb_quotes(text: str) -> str:
    """Rewrite the two-apostrophe quotation marks of some sources (``''Yes,'' he said``) as
    ``"`` plus a space, keeping every offset: an opening mark becomes ``" `` and a closing
    one `` "``, so a content that includes its marks covers the same characters."""
    if "''" not in text:
        return text

    def mark(m: re.Match[str]) -> str:
        s = m.start()
        closing = s > 0 and not text[s - 1].isspace() and text[s - 1] not in "([“"
        return ' "' if closing else '" '

    return _PTB.sub(mark, text)


def polnear_articles(root: str | Path, split: str = "dev"
                     ) -> Iterator[tuple[str, str, list[Relation], dt.date | None]]:
    """``(name, text, gold relations, publication date)`` for each article of a split."""
    base = Path(root)
    dates = _published(base)
    folder = base / "data" / split
    for txt in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        text = _ptb_quotes(txt.read_text(encoding="utf-8"))
        rels = read_ann(anns[0].read_text(encoding="utf-8"))
        yield txt.stem, text, rels, dates.get(txt.stem)


def frame_spans(text: str, f: Frame) -> tuple[Fragments, Fragments | None, Fragments]:
    """A frame's cue, source and content as PolNeAR-style fragments."""
    main = f.content_extent or f.content
    content: list[tuple[int, int]] = [main] if f.lead is None else [f.lead, main]
    for qs, qe in f.parts:
        content.append((qs - 1, min(qe + 1, len(text))))
    source = None
    if f.source is not None:
        source = (f.source_extent or f.source,)
    return (f.cue_extent or f.cue,), source, tuple(content)


def line_segments(text: str) -> list[Segment]:
    """The article's lines as paragraphs, the first as its headline.

    PolNeAR texts mostly separate paragraphs by a blank line, but some by a single line
    break; a news paragraph never runs across one, so every non-blank line is a segment
    (``Title\n\nOne.\nTwo.`` has three).
    """
    out: list[Segment] = []
    for m in _LINE.finditer(text):
        s, e = trim(text, m.start(), m.end())
        if s < e:
            if out:
                out.append(Segment(start=s, end=e, paragraph=len(out) - 1))
            else:
                out.append(Segment(start=s, end=e, kind=BlockKind.HEADLINE))
    return out


def _overlap(a: Fragments, b: Fragments) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(a: Fragments) -> int:
    return sum(e - s for s, e in a)


def evaluate_polnear(root: str | Path, *, split: str = "dev", limit: int | None = None,
                     lexicon: Lexicon | None = None, stance: bool = True) -> dict[str, Score]:
    """Score outermost frames against a PolNeAR split; see the module docstring.

    ``stance=False`` scores what :func:`~eurasec.extraction.statements.find_statements`
    finds by default (speech and report cues only).
    """
    scores = {r: Score() for r in ROLES}
    for n, (_name, text, rels, published) in enumerate(polnear_articles(root, split)):
        if limit is not None and n >= limit:
            break
        segs = line_segments(text)
        frames = [f for f in find_frames_in(text, segs, published=published, lexicon=lexicon,
                                          stance=stance)
                  if f.parent is None]
        pred = [frame_spans(text, f) for f in frames]
        gold = [(r.cue.fragments, r.source.fragments if r.source else None,
                 r.content.fragments) for r in rels]
        for i, role in enumerate(("cue", "source", "content")):
            scores[role].add({g[i] for g in gold if g[i] is not None},
                             {p[i] for p in pred if p[i] is not None})
        _match(gold, pred, scores["attribution@30%"])
    return scores


def _match(gold: list[tuple[Fragments, Fragments | None, Fragments]],
           pred: list[tuple[Fragments, Fragments | None, Fragments]], score: Score) -> None:
    used: set[int] = set()
    for g in gold:
        hit = None
        for k, p in enumerate(pred):
            if k in used or _overlap(g[0], p[0]) == 0:
                continue
            if _overlap(g[2], p[2]) >= 0.3 * max(_length(g[2]), _length(p[2]), 1):
                hit = k
                break
        if hit is None:
            score.fn += 1
        else:
            used.add(hit)
            score.tp += 1
    score.fp += len(pred) - len(used)
