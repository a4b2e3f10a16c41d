"""Amounts: a twenty-fourth pass (issue 7), an amount a verb restates something "by" is
the size of that restatement, named with whose it is when a name restated it ("Globex
restated earnings by $5bn": "restatement of Globex's earnings"), not the thing itself.
Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

# "restated earnings by $5bn": the size of a restatement, not the earnings themselves.
_RESTATED = [
    (
        "Globex restated earnings by $5bn last year after a probe of its books.",
        "$5bn",
        "restatement of Globex's earnings",
    ),
    ("The firm restated its profits by £20m.", "£20m", "restatement of the firm's profits"),
    (
        "The other main mortgage firm Globex Mac restated earnings by $5bn last year.",
        "$5bn",
        "restatement of Globex Mac's earnings",
    ),
    # guard: a cut stays a cut
    ("The government trimmed spending by £2bn.", "£2bn", "cut in spending"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _RESTATED)
def test_a_restatement_by_an_amount(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
