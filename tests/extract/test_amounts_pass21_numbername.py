"""Amounts: a twenty-first pass (issue 7), a number that is part of a name does not cut an
object short. No object phrase may hold another amount ("$11bn (£5.7bn) accounting fraud"
keeps "accounting fraud"), but a digit run right after a capitalised name ("FTSE 100",
"Fortune 500", "S&P 500") is the name's, not an amount, so a phrase naming those firms stays
in the object. Left alone: a count after a possessive ("the Lords' 750 hereditary peers"),
which is still an amount, and the name's number, which is still not a count. Every sentence
is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Investors own about 40% of the shares in Fortune 500 firms.",
        "40%",
        (40, "percent", "~", None, "stake in shares in Fortune 500 firms"),
    ),
    (
        "The index tracks 30% of the revenue of S&P 500 companies.",
        "30%",
        (30, "percent", "=", None, "share of revenue of S&P 500 companies tracked"),
    ),
]

_GUARDS = [
    # a possessive before the number: an amount, kept out of the object as before
    (
        "Labour removed all but 92 of the Lords' 750 hereditary peers.",
        "92",
        (92, "people", "=", None, "Lords' hereditary peers not removed by labour"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "expected"), _ROWS + _GUARDS)
def test_number_in_name_kept(nlp: Any, text: str, amount: str, expected: tuple[Any, ...]) -> None:
    assert core_fields(amount_named(amounts_of(nlp, text), amount)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Investors own about 40% of the shares in Fortune 500 firms.",
        "The index tracks 30% of the revenue of S&P 500 companies.",
    ],
)
def test_name_number_not_counted(nlp: Any, text: str) -> None:
    assert [a.text for a in amounts_of(nlp, text) if a.unit in ("firms", "companies")] == []
