"""Amounts: a twelfth pass, revised values. In "cut to X from Y" and "raised from Y to X"
the value moved from is the previous one of the same thing, also when a year after the pair
says what both forecasts are for ("cut to 2.1% from 2.8% in 2005": the earlier forecast for
2005, not the one now), and also for counts; the sentence's capital opening such a forecast
is dropped. A range with no change verb, and a year that dates only the earlier value
("rose to $5m from $3m in 2004"), keep their readings. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a year after the pair: what both forecasts are for
        (
            "Estimates for Danish growth were trimmed to 1.6% from 2.2% in 2008.",
            "2.2%",
            "previous estimates for Danish growth",
        ),
        (
            "Estimates for Danish growth were trimmed to 1.6% from 2.2% in 2008.",
            "1.6%",
            "estimates for Danish growth",
        ),
        (
            "Forecasts for Polish output were lowered to 3.0% from 3.4% this year and "
            "2.5% from 3.1% in 2009.",
            "3.1%",
            "previous forecasts for Polish output",
        ),
        (
            "Forecasts for Polish output were lowered to 3.0% from 3.4% this year and "
            "2.5% from 3.1% in 2009.",
            "2.5%",
            "forecasts for Polish output",
        ),
        (
            "The fund raised its export forecast to 4.8% from 4.1% in 2010.",
            "4.1%",
            "the fund's previous export forecast",
        ),
        (
            "The fund raised its export forecast to 4.8% from 4.1% in 2010.",
            "4.8%",
            "the fund's export forecast",
        ),
        # a count moved from
        (
            "The agency raised its oil demand forecast to 84 million barrels from 83 "
            "million barrels.",
            "83 million barrels",
            "the agency's previous oil demand forecast",
        ),
        (
            "The agency raised its oil demand forecast to 84 million barrels from 83 "
            "million barrels.",
            "84 million barrels",
            "the agency's oil demand forecast",
        ),
        # (not a value dated by its own year: that year tells the two apart)
        ("Sales rose to $5m from $3m in 2004.", "$3m", "Sales"),
        # (not a range: no change verb)
        ("Turnout ranged from 40% to 60% in the regions.", "40%", None),
        ("Turnout ranged from 40% to 60% in the regions.", "60%", None),
        # (not a name's capital: "IMF" stays)
        (
            "IMF forecasts were cut to 2.9% from 3.3% in 2011.",
            "2.9%",
            "IMF forecasts",
        ),
        (
            "IMF forecasts were cut to 2.9% from 3.3% in 2011.",
            "3.3%",
            "previous IMF forecasts",
        ),
    ],
)
def test_revised_values(nlp: Any, text: str, amount: str, obj: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


def test_earlier_year_stays_the_earlier_value_s(nlp: Any) -> None:
    """(not a forecast: "rose from 3% in 2003 to 5%" keeps 2003 as the 3%'s own year)"""
    amounts = amounts_of(nlp, "Inflation rose from 3% in 2003 to 5%.")
    assert amount_named(amounts, "3%").period == "2003-01-01/2003-12-31"
    assert amount_named(amounts, "3%").object == "Inflation"
