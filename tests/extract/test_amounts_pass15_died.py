"""Amounts: a fifteenth pass, the event a count was harmed in. A count whose verb is one of
harm, loss, flight or arrest ("died", "killed", "hurt", "drowned", "arrested", "fled")
keeps its "in/during/after/from/over/for" phrase when that phrase's noun names an event or
cause (an event noun such as "explosion", "bombing", "quake", "tsunami", or a proper name
after "the" that is no known place), whatever entity tag the model put on its words: a
place word before the event says which event ("in the Ohio refinery explosion"), and a
capitalised event word the model took for a place ("the Tsunami") is the event, written in
lower case. What "flee" has as its object is what was fled ("fled the floods"). Not a date
("arrested in March"), not a place ("killed in the Netherlands", kept as before), not a verb
of no harm ("attended the Tsunami conference"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a capitalised event word the model tags as a place is still the event
        (
            "Some 36 Canadians are now known to have perished in the Tsunami that hit the coast.",
            "36 Canadians",
            "Canadians perished in tsunami",
        ),
        (
            "Officials now say 19 Norwegians are feared to have died in the Quake which"
            " struck the island.",
            "19 Norwegians",
            "Norwegians died in quake",
        ),
        (
            "The embassy said 61 Italians were believed to have drowned in the Flood.",
            "61 Italians",
            "Italians drowned in flood",
        ),
        # a place word before the event says which one
        (
            "At least 64 commuters were killed in the Lisbon metro bombing.",
            "64 commuters",
            "commuters killed in Lisbon metro bombing",
        ),
        (
            "Up to 45 contractors were hurt in the Ohio refinery explosion.",
            "45 contractors",
            "contractors hurt in Ohio refinery explosion",
        ),
        (
            "Medics said 73 shoppers were injured in the Nairobi market blast.",
            "73 shoppers",
            "shoppers injured in Nairobi market blast",
        ),
        # what the counted fled
        ("About 4,000 villagers have fled the floods.", "4,000 villagers", "villagers fled floods"),
        ("Some 12,000 refugees fled the shelling.", "12,000 refugees", "refugees fled shelling"),
        (
            "Nearly 9,000 families have fled the violence in the east.",
            "9,000 families",
            "families fled violence in east",
        ),
        ("Some 800 families fled their homes.", "800 families", "families fled homes"),
        # (not a date: the period, not the event)
        ("Some 30 people were arrested in March.", "30 people", "people arrested"),
        # (not a place: as before)
        ("Eleven men were arrested in Manchester.", "Eleven men", "men arrested in Manchester"),
        (
            "Some 15 people were killed in the Netherlands.",
            "15 people",
            "people killed in Netherlands",
        ),
        # (not a verb of harm: the event word is not said again)
        (
            "About 50 delegates attended the Tsunami conference.",
            "50 delegates",
            "delegates attended",
        ),
        # (not an event noun: the phrase as before)
        ("Some 400 jobs were lost in the restructuring.", "400 jobs", "jobs lost in restructuring"),
    ],
)
def test_harmed_in_event(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
