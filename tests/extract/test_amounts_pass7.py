"""Amounts: a seventh precision pass (issue 7): doers named by the clause a participle
hangs on, and firms a subject is "of". Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of, named

from communique.record import Amount

pytestmark = pytest.mark.slow


def _one(nlp: Any, sentence: str, text: str) -> Amount:
    return next(a for a in amounts_of(nlp, sentence) if a.text == text)


@pytest.mark.parametrize(
    ("sentence", "text", "obj"),
    [
        # a participle clause's doer is its main clause's subject
        (
            "The academy was scrapped last year, having attracted only 700 students.",
            "700 students",
            "students attracted by academy",
        ),
        # "its" of a firm the subject is "of"
        (
            "The owners of the struggling Danish toy maker Brickco are to ask the buyer of its"
            " former plastics unit to pay back a $400m loan.",
            "$400m",
            "loan to be paid back by buyer of Brickco's former plastics unit",
        ),
        # a figure the change is set against is that change, as it was said to be
        (
            "The Dutch economy probably grew at a faster rate in the second quarter than the"
            " 0.6% reported, an official said.",
            "0.6%",
            "reported growth of Dutch economy in second quarter",
        ),
        ("Exports grew faster than the 3% forecast.", "3%", "forecast growth of exports"),
        (
            "Consumer credit rose by £2.5bn in May, more than the £2.4bn expected and above the"
            " £2.1bn reported in the previous month.",
            "£2.1bn",
            "reported rise in consumer credit in previous month",
        ),
        # a pollster's sample
        (
            "Pollco questioned a weighted sample of 1,200 adults online on 3-5 May.",
            "1,200 adults",
            "weighted sample of adults questioned by Pollco",
        ),
        # the level a rate was cut from is the previous one
        (
            "Acme said it was halving its dividend payment to 20 cents a share from 40 cents.",
            "40 cents",
            "Acme's previous dividend payment",
        ),
        # two nouns the parse made two subjects are one
        (
            "In contrast, Brewco's Asian business saw volume sales fall 3.5%.",
            "3.5%",
            "fall in Brewco's Asian business's volume sales",
        ),
        # a firm's other change in its sentence is its own too
        (
            "Overall, Globex saw vehicle sales rise 8% in 2004 while total revenues added 4%.",
            "4%",
            "rise in Globex's total revenues",
        ),
        # "their" of the named firms the sentence before was about
        (
            "Neither Acme nor Globex thrilled investors with their profit news, however. In"
            " both cases, their shares fell by some 4%.",
            "4%",
            "fall in Acme's and Globex's shares",
        ),
        # the counted whose things the clause is about
        (
            "The pensions of millions of public sector workers are under threat.",
            "millions",
            "public sector workers whose pensions are under threat",
        ),
        (
            "The homes of 300 families were flooded.",
            "300 families",
            "families whose homes were flooded",
        ),
        # a growth said by its time is the economy's the sentence is about
        (
            "The economy grew 2.7% in the third quarter, an improvement on the 2.3% growth seen"
            " in the second quarter.",
            "2.3%",
            "growth of economy in second quarter",
        ),
        # "the agency", "the bill", "the amendment": the one named in full before
        (
            "MPs criticised the Child Welfare Agency on Monday. Ministers have suspended a plan"
            " to cut the agency's staff by 25%.",
            "25%",
            "fall in Child Welfare Agency's staff",
        ),
        (
            "The Betting Bill will be debated on Monday. Ministers say 90% of the bill is about"
            " tightening regulation.",
            "90%",
            "share of Betting Bill about tightening regulation",
        ),
        (
            "Peers backed Tom Baker's amendment to the Care Bill on Monday. Some 40 Labour MPs"
            " voted for the amendment.",
            "40 Labour MPs",
            "Labour MPs voted for Tom Baker's amendment",
        ),
        # (not a thing only described before: "the flagship policy" names none)
        (
            "The flagship policy began in 2002. The cost of the policy rose by £130m.",
            "£130m",
            "rise in cost of policy",
        ),
        # the share of those asked for whom a thing holds
        (
            "For 61%, schools and housing were key issues, and crime was a crucial area for 22%.",
            "22%",
            "share for whom crime was crucial area",
        ),
        (
            "For 61%, schools and housing were key issues, and crime was a crucial area for 22%.",
            "61%",
            "share for whom schools and housing were key issues",
        ),
        # a bare thing a "he" has is the person named the sentence before
        (
            "Hospital professor of surgery, John Smith-Jones, was chosen by the government. He"
            " will oversee a £2m annual budget.",
            "£2m",
            "John Smith-Jones' annual budget",
        ),
        # a limit is on what the article said it is on; "it" of the "if" clause before
        (
            "A cap on gifts should not be introduced yet. The board says it is worth debating"
            " a £5,000 cap for the future.",
            "£5,000",
            "cap on gifts for future",
        ),
        ("If there was to be a levy, it should be £40.", "£40", "levy"),
        # a "this" a level moved is what the sentence before named
        (
            "To offset the price of fuel, Acme last year introduced a fuel surcharge for"
            " passengers. In October, it increased this from £6 to £10 for long-haul flights.",
            "£10",
            "Acme's fuel surcharge for long-haul flights",
        ),
        # a sale agreed with someone is a sale to them, by the one who agreed it
        (
            "Airco also said it had agreed with a new Indian budget airline the sale of 10"
            " 737-800 planes for $630m.",
            "$630m",
            "Airco's sale of 737-800 planes to new Indian budget airline",
        ),
        # what a thing done to the counted followed from
        (
            "An official said that 40 outgoing flights were delayed by an average of an hour"
            " following the president's arrival.",
            "40 outgoing flights",
            "outgoing flights delayed following president's arrival",
        ),
        (
            "About 300 flights were cancelled because of the strike.",
            "300 flights",
            "flights cancelled because of strike",
        ),
        # money gone on doing something, with what it was done for
        (
            "Some £9m went on developing the software to make the e-portal work.",
            "£9m",
            "spending on developing the software to make the e-portal work",
        ),
        # the level moved from, said after the level reached, is the previous one
        (
            "That is about half of what big car makers need for profitable operations, and"
            " Globex is losing money fast - albeit with losses halved in 2004 to $200m (£104m;"
            " 151m euros) from $500m the previous year.",
            "$500m",
            "Globex's previous losses",
        ),
        # money that comes from somewhere is not that somewhere
        ("About £5m came from private donors.", "£5m", "money from private donors"),
        # a firm turned into one of a size is the firm of that value
        (
            "Mr Jones transformed Globex from a relative unknown into a $90bn telecoms giant.",
            "$90bn",
            "value of Globex as telecoms giant",
        ),
        # a bare deal a firm's bosses speak of is the firm's
        (
            "Zenco bosses have said they are confident the £1bn investment deal would be signed"
            " in March.",
            "£1bn",
            "value of Zenco's investment deal",  # pass 15: money before "deal": its value
        ),
        # "that business" is the one the sentence before named
        (
            "Acme also owns Zeta Media, which makes DVDs. However, that business is seen as less"
            " successful. Last year it made profits of £21.5m on a turnover of £392.1m.",
            "£392.1m",
            "Zeta Media's turnover",
        ),
        # the level a change is set against is the same measure, now or before
        (
            "The deal would give Zenco control of 9% of Norway's gas output, an improvement on"
            " its current 3.5%.",
            "3.5%",
            "Zenco's current share of Norway's gas output",
        ),
        # bare prices, in an article on oil, are oil prices
        (
            "Crude oil rose to $50 a barrel on Monday. Opec said it would not cut unless the"
            " prices fall below $35 a barrel.",
            "$35",
            "oil prices per barrel",
        ),
        # "of them": the plural subject of the sentence before
        (
            "Banks that move their call centres abroad save money. Only 40% of them say that"
            " cost is the main reason.",
            "40%",
            "share of banks that move their call centres abroad who say that cost is the main"
            " reason",
        ),
        # where the counted are, said after them
        (
            "This is the equivalent of 300 pupils back in classes since May.",
            "300 pupils",
            "pupils back in classes",
        ),
        # cases counted of a thing that fell are cases of it
        (
            "Fraud throughout the region dropped from 10,276 cases to 8,177 cases.",
            "8,177 cases",
            "cases of fraud throughout region",
        ),
        # "with £12m of them from ...": the part of the amount before
        (
            "There were £40m in reported donations to charities in 2003, with £9m of them from"
            " single gifts worth more than £1m.",
            "£9m",
            "part of reported donations from single gifts worth more than £1m",
        ),
        # what a named party promises is its promise
        (
            "The Greens have promised £2bn in tax cuts but have yet to say where.",
            "£2bn",
            "tax cuts promised by Greens",
        ),
    ],
)
def test_whose_by_the_clause(nlp: Any, sentence: str, text: str, obj: str) -> None:
    assert _one(nlp, sentence, text).object == obj


@pytest.mark.parametrize(
    ("said", "obj"),
    [
        ("The service has had almost 900,000 orders", "Nordtel's service's orders"),
        ("The stoppage will mean a production loss of 3,600 vehicles", "Nordtel's production loss"),
    ],
)
def test_a_figure_the_articles_firm_says_is_its_own(nlp: Any, said: str, obj: str) -> None:
    text = f"Nordtel sells broadband. Nordtel launched a service last year. {said}, Nordtel said."
    firm = named("Nordtel", "ORG", text, "nordtel")
    got = next(a for a in amounts_of(nlp, text, entities=[firm]) if a.text[0].isdigit())
    assert (got.object or "").startswith(obj)


def test_a_deed_a_planned_review_looks_back_on_is_done(nlp: Any) -> None:
    text = (
        "The state is preparing what could be a wide review of the privatisation of 2,000 firms"
        " by the last government."
    )
    assert _one(nlp, text, "2,000 firms").extra.get("modality") is None
    assert (
        _one(nlp, "The state plans to sell 2,000 firms.", "2,000 firms").extra.get("modality")
        == "target"
    )


def test_a_change_in_an_economy_named_by_its_rank(nlp: Any) -> None:
    text = (
        "Traders had hoped for a 0.3% expansion in the first quarter in Europe's biggest economy."
    )
    got = _one(nlp, text, "0.3%")
    assert got.object == "expansion in Europe's biggest economy in first quarter"
    assert got.parties == ["DEU"]


@pytest.mark.parametrize(
    ("text", "firm", "ident", "amount", "obj"),
    [
        # what "it" owns after sentences about the article's firm and "the firm"
        (
            "Nordtel made a loss. Nordtel will report on Friday. Nordtel shares fell. Analysts"
            " predict the firm is likely to report a drop in profits. Formed in the 1940s the"
            " firm was a leading maker of radios. It has now diversified into other areas. It"
            " now owns 34 Grosvenor hotels, the Lido chain and more than 100 cafes in 38"
            " countries.",
            "Nordtel",
            "nordtel",
            "34 Grosvenor hotels",
            "Grosvenor hotels owned by Nordtel",
        ),
        # a change the firm adds, named by its initials, is its own
        (
            "Nordic Telecom made a loss. Nordic Telecom will report on Friday. Nordic Telecom"
            " shares fell. NT added that phone sales fell 9% while cable business tumbled 17%.",
            "Nordic Telecom",
            "nt",
            "17%",
            "fall in NT's cable business",
        ),
    ],
)
def test_the_articles_firm_owns(
    nlp: Any, text: str, firm: str, ident: str, amount: str, obj: str
) -> None:
    entity = named(firm, "ORG", text, ident)
    got = next(a for a in amounts_of(nlp, text, entities=[entity]) if a.text == amount)
    assert got.object == obj


def test_what_a_figure_comes_to_is_exact(nlp: Any) -> None:
    text = "This is the equivalent of 300 pupils back in classes since May."
    got = _one(nlp, text, "300 pupils")
    assert (got.comparator, got.value, got.unit, got.period) == ("=", 300, "people", None)


def test_westminster_politics_is_the_uks(nlp: Any) -> None:
    text = (
        "Labour MPs clashed with Tory MPs in the Commons on Monday. The government will spend"
        " £5m on roads."
    )
    assert _one(nlp, text, "£5m").parties == ["GBR"]
    # (a party's name alone is not enough)
    assert _one(nlp, "Labour said the government will spend £5m on roads.", "£5m").parties == []


def test_what_the_country_saves_is_the_articles_country(nlp: Any) -> None:
    text = (
        "Ireland plans a lower drink-drive limit. Ireland has debated it for years. An expert"
        " estimates that this would save the country €50m a year."
    )
    got = _one(nlp, text, "€50m")
    assert got.parties == ["IRL"]
    assert (got.object or "").startswith("savings for Ireland")


@pytest.mark.parametrize(
    ("sentence", "text", "obj", "parties"),
    [
        # a bare measure of an economy, with its time, in an article about one country
        (
            "Malaysia's economy grew in 2004. Malaysia's exports rose. But growth slowed sharply"
            " in the fourth quarter to 5.6%.",
            "5.6%",
            "Malaysia's economic growth in fourth quarter",
            ["MYS"],
        ),
        (
            "Japan's output rose. Japan's exports fell. Although inventories fell 0.7% month on"
            " month, they were 36% higher than a year ago.",
            "36%",
            "rise in Japan's inventories from a year ago",
            ["JPN"],
        ),
        # the job the sentence before says was filled
        (
            "The first children's commissioner for Wales has been appointed. Dr Jones will start"
            " the £90,000-a-year job in May.",
            "£90,000",
            "salary of job of first children's commissioner for Wales per year",
            [],
        ),
        # bare costs a report on things tells of are those things' costs
        (
            "A watchdog report on the largest projects says costs have risen by £1.2bn.",
            "£1.2bn",
            "rise in costs of largest projects",
            [],
        ),
    ],
)
def test_whose_by_the_article(
    nlp: Any, sentence: str, text: str, obj: str, parties: list[str]
) -> None:
    got = _one(nlp, sentence, text)
    assert (got.object, got.parties) == (obj, parties)
