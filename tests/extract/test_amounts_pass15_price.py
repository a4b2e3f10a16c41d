"""Amounts: a fifteenth pass, money written before a noun as its price or size. The object
says which money of the noun it is: a priced good is its price ("the £150 tablet computers"
-> "price of each tablet computer"; by the month, a home's rent), a deal, contract, bid or
order its value ("value of Zenco's contract to build bridge"), a built work or scheme its
cost ("cost of scheme to widen ring road"); no clause after the money is read as the good's
doing ("will go on sale"), and an owner written before the money keeps its "'s" ("airline's
fare"). Not money nouns ("a £60 fine", "a £50,000 prize"), not nouns that name none of
these ("a $2bn fraud"), not a word the money is not written before ("sent $3bn home"), not a
time's "'s". Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a priced good: its price (of each one, when they are many)
        (
            "The £150 tablet computers will go on sale in June.",
            "£150",
            "price of each tablet computer",
        ),
        ("Fans bought a $60 ticket for the final.", "$60", "price of ticket for final"),
        ("The singer bought a £4m mansion in Surrey.", "£4m", "price of mansion in Surrey"),
        (
            "Zenco's $99 handsets sold out within hours.",
            "$99",
            "price of Zenco's handsets sold out within hours",
        ),
        # (a home by the month: its rent)
        (
            "She lives in a £2,000-a-month apartment in Manhattan.",
            "£2,000",
            "rent of apartment in Manhattan per month",
        ),
        # a deal, contract or order: its value
        (
            "Zenco won a £70m contract to build a bridge.",
            "£70m",
            "value of Zenco's contract to build bridge",
        ),
        ("Vantor placed a $6bn order for 40 jets.", "$6bn", "value of order placed by Vantor"),
        # (and its conversion in brackets)
        (
            "Acme agreed a $2bn (£1.1bn) deal with Globex to build ships.",
            "£1.1bn",
            "value of Acme's deal with Globex",
        ),
        # a work or scheme: its cost
        (
            "The city approved a £25m scheme to widen the ring road.",
            "£25m",
            "cost of scheme to widen ring road",
        ),
        # an owner before the money keeps its "'s"
        ("The airline's £400 fare was twice the rival's.", "£400", "airline's fare"),
        # (not a money noun: it says what it is)
        (
            "The driver was handed a £60 fine for parking on the pavement.",
            "£60",
            "fine handed to driver for parking",
        ),
        ("The authors won a £50,000 prize for the novel.", "£50,000", "prize for novel"),
        # (not a noun that is no good, deal or work)
        ("Investigators uncovered a $2bn fraud at the bank.", "$2bn", "fraud at bank"),
        # (not a word the money is not written before)
        (
            "Migrant workers sent a record $3bn home last year.",
            "$3bn",
            "money sent home by migrant workers",
        ),
        # (not a time's "'s")
        (
            "Globex made £2m in January, after December's £3m profit.",
            "£3m",
            "Globex's December profit",
        ),
    ],
)
def test_money_before_a_noun(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
