"""Amounts: a fifteenth pass, a bare one-word object that an earlier sentence of the same
paragraph defines. A percentage "target" or "goal" takes the one rate (growth, inflation,
unemployment) the earlier sentence names ("... slowdown in industrial growth. ... a 4%
target" -> "industrial growth target"); "output"/"production" takes the one plant named
with its name ("output of Linwood plant") or the one thing produced ("olive oil output").
At most two sentences back and never across a paragraph; nothing when the nearest sentence
naming such a thing names two, when the target is no percentage, when the plant has no
name, or when the noun's own phrase or sentence says what it is of. Every sentence is
written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a percentage target: the one rate named before
        (
            "Officials blamed weak exports for the slowdown in industrial growth. The"
            " ministry is sticking to a 4% target for next year.",
            "4%",
            "industrial growth target",
        ),
        (
            "Inflation in Norway eased sharply in March. The central bank keeps a 2.5% target.",
            "2.5%",
            "inflation target",
        ),
        (
            "Unemployment in the region remains stubbornly high. The council has set a 5% goal.",
            "5%",
            "unemployment goal",
        ),
        # output: of the one plant named, or of the one thing produced
        (
            "About 300 workers are employed at the Linwood plant. The new line will lift"
            " output to 90,000 vans a year.",
            "90,000 vans",
            "output of Linwood plant per year",
        ),
        (
            "The co-operative produces olive oil in the hills above the town. Last year"
            " output reached 4,000 tonnes.",
            "4,000 tonnes",
            "olive oil output",
        ),
        (
            "The mine produces copper ore. Production reached 40,000 tonnes last year.",
            "40,000 tonnes",
            "copper ore production",
        ),
        # (not a target of money: no rate)
        (
            "Officials blamed weak exports for the slowdown in industrial growth. The"
            " ministry is sticking to a $5m target.",
            "$5m",
            "target",
        ),
        # (not a target its own phrase says the aim of)
        (
            "Officials blamed weak exports for the slowdown in industrial growth. The"
            " ministry set a 20% target for renewable power.",
            "20%",
            "target for renewable power",
        ),
        # (not across a paragraph, nor more than two sentences back)
        (
            "Inflation in Norway eased sharply in March.\n\nThe central bank keeps a 2.5% target.",
            "2.5%",
            "target",
        ),
        (
            "Inflation in Norway eased sharply in March. Exports were strong. Wages were"
            " flat. The central bank keeps a 2.5% target.",
            "2.5%",
            "target",
        ),
        # (not when two rates or two plants are named)
        (
            "Growth and inflation both slowed in the autumn. The bank has a 2% target.",
            "2%",
            "target",
        ),
        (
            "The Linwood plant and the Ryton factory both make vans. Output rose to 90,000"
            " vans last year.",
            "90,000 vans",
            "Output",
        ),
        # (not when its own sentence names the rate or the plant)
        (
            "Growth in Chile slowed last year. Officials expect inflation to stay near a 3%"
            " target.",
            "3%",
            "inflation target",
        ),
        (
            "The Ryton factory closed in May. The Linwood plant raised output to 90,000 vans.",
            "90,000 vans",
            "output",
        ),
        # (not a plant without its name, nor a thing "made": "make a loss")
        (
            "About 300 workers are employed at a new plant. The new line will lift output"
            " to 90,000 vans a year.",
            "90,000 vans",
            "output per year",
        ),
        (
            "The brewery makes lager and stout. Output reached 2 million barrels.",
            "2 million barrels",
            "Output",
        ),
    ],
)
def test_bare_object_defined_earlier(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
