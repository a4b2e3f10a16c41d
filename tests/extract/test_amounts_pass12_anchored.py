"""Amounts: a twelfth pass (issue 7), a time said with no year of its own that another time
of the text dates: "a year earlier" in a sentence after one that names a single dated
time is the year before it, and "a year earlier" set beside an earlier value of a named
year ("from 7% in 2002 ... from £400m a year earlier") is that year; months with no year
("between April and June", "the three months to September") take the one year the
sentence, or the one before it, names; "during the same quarter", "over the year" take the
one time the text named before. Two years in reach, a year of a compared value, a
"since" time or no dated time at all leave the period unknown. Every sentence is written
by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        # "a year earlier" after a sentence with one dated time: the year before it
        (
            "Halvard Foods sold goods worth $5bn in 2003. A year earlier, its sales were $4bn.",
            "$4bn",
            "2002-01-01/2002-12-31",
        ),
        (
            "The port handled 80,000 containers in the first quarter of 2001. Traffic was"
            " 20% lower the previous year.",
            "20%",
            "2000-01-01/2000-03-31",
        ),
        # beside an earlier value of a named year: that year, not the one before it
        (
            "The firm trimmed its loss margin to 3% from 7% in 2002 and cut its debt to £90m"
            " from £400m a year earlier.",
            "£400m",
            "2002-01-01/2002-12-31",
        ),
        # (not with two years in reach)
        (
            "Sales were $5bn in 2003 and $6bn in 2004. A year earlier, they were $4bn.",
            "$4bn",
            None,
        ),
        # (not with no dated time at all: a relative time)
        ("A year earlier, the bank held reserves of $3bn.", "$3bn", None),
        # months with no year: the one year of the sentence before
        (
            "Officials revised the growth figures for 2002 on Monday. Output grew 0.4% between"
            " April and June, they said.",
            "0.4%",
            "2002-04-01/2002-06-30",
        ),
        (
            "The retailer struggled throughout 2003. Its sales slipped 6% in the three months"
            " to September.",
            "6%",
            "2003-07-01/2003-09-30",
        ),
        # (not with two years in the sentence before)
        (
            "Prices fell in 2002 and rose in 2003. Output grew 0.4% between April and June.",
            "0.4%",
            None,
        ),
        # (not a "since" time: no time of the figures)
        (
            "The rate rise was the first since May 2001. The economy grew 0.2% between October"
            " and December.",
            "0.2%",
            None,
        ),
        # (not a compared value's year)
        (
            "Output grew 0.5% between July and September, up from 0.3% in 2002.",
            "0.5%",
            None,
        ),
        # "during the same quarter": the quarter the text named before
        (
            "Profit at the bank rose sharply in the second quarter of 2003. During the same"
            " quarter, its rival earned $90m.",
            "$90m",
            "2003-04-01/2003-06-30",
        ),
        # "over the year": the one year of the sentence before
        (
            "The miner doubled its output in 2002. Over the year, copper prices rose 20%.",
            "20%",
            "2002-01-01/2002-12-31",
        ),
        # (not a compared value's year: the figures are of the year after it)
        (
            "Sales rose to $5m from $4m in 2003. Over the year, costs rose 2%.",
            "2%",
            None,
        ),
        # (not with no year before)
        (
            "The miner doubled its output. Over the year, copper prices rose 20%.",
            "20%",
            None,
        ),
    ],
)
def test_time_dated_by_another(nlp: Any, text: str, amount: str, period: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), amount).period == period


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a time taken up from before names nothing alone: not put in the object
        ("The miner doubled its output. Over the year, copper prices rose 20%.", "20%"),
        ("Over the same period, the group's debt fell to £2m.", "£2m"),
    ],
)
def test_taken_up_time_not_in_object(nlp: Any, text: str, amount: str) -> None:
    obj = amount_named(amounts_of(nlp, text), amount).object or ""
    assert "period" not in obj
    assert not obj.endswith(" year")
