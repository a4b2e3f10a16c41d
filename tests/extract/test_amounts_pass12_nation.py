"""Amounts: a twelfth pass, the country an amount is of when the article, not the sentence,
makes it plain: a nation's measure, people or offices ("spending by households", "credit
card debt", "food aid", "pensioners", "officials") with no owner named, in an article that
names one country at least twice and twice as often as any other (or, naming none, a
story of Westminster's), and a currency of one country ("the rupee"); not a firm's figures,
not where two countries are named alike, not where another country is named in the
sentence or the one before, not a shared currency. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "parties"),
    [
        # a nation's measure with no owner: the country the article is about
        (
            "Norway's oil fund grew again. Norway now saves more than any other nation. "
            "Spending by households rose 3% in the year, officials said.",
            "3%",
            ["NOR"],
        ),
        (
            "Spain's banks lent more last year. Spain's housing boom goes on. "
            "Credit card debt rose 9% in the year.",
            "9%",
            ["ESP"],
        ),
        (
            "Kenya's tea harvest failed this year. Kenya has appealed for help. "
            "About 2 million people will need food aid.",
            "2 million people",
            ["KEN"],
        ),
        (
            "Egypt's tourism is recovering. Egypt drew more visitors last year. "
            "About 5,000 officials were sent to check hotels.",
            "5,000 officials",
            ["EGY"],
        ),
        (
            "Sweden's aid budget grew. Sweden gives more each year than most. "
            "The spending on aid rose 2% last year.",
            "2%",
            ["SWE"],
        ),
        # (a "share of" is a part, not a firm's shares)
        (
            "Greece's debt talks dragged on. Greece asked its lenders for time. "
            "Creditors holding 40% of the total debt have agreed.",
            "40%",
            ["GRC"],
        ),
        # (naming no country: a story of Westminster's is the UK's)
        (
            "Labour and the Tories clashed in the Commons. "
            "Westminster was told the plan would help 300,000 pensioners.",
            "300,000 pensioners",
            ["GBR"],
        ),
        # (not two such words only, nor another country's parties: the lexicon's
        # `politics` words are the UK's)
        (
            "Labour and the Tories clashed over the plan. "
            "It was said the plan would help 300,000 pensioners.",
            "300,000 pensioners",
            [],
        ),
        (
            "The Labor government and the Liberals clashed in the Senate. "
            "Canberra was told the plan would help 300,000 pensioners.",
            "300,000 pensioners",
            [],
        ),
        # a currency of one country
        (
            "Thailand's exports slowed. Thailand blamed weak demand abroad. "
            "The baht has lost 2% this month.",
            "2%",
            ["THA"],
        ),
        (
            "India's exporters are worried. India's trade surplus narrowed. "
            "The rupee has risen 3% this month.",
            "3%",
            ["IND"],
        ),
        # (not a firm's figures)
        (
            "Chile's copper output rose. Chile is the biggest producer. "
            "The firm said its profit rose 5%.",
            "5%",
            [],
        ),
        (
            "Canada's carmakers had a poor year. Canada exported fewer cars. "
            "The company expects investment of $300m next year.",
            "$300m",
            [],
        ),
        # (not many nations' measure)
        (
            "Sweden's aid budget grew. Sweden gives more each year than most. "
            "The spending of the richest nations on aid rose 2% last year.",
            "2%",
            [],
        ),
        # (not where two countries are named alike)
        (
            "Peru and Bolivia signed a gas deal. Peru and Bolivia will share the pipeline. "
            "Investment will reach $2bn.",
            "$2bn",
            [],
        ),
        # (not where the sentence before names another country: that one's, "the central
        # bank there")
        (
            "Turkey's central bank held rates. Turkey's inflation is falling fast. "
            "In Britain, prices are steadier. "
            "The central bank there expects inflation to reach its 2% target.",
            "2%",
            ["GBR"],
        ),
        # (not a currency many countries use)
        (
            "Japan's exports rose. Japan sold more cars abroad. The dollar fell 1% this week.",
            "1%",
            [],
        ),
    ],
)
def test_article_country(nlp: Any, text: str, amount: str, parties: list[str]) -> None:
    assert amount_named(amounts_of(nlp, text), amount).parties == parties
