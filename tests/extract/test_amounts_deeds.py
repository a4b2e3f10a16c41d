"""Amounts: what a deed comes to. The value of things "worth" an amount however the parse
hangs "worth", and what an expected deed would come to. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_article

from communique.extract.amounts import extract_amounts
from communique.record import Amount

pytestmark = pytest.mark.slow


def _amount(nlp: Any, text: str, amount: str) -> Amount:
    art = amounts_article(nlp, text)
    return next(a for a in extract_amounts(art) if a.text == amount)


# (text, the amount, its object)
_WORTH: list[tuple[str, str, str]] = [
    ("The bank is expected to issue bonds worth 3bn euros.", "3bn euros", "value of bonds issued"),
    ("Halvard sold shares worth $30m.", "$30m", "value of shares sold"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _WORTH)
def test_things_worth_an_amount_are_valued_by_it(
    nlp: Any, text: str, amount: str, obj: str
) -> None:
    assert _amount(nlp, text, amount).object == obj


# (text, the amount, its modality)
_EXPECTED_DEEDS: list[tuple[str, str, str | None]] = [
    (
        "Loans are expected to be repaid through three bond sales amounting to more than $4bn.",
        "$4bn",
        "forecast",
    ),
    # (a deed done: a fact; and a deed not expected)
    (
        "Loans were repaid through three bond sales amounting to more than $4bn.",
        "$4bn",
        None,
    ),
    (
        "Loans are not expected to be repaid through three bond sales amounting to $4bn.",
        "$4bn",
        None,
    ),
]


@pytest.mark.parametrize(("text", "amount", "modality"), _EXPECTED_DEEDS)
def test_what_an_expected_deed_comes_to_is_expected(
    nlp: Any, text: str, amount: str, modality: str | None
) -> None:
    assert _amount(nlp, text, amount).extra.get("modality") == modality


# (text, the amount, its object): a named thing's cost the parse missed the verb of
_COSTS: list[tuple[str, str, str | None]] = [
    (
        "Auditors said the Arena cost taxpayers £12.4m to run and sell.",
        "£12.4m",
        "cost of Arena to taxpayers to run and sell",
    ),
    ("The Arena cost taxpayers £12.4m.", "£12.4m", "cost of Arena to taxpayers"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _COSTS)
def test_a_named_things_cost_is_its_cost(nlp: Any, text: str, amount: str, obj: str | None) -> None:
    assert _amount(nlp, text, amount).object == obj


# (text, the amount, its object): a share that restates the fraction before it
_RESTATED: list[tuple[str, str, str | None]] = [
    (
        "Nearly a third of all Ruritanians - some 31% - live in the capital and work in services.",
        "31%",
        "share of Ruritanians who live in the capital",
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _RESTATED)
def test_a_share_restating_a_fraction_is_of_its_group(
    nlp: Any, text: str, amount: str, obj: str | None
) -> None:
    assert _amount(nlp, text, amount).object == obj


# A level a multiplying verb reaches is of the noun it multiplies, however the model tags
# the verb; the counted who "have been out" say where they were.
_LEVELS_AND_OUTINGS = [
    ("The firm aims to triple output to 90,000 tonnes.", "90,000 tonnes", "output"),
    ("It hopes to nearly double exports to 300,000 cars.", "300,000 cars", "exports"),
    (
        "Hundreds of fans have been out on the first night of the festival in Leeds.",
        "Hundreds of fans",
        "fans out on first night of festival in Leeds",
    ),
    # nothing said beyond a date: out, only
    ("About 200 strikers were out on Monday.", "200 strikers", "strikers out"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _LEVELS_AND_OUTINGS)
def test_levels_reached_and_the_counted_who_were_out(
    nlp: Any, text: str, amount: str, obj: str
) -> None:
    assert _amount(nlp, text, amount).object == obj


# Two deeds done to the counted, joined by "or"/"and": both, and what follows the last.
_BOTH_DEEDS = [
    (
        "Some 5,000 council posts will be axed or changed under the plan.",
        "5,000 council posts",
        "council posts axed or changed under plan",
    ),
    (
        "About 300 people were killed or injured in the blast.",
        "300 people",
        "people killed or injured in blast",
    ),
    # (a second deed with its own subject is another count's)
    ("About 20 people were killed and 100 injured.", "20 people", "people killed"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _BOTH_DEEDS)
def test_both_deeds_done_to_the_counted(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert _amount(nlp, text, amount).object == obj


# A sum asked for or paid, with its own words: by whom, unless the asking is a passive's
# purpose.
_ASKED_FOR = [
    (
        "Bus drivers walked out on Monday demanding a 12% pay rise.",
        "12%",
        "pay rise demanded by bus drivers",
    ),
    (
        "Analysts expect other copper miners to seek annual price rises of up to 40%.",
        "40%",
        "annual price rises to be sought by other copper miners",
    ),
    (
        "The governor has paid income tax - at 45% - since 2001.",
        "45%",
        "income tax rate paid by governor",
    ),
    # (the unit sold to pay a bill does not pay it)
    (
        "The mill was auctioned by the state to help pay off a $2bn back-tax bill.",
        "$2bn",
        "back-tax bill",
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ASKED_FOR)
def test_who_asks_for_or_pays_a_sum(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert _amount(nlp, text, amount).object == obj


# The counted as what a deed noun is done to ("the privatisation of thousands of firms"),
# by whom when a plain name or noun says it.
_DEEDS_DONE_TO = [
    (
        "Critics want a review of the privatisation of hundreds of firms.",
        "hundreds of firms",
        "privatisation of firms",
    ),
    (
        "The closure of 40 branches by the bank was announced.",
        "40 branches",
        "closure of branches by bank",
    ),
    # (a clause hung on the doer by the parse: the deed alone)
    (
        "The closure of 40 branches by the bank angered unions.",
        "40 branches",
        "closure of branches",
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _DEEDS_DONE_TO)
def test_what_a_deed_noun_is_done_to(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert _amount(nlp, text, amount).object == obj
