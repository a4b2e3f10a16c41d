"""Amounts: a twenty-third pass (issue 7), the mood of an amount a plan or promise holds when
no other rule gave one: "plans for 100% debt relief" and "his plans for £3bn tax cuts" are
targets, "An extra £30m was promised" a pledge. Left alone: a plan undone ("scrapped plans
for 30 new prisons") and a thing that is there already ("pledged to bring the $300bn deficit
under control"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    ("The minister highlighted plans for 100% debt relief for poor nations.", "100%", "target"),
    ("The leader defended his plans for £3bn tax cuts.", "£3bn", "target"),
    ("An extra £30m was promised on Friday.", "£30m", "pledge"),
]

_GUARDS = [
    ("The party has scrapped plans for 30 new prisons.", "30 new prisons", None),
    ("Both men pledged to bring the $300bn deficit under control.", "$300bn", None),
]


@pytest.mark.parametrize(("text", "amount", "mood"), _ROWS + _GUARDS)
def test_the_mood_of_a_planned_amount(nlp: Any, text: str, amount: str, mood: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), amount).extra.get("modality") == mood
