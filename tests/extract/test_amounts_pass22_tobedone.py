"""Amounts: a twenty-second pass (issue 7), a deed still to be done. "The owners are to ask
the buyer to pay back a $900m loan": the loan is "to be paid back by" the buyer, not "paid
back by" them, as the deed is only asked for. Left alone: a deed done ("The bank's buyer
paid back a $900m loan": "paid back by"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "The owners of Acme are to ask the buyer of its former unit to pay back a $900m loan.",
        "$900m",
        # (pass 25: "its" named as its sentence allows; this row left "its former unit")
        "loan to be paid back by buyer of Acme's former unit",
    ),
    (
        "Analysts expect other iron ore producers to seek price rises of up to 70%.",
        "70%",
        "price rises to be sought by other iron ore producers",
    ),
]

_GUARDS = [
    (
        "Analysts said other iron ore producers sought price rises of up to 70%.",
        "70%",
        "price rises sought by other iron ore producers",
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_a_deed_still_to_be_done(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
