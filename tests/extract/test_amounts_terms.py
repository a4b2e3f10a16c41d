"""Amounts: the words that say which figure a bare noun is ("penalties" imposed on whom,
"settlement" reached with whom, "jobs created" where, "its target" for what). Every sentence
is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # money owed, paid or imposed: on whom, with whom, to whom, what for
        (
            "The regulator has imposed penalties totalling nearly $2bn on 15 funds.",
            "$2bn",
            "penalties on 15 funds",
        ),
        ("Sweden has imposed fines of $3m on two banks.", "$3m", "fines imposed on two banks"),
        (
            "He said fines of up to £2,500 would be levied on employers who ignore the rules.",
            "£2,500",
            "fines levied on employers who ignore rules",
        ),
        (
            "The group's lawyers point to a $5bn deal struck with 12 cities in 2001.",
            "$5bn",
            "value of deal struck with 12 cities",  # pass 15: money before "deal": its value
        ),
        (
            "The ruling sets compensation for delayed passengers at 400 euros.",
            "400 euros",
            "compensation for delayed passengers",
        ),
        (
            "The Spanish government is to hand its ailing fishing fleet 50m euros in aid to help"
            " it modernise.",
            "50m euros",
            "the Spanish government's aid to ailing fishing fleet",
        ),
        (
            "Norway is to give a £4m grant to help flood victims rebuild their homes.",
            "£4m",
            "Norway's grant to help flood victims rebuild their homes",
        ),
        (  # a long purpose: its verb and object
            "Denmark is to give a £3m grant to help widows of the civil war who lost their land.",
            "£3m",
            "Denmark's grant to help widows of civil war",
        ),
        (
            "Menatep has asked Rosneft to repay a $700m loan that Vostok had secured on its"
            " assets.",
            "$700m",
            "loan that Vostok had secured on its assets",
        ),
        (  # "its" is the clause subject's
            "Acme booked a 300m euro write-down on its frozen foods arm.",
            "300m euro",
            "Acme's write down on its frozen foods arm",
        ),
        # the place the verb names says which figure
        (
            "About 150,000 jobs a year have been created in Kenya since 2000.",
            "150,000 jobs",
            "jobs created per year in Kenya",
        ),
        (
            "Last year 90,000 travellers were checked at Gatwick airport.",
            "90,000 travellers",
            "travellers checked at Gatwick airport",
        ),
        (
            "In Cornwall, police arrested three men under the new law.",
            "three men",
            "men arrested under new law by police in Cornwall",
        ),
        ("The group cut output in South America by 4%.", "4%", "fall in output in South America"),
        # counted things done by a named body
        (
            "The two Telegraph titles currently employ 521 journalists.",
            "521 journalists",
            "journalists employed by Telegraph titles",
        ),
        (  # (what reports a figure does not do it)
            "College research claims cutting the limit would save 65 lives a year.",
            "65 lives",
            "lives saved per year by cutting limit",
        ),
        # over what was predicted, by whoever predicted it
        (
            "Borrowing is set to fall to £28bn in 2006 - but that is still £3bn more than Mr"
            " Darling predicted in his spring budget.",
            "£3bn",
            "excess of Borrowing over what was predicted",
        ),
        (
            "Debt rose to £40bn, £3bn more than analysts had expected.",
            "£3bn",
            "excess of Debt over what was expected",
        ),
        # the earlier value of an estimate; a forecast when it is of what is to come
        (
            "Growth for the whole of 2004 was 1.6%, down from an earlier estimate of 1.7%.",
            "1.7%",
            "earlier estimate of growth",
        ),
        # a bare growth of an economy named as the clause subject
        (
            "Italy's economy grew 1.2% last year and is forecast to see growth of 1.5% in 2006.",
            "1.5%",
            "growth of Italy's economy",
        ),
        (
            "Italy's economy grew 1.2% overall last year, helped by exports.",
            "1.2%",
            "growth in Italy's economy",
        ),
        # an opening "It": the firm the sentence before is about
        (
            "Globex is launching a new van. It is to deploy a fleet of 35,000 test vans across"
            " 40 countries, inviting buyers to try out a van.",
            "40 countries",
            "countries where Globex deploy fleet",
        ),
        # a list of names the deal is with
        (
            "The regulator agreed a deal totalling $90m with Acme Capital Management, Acme"
            " Distributors and Acme Securities.",
            "$90m",
            "the regulator's deal with Acme Capital Management, Acme Distributors and Acme"
            " Securities",
        ),
        # a bare noun an earlier amount of the sentence named with its owner
        (
            "Globex took a pre-tax charge of $600m in the quarter, on top of the $200m charge"
            " from the previous quarter.",
            "$200m",
            "Globex's charge from previous quarter",
        ),
        # which part a share is, said by "be" and what follows
        (
            "Some 90% of the bill is about tightening regulation of the industry.",
            "90%",
            "share of bill about tightening regulation of industry",
        ),
        (
            "About 30% of voters were in favour of the plan.",
            "30%",
            "share of voters in favour of plan",
        ),
        # counted things: what they had access to, the event a relative clause is about
        (
            "Ten areas have already had access to special prosecutors and local experts.",
            "Ten areas",
            "areas had access to special prosecutors",
        ),
        (
            "It blamed fans for the 1989 stadium disaster in which 96 died.",
            "96",
            "people died in 1989 stadium disaster",
        ),
        # what saved the money; how; a share of money saved
        (
            "Acme added that its cost-cutting programme had saved £75m in 2004.",
            "£75m",
            "savings from Acme's cost-cutting programme",
        ),
        (
            "The union said cuts would deliver less than 6% of the £22bn ministers hope to save"
            " through efficiency reforms.",
            "6%",
            "share of savings through efficiency reforms",
        ),
        # a bank with assets: the bank's
        (
            "The deal would create the world's biggest bank with assets of about 189 trillion yen.",
            "189 trillion yen",
            "assets of world's biggest bank that the deal would create",
        ),
        # a market told in units: its size
        (
            "The firm believes the Mexican market will rise 11% this year, to 530,000 vehicles.",
            "530,000 vehicles",
            "size of Mexican vehicle market",
        ),
        # who gets the money, however the parse hangs them
        (
            "Renault had to pay former partner Nissan 2bn euros (£1.4bn) to get out of a pact"
            " which might have forced it to sell its stake.",
            "2bn euros",
            "Renault's payment to Nissan to get out of pact",
        ),
        (
            "Officials said the $3bn which state bank VEB lent state-owned Gazprom to buy the"
            " field came from abroad.",
            "$3bn",
            "state bank VEB's loan to state-owned Gazprom to buy field",
        ),
        (
            "The tobacco makers point to a $206bn settlement hammered out in 1998 with 46 states.",
            "$206bn",
            "settlement hammered out with 46 states",
        ),
        # a change noun told of its holder: the holder's change
        (
            "Strong demand boosted Globex's profits, which showed a 5.5% rise to 18.3bn euros.",
            "5.5%",
            "rise in Globex's profits",
        ),
        (
            "Initech also beat its cost target for 2005, delivering £234m of cuts.",
            "£234m",
            "Initech's cuts",
        ),
        # for whom money is saved, and by what
        (
            "The party says the plans could save the average pensioner £100 every year.",
            "£100",
            "savings from plans for average pensioner per year",
        ),
        ("Cuts saved £3m.", "£3m", "savings from cuts"),
        # a relative clause's "which" stands for its noun
        (
            "Last year Rover, which employs more than 6,000 people, made 110,000 cars.",
            "6,000 people",
            "people employed by Rover",
        ),
        # a word that names a figure by its role: of what the sentence measures
        (
            "Globex made savings of $120m in the half, and is on track to beat its target of"
            " $300m for the year.",
            "$300m",
            "Globex's target for savings",
        ),
        (
            "Initech's profits compared poorly with 2003's $900m figure and were well below"
            " analyst expectations of $410m.",
            "$410m",
            "analyst expectations for Initech's profits",
        ),
        (
            "Initech's profits compared poorly with 2003's $900m figure and were well below"
            " analyst expectations of $410m.",
            "$900m",
            "figure of Initech's profits",
        ),
        # said already: nothing is added twice
        (
            "Fiat reached a $2bn settlement with GM about its ownership.",
            "$2bn",
            "Fiat's settlement with GM",
        ),
        # a role word that names its measure keeps it
        (
            "Growth for the three months was 0.5%, ahead of the 0.4% forecast.",
            "0.4%",
            "Growth forecast",
        ),
        # a time is the period, not the terms
        (
            "Globex took a charge of $40m from the previous quarter.",
            "$40m",
            "Globex's charge",
        ),
        # a place told once is not told again
        (
            "In Europe, Acme shares shed 2.1% to 17.58 euros in Paris.",
            "17.58 euros",
            "Acme shares in Paris",
        ),
    ],
)
def test_terms(nlp: Any, text: str, amount: str, obj: str) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert got.object == obj


@pytest.mark.parametrize(
    ("text", "amount", "comparator", "per"),
    [
        # a level passed, at a rate on a day
        (
            "Cold weather took crude oil prices past $50 a barrel on Tuesday.",
            "$50",
            ">",
            "barrel",
        ),
        ("Crude oil was $48 a barrel on Monday.", "$48", "=", "barrel"),
        # "a year on" is later, no rate
        ("Output was 5% higher a year on.", "5%", "=", None),
    ],
)
def test_rates_and_levels_passed(
    nlp: Any, text: str, amount: str, comparator: str, per: str | None
) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert (got.comparator, got.extra.get("per")) == (comparator, per)


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        (
            "Spanish growth will reach 2.1% in 2005, but fall to 1.3% next year from a previous"
            " estimate of 1.8%.",
            "1.8%",
            "forecast",
        ),
        (
            "Growth for the whole of 2004 was 1.6%, down from an earlier estimate of 1.7%.",
            "1.7%",
            None,
        ),
        # what predictions say, however the parse hangs the clause
        (
            "Mr Howard pointed to the institute's predictions that Labour will need to increase"
            " taxes to cover an £11bn gap in its spending plans.",
            "£11bn",
            "forecast",
        ),
        # money announced to be spent is pledged; announced profits are made
        ("German car maker BMW has announced £100m of new investment.", "£100m", "pledge"),
        ("Globex announced profits of £50m.", "£50m", None),
        # the excess over a forecast is as sure as the level it is of
        (
            "Borrowing is set to fall to £28bn in 2006 - but that is still £3bn more than Mr"
            " Darling predicted in his spring budget.",
            "£3bn",
            "forecast",
        ),
    ],
)
def test_estimates_and_forecasts(nlp: Any, text: str, amount: str, modality: str | None) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert got.extra.get("modality") == modality
