"""Amounts: a twenty-fourth pass (issue 7), plain objects for amounts no rule read. The
level a market or firm stands at ("gained 7.6% to close at 11,488 points": "closing level
of Nikkei index"; a firm's: its closing share price), money an adjective of its "be" says
is there for something ("£6bn will be available for tax cuts"), and money a relative clause
says was done with ("the £35bn he has set aside from savings"), the peak a thing is put at
("a deficit projected to peak at $427bn"), and the noun an amount is written before with
its own words ("Britannia members' £42m windfall"), a rate a verb of paying has ("rate
paid by Ladybird account"), and the change of an "it" whose sentence names its subject
before it. Left alone: an amount some rule already read. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "The Nikkei index gained 7.6% during the year to close at 11,488.76 points.",
        "11,488.76 points",
        "closing level of Nikkei index",
    ),
    (
        "The property firm, which dominates the exchange, ended the day down at $8.08.",
        "$8.08",
        "closing share price of property firm",
    ),
    (
        "Mr Howard is expected to say that around £6bn will be available for tax cuts.",
        "£6bn",
        "money available for tax cuts",
    ),
    (
        "But Mr Smith said that, of the £35bn he has set aside from savings, £12bn will be "
        "used to cut debt.",
        "£35bn",
        "money set aside from savings",
    ),
    (
        "The chief executive attributed an 8.3% increase in January worldwide sales to the menu.",
        "8.3%",
        "increase in January worldwide sales",
    ),
    ("Britannia members' £42m windfall", "£42m", "Britannia members' windfall"),
    (
        "The budget aims to lower a record deficit projected to peak at $427bn this year.",
        "$427bn",
        "peak of record deficit",
    ),
    # a firm's capital letters the model took for a pronoun
    ("Tour firms fell, with Acme sliding 1.5% and HIS dropping 3.3%.", "3.3%", "fall in HIS"),
    # a rate a verb of paying has, and whose it is
    (
        "Some of the best instant-access accounts currently available include the Ladybird "
        "account from the Acme Building Society, paying 5.35% for a minimum balance of £1 and "
        "the Globex Saver which pays 5.25%.",
        "5.35%",
        "rate paid by Ladybird account for a minimum balance of £1",
    ),
    (
        "Some of the best instant-access accounts currently available include the Ladybird "
        "account from the Acme Building Society, paying 5.35% for a minimum balance of £1 and "
        "the Bell & Crane FirstSaver which pays 5.25%.",
        "5.25%",
        "rate paid by Bell & Crane FirstSaver",
    ),
    (
        "Anyone willing to disclose their wealth will only have to pay 1% in income tax.",
        "1%",
        "income tax rate paid",
    ),
    # an "it" whose change its own sentence names the subject of
    (
        "The US stock market was on its way down long before the attacks; it rose by 20% "
        "during the six months after them.",
        "20%",
        "rise in US stock market",
    ),
    # guards: read by other rules
    ("Shares in Acme closed at $8.08 on Friday.", "$8.08", "Shares in Acme at close"),
    (
        "The £20m the council raised from parking fees went to schools.",
        "£20m",
        "funds raised from parking fees",
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS)
def test_a_plain_object_for_an_amount_no_rule_read(
    nlp: Any, text: str, amount: str, obj: str
) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


def test_a_share_of_a_sum_paid_is_no_rate(nlp: Any) -> None:
    text = "Acme had paid 97% of the £1.3bn submitted by contractors."
    assert "rate" not in (amount_named(amounts_of(nlp, text), "97%").object or "")
