"""Amounts: a twentieth pass (issue 7), whose a nation's own measure is in a story about one
country. An amount with no parties whose object names what a nation's people pay, earn, own
or are - prices, fares, rents, wages, pay, salaries, ownership, unemployment, taxes, a
count "per thousand" - is the country's the article is plainly about, when its headline or
first sentence names that country, the sentence names no other country, bloc or
organisation, and the object names no owner: "Chileans face fuel price rise. ... prices
could rise by 25%" gives CHL. Left alone: a firm's or an international body's figure, a
world market's price ("copper prices"), one thing's price, another country's sentence, an
article about no one country. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_GIVEN = [
    # a nation's prices, fares, rents, wages and taxes, in a story about that country
    (
        "Chileans face fuel price rise\n\nChile's government is considering raising fuel"
        " prices. Officials said prices could rise by 25% in March.",
        "25%",
        ["CHL"],
    ),
    (
        "Bus fares to climb in Peru\n\nPeru's transport ministry has approved new bus"
        " fares. Fares will rise by 12% from June.",
        "12%",
        ["PER"],
    ),
    (
        "Egyptian rents soar\n\nEgypt's cities are short of new homes. Rents have risen by"
        " 20% this year.",
        "20%",
        ["EGY"],
    ),
    (
        "Argentine salaries lag\n\nArgentina's inflation has eaten into pay. Salaries rose by"
        " only 4% last year.",
        "4%",
        ["ARG"],
    ),
    (
        "Polish wages climb\n\nPoland's factories are short of skilled staff. Wages rose by"
        " 6% in 2004.",
        "6%",
        ["POL"],
    ),
    # a nation's people counted per thousand
    (
        "Car ownership stays low in Kenya\n\nFew families in Kenya can afford a car. Only"
        " 12 people per thousand own a car.",
        "12 people",
        ["KEN"],
    ),
    # inside a quote, the speaker of the country's government
    (
        "Bolivians face higher gas prices\n\nBolivia's government wants to cut subsidies on"
        ' gas. "We could raise prices by 15% at once," the minister said.',
        "15%",
        ["BOL"],
    ),
]

_KEPT = [
    # a firm named in the sentence: its own prices
    (
        "Chileans face fuel price rise\n\nChile's government is considering raising fuel"
        " prices. Andes Fuel Corp said prices would rise by 5%.",
        "5%",
        [],
    ),
    # a world market's price
    (
        "Chile's copper boom goes on\n\nChile's mines had a strong year. Copper prices rose"
        " by 30% in 2004.",
        "30%",
        [],
    ),
    # an international body's figure
    (
        "Peruvians face higher prices\n\nPeru's economy grew fast last year. The IMF said"
        " prices would rise by 3% next year.",
        "3%",
        [],
    ),
    # the firm the sentence speaks of
    (
        "Chileans face fuel price rise\n\nChile's government is considering raising fuel"
        " prices. The company said prices would rise by 5%.",
        "5%",
        [],
    ),
    # one thing's price
    (
        "Kenyan car market grows\n\nKenya's car market is growing fast. The price of a new"
        " model is 900,000 shillings.",
        "900,000 shillings",
        [],
    ),
    # an article about two countries
    (
        "Chile and Peru raise fares\n\nChile and Peru have approved new bus fares. Fares"
        " will rise by 12% from June.",
        "12%",
        [],
    ),
    # a headline and first sentence that name no country
    (
        "Fares to climb\n\nBus companies have won approval for new fares. Peru's transport"
        " ministry agreed on Tuesday after talks in Peru. Fares will rise by 12% from June.",
        "12%",
        [],
    ),
]


@pytest.mark.parametrize(("text", "amount", "parties"), _GIVEN + _KEPT)
def test_one_country_measure(nlp: Any, text: str, amount: str, parties: list[str]) -> None:
    assert amount_named(amounts_of(nlp, text), amount).parties == parties
