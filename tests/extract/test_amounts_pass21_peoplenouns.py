"""Amounts: a twenty-first pass (issue 7), counts of persons named by their trade, office or
role are counts of people. The people lexicon gains trades, offices and roles ("vintners",
"clerks", "bankers", "councillors", "electors", "peers", "buyers" ...): "500 vintners will be
helped to retire" is 500 people (the noun kept in `quantity_noun`), as "500 farmers" was.
With more persons known, a forecast a person makes ("economists had been predicting as much
as 2%") no longer reads "economists predicting": who predicts is not what is measured, so
the sentence's earlier measure of that unit is, as for any forecast verb, and a change
when that measure is a change ("Exports rose 4.1%, and economists had predicted 5%": a
rise in exports). Left alone:
things counted ("500 computers"), and a forecast verb with a measure of its own. Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Under the scheme, 300 vintners will be helped to take early retirement.",
        "300 vintners",
        (300, "people", "=", None, "vintners helped to take early retirement under scheme"),
    ),
    (
        "The minister met 12 bankers in London.",
        "12 bankers",
        (12, "people", "=", None, "bankers met by minister in London"),
    ),
    (
        "Police arrested four councillors in Leeds.",
        "four councillors",
        (4, "people", "=", None, "councillors arrested by police in Leeds"),
    ),
    (
        "The firm will hire 200 clerks at its new office.",
        "200 clerks",
        (200, "people", "=", None, "clerks hired at new office by the firm"),
    ),
    (
        "Exports rose 4.1% in March, and economists had been predicting as much as 5% this time.",
        "5%",
        (5, "percent", "<", None, "rise in Exports in March"),
    ),
    (
        "Sales grew 3% in May, and analysts had predicted 4%.",
        "4%",
        (4, "percent", "=", None, "growth in Sales in May"),
    ),
]

_GUARDS = [
    (
        "The school bought 500 computers in May.",
        "500 computers",
        (500, "computers", "=", None, "computers bought by school"),
    ),
    (
        "Economists predicted growth of 2% for the year.",
        "2%",
        (2, "percent", "=", None, "growth predicted by economists"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "expected"), _ROWS + _GUARDS)
def test_persons_by_trade_are_people(
    nlp: Any, text: str, amount: str, expected: tuple[Any, ...]
) -> None:
    assert core_fields(amount_named(amounts_of(nlp, text), amount)) == expected
