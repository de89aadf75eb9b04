"""The evaluator: scores, keys, gold files, brat reading and the dev-corpus targets."""

from __future__ import annotations

from pathlib import Path

import pytest

from eurasec.evaluate import Score, evaluate_gold, format_scores, keys_of
from eurasec.evaluate.__main__ import main
from eurasec.evaluate.brat import read_ann

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "devcorpus"
SEED_GOLD = ROOT / "tests" / "data" / "seed.gold.json"


def test_score_arithmetic() -> None:
    """Precision, recall and F1 follow from the counts; empty sides count as perfect."""
    s = Score()
    s.add({1, 2, 3}, {2, 3, 4})
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)
    assert s.f1 == pytest.approx(2 / 3)
    assert Score().precision == 1.0
    assert Score().recall == 1.0


def test_keys_of_cueless_and_dated_statements() -> None:
    """Cue-less statements key on their content; dates key on text and value."""
    st = {"speaker": "isw", "source": None, "cue": None,
          "content": {"text": "x", "start": 3, "end": 4}, "quotes": [], "kind": "indirect",
          "date": {"text": "last week", "value": {"start": "2024-06-10", "end": "2024-06-16"},
                   "precision": "week"}, "reported_by": ["tass"], "hedges": ["may"]}
    k = keys_of([st])
    anchor = ("no-cue", (3, 4))
    assert k["speaker+cue"] == {("isw", anchor)}
    assert k["date"] == {(anchor, "last week", ("2024-06-10", "2024-06-16"))}
    assert k["reported_by"] == {(anchor, ("tass",))}
    assert k["cue"] == set()
    assert k["source"] == set()


def test_dev_corpus_targets() -> None:
    """On the development corpus: speaker+cue >= 0.90, quotes >= 0.95, dates >= 0.85 (F1)."""
    scores = evaluate_gold([DEV, SEED_GOLD])
    assert scores["speaker+cue"].f1 >= 0.90
    assert scores["quotes"].f1 >= 0.95
    assert scores["date"].f1 >= 0.85
    assert "speaker+cue" in format_scores(scores)


def test_cli_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    """``python -m eurasec.evaluate GOLD`` prints one row per metric."""
    assert main([str(SEED_GOLD), "--no-speakers"]) == 0
    out = capsys.readouterr().out
    assert "speaker+cue" in out
    assert "hedges" in out


def test_missing_article_is_reported(tmp_path: Path) -> None:
    """A gold file naming an absent article raises FileNotFoundError."""
    gold = tmp_path / "x.gold.json"
    gold.write_text('{"article": "nope.txt", "statements": []}', encoding="utf-8")
    with pytest.raises(FileNotFoundError, match=r"nope\.txt"):
        evaluate_gold([gold], text_dirs=[])


def test_brat_reader_handles_fragments_and_continuations() -> None:
    """Discontinuous spans, newline continuations and source-less relations are read."""
    ann = ("T1\tCue 10 14\tsaid\nT2\tContent 0 5;20 30\tfirst\nsecond\n"
           "T3\tAttribution 10 14\tsaid\nT4\tDiscard 40 50\tRead more\n"
           "E1\tAttribution:T3 Cue:T1 Content:T2\n#1\tAnnotatorNotes T1\tnote\n")
    (rel,) = read_ann(ann)
    assert rel.source is None
    assert rel.content.fragments == ((0, 5), (20, 30))


def test_brat_reader_puts_fragments_in_text_order() -> None:
    """A span whose pieces are listed out of order names the same characters as one listed
    in order, so the two compare equal."""
    ann = ("T1\tCue 10 14\tsaid\nT2\tContent 20 30;0 5\tsecond\nfirst\n"
           "T3\tAttribution 10 14\tsaid\nE1\tAttribution:T3 Cue:T1 Content:T2\n")
    (rel,) = read_ann(ann)
    assert rel.content.fragments == ((0, 5), (20, 30))
