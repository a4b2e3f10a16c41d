"""Amounts: a tenth pass (issue 7): the words that say which of a noun's things the amount
is: a short relative clause ("the debt it took on to buy ..."), the place a "there" stands
for, the thing a deal "would create", the deed someone is accused of; a compared value
"a year earlier" is the same part of the year before; and what people earn, get or may
claim. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a defining relative clause, its "it" named by the sentence's subject
        (
            "Globex has cut the debt it took on to buy the Acme chain to just $900m.",
            "$900m",
            "debt Globex took on to buy the Acme chain",
        ),
        # (a clause running into the amount is the amount's own wording: no clause)
        (
            "Globex is pursuing a legal action that could bring in as much as $3bn.",
            "$3bn",
            "sum legal action could bring in",  # (what it brings in: pass 13)
        ),
        # "there": the place named before it
        (
            "Japan remains a worry for the group after sales there fell 12% last year.",
            "12%",
            "fall in sales in Japan",
        ),
        (
            "The brewer opened a plant in Vietnam in 2003 and sales there rose 30% to 80,000"
            " barrels.",
            "30%",
            "rise in the brewer's sales in Vietnam",
        ),
        # what a deal would create is named by the deal
        (
            "A tie-up between Globex and Initech would create Europe's biggest airline, valued"
            " at €12bn.",
            "€12bn",
            "valuation of Europe's biggest airline that tie-up between Globex and Initech"
            " would create",
        ),
        (
            "Analysts said the merger would create the world's largest steel maker with sales"
            " of about $30bn.",
            "$30bn",
            "sales of world's largest steel maker that the merger would create",
        ),
        # (the things created, counted, are no measure of a created thing)
        ("The new plant will create 500 jobs.", "500 jobs", "jobs created by new plant"),
        # the deed someone is accused or charged with, theirs
        (
            "Former Initech chief John Smith, who is accused of overseeing a $3bn fraud,"
            " denies the charges.",
            "$3bn",
            "fraud John Smith is accused of overseeing",
        ),
        (
            "Regulators accused Globex of paying $4m in bribes.",
            "$4m",
            "bribes Globex was accused of paying",
        ),
        # whom a saving is for
        (
            "The minister said the freeze would save the poorest countries about $2bn in"
            " repayments.",
            "$2bn",
            "savings for poorest countries in repayments by freeze",
        ),
        # "the programme": another word for the one scheme named shortly before
        (
            "In 2002 the council launched the Safer Streets scheme. It said crime had fallen."
            " Some £4m will be spent on extending the programme by 2006.",
            "£4m",
            "spending on extending the Safer Streets scheme by 2006",
        ),
        # "the market": the one a share a little before was of
        (
            "Analysts said the deal would give Globex control of 8% of Ruritania's total oil"
            " output. Initech leads the sector with 11% of the market.",
            "11%",
            "Initech's share of Ruritania's total oil output",
        ),
        # places counted, where the last of a list of things is
        (
            "It now runs 20 hotels, the Lucky Star chain and more than 60 Blue Moon Diners in"
            " 14 countries.",
            "14 countries",
            "countries where it runs Blue Moon Diners",
        ),
        # an interview's "with"
        (
            "The report was based on 3,000 telephone interviews with farmers.",
            "3,000 telephone interviews",
            "telephone interviews with farmers",
        ),
        # "It": a name the tagger took for a noun, written with its capital before
        (
            "The bank bought its Wanderers Mutual insurance arm last year. Wanderers had sales"
            " of $2.1bn in 2004. It has total net assets of $40bn.",
            "$40bn",
            "Wanderers' total net assets",
        ),
        # a count's "not" or "never" kept: the object must not turn the deed round
        (
            "About 2,000 loans under the scheme were never repaid.",
            "2,000 loans",
            "loans under scheme never repaid",
        ),
        (
            "Only 300 patients have not been seen by a doctor.",
            "300 patients",
            "patients not seen by doctor",
        ),
        ("Some 500 workers did not receive their pay.", "500 workers", "workers not receiving pay"),
        # a bare "Imports" after a country's exports: its imports, the change outside
        (
            "Chile's exports slowed. Imports fell 2% in March.",
            "2%",
            "fall in Chile's imports in March",
        ),
        # what people earn or get
        (
            "Nurses earn about £21,000 a year in London.",
            "£21,000",
            "earnings of nurses per year in London",
        ),
        (
            "Farm workers could get up to £50 a week under the plan.",
            "£50",
            "payment to farm workers per week under plan",
        ),
    ],
)
def test_which_of_the_things(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


@pytest.mark.parametrize(
    ("text", "amount", "obj", "period"),
    [
        # against a value "last year": the same quarter of the year before
        (
            "Operating profit in the three months to 31 December 2004 was 9.5bn kronor"
            " against 6.3bn kronor last year.",
            "6.3bn kronor",
            "Operating profit a year earlier",
            "2003-10-01/2003-12-31",
        ),
        (
            "Sales in the first half of 2004 were £3.1bn against £2.8bn the previous year.",
            "£2.8bn",
            "Sales",
            "2003-01-01/2003-06-30",
        ),
        # (a whole year's "last year" is no time before it: left unbounded)
        (
            "Profit for the whole of 2004 was $5bn against $4bn last year.",
            "$4bn",
            "Profit for whole of 2004",
            None,
        ),
    ],
)
def test_a_compared_value_a_year_before(
    nlp: Any, text: str, amount: str, obj: str, period: str | None
) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    assert (got.object, got.period) == (obj, period)


def test_an_annual_rate_restating_a_growth_is_the_same_economy_s() -> None:
    """(no parse needed: the naming of an economy's bare measure, by its table)"""
    from communique.extract.amounts_countries import _BARE_ECONOMY

    m = _BARE_ECONOMY.fullmatch("growth in Output at annual rate")
    assert m is not None and (m.group("what"), m.group("tail")) == ("Output", " at annual rate")


@pytest.mark.parametrize(
    ("name", "titled"),
    [("Mr Smith", True), ("Lady Jones", True), ("Mrsa Ltd", False), ("Globex", False)],
)
def test_a_titled_name_is_a_person_not_a_firm(name: str, titled: bool) -> None:
    """(the title pattern once held a backspace where a word boundary was meant)"""
    from communique.extract.amounts_owners import _TITLED

    assert (_TITLED.match(name) is not None) == titled
