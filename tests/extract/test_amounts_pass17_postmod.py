"""Amounts: a seventeenth pass, on objects that drop or garble the words after a count that
say what it counts. A short place or source phrase ("from England") that the parse hung on
the quantity word ("thousands of students from England") is the counted noun's; a short
"-ing" clause with no object of its own ("studying here") says what the counted seen or held
do, and a phrase the noun already has is not said twice. A "who" clause's object that is a
part "of" a whole named by a word, not a number ("some of their homes"), keeps its "some
of", not a bare "some". People a noun's short "of" phrase names before the phrase holding
the count are kept ("answers of teachers from 300 schools"). A measure a verb's bare nominal
names ("construction" for "build 20,000 square metres") says of what and by whom, through a
"they" to the plural noun subject of the clause it is joined to. Every sentence is written
by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a phrase hung on the quantity word, an "-ing" clause of the seen
        (
            "It does not mean that we will see thousands of extra students from Wales "
            "studying here.",
            "thousands of extra students",
            "extra students from Wales studying here",
        ),
        (
            "Officials expect to see thousands of new workers from Poland arriving next year.",
            "thousands of new workers",
            "new workers from Poland arriving",
        ),
        (
            "The report says we will see millions of visitors from China arriving.",
            "millions of visitors",
            "visitors from China arriving",
        ),
        (
            "We will see 3,000 additional students from England studying here.",
            "3,000 additional students",
            "additional students from England studying here",
        ),
        # a part of a whole in a "who" clause keeps its "some of"
        (
            "The charity helps 300 children who have lost many of their relatives in the war.",
            "300 children",
            "children who have lost many of their relatives",
        ),
        (
            "The mayor met 20 families who lost some of their homes in the floods last winter.",
            "20 families",
            "families who lost some of their homes",
        ),
        # the people whose thing the phrase holding the count was hung on
        (
            "The study used the answers of teachers from 300 schools.",
            "300 schools",
            "answers of teachers from schools",
        ),
        (
            "The index is compiled from the replies of purchasing managers at more than 300 "
            "factories.",
            "300 factories",
            "replies of purchasing managers at factories",
        ),
        # a measure named by its verb's nominal: of what, by whom
        (
            "The developers must build 20,000 square metres of offices by 2008.",
            "20,000 square metres",
            "construction of offices by developers",
        ),
        (
            "Local firms can bid for the work, but they will have to build at least 5,000 "
            "square metres within two years.",
            "5,000 square metres",
            "minimum construction by local firms required",
        ),
        # (unchanged) the noun's own phrase, a place the noun holds, a made thing
        ("The town has 300 pupils from Poland.", "300 pupils", "town's pupils from Poland"),
        (
            "Hundreds of people at the time were left without power.",
            "Hundreds of people",
            "people left without power",
        ),
        ("Millions of people in Asia lack clean water.", "Millions of people", "people in Asia"),
        (
            "Thousands of people were evacuated from the coast on Monday.",
            "Thousands of people",
            "people evacuated from coast",
        ),
        (
            "The mine produced 2 million tonnes of coal last year.",
            "2 million tonnes",
            "production of coal",
        ),
    ],
)
def test_counted_postmodifiers(nlp: Any, text: str, amount: str, obj: str) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert got.object == obj
