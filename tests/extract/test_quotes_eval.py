"""The quote scorer (evaluate/quotes.py) on hand-made cases, and a floor on a cheap subset."""

from __future__ import annotations

import pytest

from communique.evaluate.quotes import Pred, Scores, is_direct, is_speech_cue, score_article
from conftest import SHARED

DEV = SHARED / "eval" / "quotes" / "polnear-dev.jsonl.gz"


@pytest.mark.parametrize(
    ("cue", "speech"),
    [
        ("said", True),
        ("told reporters", True),
        ("according to", True),
        (":", True),
        ("added:", True),
        ("admitted", True),
        ("thinks", False),
        ("seemed", False),
        ("is expected", False),
    ],
)
def test_speech_cue(cue: str, speech: bool) -> None:
    assert is_speech_cue(cue) is speech


@pytest.mark.parametrize(
    ("content", "direct"),
    [
        ("\u201cWe will win.\u201d", True),
        ('"We will win,"', True),
        ("\u201cWe will win,\u201d.", True),
        ("that we will win", False),
        ("the cause of \u201creform.\u201d", False),
    ],
)
def test_direct(content: str, direct: bool) -> None:
    assert is_direct(content, [(0, len(content))]) is direct


def test_one_to_one_greedy_matching() -> None:
    text = "x" * 100
    gold = [
        {"type": "Attribution", "source": [[0, 5]], "cue": [], "content": [[10, 30]]},
        {"type": "Attribution", "source": [[40, 45]], "cue": [], "content": [[50, 60]]},
    ]
    # One prediction covers both golds: it can match only one (the better overlap).
    preds = [Pred([(10, 60)], (0, 3)), Pred([(70, 80)], None)]
    sc = Scores(0.3)
    score_article(text, gold, preds, sc)
    row = sc.row()
    assert (sc.n_pred, sc.matched_pred, sc.all_hit) == (2, 1, 1)
    assert row["precision"] == 0.5 and row["recall_all"] == 0.5


def test_overlap_threshold_and_speaker() -> None:
    text = "Officials said that the talks had stalled over tariffs for months."
    gold = [{"source": [[0, 9]], "cue": [[10, 14]], "content": [[15, 65]]}]
    low, high = Scores(0.3), Scores(0.8)
    pred = [Pred([(20, 45)], (0, 9))]  # half of the gold content
    score_article(text, gold, pred, low)
    score_article(text, gold, pred, high)
    assert low.row()["recall_speech"] == 1.0 and low.row()["speaker_acc"] == 1.0
    assert high.row()["recall_speech"] == 0.0
    wrong = Scores(0.3)
    score_article(text, gold, [Pred([(15, 65)], (40, 45))], wrong)
    assert wrong.row()["speaker_acc"] == 0.0


@pytest.mark.slow
def test_floor_on_dev_subset() -> None:
    """A floor on the first 6 dev articles (the full figures come from `communique eval quotes`)."""
    if not DEV.exists():
        pytest.skip(f"{DEV} is absent")
    from communique.evaluate.quotes import evaluate

    (rep,) = evaluate(DEV, limit=6, thresholds=(0.3,), baseline=False)
    row = rep.scores[0].row()
    assert row["precision"] >= 0.75
    assert row["recall_speech"] >= 0.65
    assert row["speaker_acc"] >= 0.8
