"""Amounts: a thirteenth pass, whose money it is and what yields it when the sentence says
so through a construction of its own. The doer of an infinitive under a verb of making or
wanting someone do a thing is that verb's object, not its subject: money someone is ordered
or wanted to hand over is what they are to hand over ("profits the chemist was ordered to
forfeit by the court", "pension contributions the unions want the carmakers to repay"),
with what the sum is in kept; an "its" or a firm's figure in that infinitive is the object's
("cut in the bank's costs"). Money a thing brings in or yields is the sum it brings in
("sum lawsuits could bring in"), not the thing. Not an owner said already ("the board's
repayment"), not money paid of one's own accord, not "bring" with any other word. Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # money someone is wanted or made to hand over, with what it is in
        (
            "Regulators wanted the two airlines to surrender £90m in fares collected over the "
            "past decade.",
            "£90m",
            "fares collected over past decade that regulators wanted the airlines to surrender",
        ),
        (
            "The unions want the carmakers to repay $400m in pension contributions.",
            "$400m",
            "pension contributions the unions want the carmakers to repay",
        ),
        (
            "The court ordered the chemist to forfeit £800,000 in profits.",
            "£800,000",
            "profits the chemist was ordered to forfeit by the court",
        ),
        (
            "The union asked the company to pay $5m in back wages.",
            "$5m",
            "back wages the company was asked to pay by the union",
        ),
        (
            "The regulator ordered the banks to repay £40m to customers.",
            "£40m",
            "sum the banks were ordered to repay by the regulator",
        ),
        # an "its" or a firm's figure in the infinitive: the object's, not the subject's
        ("The regulator told the bank to cut its costs by £5m.", "£5m", "cut in the bank's costs"),
        ("Regulators told Acme to cut its costs by £5m.", "£5m", "cut in Acme's costs"),
        (
            "Investors asked the company to raise its dividend to 40p.",
            "40p",
            "the company's dividend",
        ),
        ("The court ordered the chemist to keep £800,000 in profits.", "£800,000", "profits"),
        # money a thing brings in or yields
        (
            "The council backed a wave of lawsuits that could bring in as much as $2bn.",
            "$2bn",
            "sum lawsuits could bring in",
        ),
        ("The scheme has brought in £4m since May.", "£4m", "sum scheme has brought in"),
        (
            "The new toll, which will bring in £30m a year, starts in June.",
            "£30m",
            "sum new toll will bring in per year",
        ),
        ("The bonds will yield £40m a year.", "£40m", "sum bonds will yield per year"),
        # (not an owner said already, or money paid of one's own accord)
        (
            "Shareholders want the board to return £40m to investors.",
            "£40m",
            "the board's repayment to investors",
        ),
        ("The firm wants to pay £3m in dividends.", "£3m", "the firm's dividends"),
        # (not "bring" with another word)
        ("The merger brought total sales to £4bn.", "£4bn", "total sales"),
    ],
)
def test_whose_and_what_yields(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
