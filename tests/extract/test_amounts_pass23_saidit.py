"""Amounts: a twenty-third pass (issue 7), who "it" is in a clause a body says of itself.
"The government says it has hired 3,000 teachers": hired by the government; "Critics of
the council say it has launched 12 schemes": by the council; "Shareholders in Acme said it
had sold 40 stores": by Acme. Left alone: a person saying so ("Mr Brown said it had cut
500 jobs") and a plural sayer naming no body ("Analysts say it will cut 900 jobs"). Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "The government says it has hired 3,000 new teachers.",
        "3,000 new teachers",
        "new teachers hired by government",
    ),
    (
        "Rivals of the company claim it has cut 500 jobs this year.",
        "500 jobs",
        "jobs cut by company",
    ),
    ("Shareholders in Acme said it had sold 40 stores.", "40 stores", "stores sold by Acme"),
    (
        "Critics of the council say it has launched more than 12 schemes to cut litter.",
        "12 schemes",
        "schemes launched to cut litter by council",
    ),
    (
        "The ministry said it had identified more than 200 empty buildings.",
        "200 empty buildings",
        "empty buildings identified by ministry",
    ),
]

_GUARDS = [
    ("Mr Brown said it had cut 500 jobs.", "500 jobs", "jobs cut"),
    ("Analysts say it will cut 900 jobs.", "900 jobs", "jobs cut"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_it_of_a_body_saying_so(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
