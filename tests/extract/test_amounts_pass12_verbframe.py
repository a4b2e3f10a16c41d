"""Amounts: a twelfth pass, an amount that is an argument of a verb frame its object missed:
money someone is sued, ordered or urged to return or pay ("sum X was sued to return by Y"),
a distance a travel verb takes, said as a range when the sentence says what something is
capable of ("non-stop range of the jet") and as a distance travelled otherwise, and the
counted a clause speaks or writes to about something, with what it was about, even when
their own phrase is long. Every sentence is written by us."""

from __future__ import annotations

import pytest
from amounts_support import amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # money someone is made to hand over
        (
            "The liquidator, insolvency expert Maria Flores, sued Harwell Bank to return "
            "80m euros linked to a 2001 loan.",
            "80m euros",
            "sum Harwell Bank was sued to return by Maria Flores",
        ),
        (
            "The regulator ordered the lender to repay £40m to customers.",
            "£40m",
            "sum the lender was ordered to repay by the regulator",
        ),
        (
            "The insurer was ordered by the court to pay £2m in compensation.",
            "£2m",
            "compensation the insurer was ordered to pay by the court",
        ),
        # (not money paid of one's own accord)
        (
            "The retailer agreed to pay £3m to settle the claim.",
            "£3m",
            "the retailer's payment to settle claim",
        ),
        # a distance travelled: a range when it is what something can do
        (
            "The new airliner will be capable of flying 9,000 miles non-stop.",
            "9,000 miles",
            "non-stop range of the new airliner",
        ),
        (
            "The electric ferry can sail 600 miles without refuelling.",
            "600 miles",
            "range of the electric ferry",
        ),
        (
            "The rescue crews flew 500 miles through the storm.",
            "500 miles",
            "distance flown by the rescue crews",
        ),
        # (not a distance from somewhere)
        (
            "The depot lies 30 miles from the coast.",
            "30 miles",
            "distance from coast",
        ),
        # the counted a clause speaks to, with what it was about
        (
            "The chancellor was talking to 60 young workers from factories in the Midlands "
            "about the new minimum wage.",
            "60 young workers",
            "young workers from factories in Midlands the chancellor was talking to about new "
            "minimum wage",
        ),
        (
            "The bishop wrote to 150 parishioners from churches across the county about the "
            "closure of the cathedral school.",
            "150 parishioners",
            "parishioners the bishop wrote to about closure of cathedral school",
        ),
        # (not an "about" that rounds the number)
        (
            "The minister was speaking to about 300 farmers.",
            "300 farmers",
            "farmers the minister was speaking to",
        ),
        # (not an "about" the counted's own words already say)
        (
            "The mayor met with 40 traders about the new parking charges.",
            "40 traders",
            "traders the mayor met with about new parking charges",
        ),
    ],
)
def test_verb_frame(nlp: object, text: str, amount: str, obj: str) -> None:
    amounts = amounts_of(nlp, text)
    assert next(a for a in amounts if a.text == amount).object == obj
