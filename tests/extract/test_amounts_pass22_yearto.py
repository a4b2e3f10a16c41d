"""Amounts: a twenty-second pass (issue 7), an earlier rate of a rate over a year. "Earnings
rose by 4.3% in the year to December, up from November's 4.2%": the 4.2% is the rise over
the year to November, not a rise in November; so for "down from 2.3% in February" after
"in the year to March". Left alone: a month's own change ("rose 5% in March, up from
February's 3%": a rise in February). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Average pay rose by 4.3% in the year to December, up from November's 4.2%.",
        "4.2%",
        "rise in Average pay in year to November",
    ),
    (
        "Inflation rose to 2.1% in the year to March, down from 2.3% in February.",
        "2.3%",
        "inflation in year to February",
    ),
]

_GUARDS = [
    ("Sales rose 5% in March, up from February's 3%.", "3%", "rise in Sales in February"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_an_earlier_rate_over_a_year(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
