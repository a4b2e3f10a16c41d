"""Amounts: a twenty-first pass (issue 7), the value a planned or expected change starts
from is the current one. "could cut poverty levels to 36% from 53%": the 53% is the level
now, "current poverty levels", not "previous poverty levels", which tells of a change that
happened; as "from ... to ..." wording already read it. Left alone: a change that happened
("fell to £80m from £95m"), a firm's result for a period, predicted ("a fall in quarterly
sales to $2.1bn from $2.6bn": the last sales told), a forecast of a forecast ("raised its
growth forecast to 4% from 3.5%": the previous forecast), and a start with a past time said
after it ("a drop in profits to £170m from £194m last year"). Every sentence is written by
us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Wider use of the grants could cut poverty levels to 31% from 48%, the ministry believes.",
        "48%",
        (48, "percent", "=", None, "current poverty levels"),
    ),
    (
        "The new tax could cut prices to $5 from $8, the minister says.",
        "$8",
        (8, "USD", "=", None, "current prices"),
    ),
    (
        "The plan will cut the deficit to 3% from 5%.",
        "5%",
        (5, "percent", "=", None, "current deficit"),
    ),
    (
        "The reform will lift the minimum wage to £6 from £5.05, ministers said.",
        "£5.05",
        (5.05, "GBP", "=", None, "current minimum wage"),
    ),
]

_GUARDS = [
    # a firm's result for a period, predicted: it starts from the last one told
    (
        "Brokers expect a fall in quarterly sales to $2.1bn from $2.6bn.",
        "$2.6bn",
        (2.6e9, "USD", "=", None, "previous quarterly sales"),
    ),
    (
        "Profits fell to £80m from £95m.",
        "£95m",
        (9.5e7, "GBP", "=", None, "previous profits"),
    ),
    (
        "The bank raised its growth forecast to 4% from 3.5%.",
        "3.5%",
        (3.5, "percent", "=", None, "the bank's previous growth forecast"),
    ),
    (
        "Analysts predict a slight drop in annual profits to £170m from £194m last year.",
        "£194m",
        (1.94e8, "GBP", "=", None, "previous annual profits"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "expected"), _ROWS + _GUARDS)
def test_planned_change_starts_current(
    nlp: Any, text: str, amount: str, expected: tuple[Any, ...]
) -> None:
    assert core_fields(amount_named(amounts_of(nlp, text), amount)) == expected
