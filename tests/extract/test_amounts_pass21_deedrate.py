"""Amounts: a twenty-first pass (issue 7), the rate of an amount whose deed is named from a
sentence before stays with the amount's noun. "such a move could save 40 lives a year",
its move named by the sentence before ("Lowering the speed limit to 20mph would save ..."),
reads "lives saved per year by lowering speed limit to 20mph", as the same claim said in one
sentence does, not "... limit to 20mph per year", which reads as a limit per year. Left
alone: an object with no rate, and one whose deed is not a demonstrative's. Every sentence
is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Lowering the speed limit to 20mph would save 90 lives a year, campaigners say."
        " Ministers believe such a move could save 40 lives a year.",
        "40 lives",
        (40, "lives", "=", None, "lives saved per year by lowering speed limit to 20mph"),
    ),
    (
        "Raising the tax on cigarettes by 10% would stop 5,000 smokers a year, doctors say."
        " Officials think the change could stop 2,000 smokers a year.",
        "2,000 smokers",
        (2000, "people", "=", None, "smokers stopped per year by raising tax on cigarettes"),
    ),
    (
        "Banning smoking in offices would save 300 lives a year, doctors say. Officials think"
        " the move could save 120 lives a year.",
        "120 lives",
        (120, "lives", "=", None, "lives saved per year by banning smoking in offices"),
    ),
]

_GUARDS = [
    # said in one sentence: as before
    (
        "Banning smoking in offices would save 300 lives a year, doctors say.",
        "300 lives",
        (300, "lives", "=", None, "lives saved per year by banning smoking in offices"),
    ),
    # no rate: the deed at the end, as before
    (
        "Lowering the voting age to 16 would add 1.5 million voters, the report says. But"
        " officials said such a move could add 900,000 voters.",
        "900,000 voters",
        (9e5, "people", "=", None, "voters added by lowering voting age to 16"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "expected"), _ROWS + _GUARDS)
def test_deed_rate_kept_with_noun(
    nlp: Any, text: str, amount: str, expected: tuple[Any, ...]
) -> None:
    assert core_fields(amount_named(amounts_of(nlp, text), amount)) == expected
