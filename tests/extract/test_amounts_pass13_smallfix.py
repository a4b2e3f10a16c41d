"""Amounts: a thirteenth pass, four small rules. Money paid as a rate "for every/each <thing>
<clause>" keeps the rate whole with its clause, and a passive "paid" names who is paid
("payment to cleaners for every room they clean"). Money named as the whole a part-word is of
("a penny of", "half of", "none of the £X ...") is not that part: it is the sum its own
clause says ("sum the council borrowed"). A deed a named subject does
through a light verb ("took delivery of 12 jets") is that subject's. The adjectives and
compound words before a noun keep their own ("the free meal scheme", "all-party"), and a
scheme's short "for" phrase stays ("scheme for young couples"). Every sentence is written
by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a rate "for every <thing> <clause>", and who is paid
        (
            "Part-time staff are being paid about 70p for every pound their full-time "
            "colleagues earn.",
            "70p",
            "payment to part-time staff for every pound their full-time colleagues earn",
        ),
        (
            "Cleaners are paid £2 for every room they clean.",
            "£2",
            "payment to cleaners for every room they clean",
        ),
        (
            "Nurses were paid £3 for every extra shift.",
            "£3",
            "payment to nurses for every extra shift",
        ),
        # (not a plain "for", or who pays)
        ("The bank paid £2m for the building.", "£2m", "the bank's payment for building"),
        # the whole a part-word is of: the sum its clause says
        (
            "He had not seen a penny of the £90 a month the court told his brother to pay.",
            "£90",
            "sum the court told his brother to pay per month",
        ),
        (
            "The pensioners got none of the £400 their landlord had promised.",
            "£400",
            "sum pensioners' landlord had promised",
        ),
        (
            "Half of the £40m the council borrowed went on roads.",
            "£40m",
            "sum the council borrowed",
        ),
        # (not an amount of an amount, which is no part-word)
        ("The council spent £2m of the £5m it raised.", "£5m", "funds raised"),
        # a named subject's deed through a light verb
        (
            "Acme will have taken delivery of 40 new trucks by May.",
            "40 new trucks",
            "Acme's delivery of new trucks",
        ),
        ("Globex took delivery of 12 jets last year.", "12 jets", "Globex's delivery of jets"),
        # (not a verb that is no light verb, nor a survey's own "by")
        ("Unions condemned the loss of 300 jobs.", "300 jobs", "loss of jobs"),
        (
            "The Treasury made a survey of 300 banks.",
            "300 banks",
            "survey of banks made by Treasury",
        ),
        # a compound word's own compound word, and a scheme's "for" phrase
        (
            "About 300 pupils had joined the school under the free meal scheme.",
            "300 pupils",
            "pupils joined school under free meal scheme",
        ),
        (
            "About 2,000 families had left the city under the new housing grant scheme for "
            "young couples.",
            "2,000 families",
            "families left city under new housing grant scheme for young couples",
        ),
        (
            "A Local Herald poll of 900 voters put the mayor ahead.",
            "900 voters",
            "Local Herald poll of voters",
        ),
        ("The all-party letter of 40 MPs was sent on Monday.", "40 MPs", "all-party letter of MPs"),
        # (not an adverb before the adjective)
        (
            "The hall seemed far too small a venue for 500 guests.",
            "500 guests",
            "small venue for guests",
        ),
    ],
)
def test_small_fixes(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
