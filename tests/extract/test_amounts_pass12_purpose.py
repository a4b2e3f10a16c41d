"""Amounts: a twelfth pass (issue 7), what a bare money noun is for: the "for" of the verb a
payment, offer, bid, loan or grant is the object of ("made an offer of $3bn for Beta"), an
"its" in it named by the verb's subject, a payment's or fine's "after doing" (the deed it
answers for), an average or total of money with its "from" (where it comes from), and an
offer whose target is said not also made the receiver's. Guarded: a "for" or "after" of time,
and a bare noun the sentence says nothing more of. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the "for" of the verb a money noun is the object of: what it is for
        ("Acme made an offer of $3bn for Beta.", "$3bn", "Acme's offer for Beta"),
        ("Globex made a bid of $40m for the stadium.", "$40m", "Globex's bid for stadium"),
        (
            "The city received a payment of $5m for the land.",
            "$5m",
            "payment received by city for land",
        ),
        # (an "its" in it is the subject's)
        (
            "Acme received a loan of £8m for its expansion.",
            "£8m",
            "loan to Acme for Acme's expansion",
        ),
        # (not an "its" no name resolves)
        ("The firm received a loan of £8m for its expansion.", "£8m", "loan to the firm"),
        # an offer whose own "for" says its target is not also the receiver's
        (
            "Acme rejected an offer of $3bn for its chemicals unit.",
            "$3bn",
            "offer for Acme's chemicals unit",
        ),
        # a payment's or fine's "after doing": the deed it answers for
        (
            "Acme agreed to pay $28m after admitting fraud.",
            "$28m",
            "Acme's payment after admitting fraud",
        ),
        (
            "Acme was fined £3m after admitting that it misled customers.",
            "£3m",
            "fine after admitting that Acme misled customers",
        ),
        (
            "The bank will pay $9m after losing the appeal.",
            "$9m",
            "the bank's payment after losing the appeal",
        ),
        # an average of money with its "from": the money from them
        (
            "The report said even more people would be poor without an average of $950m a year "
            "from foreign donors.",
            "$950m",
            "average money from foreign donors per year",
        ),
        # (not a "for" of time)
        ("Acme paid $5m a year for three years.", "$5m", "Acme's payment per year"),
        ("Acme received a payment of $5m for the first time.", "$5m", "payment to Acme"),
        # (not an "after" of time)
        ("Acme paid $5m after the merger.", "$5m", "Acme's payment"),
        # (a bare noun the sentence says nothing more of stays bare)
        ("The payment of $5m was late.", "$5m", "payment"),
        ("Globex made a bid of $40m on Monday.", "$40m", "Globex's bid"),
    ],
)
def test_money_purpose(nlp: Any, text: str, amount: str, obj: str) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert got.object == obj
