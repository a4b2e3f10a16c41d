"""Amounts: a fourteenth pass, the kind of a market its own sentence counts: a bare market
("the Indian market") whose size the sentence gives as a count of a thing ("will grow 11%,
to 1.2 million cars") is the market of that thing ("Indian car market"), for the count and
for the change said of the same market before it. Not a market that names its kind already
("the German car market"), nor one counted in people ("workers") or in measures
("barrels", "tonnes"), nor a count that is not the market's size ("the firm sold 200,000
cars"). And a thing first brought in as what a named firm builds, opens, runs or buys
("Vantor Motors plans to build a second plant in Brazil") is that firm's when a later
sentence says "the new plant"; not when the one who builds it is no name ("the firm"), nor
for a firm that sells, has or closes it. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_TRACTORS = "The maker expects the Brazilian market to grow 8% next year, to 450,000 tractors."
_TVS = "The firm believes the European market will grow 12% in 2006, to 3.5 million televisions."
_BIKES = "The market will grow 20% this year, to 600,000 motorcycles, the group said."
_CARS = "The Indian market grew 11% last year to 1.2 million cars."


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the count of the market's size names its kind
        (_TRACTORS, "450,000 tractors", "size of Brazilian tractor market"),
        (_TVS, "3.5 million televisions", "size of European television market"),
        (_BIKES, "600,000 motorcycles", "size of motorcycle market"),
        (_CARS, "1.2 million cars", "size of Indian car market"),
        # (and the change said of the same market before it)
        (_TRACTORS, "8%", "growth in Brazilian tractor market"),
        (_TVS, "12%", "growth in European television market"),
        (_BIKES, "20%", "growth in motorcycle market"),
        (_CARS, "11%", "growth in Indian car market"),
        # (not a market that names its kind already)
        (
            "The German car market will grow 4% this year, to 3.3 million vehicles.",
            "3.3 million vehicles",
            "size of German car market",
        ),
        (
            "The German car market will grow 4% this year, to 3.3 million vehicles.",
            "4%",
            "growth in German car market",
        ),
        # (not people, nor measures)
        (
            "The French market will grow 6% this year, to 70,000 workers.",
            "6%",
            "growth in French market",
        ),
        (
            "The French market will grow 6% this year, to 70,000 workers.",
            "70,000 workers",
            "size of French market",
        ),
        (
            "The Spanish market will grow 7% this year to 2,000 tonnes.",
            "7%",
            "growth in Spanish market",
        ),
        (
            "The Spanish market will grow 7% this year to 2,000 tonnes.",
            "2,000 tonnes",
            "size of Spanish market",
        ),
        # (not a count that is not the market's size)
        (
            "The US market grew 3% last year, and the firm sold 200,000 cars.",
            "3%",
            "growth in US market",
        ),
    ],
)
def test_the_market_of_the_thing_counted(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


_BUILT = (
    "Vantor Motors plans to build a second plant in Brazil. The new plant will make 90,000"
    " trucks a year."
)


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        (_BUILT, "trucks made by Vantor Motors' new plant in Brazil per year"),
        (
            "Orlan Group bought a plant in Wales in 2003. The plant makes 40,000 engines a year.",
            "engines made by Orlan Group's plant in Wales per year",
        ),
        # (not when who builds it is no name, nor for one that sells, has or closes it)
        (
            "The firm plans to build a plant in Brazil. The new plant will make 90,000 trucks a"
            " year.",
            "trucks made by new plant in Brazil per year",
        ),
        (
            "Vantor Motors sold a plant in Brazil. The plant made 90,000 trucks a year.",
            "trucks made by plant in Brazil per year",
        ),
        (
            "Vantor Motors has a plant in Brazil. The plant made 90,000 trucks a year.",
            "trucks made by plant in Brazil per year",
        ),
        (
            "Officials said Vantor Motors would close a plant in Brazil. The plant made 90,000"
            " trucks a year.",
            "trucks made by plant in Brazil per year",
        ),
    ],
)
def test_the_plant_of_its_builder(nlp: Any, text: str, obj: str) -> None:
    # (the one amount: the count the later sentence gives of the plant)
    (amount,) = amounts_of(nlp, text)
    assert amount.object == obj
