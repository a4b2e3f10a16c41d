"""Amounts: a twenty-second pass (issue 7), who does what a "to" clause says. "The slump
prompted the group to cut production by 3%": the group cuts, so the fall is the group's
(the firm the article is about), as "forced Acme Steel to cut output" makes the fall Acme
Steel's. Left alone: a subject that does it itself ("Acme Steel decided to cut output") and
a person told to act ("urged ministers to raise pay"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_quoted, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Acme Steel makes steel in Ohio. Weak demand forced Acme Steel to cut output by 5%.",
        "5%",
        (5, "percent", "=", None, "fall in Acme Steel's output"),
    ),
    (
        "Globex Motors makes cars in Ohio. Weak sales led Globex Motors to cut production "
        "by 7% in Europe.",
        "7%",
        (7, "percent", "=", None, "fall in Globex Motors' production in Europe"),
    ),
]

_GUARDS = [
    (
        "Acme Steel makes steel in Ohio. Acme Steel decided to cut output by 5%.",
        "5%",
        (5, "percent", "=", None, "fall in Acme Steel's output"),
    ),
    (
        "Unions urged ministers to raise pay by 4%.",
        "4%",
        (4, "percent", "=", None, "rise in pay"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "expected"), _ROWS + _GUARDS)
def test_the_object_does_the_to_clause(
    nlp: Any, text: str, amount: str, expected: tuple[Any, ...]
) -> None:
    assert core_fields(amount_named(amounts_quoted(nlp, text), amount)) == expected
