"""Amounts: a tenth pass (issue 7), whose the amount is: a firm's name the tagger took for a
common noun, a change counted in things ("cutting output by 5,000 vehicles") and things a
firm's own verb says it has ("It employs 30,000 staff in Peru"), a name after "for" or
"with" that is no owner, a place's part of a firm's change named by the change before it,
and a debt that selling a thing pays off. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj", "firm"),
    [
        # a name tagged as a common noun is still the subject firm's name
        (
            "Zarneft already faces a similar $300m repayment demand from foreign lenders.",
            "$300m",
            "Zarneft's repayment demand from foreign lenders",
            "Zarneft",
        ),
        # (and keeps its capital where it is named after the thing)
        (
            "Zarneft already faces a $300m repayment demand from foreign lenders.",
            "$300m",
            "repayment demand faced by Zarneft",
            "Zarneft",
        ),
        # a change counted in things is the firm's, like one in percent
        (
            "Carmaker Globex, which posted a fall in US sales, said it was cutting"
            " second-quarter European output by another 5,000 vehicles.",
            "5,000 vehicles",
            "fall in Carmaker Globex's second-quarter European output",
            "Globex",
        ),
        # the firm's own verb, put after where the things are
        (
            "Initech Mining is a big miner. Initech Mining bought a rival in May and Initech"
            " Mining shares rose. Many of its mines were once state owned. It employs 30,000"
            " staff in Peru alone, and has mines in Chile.",
            "30,000 staff",
            "staff in Peru employed by Initech Mining",
            "Initech Mining",
        ),
        # a name after "for" says what the thing is for, not whose it is
        (
            "Shares in Initech Group fell. The firm said it cut $40m from profit targets for"
            " Hampden and another Scottish project.",
            "$40m",
            "Initech Group's cut from profit targets for Hampden and Scottish project",
            "Initech Group",
        ),
        # (an offer "for" a firm is made to it: not the receiver's own offer)
        (
            "Acme received a takeover offer for Acme worth $2bn.",
            "$2bn",
            "value of takeover offer for Acme",
            "Acme",
        ),
        # a place's part of a firm's change, after the firm's change
        (
            "Initech's Asian business saw sales fall 3%, although European sales rose 9%.",
            "9%",
            "rise in Initech's European sales",
            "Initech",
        ),
        # (another firm's change stays its own)
        (
            "Initech's sales fell 3%, although Globex sales rose 9%.",
            "9%",
            "rise in Globex sales",
            "Initech",
        ),
    ],
)
def test_whose_amount(nlp: Any, text: str, amount: str, obj: str, firm: str) -> None:
    got = amounts_of(nlp, text, entities=[named(firm, "ORG", text, "e1")])
    assert amount_named(got, amount).object == obj


_BEFORE = "Globex Oil lost its appeal in court. Globex Oil shares fell. Globex Oil said little. "


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a debt that selling a thing pays off is its owner's, named the sentence before
        (
            _BEFORE + "The unit was sold to pay off a $2bn back tax bill.",
            "$2bn",
            "Globex Oil's back tax bill",
        ),
        (
            _BEFORE + "Its unit Vorsk was auctioned to help pay off $2bn in unpaid taxes.",
            "$2bn",
            "Globex Oil's unpaid taxes",
        ),
        # (the firm sold itself: no other owner is said)
        (
            _BEFORE + "Globex Oil was sold to pay off a $2bn tax bill.",
            "$2bn",
            "tax bill",
        ),
    ],
)
def test_a_debt_paid_off_by_a_sale(nlp: Any, text: str, amount: str, obj: str) -> None:
    got = amounts_of(nlp, text, entities=[named("Globex Oil", "ORG", text, "e1")])
    assert amount_named(got, amount).object == obj
