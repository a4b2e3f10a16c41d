"""Amounts: a fifteenth pass, counts a participle clause after a comma says what the main
clause's event did to ("..., affecting 9,000 travellers", "..., leaving 3,000 people
homeless", "..., putting 350 jobs at risk"). The count is named with the participle, the
state it leaves them in, and the event that caused it: the main clause's subject when that
names an event ("people left homeless by earthquake"), else its verb made a noun with what
the deed was done to ("travellers affected by cancellation of domestic flights", "commuters
killed by collapse of bridge"); a "costing <whom> <sum>" clause likewise gives the cost of
that event. Not a participle of the subject's own deed ("having trained 700 nurses",
"..., bringing its workforce to 2,500 staff"), not a participle hung on a noun ("The plant,
employing 500 people"), not where the event is a person's act or cannot be said shortly
("Police fired tear gas, injuring 30 protesters": by police). Every sentence is written by
us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the main clause's deed, made a noun, with what it was done to
        (
            "The airline said it had to cancel 120 domestic flights, affecting about"
            " 9,000 travellers.",
            "9,000 travellers",
            "travellers affected by cancellation of domestic flights",
        ),
        (
            "Some 40 trains were delayed by two hours after the signal failure, affecting"
            " nearly 12,000 commuters.",
            "12,000 commuters",
            "commuters affected by delays to trains",
        ),
        # (a subject of two like nouns: the noun alone)
        (
            "Officials said 40 inbound trains and 25 outbound trains were cancelled on"
            " Friday, affecting some 8,000 commuters.",
            "8,000 commuters",
            "commuters affected by cancellation of trains",
        ),
        (
            "Hospitals and schools were closed after the storm, affecting 40,000 people.",
            "40,000 people",
            "people affected by closure of hospitals and schools",
        ),
        (
            "The carrier said it was forced to ground 30 jets, stranding about 4,500"
            " holidaymakers.",
            "4,500 holidaymakers",
            "holidaymakers stranded by grounding of jets",
        ),
        (
            "The government said it would raise the pension age, affecting 2.6 million women.",
            "2.6 million women",
            "women affected by rise in pension age",
        ),
        (
            "Prices rose by 3%, affecting 20 million households.",
            "20 million households",
            "households affected by rise in prices",
        ),
        (
            "The bank closed 40 branches, costing 900 jobs.",
            "900 jobs",
            "jobs cost by closure of branches",
        ),
        # (a deed that befell the subject: of the subject)
        (
            "The bridge collapsed during rush hour, killing 14 commuters.",
            "14 commuters",
            "commuters killed by collapse of bridge",
        ),
        (
            "The ferry sank off the island, drowning 60 passengers.",
            "60 passengers",
            "passengers drowned by sinking of ferry",
        ),
        (
            "The mill will close next month, putting 350 jobs at risk.",
            "350 jobs",
            "jobs put at risk by closure of mill",
        ),
        (
            "The dam burst after days of rain, flooding 900 homes.",
            "900 homes",
            "homes flooded by bursting of dam",
        ),
        # the state the counted are left in goes with the participle
        (
            "Two ferries collided in fog, leaving 17 people dead.",
            "17 people",
            "people left dead by collision of ferries",
        ),
        (
            "The factory was shut down in March, leaving 1,200 workers without jobs.",
            "1,200 workers",
            "workers left without jobs by closure of factory",
        ),
        (
            "Managers decided to close the depot, leaving 240 drivers out of work.",
            "240 drivers",
            "drivers left out of work by closure of depot",
        ),
        # an event as the main clause's subject (or the object of "called", "caused") is
        # the cause itself
        (
            "The earthquake destroyed hundreds of houses, leaving 3,000 people homeless.",
            "3,000 people",
            "people left homeless by earthquake",
        ),
        (
            "Floods swept through the valley, forcing 2,000 residents to flee their homes.",
            "2,000 residents",
            "residents forced to flee their homes by floods",
        ),
        (
            "The strike shut 30 schools, affecting 15,000 pupils.",
            "15,000 pupils",
            "pupils affected by strike",
        ),
        (
            "The union called a strike, affecting 200 flights.",
            "200 flights",
            "flights affected by strike",
        ),
        (
            "Heavy rain caused a mudslide, killing 12 villagers.",
            "12 villagers",
            "villagers killed by mudslide",
        ),
        # a "costing" clause: the cost of the event, to whom
        (
            "The carmaker recalled 50,000 vehicles, costing it $40m.",
            "$40m",
            "cost of recall of vehicles",
        ),
        (
            "The government raised fuel duty, costing motorists £2bn a year.",
            "£2bn",
            "cost of rise in fuel duty to motorists per year",
        ),
        (
            "The strike closed the port for a week, costing the economy $90m.",
            "$90m",
            "cost of strike to economy",
        ),
        # (not: the subject's own deed, a participle on a noun, a person's act, an event
        # with no short name, or a state-verb with no state)
        (
            "The college closed last year, having trained 700 nurses.",
            "700 nurses",
            "nurses trained by college",
        ),
        (
            "The firm recruited 300 engineers last year, bringing its workforce to 2,500 staff.",
            "300 engineers",
            "engineers recruited by the firm",
        ),
        (
            "The plant, employing 500 people, will close in May.",
            "500 people",
            "people employed by plant",
        ),
        (
            "Police fired tear gas into the crowd, injuring 30 protesters.",
            "30 protesters",
            "protesters injured by police",
        ),
        (
            "Rebels attacked the convoy, wounding 17 soldiers.",
            "17 soldiers",
            "soldiers wounded by rebels",
        ),
        (
            "He resigned last week, leaving 3 seats vacant.",
            "3 seats",
            "seats left",
        ),
        (
            "A cyclone struck the coast, killing 23 people on Monday.",
            "23 people",
            "people killed by cyclone",
        ),
        (
            "The strike cost the airline £40m.",
            "£40m",
            "cost of strike to airline",
        ),
    ],
)
def test_caused_count(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
