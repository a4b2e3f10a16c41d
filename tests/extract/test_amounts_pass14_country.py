"""Amounts: a fourteenth pass, whose country an amount is. A nation's measure (growth, a
growth forecast, jobs its economy added, the crop it produces, the pay its workers demand)
with no parties and no firm's owner is the one country its sentence names as a place, else
the one the sentence before names, else the one country the article names at all (not a
bloc's: "Eurozone interest rates"; not a firm's: "its sales"; not many nations'). A place
left out ("sales outside the UK") or where people were held ("released from the Cuba
detention camp") is not whose the amount is, nor is a speaker's home ("Mr Smith added that
..."). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "parties"),
    [
        # a nation's measure: the one country the sentence before names
        (
            "The Italian economy slowed at the end of the year.\n\nAccording to the statistics"
            " office, growth for the quarter was 0.3%, below the 0.5% forecast.",
            "0.5%",
            ["ITA"],
        ),
        (
            "Cocoa was the main export of Ghana in the 1960s. But cocoa production began to"
            " fall from a peak of about 450,000 tonnes a year in 1965.",
            "450,000 tonnes",
            ["GHA"],
        ),
        (
            "A strike has closed the ports of Chile.\n\nDock workers walked out last week"
            " demanding a 15% pay rise.",
            "15%",
            ["CHL"],
        ),
        (
            "Exports from Brazil grew 9% last year. Officials said the 40,000 new farm jobs"
            " created in June were in the south.",
            "40,000 new farm jobs",
            ["BRA"],
        ),
        (
            "The Canadian economy added 50,000 jobs in May. Officials said many of the 12,000"
            " new construction jobs added in May were in the west.",
            "12,000 new construction jobs",
            ["CAN"],
        ),
        # (a forecaster's forecast of growth is still the nation's growth)
        (
            "Germany's economy is slowing. Speaking on German radio, Hans Weber said the"
            " panel's earlier forecast of 1.5% was too high and warned growth would be 1%.",
            "1.5%",
            ["DEU"],
        ),
        # (not a bloc's measure, not many nations', not a firm's own)
        (
            "The Spanish economy grew 3% last year. Eurozone interest rates are at 2%,"
            " officials said.",
            "2%",
            [],
        ),
        (
            "The US economy grew 4%. Almost 30 wealthy nations spend more than $300bn in farm"
            " subsidies.",
            "30 wealthy nations",
            [],
        ),
        (
            "The Spanish economy grew 3%. Globex's growth forecast for its sales was 2%.",
            "2%",
            [],
        ),
        # (not the country of the sentence before, when the sentence names its own)
        (
            "Globex makes engines in Australia. The end of engine production at the Italian"
            " plant means the loss of 800 jobs.",
            "800 jobs",
            ["ITA"],
        ),
        # a place left out is not whose
        (
            "The owner of the crisp brands makes more than 70% of its sales outside the UK.",
            "70%",
            [],
        ),
        ("Globex earns 60% of its revenue outside Germany.", "60%", []),
        ("Globex earns 60% of its revenue in Germany.", "60%", ["DEU"]),
        # where people were held is not whose they are
        (
            "The other three men released from the Cuba detention camp in May have been sent"
            " letters.",
            "three men",
            [],
        ),
        ("Three Cuban doctors were released from the camp in May.", "Three Cuban doctors", ["CUB"]),
    ],
)
def test_whose_country(nlp: Any, text: str, amount: str, parties: list[str]) -> None:
    assert amount_named(amounts_of(nlp, text), amount).parties == parties


@pytest.mark.parametrize(
    ("text", "amount", "parties"),
    [
        # a speaker's home country is not whose the amount is
        ("Mr Smith said that there had been a 2% rise.", "2%", []),
        (
            "Mr Smith added that there had been a 9% rise in revenues from New York bars and,"
            " in Ireland, only a 1.3% fall.",
            "1.3%",
            [],
        ),
        (
            "Mr Smith added that there had been a near nine per cent rise in tax revenues from"
            " New York bars and restaurants and, in Ireland, only a one point three per cent"
            " volume sales fall.",
            "a one point three per cent",
            [],
        ),
        # (not a country the sentence makes the owner)
        ("Mr Smith said that sales had fallen 5% in Ireland.", "5%", ["IRL"]),
        ("Mr Smith said the British economy grew 3% last year.", "3%", ["GBR"]),
    ],
)
def test_speaker_home_not_whose(nlp: Any, text: str, amount: str, parties: list[str]) -> None:
    smith = named("John Smith", "PERSON", text, "p1", country="GBR", word="Smith")
    assert amount_named(amounts_of(nlp, text, entities=[smith]), amount).parties == parties
