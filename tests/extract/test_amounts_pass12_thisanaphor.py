"""Amounts: a twelfth pass, a subject that stands for what the sentence before told. "This",
"that" or "it" as the subject of a cost or a saving is the sentence before's main-clause
subject when that is a plain thing ("cost of poor reading skills"); after a doer, "this"
and "the move" or "the plan" are the deed its verb did to its object ("closing three
libraries"), or the thing it put forward ("freeze on fuel duty"). A teller's "says" is
passed through to what is said. It is left alone for a time ("This year"), an expletive
"it", a sentence before that is a quote or a question, an "it" after a doer, and a passive
sentence before. A count of pages, words or miles "of" a thing is that thing's length.
Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # "this" after a plain thing: that thing
        (
            "Poor reading skills among adults hold back many workers. This costs the economy "
            "£10bn a year, the report said.",
            "£10bn",
            "cost of poor reading skills to economy per year",
        ),
        (
            "Long delays at the border have become common. This is estimated to cost "
            "exporters £2bn each year.",
            "£2bn",
            "cost of long delays at border to exporters per year",
        ),
        (
            "Flooding damaged hundreds of homes last winter. It cost insurers £400m.",
            "£400m",
            "cost of flooding to insurers",
        ),
        # after a doer: the deed done, through a teller's "says" and a "wants to"
        (
            "The minister wants to scrap the tax on petrol. She says this would save "
            "motorists £300 a year.",
            "£300",
            "savings from scrapping tax on petrol for motorists per year",
        ),
        (
            "The inquiry says cutting the speed limit would reduce road deaths. This would "
            "save the country £90m a year.",
            "£90m",
            "savings from cutting speed limit for country per year",
        ),
        (
            "Ministers want to lower the speed limit in towns. Such a move could save 300 "
            "lives a year.",
            "300 lives",
            "lives saved by lowering speed limit per year",
        ),
        # "the move", "the plan": the deed the sentence before told
        (
            "The government will cut the number of tax offices. The move will save £50m a year.",
            "£50m",
            "savings from cutting number of tax offices per year",
        ),
        (
            "The firm plans to sell its French factories. The plan would raise £200m.",
            "£200m",
            "funds raised from selling its French factories",
        ),
        (
            "The firm will close its plant in Leeds. The move would mean the loss of 800 jobs.",
            "800 jobs",
            "loss of jobs from closing its plant in Leeds",
        ),
        # "the ban" is the banning the sentence before told ...
        (
            "Ministers are to ban smoking in offices. The ban could save 2,000 lives a year.",
            "2,000 lives",
            "lives saved by banning smoking in offices per year",
        ),
        # ... (not) another deed
        (
            "The firm cut prices last year. The ban could save 40 jobs.",
            "40 jobs",
            "jobs saved by ban",
        ),
        # "this" after a doer who put a thing forward: the thing
        (
            "Mr Brown announced a freeze on fuel duty. This will cost the Treasury £1bn.",
            "£1bn",
            "cost of freeze on fuel duty to Treasury",
        ),
        # a count of pages "of" a thing: its length
        (
            "The ministry had to publish a guide of 300 pages to explain the new rules.",
            "300 pages",
            "length of guide published by ministry",
        ),
        # (not) an "it" after a doer is the doer, not its deed
        (
            "The council has decided to close three libraries. It will save £400,000 a year.",
            "£400,000",
            "savings per year",
        ),
        # (not) a time, not a word that stands for another
        (
            "Prices have risen sharply this year. This year the firm made £20m.",
            "£20m",
            "firm's earnings",
        ),
        # (not) an expletive "it"
        (
            "It is estimated that the strike cost the airline £30m.",
            "£30m",
            "cost to airline",
        ),
        # (not) a change of a thing with no object: the change, not the thing
        (
            "The pound fell sharply in March. This would save exporters £1bn.",
            "£1bn",
            "savings for exporters",
        ),
        # (not) a question before
        (
            "Why should motorists pay more? This would cost taxpayers £5bn.",
            "£5bn",
            "cost to taxpayers",
        ),
        # (not) a passive sentence before: who did it is not said
        (
            "Other posts are being handed over to local staff. The move would save £6m a year.",
            "£6m",
            "savings per year",
        ),
        # (not) a count of people "of" a thing is no length
        (
            "Police found a queue of 300 lorries at the port.",
            "300 lorries",
            "queue of lorries",
        ),
    ],
)
def test_this_stands_for(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
