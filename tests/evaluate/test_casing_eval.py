"""The casing scorer on hand-made strings, and floors on a cheap slice of the gold set."""

from __future__ import annotations

import pytest

from communique.evaluate.casing import (
    CaseScore,
    apply_repairs,
    heldout_pairs,
    read_pairs,
    score_pairs,
)
from conftest import SHARED, shared_path


def test_apply_repairs_by_raw_span() -> None:
    reps = [
        {"kind": "case", "raw_span": [0, 3], "after": "The"},
        {"kind": "encoding", "raw_span": [4, 6], "after": "x"},  # not ours: ignored
        {"kind": "case", "raw_span": [4, 8], "after": "U.S."},
    ]
    assert apply_repairs("the u.s. side", reps) == "The U.S. side"
    with pytest.raises(ValueError):
        apply_repairs("abc", [{"kind": "case", "raw_span": [0, 2], "after": "A"}])


def test_score_counts() -> None:
    clean = "The U.S. and China met in Paris today."
    damaged = "the u.s. and China met in paris today."
    repaired = "The U.S. and China met in paris Today."
    sc = CaseScore()
    sc.add(clean, damaged, repaired)
    assert (sc.damaged, sc.fixed) == (3, 2)  # the, u.s., paris; two fixed
    assert (sc.changed, sc.right_changed) == (3, 2)  # Today is a wrong change
    assert sc.intact == 5 and sc.harmed == 1
    assert sc.precision == pytest.approx(2 / 3) and sc.recall == pytest.approx(2 / 3)
    base = CaseScore()
    base.add(clean, damaged, damaged)
    assert base.f1 == 0.0 and base.harm == 0.0


def test_gold_floor_first_100() -> None:
    """Floors a little below the measured figures (F1 0.9125, harm 0.151% on this slice)."""
    rows = read_pairs(shared_path("eval", "casing", "bbc-damaged.jsonl.gz"), limit=100)
    score, base = score_pairs(rows)
    assert base.f1 == 0.0
    assert score.f1 >= 0.90
    assert score.harm <= 0.0020


def test_heldout_is_disjoint_and_damaged() -> None:
    shared_path("tools", "damage_case.py")
    rows = heldout_pairs(SHARED, "bbc", limit=30)
    gold = {r["id"] for r in read_pairs(SHARED / "eval" / "casing" / "bbc-damaged.jsonl.gz")}
    assert len(rows) == 30 and not gold & {r["id"] for r in rows}
    assert all(len(r["clean"]) == len(r["damaged"]) for r in rows)
    assert sum(r["clean"] != r["damaged"] for r in rows) >= 20
