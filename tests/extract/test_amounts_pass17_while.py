"""Amounts: a seventeenth pass, an amount in a contrasting clause with its own subject. In
"X should fetch £8,000, while a new Y is priced from £16,995" the later sum is the price of
its own clause's subject, not the earlier sum's thing: a comparator's verb ("priced from")
with its own subject heads its own clause (the reading does not climb to the verb the
clause is set against), a sum a contrast word's clause prices through a raising verb ("is
likely to be priced at") is the price of that clause's subject, and such a sum borrows no
object from the amount before it. A sum with no subject of its own ("while a further $90m
has been written off") or a pronoun subject still takes the earlier amount's thing. Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the contrasting clause's own subject, priced
        (
            "A five-year-old Fiesta should still fetch about £3,000 at auction, while a new"
            " Focus is priced from £16,995.",
            "£16,995",
            "price of new Focus",
        ),
        (
            "A used Clio can fetch £2,000 for the entry model, whereas a new Megane is priced"
            " from £17,500.",
            "£17,500",
            "price of new Megane",
        ),
        (
            "A used Astra should fetch at least £4,000 for the cheapest model, while a used"
            " Zafira is likely to be priced from £7,250.",
            "£7,250",
            "price of used Zafira",
        ),
        (
            "Old phones fetch about £40 for the basic handset, but a new Pixel is likely to be"
            " priced at £599.",
            "£599",
            "price of new Pixel",
        ),
        (
            "An old Golf may sell for around £2,500 for the basic version, whereas a new Polo"
            " is expected to be priced at £14,000.",
            "£14,000",
            "price of new Polo",
        ),
        # (guards) no subject of its own, a pronoun, a plain priced clause, the figure after
        (
            "The firm is chasing unpaid bills of $200m, while a further $90m has been written"
            " off as lost.",
            "$90m",
            "further unpaid bills written off as lost",
        ),
        ("A new Polo is priced from £14,000.", "£14,000", "price of new Polo"),
        ("The bank is valued at £4bn.", "£4bn", "valuation of bank"),
        (
            "Qantas made savings of A$245m. Analysts expected a figure closer to A$231m.",
            "A$231m",
            "Qantas's savings",
        ),
    ],
)
def test_contrasting_clause_own_object(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
