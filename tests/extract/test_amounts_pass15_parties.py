"""Amounts: a fifteenth pass, whose country an amount is when people are told by their
nationality or a government by no country's name. People named by their nationality
("Britons", "German citizens", "Filipino nurses") are their country's: a country given only
as where they are, come from or live ("from Lebanon", "live in Canada", "working in the
Gulf") is no owner of what they are counted as or what they do. And an amount of a clause
whose doer is a bare "the government" (or "ministers", "the chancellor"), or that hangs on
"the government's", in a sentence naming no country, is the government's of the country the
article is about. Not a firm's place, not money spent in a place, not a "where there are"
count; not what a government only says or claims, nor a city's or a region's government,
nor a sentence after one about another country. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of

pytestmark = pytest.mark.slow

_GREECE = "Greece has unveiled a plan to help its olive growers, Greek officials said."


@pytest.mark.parametrize(
    ("text", "amount", "parties"),
    [
        # people told by their nationality: the place they are in is not theirs
        (
            "Navy ships are ready to evacuate about 400 German citizens from Lebanon.",
            "400 German citizens",
            ["DEU"],
        ),
        ("About 2 million Turks live in Germany.", "2 million Turks", ["TUR"]),
        (
            "Filipino nurses working in Canada sent $2bn home last year.",
            "$2bn",
            ["PHL"],
        ),
        (
            "Indian labourers living in Qatar sent a record $4bn home in 2004.",
            "$4bn",
            ["IND"],
        ),
        (
            "Some 5,000 US troops in Iraq will return home in May.",
            "5,000 US troops",
            ["USA"],
        ),
        # (not) a firm's place, money spent in a place, a "where there are" count
        (
            "Chinese firms in Kenya won contracts worth $3bn last year.",
            "$3bn",
            ["CHN", "KEN"],
        ),
        ("British tourists spent £3bn in Spain last year.", "£3bn", ["ESP", "GBR"]),
        (
            "About 2 million Turks live in Germany, where there are 3 million citizens of"
            " Turkish origin.",
            "3 million citizens",
            ["TUR", "DEU"],
        ),
        # a bare "the government" or "ministers": the country the article is about
        (
            f"{_GREECE} Critics attacked the government's plans to shed 3,000 farm jobs.",
            "3,000 farm jobs",
            ["GRC"],
        ),
        (
            f"{_GREECE} Ministers are also speeding up plans to hire 600 new inspectors.",
            "600 new inspectors",
            ["GRC"],
        ),
        (
            f"{_GREECE} Growers say they have met the government's demands laid out in a 90m"
            " euro deal.",
            "90m euro",
            ["GRC"],
        ),
        # (not) what it only claims, nor after a sentence about another country
        (
            f"{_GREECE} The government claimed traders sold 9,000 tonnes of fake oil.",
            "9,000 tonnes",
            [],
        ),
        (
            f"{_GREECE} Spain has a similar plan. Ministers are also speeding up plans to hire"
            " 600 new inspectors.",
            "600 new inspectors",
            [],
        ),
    ],
)
def test_fifteenth_pass_parties(nlp: Any, text: str, amount: str, parties: list[str]) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert got.parties == parties
