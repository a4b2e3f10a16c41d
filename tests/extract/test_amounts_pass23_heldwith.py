"""Amounts: a twenty-third pass (issue 7), whose a count "with" a holder is. "Acme is a
retailer with 500 stores": "Acme's stores"; "Mrs Patel, who is married with three young
children": "Mrs Patel's young children"; "spurred its mobile division ..., with 3 million
subscribers": the subscribers of the division. Left alone: "compared with", a verb's own
"with" ("supply the army with"), and a pronoun holder ("It ended the year with 300
stores"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Acme is a retailer with 500 stores across Europe.",
        "500 stores",
        "Acme's stores across Europe",
    ),
    (
        "The merger made Globex the biggest operator in Brazil, with 12 million subscribers.",
        "12 million subscribers",
        "Globex's subscribers",
    ),
    (
        "Mrs Patel, who is married with three young children, said the rules were unfair.",
        "three young children",
        "Mrs Patel's young children",
    ),
    (
        "The charity, which works in 40 countries with 1,200 volunteers, said it needed money.",
        "1,200 volunteers",
        "volunteers of charity",
    ),
    (
        "The firm leads the market with 2.3 million customers.",
        "2.3 million customers",
        "customers of firm",
    ),
    ("Initech, a caterer with 2,000 staff, was sold last week.", "2,000 staff", "Initech's staff"),
    (
        "The bank is now the largest lender in Kenya, with 900 branches.",
        "900 branches",
        "branches of bank",
    ),
]

_GUARDS = [
    (
        "The rebels attacked the town with 300 fighters.",
        "300 fighters",
        "fighters the rebels attacked town with",
    ),
    ("Sales rose 5%, compared with 300 stores last year.", "300 stores", "stores"),
    ("Acme agreed to supply the army with 400 trucks.", "400 trucks", "trucks supplied to army"),
    ("It ended the year with 300 stores.", "300 stores", "stores"),
    (
        "The minister met with 40 business leaders.",
        "40 business leaders",
        "business leaders the minister met with",
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_whose_a_count_with_a_holder_is(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


def test_its_holder_is_the_firm_before(nlp: Any) -> None:
    text = (
        "Globex has widened its losses. The purchase spurred its mobile division to the top "
        "of the market, with more than 3 million subscribers."
    )
    got = amount_named(amounts_of(nlp, text), "3 million subscribers").object
    assert got == "subscribers of Globex's mobile division"
