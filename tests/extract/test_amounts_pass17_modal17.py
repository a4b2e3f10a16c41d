"""Amounts: a seventeenth pass, on modality. A "with" phrase that opens a sentence, set off by
a comma, before a "would", "could" or "might" clause is the premise that clause hangs on
("With growth of 3%, unemployment could fall to 6% by 2010"): the outcome's amount is
hypothetical ("possible"), as under an "if", not foreseen (the premise's own amount stays
an assumed forecast, as pass 5 has it), and the premise does not take the outcome's year;
a "will" after such a phrase still foresees. A "will" or "would" clause that
a negated verb speaks of ("it does not mean that we will see 500 more nurses") is set
aside, not foreseen. An estimate's value in a sentence that looks ahead ("will cut its
estimate from 3% to 2%") is a forecast, as the value it goes to is. Every sentence is
written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        # a fronted "with" premise of a would/could/might clause: hypothetical
        (
            "With export growth of only 3%, unemployment could drop to 6% by 2010, the minister"
            " said.",
            "6%",
            "possible",
        ),
        (
            "But with oil at $60 a barrel, the airline would lose £40m next year.",
            "£40m",
            "possible",
        ),
        # a negated verb's "will" clause: set aside, not foreseen
        (
            "The minister said it did not mean that we will see 500 extra nurses in Wales.",
            "500 extra nurses",
            "possible",
        ),
        (
            "She does not believe the company will cut 2,000 jobs this year.",
            "2,000 jobs",
            "possible",
        ),
        # an estimate in a sentence that looks ahead: a forecast
        (
            "The bank will lower its growth estimate for the region from 3.4% to 2.9%.",
            "3.4%",
            "forecast",
        ),
        # guards: "will" after a premise foresees; no premise, no denial: as before
        (
            "With export growth of only 3%, unemployment will drop to 6% by 2010.",
            "6%",
            "forecast",
        ),
        ("Unemployment could drop to 6% by 2010, the minister said.", "6%", "forecast"),
        (
            "The minister said we will see 500 extra nurses in Wales.",
            "500 extra nurses",
            "forecast",
        ),
        ("The airline said it will not lose more than $20m.", "$20m", "forecast"),
        (
            "With its shares closing at 450p, the firm is valued at £3bn.",
            "£3bn",
            None,
        ),
        (
            "The agency said growth in 2004 was 1.9%, below an earlier estimate of 2.1%.",
            "2.1%",
            None,
        ),
    ],
)
def test_modality(nlp: Any, text: str, amount: str, modality: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), amount).extra.get("modality") == modality


def test_premise_keeps_no_outcome_year(nlp: Any) -> None:
    """The year the outcome is dated by is not the premise's."""
    text = "With export growth of only 3%, by 2010 unemployment could drop to 6%, he said."
    got = amounts_of(nlp, text)
    assert amount_named(got, "3%").period is None
    assert amount_named(got, "6%").period == "../2010-12-31"
