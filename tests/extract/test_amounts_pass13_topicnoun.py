"""Amounts: a thirteenth pass (topicnoun), a plain measure noun or a production figure
told by what the text said just before. A plain noun ("sales", "output", "exports") takes
the kind the nearest sentence before says of the same noun, when that sentence says one:
a classifying noun, an adjective the text sets before the noun again ("industrial
output", "domestic sales") or an "of" phrase with no determiner ("exports of timber").
A production figure with no product ("It produced 40,000 tonnes") is of the product the
sentence just before names: the one object of its verb of making or trading ("grows
coffee"), else the noun subject of its "is" that the text names elsewhere as a thing made
("rice growers"); a "mainly"/"largely" on its phrase is kept, so the part does not read
as the whole. Not two products or kinds, not a pronoun, not a subject never named as
made, not "of the firm", not a describing word said once. Every sentence is written by
us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a production figure takes the product of the verb just before
        (
            "The region grows coffee on its hills. It produced 40,000 tonnes last year.",
            "40,000 tonnes",
            "coffee production",
        ),
        (
            "The valley farms barley on its slopes. They harvest and sell barley to brewers."
            " The valley produced 12,000 tonnes in 2003.",
            "12,000 tonnes",
            "barley production",
        ),
        # or the subject of an "is" just before, named elsewhere as a thing made
        (
            "Tea is the main crop of the hills, and the region has many tea growers. Farmers"
            " there produce 90,000 tonnes a year.",
            "90,000 tonnes",
            "tea production per year",
        ),
        # (and "mostly", "largely" are kept: the part is not the whole)
        (
            "Rice is a staple food in the delta, and rice growers want more aid. Farmers in"
            " the delta produce 3m tonnes, mostly for export.",
            "3m tonnes",
            "rice production mostly for export",
        ),
        (
            "Olive oil is the island's pride, and olive oil producers fear cheap imports. The"
            " island makes 8,000 tonnes, largely for export.",
            "8,000 tonnes",
            "olive oil production largely for export",
        ),
        # (not a subject never named as a thing made)
        (
            "The plant is in the north of the country. It makes 20,000 tonnes a year.",
            "20,000 tonnes",
            "production per year",
        ),
        # (not two products, nor a pronoun)
        (
            "The region makes cheese and butter. It produces 5,000 tonnes a year.",
            "5,000 tonnes",
            "production per year",
        ),
        (
            "The miners dig coal in the valley. They also export it. The mine produced 4m"
            " tonnes in 2003.",
            "4m tonnes",
            "production",
        ),
        # a plain noun takes an "of" phrase said just before, even opening its sentence
        (
            "Exports of timber fell sharply last year. Exports rose 5% in May.",
            "5%",
            "rise in exports of timber in May",
        ),
        (
            "Sales of frozen food slowed. Sales rose 2% in the spring.",
            "2%",
            "rise in sales of frozen food",
        ),
        (
            "Imports of crude oil doubled. The minister said imports would fall 10% next year.",
            "10%",
            "fall in imports of crude oil",
        ),
        # or an adjective the text sets before the noun again
        (
            "Industrial output fell in May, and industrial output is now lower than a year"
            " ago. Output rose 2% in June.",
            "2%",
            "rise in industrial output in June",
        ),
        (
            "Domestic sales were weak, and the firm blamed low domestic sales on the weather."
            " Sales fell 4% in the spring.",
            "4%",
            "fall in domestic sales",
        ),
        # the nearest sentence with a kind decides
        (
            "Steel exports fell in May. Farmers sold more grain, and grain exports rose by a"
            " third. Exports rose 3% in June.",
            "3%",
            "rise in grain exports in June",
        ),
        # (not two kinds in the nearest sentence)
        (
            "Coal output fell in May. Gas output and oil output rose in June. Output rose 3%"
            " in July.",
            "3%",
            "rise in Output in July",
        ),
        # (not "of the": it may say whose)
        ("Sales of the firm fell in May. Sales rose 2% in June.", "2%", "rise in Sales in June"),
        # (not a describing word said once)
        (
            "Higher fuel prices hurt drivers. Prices rose 3% in June.",
            "3%",
            "rise in Prices in June",
        ),
        ("The new output is welcome. Output rose 3% in June.", "3%", "rise in Output in June"),
    ],
)
def test_a_plain_measure_takes_what_was_said_before(
    nlp: Any, text: str, amount: str, obj: str
) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
