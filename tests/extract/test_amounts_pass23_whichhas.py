"""Amounts: a twenty-third pass (issue 7), whose a count a relative "which has" holds is.
"Initech, which has 300 stores in France, is for sale": "Initech's stores in France"; "The
retailer, which has 800 shops": "retailer's shops", as for "The retailer has 800 shops";
money a country "has" is the country's ("Norway, which has $900bn in reserves": "Norway's
reserves"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Initech, which has 300 stores in France, is for sale.",
        "300 stores",
        "Initech's stores in France",
    ),
    ("The retailer, which has 800 shops, is for sale.", "800 shops", "retailer's shops"),
    (
        "The firm, which has 300 stores in France, is for sale.",
        "300 stores",
        "firm's stores in France",
    ),
]

_ROWS.append(
    ("Norway, which has $900bn in reserves, said it would act.", "$900bn", "Norway's reserves")
)

_GUARDS = [
    ("The retailer has 800 shops.", "800 shops", "retailer's shops"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_whose_a_which_has_count_is(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
