"""Amounts: an eleventh pass (issue 7), whose country an amount is (`parties`): the country of
the rules a clause is held to ("under Japanese rules"), a speaker who says "it" will spend the
money ("Italy's Fintecna said it plans ... $40m"), a bare "the government" that said "it" did
the thing counted, a figure of the same thing another figure of the sentence gives with its
country ("after December's rise in car sales"), a country's name before one of its own
places that the entities did not take ("in India Kerala's towns"); and not the country of
one example of many ("firms including Poland's Orbis") nor of another change that came with
the amount ("with a strong rise in Brazilian demand"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

from communique.record import Entity, Mention

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "parties"),
    [
        # the rules a clause is held to
        (
            "Under Spanish banking rules, no lender may lend more than 90% of a home's value.",
            "90%",
            ["ESP"],
        ),
        (
            "Under Canadian law, a foreign buyer can own no more than 25% of an airline.",
            "25%",
            ["CAN"],
        ),
        # a speaker's own plan, in an article about another country
        (
            "Brazil's economy grew last year. Brazil's exports rose sharply. Meanwhile, "
            "Italy's Fintecna has also said it plans a joint venture with Embraer to build "
            "seats, with an initial investment of $40m.",
            "$40m",
            ["ITA"],
        ),
        # a bare "the government" that said "it" did the thing: the article's country
        (
            "Kenya's economy grew last year. Kenya's schools are crowded. Last week the "
            "government said it had found 300 empty schools.",
            "300 empty schools",
            ["KEN"],
        ),
        # (not a firm that said "it" did: no country of its own)
        (
            "Kenya's economy grew last year. Kenya's schools are crowded. Last week the firm "
            "said it had closed 30 shops.",
            "30 shops",
            [],
        ),
        # the same thing as a figure with its country
        (
            "German retail sales fell 1% in February. The 2.1% fall in car sales was "
            "expected, coming after January's 5% rise in car sales.",
            "5%",
            ["DEU"],
        ),
        # (not one example of many)
        (
            "Sales of stakes in companies including Poland's Orbis raised 600m euros.",
            "600m euros",
            [],
        ),
        (
            "Revenue from brands including France's Evian rose 3%.",
            "3%",
            [],
        ),
        # (not another change that came with the amount)
        (
            "Coffee sales rose 6% with a strong rise in Brazilian demand.",
            "6%",
            [],
        ),
        (
            "Profits rose 8% with a sharp fall in Japanese costs.",
            "8%",
            [],
        ),
        # (not a deal's other side, which stays: "with" a firm, not with a change)
        (
            "The firm signed a $30m deal with Mexico's state oil firm.",
            "$30m",
            ["MEX"],
        ),
        # (not rules that name no country)
        (
            "Under the new rules, a foreign buyer can own no more than 25% of a bank.",
            "25%",
            [],
        ),
    ],
)
def test_parties(nlp: Any, text: str, amount: str, parties: list[str]) -> None:
    assert amount_named(amounts_of(nlp, text), amount).parties == parties


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the country word of the same thing, said by the figure before
        (
            "US retail sales fell 0.3% in January. The 3.3% fall in car sales had been "
            "expected, coming after December's 4% rise in car sales.",
            "4%",
            "December rise in US car sales",
        ),
    ],
)
def test_country_word_of_same_thing(nlp: Any, text: str, amount: str, obj: str) -> None:
    a = amount_named(amounts_of(nlp, text), amount)
    assert (a.object, a.parties) == (obj, ["USA"])


@pytest.mark.parametrize(
    ("text", "amount", "parties"),
    [
        # a country's name before its own place, not taken as a mention
        (
            "India's rains were heavy. Hundreds of homes were flooded in India Kerala's "
            "coastal towns after the rains.",
            "Hundreds of homes",
            ["IND"],
        ),
        # (not a word inside a longer name)
        (
            "India's rains were heavy. Two members sit in the Northern Ireland Assembly.",
            "Two members",
            [],
        ),
    ],
)
def test_country_before_its_place(nlp: Any, text: str, amount: str, parties: list[str]) -> None:
    """Only the first "India" is a mention of the country (as when the entities stage read
    the second as part of a place's name)."""
    india = Entity(
        "india", "India", "COUNTRY", country="IND", mentions=[Mention("India", (0, 5), (0, 5))]
    )
    assert amount_named(amounts_of(nlp, text, entities=[india]), amount).parties == parties
