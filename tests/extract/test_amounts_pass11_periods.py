"""Amounts: an eleventh pass (issue 7), the period a clause of the same time shares with
the clause it hangs on: a "while", "as" or "even as" clause after a dated main clause is of
that date, also when the date is a part of a year read without its "in" and when an amount
of the main clause stands between; a clause of another time ("after", "before") and a
clause with its own subject joined by "and" keep their own; a decade's early, mid or late
part, and the year of a one-off event the words name ("in the 1997 election"). Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        # "even as": the main clause's part of a year
        (
            "Joblessness in the region climbed by 8,000 in the first half of 2006, even as"
            " 12,000 more people found work.",
            "12,000 more people",
            "2006-01-01/2006-06-30",
        ),
        # "while", with the main clause's amount between the period and the amount
        (
            "Freight volumes slipped 4% in the third quarter of 2001, while passenger numbers"
            " grew 6%.",
            "6%",
            "2001-07-01/2001-09-30",
        ),
        (
            "Grain exports fell 9% in 2008, whereas imports of feed rose 3%.",
            "3%",
            "2008-01-01/2008-12-31",
        ),
        # "as": at the same time
        (
            "Steel output rose 2% in 1997 as coal output fell 5%.",
            "5%",
            "1997-01-01/1997-12-31",
        ),
        # (the main clause's own amount keeps the period)
        (
            "Freight volumes slipped 4% in the third quarter of 2001, while passenger numbers"
            " grew 6%.",
            "4%",
            "2001-07-01/2001-09-30",
        ),
        # (an "after" clause is of an earlier time)
        (
            "Margins widened 2% in 2010 after costs had jumped 7% in the boom.",
            "7%",
            None,
        ),
        # (a clause with a subject of its own, joined by "and", has a time of its own)
        (
            "Rail fares rose 3% in the second half of 2011 and bus fares fell 1%.",
            "1%",
            None,
        ),
        # (an earlier value's period is not the next verb's: "from 9% in 2002 and cut")
        (
            "The group slowed the fall in its sales to 2.1% from 9% in 2002 and cut its debt to"
            " £80m.",
            "£80m",
            None,
        ),
        # a decade's part bounds a value of that time
        (
            "The chain grew into a £2bn retailer and the darling of the City in the late 1980s.",
            "£2bn",
            "1987-01-01/1989-12-31",
        ),
        (
            "In the early 1990s the port handled 40,000 containers a year.",
            "40,000 containers",
            "1990-01-01/1993-12-31",
        ),
        # the year of an election the sentence names is the count's
        (
            "The Greens won 4,200 votes in the 1997 election in the Dale seat.",
            "4,200 votes",
            "1997-01-01/1997-12-31",
        ),
        # (not a year said with no event: "the 1998 figure" is a compared value)
        ("Sales were £40m, up from the 1998 figure.", "£40m", None),
    ],
)
def test_the_period_the_sentence_states(
    nlp: Any, text: str, amount: str, period: str | None
) -> None:
    assert amount_named(amounts_of(nlp, text), amount).period == period
