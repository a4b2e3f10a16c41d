"""Amounts: a twenty-third pass (issue 7), a share more or less than before is a change.
"Firms expect to invest 6% more next year": "rise in investment"; "Shoppers spent 3% more in
December": a rise in their spending. Left alone: a comparison of two things ("18% more
likely than men", "earn 5% more than women"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("Firms said they expect to invest 6% more next year.", "rise in investment"),
        ("Shoppers spent 3% more in December.", "rise in spending of Shoppers"),
        ("Workers earn 5% more than last year.", "rise in earnings of Workers"),
    ],
)
def test_a_share_more_than_before_is_a_rise(nlp: Any, text: str, obj: str) -> None:
    (a,) = amounts_of(nlp, text)
    assert a.object == obj
    assert a.extra.get("change") == "rise"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Women were 18% more likely than men to enter university.", "18%"),
        ("Men earn 5% more than women.", "5%"),
    ],
)
def test_a_comparison_of_two_things_is_no_rise(nlp: Any, text: str, amount: str) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    assert not (got.object or "").startswith("rise in")


def test_a_peak_beside_a_change_is_a_peak_change(nlp: Any) -> None:
    text = (
        "Spending on new plant was up 12% from the previous year, although some way off the "
        "peak of 30% seen in 2003."
    )
    got = amount_named(amounts_of(nlp, text), "30%")
    assert got.object is not None and got.object.startswith("peak rise in ")
    assert got.extra.get("change") == "rise"
