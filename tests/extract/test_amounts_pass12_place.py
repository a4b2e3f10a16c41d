"""Amounts: a twelfth pass (issue 7), the place or market that bounds an amount, so that it
does not read as a national or worldwide total: a place phrase on the measured noun after
its first complement ("the price of petrol in France"), a "to" phrase naming a place or
things of a named place ("applications to Scottish universities"), a fronted place on the
measure's verb when the measured noun has a firm for owner ("In the US, Globex's sales
rose": its US sales, and the country a party), a product's or brand's sales right after
the sentence giving the firm's sales in a place, and no country taken from another amount's
place when the amount has a place of its own. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj", "parties"),
    [
        # a place phrase on the measured noun, after its first complement
        (
            "The price of petrol in France rose to 1.20 euros.",
            "1.20 euros",
            "price of petrol in France",
            ["FRA"],
        ),
        (
            "The consumption of beer in Spain is still high, at 80 litres per capita.",
            "80 litres",
            "consumption of beer in Spain per capita",
            ["ESP"],
        ),
        (
            "The market share of Globex in Germany is 12%.",
            "12%",
            "market share of Globex in Germany",
            ["DEU"],
        ),
        # a "to" phrase naming a place, or things of a named place
        (
            "Applications to Scottish universities from Wales rose 19%.",
            "19%",
            "rise in Applications to Scottish universities from Wales",
            ["GBR"],
        ),
        ("Flights to China rose 12% last year.", "12%", "rise in Flights to China", ["CHN"]),
        # (not a number of things: "to 20 countries" is another amount)
        ("Exports to 20 countries rose 4%.", "4%", "rise in Exports", []),
        # a fronted place on the verb of a firm's measure: that market's figure
        (
            "In the US, Globex's sales improved 17.6%.",
            "17.6%",
            "rise in Globex's sales in US",
            ["USA"],
        ),
        # (a region: in the object only)
        ("In Asia, Globex's sales rose 3.6%.", "3.6%", "rise in Globex's sales in Asia", []),
        # (a city: where the shares trade, no party)
        ("In London, Globex's shares fell 2%.", "2%", "fall in Globex's shares in London", []),
        # (not where it was said)
        (
            "The chief executive said in London that profits rose 10%.",
            "10%",
            "rise in profits",
            [],
        ),
        # a product's sales right after the firm's sales in a place
        (
            "ZTX sold nearly 95,000 cars in Asia last year. Sales of Zip models rose 3.6% to "
            "14,800.",
            "3.6%",
            "rise in Sales of Zip models in Asia",
            [],
        ),
        # (not another firm's products)
        (
            "ZTX sold 40,000 trucks in Brazil last year. Sales of Initech's vans rose 5%.",
            "5%",
            "rise in Sales of Initech's vans",
            [],
        ),
        # (another amount's country is not this one's, which has a place of its own)
        (
            "The bank's profits rose 6% in the US and 2% in Europe.",
            "2%",
            "rise in bank's profits in Europe",
            [],
        ),
    ],
)
def test_the_bounding_place(nlp: Any, text: str, amount: str, obj: str, parties: list[str]) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    assert (got.object, got.parties) == (obj, parties)
