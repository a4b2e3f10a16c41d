"""Amounts: a twenty-third pass (issue 7), an object for an amount every other rule left
without one, read plainly from its clause: a share someone owns is their stake; a share "of"
a group that does something; the level a change reaches is the level of what changes; money
a verb has as its object is what the verb does with it (the noun it is written before, or
another object of the verb just before it, naming it when there is one). Every sentence is
written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    ("Mrs Lee owns 12.5%.", "12.5%", "Mrs Lee's stake"),
    (
        "Only 40% of those asked had heard of the plan.",
        "40%",
        "share of those asked who had heard of the plan",
    ),
    ("The bank voted for a half point rise in interest rates to 6%.", "6%", "interest rates"),
    ("Mr Hill won £3,100 after a long fight.", "£3,100", "money won by Mr Hill"),
    ("An extra £20m was promised on Monday.", "£20m", "extra money promised"),
    (
        "The Acme Steel Works could now face a fine up to 90,000 yuan.",
        "90,000 yuan",
        "fine faced by Acme Steel Works",
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS)
def test_an_object_read_plainly(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


def test_a_change_a_verb_says_is_of_its_subject(nlp: Any) -> None:
    got = amount_named(
        amounts_of(nlp, "The Acme Global 20 has risen by 3% in the past week."), "3%"
    )
    assert got.object == "rise in Acme Global 20"
