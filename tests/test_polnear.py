"""PolNeAR evaluation, read in place from ../shared (skipped when the corpus is absent).

The corpus is never copied into the project; these tests only check that reading and
scoring work, and that the scores stay above a floor well below the published targets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eurasec.evaluate.polnear import evaluate_polnear, polnear_articles

POLNEAR = Path(__file__).resolve().parent.parent.parent / "shared" / "external" / "polnear"

pytestmark = pytest.mark.skipif(not (POLNEAR / "data" / "dev").is_dir(),
                                reason="PolNeAR not available in ../shared/external/polnear")


def test_gold_spans_lie_in_the_texts() -> None:
    """Every gold span of the first dev articles fits its text."""
    for _name, text, rels, published in list(polnear_articles(POLNEAR, "dev"))[:5]:
        assert published is not None
        for r in rels:
            for s, e in (*r.cue.fragments, *r.content.fragments):
                assert 0 <= s < e <= len(text)


def test_dev_scores_have_a_floor() -> None:
    """Exact-span F1 on 20 dev articles stays above a regression floor."""
    scores = evaluate_polnear(POLNEAR, split="dev", limit=20)
    assert scores["cue"].precision > 0.7
    assert scores["cue"].f1 > 0.58
    assert scores["source"].f1 > 0.58
    assert scores["content"].f1 > 0.46
    assert scores["attribution@30%"].f1 > 0.58


def test_default_mode_scores_have_a_floor() -> None:
    """Without the stance option (eurasec's default statements) precision stays higher."""
    scores = evaluate_polnear(POLNEAR, split="dev", limit=20, stance=False)
    assert scores["cue"].precision > 0.78
    assert scores["cue"].f1 > 0.52
    assert scores["content"].f1 > 0.44
