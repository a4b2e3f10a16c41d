"""Amounts: a fourteenth pass, "several" with a scale word: "several hundred", "several
thousand", "several million pounds" read "several" as three to nine, a range held as value
(low end) and value_high (high end) with comparator "~", not "more than 100" (which reads as
just over a hundred). Not "hundreds of", "thousands of" (the smallest reading, ">"), nor a
plain number. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "value", "high", "comparator"),
    [
        (
            "The storm left several hundred homes without power.",
            "several hundred homes",
            300.0,
            900.0,
            "~",
        ),
        (
            "Several thousand fans marched through the city centre.",
            "Several thousand fans",
            3000.0,
            9000.0,
            "~",
        ),
        (
            "The council expects to spend several million pounds on the bridge.",
            "several million pounds",
            3e6,
            9e6,
            "~",
        ),
        (
            "Police said several hundred protesters gathered outside the embassy.",
            "several hundred protesters",
            300.0,
            900.0,
            "~",
        ),
        (
            "The firm plans to hire several hundred engineers next year.",
            "several hundred engineers",
            300.0,
            900.0,
            "~",
        ),
        # (not) "hundreds of": the smallest reading, more than
        ("The storm left hundreds of homes without power.", "hundreds of homes", 100.0, None, ">"),
        (
            "Thousands of fans marched through the city centre.",
            "Thousands of fans",
            1000.0,
            None,
            ">",
        ),
        # (not) a plain number
        ("The firm plans to hire 400 engineers next year.", "400 engineers", 400.0, None, "="),
    ],
)
def test_several_is_a_range(
    nlp: Any, text: str, amount: str, value: float, high: float | None, comparator: str
) -> None:
    a = amount_named(amounts_of(nlp, text), amount)
    assert (a.value, a.extra.get("value_high"), a.comparator) == (value, high, comparator)
