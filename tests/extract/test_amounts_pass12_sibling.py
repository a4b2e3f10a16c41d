"""Amounts: a twelfth pass, a later amount's object in the same sentence as an earlier one
of the same kind ("while the short-haul surcharge rose to £5") takes the earlier object's
owner and the classifying nouns it does not contradict, never the earlier one's own
describing words or its tail; left as it is when the head noun differs, when the sentence
names another owner, when a place bounds it or when its describing word makes it someone
else's or everyone's. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the same head noun: the earlier one's owner and classifier
        (
            "Acme raised its fuel surcharge for long-haul flights to £12, while the short-haul"
            " surcharge rose to £5.",
            "£5",
            "Acme's short-haul fuel surcharge",
        ),
        (
            "Acme's old fuel surcharge was £6 and the new surcharge is £10.",
            "£10",
            "Acme's new fuel surcharge",
        ),
        (
            "The bank's mortgage rate for first-time buyers rose to 5%, while the fixed rate"
            " was 6%.",
            "6%",
            "bank's fixed mortgage rate",
        ),
        # (the owner only when the later one has a noun of its own in the classifier's place)
        (
            "Acme's fee for business customers went up to £30, while the household fee was cut"
            " to £8.",
            "£8",
            "Acme's household fee",
        ),
        (
            "The city's bus fare for adults went up to £2, but the child fare stayed at 80p.",
            "80p",
            "city's child fare",
        ),
        (
            "Globex doubled its delivery charge for large parcels to £9, while the small-parcel"
            " charge stayed at £3.",
            "£3",
            "Globex's small-parcel charge",
        ),
        # (not the earlier one's own tail)
        (
            "Acme raised its fuel surcharge for long-haul flights to £12, while the short-haul"
            " surcharge rose to £5.",
            "£12",
            "Acme's fuel surcharge for long-haul flights",
        ),
        # (not when the sentence names another firm)
        (
            "Acme's booking fee rose to £3, while Globex set the card fee at £2.",
            "£2",
            "card fee",
        ),
        # (not a different head noun)
        (
            "Acme's booking fee rose to £3, while the ticket price fell to £40.",
            "£40",
            "ticket price",
        ),
        # (not one a place bounds)
        (
            "Acme's monthly fee rose to £20, while the fee in Ireland stayed at £15.",
            "£15",
            "fee in Ireland",
        ),
        # (not an average or another's)
        (
            "Umbrella's water bill for homes rose to £300 last year, while the average bill"
            " was £900.",
            "£900",
            "average bill",
        ),
        (
            "Acme's standard licence fee went up to £150, while the other licence fee was £90.",
            "£90",
            "other licence fee",
        ),
    ],
)
def test_sibling_object_owner(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
