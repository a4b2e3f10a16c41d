"""Amounts: a fifteenth pass, changes in per cent of what is itself a rate, and bare changes.
A change written in per cent of a rate that is itself in per cent (interest, lending,
mortgage, jobless, growth or inflation rates, the rate of a tax, a profit or operating
margin; a bare "rates" a sentence says are a bank's or interest rates) is a change in
percentage points ("the central bank cut interest rates by 0.5%", "fuel costs knocked 0.3%
off the growth rate"); not a change of a price or a count ("the exchange rate", "freight
rates", "the crime rate", "interest rate payments"), nor one above 10%, which may be of
itself. And a bare change noun ("a 15% rise", "a 20% cut") is a change of the thing the
sentence before moves the same way with a verb ("... time to raise bus fares. A 15% rise" ->
"rise in bus fares"); not when that verb moves it the other way or the noun names its thing.
Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        # a change in per cent of a rate in per cent: points
        ("The central bank cut interest rates by 0.5% on Thursday.", "0.5%", "percentage_points"),
        (
            "Rising fuel costs have knocked 0.3% off the economic growth rate, the ministry said.",
            "0.3%",
            "percentage_points",
        ),
        (
            "The Bank of Canada raised its key lending rate by 0.25% last month.",
            "0.25%",
            "percentage_points",
        ),
        ("The jobless rate fell 0.2% in March.", "0.2%", "percentage_points"),
        ("Mortgage rates rose 0.1% this week.", "0.1%", "percentage_points"),
        (
            "The government plans to cut the basic rate of income tax by 2%.",
            "2%",
            "percentage_points",
        ),
        ("The inflation rate edged up 0.3% in June.", "0.3%", "percentage_points"),
        (
            "The Reserve Bank announced a 0.25% rise in interest rates on Tuesday.",
            "0.25%",
            "percentage_points",
        ),
        # (not a price or a count per head, which moves in per cent)
        ("The exchange rate of the peso fell 3% against the dollar.", "3%", "percent"),
        ("Freight rates rose 12% last year.", "12%", "percent"),
        ("The crime rate fell 5% last year.", "5%", "percent"),
        ("Interest rate payments rose 4% last year.", "4%", "percent"),
        ("Retail sales fell 0.2% in April.", "0.2%", "percent"),
        ("Inflation fell 0.2% in May.", "0.2%", "percent"),
        # (not a bare "rates" no bank or interest is said of)
        ("Shop owners cut rates by 10% to attract customers.", "10%", "percent"),
    ],
)
def test_a_rate_moves_in_points(nlp: Any, text: str, amount: str, unit: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).unit == unit


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a bare change is of what the sentence before moves that way
        (
            'The minister said now was the right time to raise bus fares. "We are looking at'
            ' whether a 15% rise is fair."',
            "15%",
            "rise in bus fares",
        ),
        (
            "The board voted to cut executive bonuses. A 20% cut was agreed after a long debate.",
            "20%",
            "cut in executive bonuses",
        ),
        # (not when that verb moves its thing the other way)
        (
            "The firm plans to cut its prices. Analysts said a 5% rise was expected.",
            "5%",
            "rise",
        ),
        # (not a change that names its thing)
        (
            "The union plans to increase its membership. A 12% hike in fees was also agreed.",
            "12%",
            "hike in fees",
        ),
    ],
)
def test_a_bare_change_said_before(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
