"""Amounts: a thirteenth pass, the defining words an object keeps. A stretch of time counted
from now that the amount's clause gives ("over the next five years", "in the past year")
goes on the object, as no period can be made of it and a total over it is not one over all
time (not a time outside a dash aside the amount is in). A model's name written with a
number ("777-300ER jets", "12 737-700 planes") is kept whole. A noun of an impact ("hit",
"blow", "boost") or a mistagged noun after "a <amount>" ("a £5m spend") keeps the phrase
after it that says what it fell on ("hit from bad loans"). Money "for" a thing offered,
rented or leased is its price. A count that a verb of room takes with "can" (or "holds",
"seats") is what fits ("passengers jets can carry"), not what was carried. People counted
as the "of" of "support"/"backing" are the backers, of what the clause is about ("MPs
backing motion"). Things a plural noun is "narrowed down to" are those things, not the
noun. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a stretch of time counted from now
        (
            "The carmaker plans to close 12 plants over the next three years.",
            "12 plants",
            "plants the carmaker plans to close over next three years",
        ),
        (
            "Chilean wine exports have risen by 40% over the past five years.",
            "40%",
            "rise in Chilean wine exports over past five years",
        ),
        (
            "The charity hopes to raise £20m in the next decade.",
            "£20m",
            "funds raised in next decade",
        ),
        # (not a dated part of a year, not a time outside the aside the amount is in)
        ("Sales rose 5% in the last three months of 2004.", "5%", "rise in Sales"),
        (
            "The loan of $5bn - agreed by the bank - has been unpaid for the past two years.",
            "$5bn",
            "loan agreed by bank",
        ),
        # a model's name with a number in it
        (
            "The airline expects to buy 40 of the 777-300ER jets.",
            "40",
            "777-300ER jets bought by the airline",
        ),
        # what an impact fell on, however the noun is tagged
        ("The bank took a $300m hit from bad loans.", "$300m", "hit from bad loans"),
        ("The strike was a £20m blow to the club's finances.", "£20m", "blow to club's finances"),
        ("The council approved a £5m spend on road repairs.", "£5m", "spend on road repairs"),
        # the price of a thing put up
        (
            "The operator will offer contracts for about $50.",
            "$50",
            "price of contracts offered by operator",
        ),
        (
            "The landlord plans to rent the flats for £900.",
            "£900",
            "price of flats the landlord plans to rent",
        ),
        # (not money offered for a thing, not a sale)
        ("The firm offered £5m for the club.", "£5m", "the firm's offer"),
        # the room a thing has
        (
            "The airline is buying jets that can carry 500 passengers.",
            "500 passengers",
            "passengers jets can carry",
        ),
        ("The new arena holds 20,000 people.", "20,000 people", "people new arena holds"),
        # (not room denied: the deed is said with its "not")
        (
            "The shelter could not house 80 families this winter.",
            "80 families",
            "families who could not be housed by shelter",
        ),
        # (not what was carried)
        (
            "The airline carried 30 million passengers last year.",
            "30 million passengers",
            "passengers carried by the airline",
        ),
        # the backers, by what they back
        (
            "The bill was passed with the support of 40 opposition MPs.",
            "40 opposition MPs",
            "opposition MPs supporting bill",
        ),
        (
            "The motion won the backing of 300 delegates.",
            "300 delegates",
            "delegates backing motion",
        ),
        # (not another noun of them)
        ("The union mourned the deaths of 20 miners.", "20 miners", "deaths of miners"),
        # what a set was narrowed down to
        (
            "The agency said the bids were narrowed down to 12 finalists.",
            "12 finalists",
            "finalists bids narrowed down to",
        ),
        # (not the level the same thing fell to)
        ("Sales fell to 1.2 million vehicles.", "1.2 million vehicles", "Sales"),
    ],
)
def test_the_defining_words_kept(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
