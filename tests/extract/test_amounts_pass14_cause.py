"""Amounts: a fourteenth pass, the event or reason a count's own verb gives. A count of
people whose verb says what they went through keeps that phrase, shortly: "following" or
"after" an event ("left homeless following the floods", "died after the storm"), "on
suspicion of" an offence even when a date comes first ("arrested in May on suspicion of
fraud"), and a suspicion the parse hung on the noun of the verb's other phrase ("arrested
two women at the airport suspected of smuggling"); a verb of state keeps its short place
too ("left homeless in the province following the storm"). Not a date ("on Friday"), a
time span, nor what a thing is suspected of being. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the event a verb of state follows, and where
        (
            "Hundreds of families were left homeless following the floods.",
            "Hundreds of families",
            "families left homeless following floods",
        ),
        (
            "Thousands of villagers were left homeless in the province following the storm.",
            "Thousands of villagers",
            "villagers left homeless in province following storm",
        ),
        (
            "Nine families were left homeless after the fire which destroyed their street.",
            "Nine families",
            "families left homeless after fire",
        ),
        (
            "The council said 60 tenants were left homeless following the blaze at the tower.",
            "60 tenants",
            "tenants left homeless following blaze at tower",
        ),
        # (a date is the period's, not the place's)
        (
            "Eight villagers were left homeless in 2003 following the floods.",
            "Eight villagers",
            "villagers left homeless following floods",
        ),
        # the event a death follows
        ("Forty people died after the storm.", "Forty people", "people died after storm"),
        (
            "About 90 patients died in June after the outbreak at the hospital.",
            "90 patients",
            "patients died after outbreak at hospital",
        ),
        # the suspicion behind an arrest, after a date
        (
            "Three women were arrested in May on suspicion of conspiracy to commit fraud.",
            "Three women",
            "women arrested on suspicion of conspiracy to commit fraud",
        ),
        (
            "Two men, both from Leeds, were arrested in March on suspicion of arson.",
            "Two men",
            "men both from Leeds arrested on suspicion of arson",
        ),
        # a suspicion the parse hung on the verb's other phrase
        (
            "In Kent, officers arrested six men under the new act suspected of poaching deer.",
            "six men",
            "men arrested under new act suspected of poaching deer by officers in Kent",
        ),
        (
            "Detectives arrested two women at the airport suspected of smuggling drugs.",
            "two women",
            "women arrested at airport suspected of smuggling drugs by detectives",
        ),
        # (not what a thing is suspected of being)
        (
            "Police questioned eight men at a house suspected of being a drugs den.",
            "eight men",
            "men questioned at a house by police",
        ),
        # (not a date alone)
        ("Four men were arrested on Friday.", "Four men", "men arrested"),
        ("Ten staff were sacked on Monday.", "Ten staff", "staff sacked"),
        # (not a phrase already kept)
        (
            "Twelve climbers were rescued on Sunday following the avalanche.",
            "Twelve climbers",
            "climbers rescued following avalanche",
        ),
        (
            "Five students were detained last week on suspicion of vandalism.",
            "Five students",
            "students detained on suspicion of vandalism",
        ),
    ],
)
def test_cause_of_count(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
