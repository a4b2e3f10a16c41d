"""Amounts: a twelfth pass, the rate an amount is per one of: a singular noun with "a",
"each" or "every" before it said right after the amount ("£5 a crossing", "£2 each way",
"300 passengers each flight") is written "per <noun>" ("each way"), so a rate does not read
as a total; and the value a rate was raised from is per the same one. Not a time it was
(in "a day earlier"), not a noun that runs on into a phrase of its own ("a move that ..."),
not one of a named whole ("a share of the market"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a rate per one of a thing, after the amount
        (
            "The ferry operator raised its fuel charge from £3 to £5 a crossing.",
            "£5",
            "the ferry operator's fuel charge per crossing",
        ),
        # (and the value it was raised from)
        (
            "The ferry operator raised its fuel charge from £3 to £5 a crossing.",
            "£3",
            "the ferry operator's previous fuel charge per crossing",
        ),
        ("The toll was raised from £2 to £3 a car.", "£3", "toll per car"),
        ("The hotel charges guests £120 a night.", "£120", "charge per night"),
        ("The charity spends £2 a child on books.", "£2", "charity's spending per child"),
        ("Fans paid £30 a game last season.", "£30", "payment per game"),
        # after the counted noun
        (
            "The airline flies 300 passengers each flight.",
            "300 passengers",
            "passengers flown by the airline per flight",
        ),
        # "every" even where the parse reads the noun as a second object
        (
            "Cleaners at the hospital are paid £40 every shift.",
            "£40",
            "payment to cleaners at hospital per shift",
        ),
        # "each way", as said
        (
            "Commuters pay an extra £2 each way on the new line.",
            "£2",
            "extra payment on new line each way",
        ),
        # (a named rate unit, once)
        ("The group offered $5 a share.", "$5", "the group's offer per share"),
        ("Oil rose to $60 a barrel of Brent crude.", "$60", "price of Oil per barrel"),
        # (not a time it was)
        ("Investors lost £2bn a day earlier.", "£2bn", "Investors' loss"),
        ("The bank paid out £5m a month ago.", "£5m", "the bank's payment"),
        # (not a noun that runs on into a phrase of its own, or a second object with "a")
        ("The firm cut 300 jobs a move that angered unions.", "300 jobs", "jobs cut by the firm"),
        ("The club paid £5m a record for a defender.", "£5m", "the club's payment"),
        # (not one of a named whole)
        (
            "The brewer won 3,000 new pubs a share of the market it had long wanted.",
            "3,000 new pubs",
            "new pubs won by the brewer",
        ),
    ],
)
def test_the_rate_per_one(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
