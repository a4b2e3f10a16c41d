"""Amounts: a twenty-second pass (issue 7), what an expectation set against a clause's
subject expects. "The gain in payrolls was below market expectations of 190,000 new jobs":
"expected gain in payrolls", not "market expectations of new jobs"; "Growth fell short of
forecasts of 2.5%": "forecast growth". Left alone: a subject with an amount of its own
("Sales of $3bn were above expectations of $2.8bn": the compared value's reading). Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "The gain in factory payrolls was below market expectations of 190,000 new jobs.",
        "190,000 new jobs",
        "expected gain in factory payrolls",
    ),
    ("Growth was below forecasts of 2.5%.", "2.5%", "forecast growth"),
    ("The rise in prices beat expectations of 2%.", "2%", "expected rise in prices"),
]

_GUARDS = [
    ("Sales of $3bn were above expectations of $2.8bn.", "$2.8bn", "Sales expectation"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_what_an_expectation_expects(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
