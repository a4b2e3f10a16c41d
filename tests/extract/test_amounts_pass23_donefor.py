"""Amounts: a twenty-third pass (issue 7), whom a deed on a thing is for. "The bank cut fees
for 2,000 customers": "customers the bank cut fees for", and a hyphen-joined word ("with-
profits") is no preposition that makes the counted noun's words too long to say so. Left
alone: a level a verb moves to ("Sales rose to 400 cars"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "The bank cut fees for 2,000 customers.",
        "2,000 customers",
        "customers the bank cut fees for",
    ),
    (
        "The insurer lowered bonus payouts for 9,000 with-profits savers.",
        "9,000 with-profits savers",
        "with-profits savers the insurer lowered bonus payouts for",
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS)
def test_whom_a_deed_on_a_thing_is_for(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


def test_a_level_a_verb_moves_to_is_left_alone(nlp: Any) -> None:
    got = amount_named(amounts_of(nlp, "Sales of the car rose to 400 cars."), "400 cars").object
    assert got is None or "rose to" not in got
