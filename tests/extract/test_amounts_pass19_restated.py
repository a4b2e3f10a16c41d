"""Amounts: a nineteenth pass, amounts that restate or pair with another in the same
sentence. Money said again in another currency after "that's", "that is", "which is", "or"
or "equivalent to" is a conversion: it takes the first value's object, period and modality,
and a rate ("a year") or a time ("by 2008") said after it is the first value's too. Money
set after a dashed aside completes the clause before the aside ("will cost drivers - and
hauliers - £2bn": the cost to drivers), when nothing read it as a cost already. In "fell
from 4,120 cases worth £62m to 3,870 cases worth £55m" the "from" count and its value are
the previous level (the current one when the change is only planned). A share restating a
count ("4.2 million people, or 10.1% of the workforce") is of what the count measures, not
of the count's bare noun. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    # money said again in another currency: the first value's reading
    (
        "The plan will cost farmers 40m euros, that's £28m a year.",
        "40m euros",
        (4e7, "EUR", "=", None),
        "object",
        "cost to farmers per year",
    ),
    (
        "The plan will cost farmers 40m euros, that's £28m a year.",
        "£28m",
        (2.8e7, "GBP", "=", None),
        "modality",
        "forecast",
    ),
    (
        "The new levy will cost shoppers 900m euros, that's about £620m, over the decade.",
        "£620m",
        (6.2e8, "GBP", "~", None),
        "modality",
        "forecast",
    ),
    (
        "The airline said the tax would cost it 2bn euros, that's over £1.3bn, in its first year.",
        "£1.3bn",
        (1.3e9, "GBP", ">", None),
        "modality",
        "forecast",
    ),
    (
        "The reform will cost pensioners 3bn kronor, which is about $400m.",
        "$400m",
        (4e8, "USD", "~", None),
        "modality",
        "forecast",
    ),
    (
        "The plan is going to cost savers 80bn yen, that's over $750m a year.",
        "80bn yen",
        (8e10, "JPY", "=", None),
        "object",
        "plan per year",
    ),
    (
        "The plan is going to cost savers 80bn yen, that's over $750m a year.",
        "$750m",
        (7.5e8, "USD", ">", None),
        "modality",
        "forecast",
    ),
    # a time said after the value said again is the first value's too
    (
        "The merger will save the two firms 900m euros - that is about £620m - by 2008.",
        "900m euros",
        (9e8, "EUR", "=", "../2008-12-31"),
        "modality",
        "forecast",
    ),
    (
        "The merger will save the two firms 900m euros - that is about £620m - by 2008.",
        "£620m",
        (6.2e8, "GBP", "~", "../2008-12-31"),
        "modality",
        "forecast",
    ),
    # money after a dashed aside: what the clause before the aside says it is
    (
        "The council says the closures will cost taxpayers - not the firms, which pay"
        " nothing - £40m a year.",
        "£40m",
        (4e7, "GBP", "=", None),
        "object",
        "cost to taxpayers per year",
    ),
    (
        "The council says the closures will cost taxpayers - not the firms, which pay"
        " nothing - £40m a year.",
        "£40m",
        (4e7, "GBP", "=", None),
        "modality",
        "forecast",
    ),
    (
        "The rules are likely to cost small firms - many of them family-run - £300m.",
        "£300m",
        (3e8, "GBP", "=", None),
        "object",
        "cost to small firms",
    ),
    (
        "The new tax will cost drivers - and hauliers, who pay most - £2bn.",
        "£2bn",
        (2e9, "GBP", "=", None),
        "object",
        "cost to drivers",
    ),
    # "from N things worth X to M things worth Y": the first pair is the level before
    (
        "Complaints to the watchdog fell from 4,120 cases worth £62m to 3,870 cases worth £55m.",
        "4,120 cases",
        (4120, "cases", "=", None),
        "object",
        "previous cases of complaints to watchdog",
    ),
    (
        "Complaints to the watchdog fell from 4,120 cases worth £62m to 3,870 cases worth £55m.",
        "£62m",
        (6.2e7, "GBP", "=", None),
        "object",
        "previous value of cases of complaints to watchdog",
    ),
    (
        "Exports fell from 300 ships worth $9bn to 250 ships worth $7bn.",
        "$9bn",
        (9e9, "USD", "=", None),
        "object",
        "previous value of exports",
    ),
    (
        "Orders fell from 40 jets worth $3bn to 25 jets worth $1.9bn.",
        "40 jets",
        (40, "jets", "=", None),
        "object",
        "previous orders",
    ),
    (
        "Thefts dropped from 5,200 cars valued at £40m to 4,100 cars valued at £31m.",
        "5,200 cars",
        (5200, "cars", "=", None),
        "object",
        "previous thefts",
    ),
    (
        "The bank wants to cut the backlog from 600 claims worth £30m to 400 claims worth £20m.",
        "600 claims",
        (600, "claims", "=", None),
        "object",
        "current backlog",
    ),
    (
        "The bank wants to cut the backlog from 600 claims worth £30m to 400 claims worth £20m.",
        "£30m",
        (3e7, "GBP", "=", None),
        "object",
        "current value of backlog",
    ),
    # a share restating a count: of what the count measures
    (
        "Some 4.2 million Germans were out of work in January. The figure of 4.2 million"
        " people, or 10.1% of the workforce, was a record.",
        "10.1%",
        (10.1, "percent", "=", None),
        "object",
        "Germans out of work as share of workforce",
    ),
]

_GUARDS = [
    # the same currency: another measure, not a conversion
    (
        "Spending on the project has reached more than £3bn - or £140 per household.",
        "£140",
        (140, "GBP", ">", None),
        "object",
        "Spending on project per household",
    ),
    (
        "The deal is worth $2bn, and £500m of it is in shares.",
        "£500m",
        (5e8, "GBP", "=", None),
        "object",
        "money in shares",
    ),
    # conversions read before: as before
    (
        "The carmaker spent 12bn rupees, or $270m, on the new plant in 2004.",
        "$270m",
        (2.7e8, "USD", "=", "2004-01-01/2004-12-31"),
        "object",
        "carmaker's spending on new plant",
    ),
    (
        "Profits rose to $5m (£2.7m) from $3m.",
        "$3m",
        (3e6, "USD", "=", None),
        "object",
        "previous profits",
    ),
    # a dashed aside after a cost already read, or after a pronoun: as before
    (
        "The habit costs smokers - most of them poor - £1,200 a year.",
        "£1,200",
        (1200, "GBP", "=", None),
        "object",
        "cost of habit to smokers per year",
    ),
    (
        "The strike will cost it - the union says - £5m.",
        "£5m",
        (5e6, "GBP", "=", None),
        "object",
        None,
    ),
    # pairs of other times, or plain "from X to Y": as before
    (
        "Claims rose from 900 in 2003 worth £4m to 1,200 in 2004 worth £6m.",
        "£4m",
        (4e6, "GBP", "=", "2003-01-01/2003-12-31"),
        "object",
        "Claims",
    ),
    (
        "Acme cut its workforce from 9,000 staff to 7,500 staff.",
        "9,000 staff",
        (9000, "people", "=", None),
        "object",
        "Acme's previous workforce",
    ),
    (
        "Complaints to the watchdog fell from 4,120 cases worth £62m to 3,870 cases worth £55m.",
        "£55m",
        (5.5e7, "GBP", "=", None),
        "object",
        "value of cases of complaints to watchdog",
    ),
    # shares restating a count whose own reading is right: as before
    (
        "Unemployment in France reached 2.6 million people, or 10.1% of the workforce.",
        "10.1%",
        (10.1, "percent", "=", None),
        "object",
        "Unemployment in France as share of workforce",
    ),
    (
        "The firm made a profit of £20m, or 5% of sales.",
        "5%",
        (5.0, "percent", "=", None),
        "object",
        "the firm's profit as share of sales",
    ),
]


@pytest.mark.parametrize(("text", "amount", "fixed", "field", "want"), _ROWS + _GUARDS)
def test_restated_or_paired(
    nlp: Any, text: str, amount: str, fixed: tuple[Any, ...], field: str, want: str | None
) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    value, unit, comparator, period = fixed
    if field == "object":
        assert core_fields(got) == (pytest.approx(value), unit, comparator, period, want)
        return
    assert core_fields(got)[:4] == (pytest.approx(value), unit, comparator, period)
    assert got.extra.get("modality") == want
