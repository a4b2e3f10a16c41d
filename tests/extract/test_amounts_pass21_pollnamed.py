"""Amounts: a twenty-first pass (issue 7), which poll a poll share is from, when a sentence
before names it. "A new poll for the Daily Courier found little change. Labour lead the
Conservatives by 38% to 33%.": "share in Daily Courier poll for Labour", not "poll share
for Labour"; "the survey carried out by Norland Research": "share in Norland Research
survey ...". The nearest naming in the four sentences before is taken. Left alone: a poll
named by no capitalised name ("a survey for the charity"), a share that is no poll share.
Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "A new poll for the Daily Courier found little change. Labour lead the Conservatives by"
        " 38% to 33% with the Liberal Democrats on 20%.",
        "38%",
        (38, "percent", "=", None, "share in Daily Courier poll for Labour"),
    ),
    (
        "A new poll for the Daily Courier found little change. Labour lead the Conservatives by"
        " 38% to 33% with the Liberal Democrats on 20%.",
        "20%",
        (20, "percent", "=", None, "share in Daily Courier poll for Liberal Democrats"),
    ),
    (
        "Voters were asked in a Norland Research poll last week. Labour lead the Conservatives"
        " by 38% to 33% with the Liberal Democrats on 20%.",
        "33%",
        (33, "percent", "=", None, "share in Norland Research poll for Conservatives"),
    ),
]

_GUARDS = [
    (
        "A survey for the charity found little change. Labour lead the Conservatives by 38% to"
        " 33% with the Liberal Democrats on 20%.",
        "38%",
        (38, "percent", "=", None, "poll share for Labour"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "expected"), _ROWS + _GUARDS)
def test_poll_named_before(nlp: Any, text: str, amount: str, expected: tuple[Any, ...]) -> None:
    assert core_fields(amount_named(amounts_of(nlp, text), amount)) == expected
