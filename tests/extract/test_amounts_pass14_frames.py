"""Amounts: a fourteenth pass, the frame an amount is said in - its modality and period.
What a political party says it will or would do is its pledge ("the Tories would raise the
threshold to £15,000"), and so is the deed its speaker says would do good ("raising the
levy to 2% would help savers"); a price change agreed in the past is a settled term, not a
pledge ("agreed to pay 40% more"); the most a penalty "could" be ("could fine up to 10%")
and an amount whose own phrase says when it applies ("£3,000 for failing to pay if ...")
are possible; an estimate made in the past with no word of the future is a guess at what
was, not a forecast; a noun opened by "forecast" is a forecast ("the IMF forecast growth of
3.2%"). A count "since" a dated event runs on from that date ("since the bombings in July
2005"); a year that names a model ("the 2006 model years") is no period. Every sentence is
written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        # a party's deed, with "would" or "will"
        ("The Conservatives would raise the tax threshold to £15,000.", "£15,000", "pledge"),
        ("The party would spend £2bn on new schools.", "£2bn", "pledge"),
        # (not what befalls it, nor another's deed)
        ("Labour would win 300 seats, the poll suggested.", "300 seats", "forecast"),
        ("The firm would spend £2bn on new plants.", "£2bn", "forecast"),
        ("The minister claimed the Tories would cut £20bn from schools.", "£20bn", "forecast"),
        # a party speaker's deed that would do good
        ("The Tory leader said cutting the levy to 2% would help savers.", "2%", "pledge"),
        # (not an economist's)
        ("The economist said cutting the levy to 2% would help savers.", "2%", "forecast"),
        # a price change agreed
        ("The steelmaker agreed to pay 40% more for coking coal.", "40%", None),
        ("The carmaker has agreed to pay 15% more for steel next year.", "15%", None),
        # (not a sum still to pay)
        ("The steelmaker agreed to pay £40m to settle the case.", "£40m", "pledge"),
        # the most a penalty could be
        ("The regulator could fine the banks up to 10% of their yearly sales.", "10%", "possible"),
        ("Drivers could be fined up to £1,000 under the new rules.", "£1,000", "possible"),
        # (not a penalty with no limit)
        ("The court could fine the bank £5m next month.", "£5m", "forecast"),
        # the amount's own condition
        (
            "The bill sets a fine of up to £500 for drivers who fail to register and of up to "
            "£3,000 for failing to pay if the scheme becomes law.",
            "£3,000",
            "possible",
        ),
        # (not a clause's own condition)
        ("Shoppers pay a fee of £5 for each bag if they ask for one.", "£5", None),
        # an estimate made in the past
        ("The government had estimated growth of 3.8% in the fourth quarter.", "3.8%", None),
        # (not the market's guess, nor one still current)
        ("Economists had estimated growth of 3.8% in the fourth quarter.", "3.8%", "forecast"),
        ("The treasury estimates growth of 2.5% in 2006.", "2.5%", "forecast"),
        # a noun opened by "forecast"
        ("The IMF forecast growth of 3.2% next year.", "3.2%", "forecast"),
        ("The IMF said growth was 3.2% last year.", "3.2%", None),
    ],
)
def test_the_modality_of_the_frame(nlp: Any, text: str, amount: str, modality: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), amount).extra.get("modality") == modality


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        # since a dated event
        (
            "Police have arrested 700 people since the bombings in July 2005.",
            "700 people",
            "2005-07-01/..",
        ),
        (
            "The firm has hired 900 staff since it was floated in May 2003.",
            "900 staff",
            "2003-05-01/..",
        ),
        (
            "The airline has cut 4,000 jobs since the attacks of 11 September 2001.",
            "4,000 jobs",
            "2001-09-11/..",
        ),
        (
            "The airline has cut 4,000 jobs since the September 2001 attacks.",
            "4,000 jobs",
            "2001-09-01/..",
        ),
        # (not a part of a year)
        ("Sales have risen 20% since the end of 2003.", "20%", None),
        # (not a comparison with it)
        ("Sales rose 5% in March, the biggest rise since the crash in October 1987.", "5%", None),
        # a model's year
        (
            "The carmaker recalled 8,000 vans from the 2006 model years as a brake could fail.",
            "8,000 vans",
            None,
        ),
        # (not a year a deed is done in)
        ("The carmaker sold 8,000 vans in 2006.", "8,000 vans", "2006-01-01/2006-12-31"),
    ],
)
def test_the_period_of_the_frame(nlp: Any, text: str, amount: str, period: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), amount).period == period
