"""Amounts: a tenth pass (issue 7), periods and modality: "for the year" after a part of a
named year is that whole year; "since the 1998 merger" runs on from that year; a figure in
an "after"/"following" phrase is not of the period of the event it came before; what
someone "hopes to save" is a target, what "it looks like" an estimate, and what buyers
"will have to pay these days" a fact. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        # "for the year" after a part of one named year: that whole year
        (
            "Output rose 2% in the second quarter of 2003 and for the year it reached 3.1%, the"
            " strongest result in a decade.",
            "3.1%",
            "2003-01-01/2003-12-31",
        ),
        (
            "Sales at Fenwick Motors grew 5% in the first half of 2002, and for the full year"
            " they rose 7%.",
            "7%",
            "2002-01-01/2002-12-31",
        ),
        # said right after the amount, over the part its clause named before
        (
            "Revenue at Brill Games was $4m in the fourth quarter of 2004, and $15m for the full"
            " year, compared with $12m in 2003.",
            "$15m",
            "2004-01-01/2004-12-31",
        ),
        # (controls: the part itself; "the year to March" is no calendar year)
        (
            "Revenue at Brill Games was $4m in the fourth quarter of 2004, and $15m for the full"
            " year, compared with $12m in 2003.",
            "$4m",
            "2004-10-01/2004-12-31",
        ),
        (
            "Output rose 2% in the second quarter of 2003 and for the year it reached 3.1%.",
            "2%",
            "2003-04-01/2003-06-30",
        ),
        ("Exports from Norland fell 3% for the year, the ministry said.", "3%", None),
        # "since the 1998 merger": from that year on, not the year alone
        (
            "Of the 40 people convicted of fraud in the region since the 2003 floods, only nine"
            " were jailed.",
            "40 people",
            "2003-01-01/..",
        ),
        ("The chain has opened 30 stores since its 1999 listing.", "30 stores", "1999-01-01/.."),
        # (control: a plain year stays a year)
        ("The chain opened 30 stores in 1999.", "30 stores", "1999-01-01/1999-12-31"),
        # an amount in an "after"/"following" phrase: not the later event's year
        (
            "The firm collapsed in 1999 after the discovery of a $2bn hole in its accounts.",
            "$2bn",
            None,
        ),
        (
            "The scandal led to the closure of the bank in 1998 following the discovery of a $3bn"
            " fraud.",
            "$3bn",
            None,
        ),
        # (controls: its own year inside the phrase; a figure net of a charge)
        ("Sales rose 4% in 2004 after a 3% fall in 2003.", "3%", "2003-01-01/2003-12-31"),
        ("Profit was $5m in 2004 after a $1m charge.", "$1m", "2004-01-01/2004-12-31"),
    ],
)
def test_the_period_the_sentence_states(
    nlp: Any, text: str, amount: str, period: str | None
) -> None:
    assert amount_named(amounts_of(nlp, text), amount).period == period


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        # what someone hopes or plans to do, in a relative clause with no "that"
        (
            "The union said cuts would cover only 5% of the £3bn officials hope to save through"
            " mergers.",
            "£3bn",
            "target",
        ),
        ("Investors doubt the $2bn Globex wants to raise from the sale.", "$2bn", "target"),
        (
            "Builders question the 4,000 homes the town plans to build by the river.",
            "4,000 homes",
            "target",
        ),
        # (control: what they hope to do has an object of its own)
        ("The 300 staff hope to keep their jobs.", "300 staff", None),
        # "it looks like": a guess at what is to come
        (
            '"Prices are settling and it looks like the $30 to $40 range," said analyst Tom Brill.',
            "$30 to $40",
            "forecast",
        ),
        # (control: how a thing looks)
        ("The new hall looks like a $5m palace.", "$5m", None),
        # "these days ... will have to pay": what is so now
        ("These days, drivers will have to pay about £9,000 for a new Corolla.", "£9,000", None),
        ("Nowadays a small flat will cost you £200,000 in the capital.", "£200,000", None),
        # (control: a time to come)
        (
            "Next year, drivers will have to pay about £9,000 for a new Corolla.",
            "£9,000",
            "forecast",
        ),
    ],
)
def test_the_modality_the_words_give(
    nlp: Any, text: str, amount: str, modality: str | None
) -> None:
    assert amount_named(amounts_of(nlp, text), amount).extra.get("modality") == modality
