"""Amounts: a ninth pass (issue 7): whose a figure is, from its sentence and the ones before
it: the country an economy's bare measure belongs to, the firm a chain of "it", "its sales"
and "the car maker" goes back to, the firm a passive "was expected to" leaves as the doer,
hyphened and "&" names kept whole; and an amount among things to come is to come. Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj", "parties"),
    [
        # a bare measure of an economy is the country the sentence before names
        (
            "Japan's exporters had a weak month. Production fell 1.6% in March.",
            "1.6%",
            "fall in Japan's production in March",
            ["JPN"],
        ),
        (
            "Chile's economy slowed sharply last year. The growth rate was 2%.",
            "2%",
            "Chile's growth rate",
            ["CHL"],
        ),
        (
            "Ireland's market had a strong week. Shares have advanced 4% this month.",
            "4%",
            "rise in Ireland's shares",
            ["IRL"],
        ),
        (
            "Canada's shoppers spent less in January. Car sales fell 3.3%, while sales at"
            " hardware stores dropped by 0.3%.",
            "3.3%",
            "fall in Canada's car sales",
            ["CAN"],
        ),
        (
            "Canada's shoppers spent less in January. Car sales fell 3.3%, while sales at"
            " hardware stores dropped by 0.3%.",
            "0.3%",
            "fall in Canada's sales at hardware stores",
            ["CAN"],
        ),
        # (the paragraph ends the sentence: the next one's country is no country of it)
        (
            "Russia is now a net lender. Gold and foreign currency reserves of $119bn beat its"
            " public debt.\n\nFitch has upped its rating of Peru's debt.",
            "$119bn",
            "Russia's gold and foreign currency reserves",
            ["RUS"],
        ),
        # controls: two countries before (whose?), and a count of things made (a firm's)
        ("Peru and Chile traded more. Inflation rose 3%.", "3%", "rise in Inflation", []),
        ("Japan's carmakers are busy. Output rose to 200,000 cars.", "200,000 cars", "Output", []),
        # the firm "it" stands for, back past "the car maker" and "its sales" to its name
        (
            "In January, Globex Motors issued its third profits warning. Its sales have slid 41%"
            " in the past year. As a result, the car maker has sought a series of bailouts. Last"
            " month it said it was looking for a further 540bn yen in fresh financial backing.",
            "540bn yen",
            "Globex Motors' further fresh financial backing",
            [],
        ),
        # the subject of "was expected to", "was forced to" does what the infinitive says
        (
            "Acme Steel said it would pull its planned share sale. The firm had been expected to"
            " offer 22.5bn yuan worth of shares to investors.",
            "22.5bn yuan",
            "value of Acme Steel's shares offered to investors",
            [],
        ),
        (
            "Globex was ordered to repay a loan. The company was forced to sell assets worth $3bn.",
            "$3bn",
            "value of Globex's assets sold",
            [],
        ),
        # a firm the model takes for a place, told as a firm by its aside
        (
            "China's Wuhan, the country's second-largest steel maker, said it would pull its"
            " share sale. The firm had been expected to offer $2.7bn worth of shares to"
            " investors.",
            "$2.7bn",
            "value of Wuhan's shares offered to investors",
            [],
        ),
        (
            "Brazil's Santos, the country's biggest brewer, said it would delay its share sale."
            " The firm had been expected to offer $500m worth of shares to investors.",
            "$500m",
            "value of Santos' shares offered to investors",
            [],
        ),
        # (not a firm's home town: "The Dayton, Ohio-based firm")
        (
            "US grocer Acme-Mart has filed for bankruptcy. The Dayton, Ohio-based firm has total"
            " debts of $1.8bn. In its petition it listed its biggest creditor as Kraft Foods,"
            " which it owes $15.1m.",
            "$15.1m",
            "Acme-Mart's debt owed to Kraft Foods",
            [],
        ),
        # who announced a deal to buy is the buyer, and what the stake is in is not whose
        (
            "Acme Oil already has a presence in Egypt. The firm, which floated in 2003, recently"
            " announced a deal to buy 26% of Indian firm Hindustan Oil Exploration.",
            "26%",
            "Acme Oil's stake in Indian firm Hindustan Oil Exploration",
            ["IND"],
        ),
        # the workers and shareholders of "the firm" a sentence is about are its own
        (
            "Initech was once a big firm. When the firm finally collapsed, shareholders lost"
            " about $180bn and 20,000 workers lost their jobs.",
            "20,000 workers",
            "Initech workers lost jobs",
            [],
        ),
        (
            "Initech was once a big firm. When the firm finally collapsed, shareholders lost"
            " about $180bn and 20,000 workers lost their jobs.",
            "$180bn",
            "Initech shareholders' loss when firm finally collapsed",
            [],
        ),
        # (not a person's)
        (
            "Mr Smith could face jail. When the company went bankrupt, 20,000 workers lost their"
            " jobs.",
            "20,000 workers",
            "workers lost jobs when company went bankrupt",
            [],
        ),
        # "at the group": the firm named before
        (
            "Acme & Sons cut 2,500 jobs. An ongoing restructuring drive at the group also led to"
            " a $337m hit in the fourth quarter, the insurer said.",
            "$337m",
            "hit from ongoing restructuring drive at Acme & Sons in fourth quarter",
            [],
        ),
        # an economy's growth in a part of a year said by its end
        (
            "Japan's economy is weak. Growth slowed to 0.3% in the quarter ending September 30.",
            "0.3%",
            "Japan's economic growth in quarter ending September 30",
            ["JPN"],
        ),
        # the work a bare "rebuild" is, said by the verb before
        (
            "Shares in Acme Group, which is building the new city stadium, fell. The firm said"
            " the rebuild would cost $2 billion.",
            "$2 billion",
            "rebuild of new city stadium",
            [],
        ),
        (
            "Acme Group is building the new city stadium. It expects to break even on the 900"
            " million euro rebuild.",
            "900 million euro",
            "Acme Group's rebuild of new city stadium",
            [],
        ),
        # where a planned change starts from is the value now; a forecast cut was done
        (
            "The report suggests cutting national spending limits from £20m to £15m.",
            "£20m",
            "current national spending limits",
            [],
        ),
        ("The firm cut its forecast from 5% to 4%.", "5%", "the firm's previous forecast", []),
        # a hyphened name is one name
        (
            "Acme-Mart has filed for bankruptcy. It said its 920 stores would remain open.",
            "920 stores",
            "Acme-Mart's stores would remain open",
            [],
        ),
        (
            "Shoe retailer Acme-Mart has filed for bankruptcy. It has total debts of $1.8bn.",
            "$1.8bn",
            "Acme-Mart's total debts",
            [],
        ),
        # a firm's name with "&" is one name
        (
            "Globex has been busy, paying £328m to buy rival Marks & Spencer last year.",
            "£328m",
            "Globex's payment to buy rival Marks & Spencer",
            [],
        ),
        # who pays: the subject of the verb a participle's clause joins ("and has been ...,
        # paying"), past a misparsed "itself"
        (
            "Globex employs 9,000 people and has itself been active in the sector, paying £50m"
            " to buy rival Smith & Jones in May.",
            "£50m",
            "Globex's payment to buy rival Smith & Jones",
            [],
        ),
        # "their" of two firms is both's
        (
            "Acme and Globex raised the price of their steel by 10%.",
            "10%",
            "rise in price of Acme and Globex's steel",
            [],
        ),
        ("Acme and Globex said their sales rose 5%.", "5%", "rise in Acme and Globex's sales", []),
        # who the counted are: both things they lack, and how often they do what they do
        (
            "About 2 million adults lack basic literacy or numeracy skills needed for most jobs.",
            "2 million adults",
            "adults lacking basic literacy or numeracy skills",
            [],
        ),
        (
            "The park expects 2 million visitors who will come by train every year.",
            "2 million visitors",
            "visitors who will come by train per year",
            [],
        ),
        (
            "The park had 2 million visitors who came by train last year.",
            "2 million visitors",
            "visitors who came by train",
            [],
        ),
        # "the currency" is the one named before it (two named: which?)
        (
            "The rupee climbed to 43.3 per US dollar on Thursday. The currency has gained almost"
            " 1% in the past three sessions.",
            "1%",
            "rise in rupee",
            [],
        ),
        ("The euro and the dollar moved. The currency rose 1%.", "1%", "rise in currency", []),
        # a percentage of people doing something is the share of them who do
        (
            "Young people are particularly hard hit with 37% out of work.",
            "37%",
            "share of young people out of work",
            [],
        ),
        # a state's money in its own currency, in a story of its politics, is its own
        (
            "The Tories attacked Labour in the Commons. Labour said it would spend an extra"
            " £1.5bn on HIV work.",
            "£1.5bn",
            "extra spending on HIV work",
            ["GBR"],
        ),
        # (not a firm's, not in another currency)
        (
            "The Tories attacked Labour in the Commons. Acme's spending on schools rose to £5m.",
            "£5m",
            "Acme's spending on schools",
            [],
        ),
        (
            "The Tories attacked Labour in the Commons. Labour said it would give $1bn in aid.",
            "$1bn",
            "Labour's aid",
            [],
        ),
        # money a commodity is at is its price
        (
            "US crude rose to $51.39 in New York.",
            "$51.39",
            "price of US crude in New York",
            ["USA"],
        ),
        ("Acme's oil exports were worth $2bn.", "$2bn", "Acme's oil exports", []),
        # a nation's trade in a kind of goods, the country the sentence before names
        (
            "Brazil's trade surplus widened last year. Farm exports rose 12% to $40bn.",
            "$40bn",
            "Brazil's farm exports",
            ["BRA"],
        ),
        # "foreign" investment is in the country, not its own
        (
            "India eased its rules last year. Foreign investment rose 20% to $5bn.",
            "$5bn",
            "foreign investment in India",
            ["IND"],
        ),
        # words a "for" adds once, not twice
        (
            "The fine of £1,000 for people who fail to register a new address is high.",
            "£1,000",
            "fine for people who fail to register new address",
            [],
        ),
    ],
)
def test_whose_it_is_and_what(
    nlp: Any, text: str, amount: str, obj: str, parties: list[str]
) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    assert (got.object, got.parties) == (obj, parties)


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        # one of the penalties there will be is to come as well
        (
            "The bill sets out new rules. And there will be civil penalties including a fine of"
            " up to £1,000 for people who fail to register a new address.",
            "£1,000",
            "forecast",
        ),
        # (control: one of the things there were is a stated fact)
        (
            "There were several costs last year, including a fine of £1,000 for late filing.",
            "£1,000",
            None,
        ),
    ],
)
def test_one_of_those_to_come(nlp: Any, text: str, amount: str, modality: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), amount).extra.get("modality") == modality


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        # December, in a story of a year's figures, is that year's
        (
            "The US trade gap hit a record in 2004. On a monthly basis the US trade gap narrowed"
            " by 4.9% in December.",
            "4.9%",
            "2004-12-01/2004-12-31",
        ),
        (
            "Sales rose 5% in 2004, up from 2003. In December, sales rose by 1.1%.",
            "1.1%",
            "2004-12-01/2004-12-31",
        ),
        # (not a year only expected; not another month, which may be of the year after)
        (
            "Retail sales are expected to rise in 2005. In December, retail sales rose by 1.1%.",
            "1.1%",
            None,
        ),
        (
            "The US trade gap hit a record in 2004. On a monthly basis the US trade gap narrowed"
            " by 4.9% in January.",
            "4.9%",
            None,
        ),
    ],
)
def test_december_of_the_story_s_year(nlp: Any, text: str, amount: str, period: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), amount).period == period


@pytest.mark.parametrize(
    ("text", "amount", "unit", "obj"),
    [
        # householders, carers and claimants are people; "turned away" keeps its particle
        (
            "Only 11 householders have been prosecuted in the last 15 years.",
            "11 householders",
            "people",
            "householders prosecuted in last 15 years",
        ),
        (
            "Some 8,000 foster carers get the allowance.",
            "8,000 foster carers",
            "people",
            "foster carers getting allowance",
        ),
        (
            "About 300 claimants were turned away.",
            "300 claimants",
            "people",
            "claimants turned away",
        ),
        (
            "Only 64 respondents believed the rule should stay.",
            "64 respondents",
            "people",
            "respondents who believed rule should stay",
        ),
    ],
)
def test_people_counted(nlp: Any, text: str, amount: str, unit: str, obj: str) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    assert (got.unit, got.object) == (unit, obj)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a headline's amount the story restates as a plan is a plan
        (
            "Globex newspapers axe 90 jobs\n\nThe Globex newspapers are axing 90 journalist jobs,"
            " a fifth of their editorial staff.",
            "target",
        ),
        # (restated as done: done)
        ("Globex cuts 2,500 jobs\n\nGlobex cut 2,500 jobs in a shake-up last year.", None),
    ],
)
def test_a_headline_amount_is_what_the_story_says(
    nlp: Any, text: str, modality: str | None
) -> None:
    first = min(amounts_of(nlp, text), key=lambda a: a.span[0])
    assert first.span[0] < text.index("\n") and first.extra.get("modality") == modality
