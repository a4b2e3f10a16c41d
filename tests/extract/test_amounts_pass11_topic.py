"""Amounts: a eleventh pass (topic), a plain noun in the object ("spending", "production",
"the limit") told by the one mention of the same noun just before that says which kind
or whose: a classifying noun ("card spending", "steel exports"), a hyphened word
("blood-alcohol limit"), an "on" phrase ("spending on flood aid") or a possessor ("the
region's tea production"). Two kinds, a phrase of its own, a modifier said only once
("landmark") or a mention too far back leave it. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a bare noun takes the kind said just before
        (
            "Shoppers cut their card spending over the winter, as card debts mounted. In"
            " January, spending fell 5%.",
            "5%",
            "fall in card spending in January",
        ),
        (
            "Steel exports fell sharply, while steel prices rose. Exports dropped 12% in March.",
            "12%",
            "fall in steel exports in March",
        ),
        (
            "Coal output fell in May. The mine owners said the coal was poor. Output rose 3%"
            " in June.",
            "3%",
            "rise in coal output in June",
        ),
        (
            "Farm subsidies are paid by the state, and farm incomes are low. The minister will"
            " raise subsidies by 10% next year.",
            "10%",
            "rise in farm subsidies",
        ),
        # or whose it is
        (
            "The region's tea production has recovered. Production rose to 90,000 tonnes"
            " last year.",
            "90,000 tonnes",
            "region's tea production",
        ),
        # a definite noun takes a hyphened kind, or a plural one
        (
            "Campaigners want a lower blood-alcohol limit for drivers, and random"
            " blood-alcohol tests. They say cutting the limit would save 40 lives a year.",
            "40 lives",
            "lives saved per year by cutting blood-alcohol limit",
        ),
        (
            "Ministers want to lower speed limits in towns, where speed cameras are rare."
            " Campaigners say cutting the limit would save 30 lives a year.",
            "30 lives",
            "lives saved per year by cutting speed limit",
        ),
        # an "on" phrase says which spending
        (
            "The government has raised its spending on flood aid. Officials said the £40m"
            " spending would go to farmers.",
            "£40m",
            "spending on flood aid going to farmers",
        ),
        # (not a modifier said only once: it may only describe)
        (
            "Officials praised the landmark funding last year. This year funding rose 4%.",
            "4%",
            "rise in funding",
        ),
        # (not two kinds before: which is meant is not clear)
        (
            "Farmers grow rice and maize. Rice production rose last year, and maize"
            " production fell. Production fell 4% in the north.",
            "4%",
            "fall in Production",
        ),
        # (not a noun with a phrase of its own)
        (
            "The council cut its spending on roads. The council raised spending on schools by 4%.",
            "4%",
            "rise in spending on schools",
        ),
        # (not a mention in another paragraph, more than three sentences back)
        (
            "Wheat production rose.\n\nThe minister visited a farm in the north. He spoke to"
            " farmers about the weather. Wheat prices fell. Production rose 3% in the south.",
            "3%",
            "rise in Production",
        ),
        # (not a mention that only describes: "annual")
        (
            "Annual investment in rail has doubled. Investment reached £2bn last year.",
            "£2bn",
            "Investment",
        ),
    ],
)
def test_a_plain_noun_takes_its_kind(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
