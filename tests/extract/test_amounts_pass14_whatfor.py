"""Amounts: a fourteenth pass, whose an amount is or what it is for, when the sentence says
so: a second verb's "the <part>" share in a coordination is of the owner the first verb's
share named ("close 20% of the group's factories and shed 10% of the workforce"); a sale
keeps to whom ("a mill sold to a cooperative for $50m"); a figure said as a time's ("last
year's £2bn total") keeps that time; a subject defined between dashes keeps its definition
("Churn - the share of customers who leave - is 12%"); what a party agrees to is agreed
by it ("agreed to a pay rise of 3%"). Not a pronoun's owner, not a thing no body owns ("the
market"), not an aside that defines nothing, not what is rejected. Every sentence is
written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the second share of a coordination is of the first's owner
        (
            "The plan will cut 15% of the bank's branches and sell 30% of the offices.",
            "30%",
            "share of bank's offices sold",
        ),
        (
            "The carmaker will shut 10% of the group's plants and cut 8% of the staff.",
            "8%",
            "share of group's staff cut",
        ),
        # (not a pronoun's owner, not a thing no body owns)
        (
            "The company will close 12% of its shops and cut 5% of the staff.",
            "5%",
            "share of staff cut",
        ),
        (
            "The firm will close 20% of the group's factories and win 10% of the market.",
            "10%",
            "share of market won",
        ),
        # a sale, to whom
        (
            "A paper mill sold to a local cooperative for $50m was closed.",
            "$50m",
            "sale of paper mill to local cooperative",
        ),
        (
            "The firm sold its bakery unit to a rival for £40m.",
            "£40m",
            "sale of the firm's bakery unit to rival",
        ),
        # (no buyer said)
        ("The firm sold its bakery unit for £40m.", "£40m", "sale of the firm's bakery unit"),
        # a time's figure
        (
            "This year's deficit was far smaller than last year's £2.4bn total, officials said.",
            "£2.4bn",
            "deficit last year",
        ),
        (
            "The council's spending rose above last year's £80m level.",
            "£80m",
            "council's spending last year",
        ),
        # (the time said already)
        (
            "Sales this quarter beat last quarter's £40m figure.",
            "£40m",
            "sales figure in last quarter",
        ),
        # a subject defined between dashes
        (
            "Churn - the share of customers who leave each year - is now 12%.",
            "12%",
            "Churn (share of customers who leave each year)",
        ),
        # (an aside that defines nothing)
        ("The firm - the largest in the sector - made £5m.", "£5m", "earnings"),
        # what a party agrees to
        ("Unions agreed to a pay rise of 3%.", "3%", "pay rise agreed to by unions"),
        ("Acme has agreed to a fee of £2m.", "£2m", "fee agreed to by Acme"),
        # (not what is rejected)
        ("Unions rejected a pay rise of 3%.", "3%", "pay rise"),
    ],
)
def test_whose_or_for_what(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
