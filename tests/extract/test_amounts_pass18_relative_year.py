"""Amounts: an eighteenth pass, a relative year said in the object. A relative year ("this
year", "next year", "last year", "in the coming year") makes no period, so in a sentence
that gives amounts for two or more distinct times an amount of a relative year says it on
its object's end ("for this year"), or it reads like its siblings of other times. An
earlier forecast or estimate set against a new value ("to 3.1% next year from an earlier
estimate of 3.6%", "lowered to 2.6% from 2.9% this year") is for the new value's time: that
year's period when the new value has one, else the relative year on the object. Not a lone
relative year, not an earlier fact ("rose to $5bn in 2004 from $4bn": 2003's), not "from 2%
last year" (the earlier figure's own time), not the later end of "from 4% in 2002 to 9%
last year". Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_BRAZIL = (
    "The IMF cut its growth forecast for Brazil to 3.1% next year from an earlier estimate "
    "of 3.6%, after growth of 4.9% in 2004."
)
_PROFITS = (
    "Analysts expect profits to fall to $2bn this year from a previous forecast of $2.5bn, "
    "and to recover to $3bn in 2006."
)
_CANADA = (
    "Growth forecasts for Canada were lowered to 2.6% from 2.9% this year and to 2.5% from "
    "3.0% in 2006."
)
_SWEDEN = (
    "Inflation forecasts for Sweden were raised to 1.9% from 1.5% next year and to 2.1% from "
    "2.0% in 2007, the central bank said."
)
_BANK = (
    "The bank now sees growth of 3.2% in 2005, but expects it to slow to 2.7% next year from "
    "a prior projection of 3.0%."
)
_EXPORTS = (
    "The ministry expects exports to rise 6% this year, to 400,000 cars, and to reach "
    "600,000 cars by 2009."
)
_COPPER = (
    "Output of copper is forecast at 250,000 tonnes this year, against 310,000 tonnes in 2003."
)
_CHAIN = "The chain made a loss of £40m in 2003 but turned a profit of £25m last year."
_Y2006 = "2006-01-01/2006-12-31"


@pytest.mark.parametrize(
    ("text", "amount", "value", "unit", "comparator", "period", "obj"),
    [
        # the relative year of an amount, beside amounts of other times, on its object
        (_BRAZIL, "3.1%", 3.1, "percent", "=", None,
         "IMF's growth forecast for Brazil for next year"),
        (_PROFITS, "$2bn", 2e9, "USD", "=", None, "profits for this year"),
        (_SWEDEN, "1.5%", 1.5, "percent", "=", None,
         "previous inflation forecasts for Sweden for next year"),
        (_CANADA, "2.9%", 2.9, "percent", "=", None,
         "previous growth forecasts for Canada for this year"),
        (_EXPORTS, "6%", 6.0, "percent", "=", None, "rise in exports for this year"),
        (_EXPORTS, "400,000 cars", 400000.0, "cars", "=", None, "exports for this year"),
        (_COPPER, "250,000 tonnes", 250000.0, "tonnes", "=", None,
         "Output of copper for this year"),
        (_CHAIN, "£25m", 25e6, "GBP", "=", None, "profit turned by chain for last year"),
        (
            "The bank expects lending to rise 7% next year, after a 5% rise in 2004.",
            "7%", 7.0, "percent", "=", None, "rise in lending for next year",
        ),
        # a total reached by the end of a relative year is by then, not for that year
        (
            "By the end of next year the chain will have opened some 300 new shops, while a "
            "further 120 shops are planned for 2009.",
            "300 new shops", 300.0, "shops", "~", None,
            "new shops opened by chain by end of next year",
        ),
        (
            "By the end of this year the firm will have hired around 500 engineers, after "
            "hiring 300 engineers in 2003.",
            "500 engineers", 500.0, "people", "~", None,
            "engineers hired by the firm by end of this year",
        ),
        # an earlier forecast shares the new value's relative year
        (_BRAZIL, "3.6%", 3.6, "percent", "=", None,
         "earlier estimate of IMF's growth forecast for Brazil for next year"),
        (_PROFITS, "$2.5bn", 2.5e9, "USD", "=", None, "previous forecast of profits for this year"),
        # a new value takes the relative year said just after the forecast it replaces
        (_CANADA, "2.6%", 2.6, "percent", "=", None,
         "growth forecasts for Canada for this year"),
        (_SWEDEN, "1.9%", 1.9, "percent", "=", None,
         "inflation forecasts for Sweden for next year"),
        # an earlier forecast shares the new value's year as its period
        (_BANK, "3.0%", 3.0, "percent", "=", _Y2006, "prior projection of growth"),
        # guards: a set period, a lone relative year, an earlier fact, "from X last year"
        (_CANADA, "3.0%", 3.0, "percent", "=", _Y2006, "previous growth forecasts for Canada"),
        (_EXPORTS, "600,000 cars", 600000.0, "cars", "=", "../2009-12-31", "exports"),
        ("Profit rose to $5bn in 2004 from $4bn.", "$4bn", 4e9, "USD", "=",
         "2003-01-01/2003-12-31", "Profit"),
        ("The firm expects sales of $8bn this year, up from $7bn.", "$8bn", 8e9, "USD", "=",
         None, "the firm's sales"),
        ("The firm expects sales of $8bn this year, up from $7bn.", "$7bn", 7e9, "USD", "=",
         None, "the firm's previous sales"),
        ("Sales rose 5% this year and profits rose 8% this year.", "8%", 8.0, "percent", "=",
         None, "rise in profits"),
        ("Inflation rose to 3% from 2% last year, the bank said.", "3%", 3.0, "percent", "=",
         None, "Inflation"),
        # (the later end of a change from one time to the next: its words set it apart)
        ("Complaints about late trains rose from 12% in 2001 to 15% this year.", "15%", 15.0,
         "percent", "=", None, "Complaints"),
        ("Sales forecasts were cut to £3m from £4m this year.", "£3m", 3e6, "GBP", "=", None,
         "Sales forecasts"),
    ],
)  # fmt: skip
def test_relative_year_in_object(
    nlp: Any,
    text: str,
    amount: str,
    value: float,
    unit: str,
    comparator: str,
    period: str | None,
    obj: str,
) -> None:
    a = amount_named(amounts_of(nlp, text), amount)
    assert core_fields(a) == (value, unit, comparator, period, obj)
