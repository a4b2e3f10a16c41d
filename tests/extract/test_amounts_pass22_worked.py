"""Amounts: a twenty-second pass (issue 7), whose pay a "work for" amount is. "Cleaners who
work for £4 an hour": "pay per hour of cleaners"; "labour prepared to work for £1 an hour":
"pay per hour of immigrant labour". Left alone: a pronoun or bare "people" as the worker
("They work for £5 an hour": "pay per hour"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    ("Cleaners who work for £4 an hour will get a rise.", "£4", "pay per hour of cleaners"),
    ("Migrant workers work for £3 an hour.", "£3", "pay per hour of migrant workers"),
    (
        "Many were prepared to take advantage of immigrant labour prepared to work for £1 an "
        "hour.",
        "£1",
        "pay per hour of immigrant labour",
    ),
]

_GUARDS = [
    ("They work for £5 an hour.", "£5", "pay per hour"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_whose_pay_a_work_for_amount_is(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
