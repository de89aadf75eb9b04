"""A reader for brat standoff annotations of attribution relations (PolNeAR's format).

``T`` lines are spans (``T3<TAB>Content 10 50;60 90<TAB>text``, end exclusive, fragments
joined by ``;``); ``E`` lines link a trigger to its ``Source``, ``Cue`` and ``Content``. A
span's text may hold raw newlines, so a line that does not start a new annotation continues
the previous one.

>>> ann = "T1\\tSource 0 3\\tISW\\nT2\\tCue 4 8\\tsaid\\nT3\\tContent 9 11\\tno\\n" \\
...       "T4\\tAttribution 4 8\\tsaid\\nE1\\tAttribution:T4 Cue:T2 Source:T1 Content:T3\\n"
>>> [(r.source.fragments, r.cue.fragments, r.content.fragments) for r in read_ann(ann)]
[(((0, 3),), ((4, 8),), ((9, 11),))]
"""

from __future__ import annotations

import re

import attrs

__all__ = ["BratSpan", "Relation", "read_ann"]

_START = re.compile(r"[TEARN#]\d*\t")


@attrs.frozen(kw_only=True)
class BratSpan:
    """One ``T`` annotation."""

    id: str
    type: str
    fragments: tuple[tuple[int, int], ...]
    """``(start, end)`` pieces, in text order."""


@attrs.frozen(kw_only=True)
class Relation:
    """One ``E`` attribution relation."""

    id: str
    cue: BratSpan
    content: BratSpan
    source: BratSpan | None = None


def _lines(ann: str) -> list[str]:
    out: list[str] = []
    for line in ann.split("\n"):
        if _START.match(line) or not out:
            out.append(line)
        else:
            out[-1] += "\n" + line
    return [x for x in out if x.strip()]


def read_ann(ann: str) -> list[Relation]:
    """The attribution relations of a ``.ann`` file's text, in file order.

    Relations without a cue or a content are skipped, and ``Discard`` / ``Discuss`` spans
    are ignored.
    """
    spans: dict[str, BratSpan] = {}
    events: list[tuple[str, dict[str, str]]] = []
    for line in _lines(ann):
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            kind, _, ranges = parts[1].partition(" ")
            # in text order: a few annotations list a discontinuous span's pieces out of
            # order, which names the same characters
            frags = tuple(sorted((int(a), int(b)) for a, b in
                                 (r.split() for r in ranges.split(";"))))
            spans[parts[0]] = BratSpan(id=parts[0], type=kind, fragments=frags)
        elif parts[0].startswith("E") and len(parts) >= 2:
            roles = dict(x.split(":", 1) for x in parts[1].split() if ":" in x)
            events.append((parts[0], roles))
    out = []
    for eid, roles in events:
        cue, content = spans.get(roles.get("Cue", "")), spans.get(roles.get("Content", ""))
        if cue is None or content is None:
            continue
        out.append(Relation(id=eid, cue=cue, content=content,
                            source=spans.get(roles.get("Source", ""))))
    return out
