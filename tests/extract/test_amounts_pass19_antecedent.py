"""Amounts: a nineteenth pass (issue 7), a definite noun the article named in full a few
sentences before. A "the" phrase of plain words in the amount's sentence ("the unit", "the
show"), with nothing of its own after it that says which, whose noun stands in the object,
takes the one earlier mention of the same noun that carries a name or an owner by name
("Tesson Media's NOP Data research unit", "the Valdor 2006 boat show"); a bare "sale" of a
thing that "could sell for" the amount becomes the sale of that thing. "The combined
company" (or bank, group; "the enlarged group") is the two firms the one deal said before
joins ("combined Globex and Initech"). Left alone when two named mentions differ, when the
noun is also said in the other number, when the later phrase has a word the mention lacks
("the new scheme"), when its own words say which ("the unit of ..."), when the first
mention is an indefinite one ("a Welsh water company"), when the object names it already,
for a "merged" group, and when two deals (or a deal whose sides are not names) are in
reach. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    # a thing that "could sell for" the amount: the sale of the thing named before
    (
        "Harlow Group made an offer for Tesson Media's NOP Data research unit. Analysts say"
        " the unit could sell for up to £200m.",
        "£200m",
        (2e8, "GBP", "<", None, "sale of Tesson Media's NOP Data research unit"),
    ),
    (
        "Velmont bid for Carrick Holdings' Bellway leisure unit on Monday. Bankers think the"
        " unit could sell for £90m.",
        "£90m",
        (9e7, "GBP", "=", None, "sale of Carrick Holdings' Bellway leisure unit"),
    ),
    (
        "Marsh Leisure tabled a bid for Dalby Group's Corvan hotels unit. Bankers believe the"
        " unit could sell for £120m.",
        "£120m",
        (1.2e8, "GBP", "=", None, "sale of Dalby Group's Corvan hotels unit"),
    ),
    # the definite noun in the object: the named mention in its place
    (
        "Velmont bid for Carrick Holdings' Bellway leisure unit on Monday. The unit sold its"
        " offices for £9m.",
        "£9m",
        (9e6, "GBP", "=", None, "sale of Carrick Holdings' Bellway leisure unit's offices"),
    ),
    (
        "Thousands of visitors came to the Valdor 2006 boat show on Friday. Some 300"
        " exhibitors from 25 countries are attending the show.",
        "25 countries",
        (25, "countries", "=", None, "countries with exhibitors attending Valdor 2006 boat show"),
    ),
    (
        "Tarvik's mobile phone unit has struggled for years. The unit made a loss of £12m"
        " last year.",
        "£12m",
        (1.2e7, "GBP", "=", None, "Tarvik's mobile phone unit's loss"),
    ),
    (
        "Fans packed the Brisk Valley 2005 music show on Saturday. Some 60 bands from 14"
        " countries played at the show.",
        "14 countries",
        (14, "countries", "=", None, "countries with bands played at Brisk Valley 2005 music show"),
    ),
    (
        "Ferris Bank's Lisbon branch opened in May. The branch has 3,000 customers.",
        "3,000 customers",
        (3000, "people", "=", None, "Ferris Bank's Lisbon branch's customers"),
    ),
    # the combined firm: the two firms of the deal said before
    (
        "Globex agreed to buy Initech last month. The combined company will employ 12,000 people.",
        "12,000 people",
        (12000, "people", "=", None, "people employed by combined Globex and Initech"),
    ),
    (
        "Orvis Bank's merger with Calder Savings is due to close in June. The combined bank"
        " will have assets of £40bn.",
        "£40bn",
        (4e10, "GBP", "=", None, "combined Orvis Bank and Calder Savings' assets"),
    ),
    (
        "Brandt Media's takeover of Selwyn Radio was cleared last week. Analysts say the"
        " combined group will have sales of $6bn.",
        "$6bn",
        (6e9, "USD", "=", None, "combined Brandt Media and Selwyn Radio's sales"),
    ),
    (
        "Dunmore Bank's acquisition of Pellow Insurance was approved on Friday. The combined"
        " company will employ 7,500 people.",
        "7,500 people",
        (
            7500,
            "people",
            "=",
            None,
            "people employed by combined Dunmore Bank and Pellow Insurance",
        ),
    ),
    (
        "Crossway Bank's purchase of Elgin Mutual was agreed in April. The combined bank will"
        " have 3 million customers.",
        "3 million customers",
        (3e6, "people", "=", None, "combined Crossway Bank and Elgin Mutual's customers"),
    ),
]

# What must not change.
_GUARDS = [
    # two named mentions that differ: which is meant is not clear
    (
        "Acme's chemicals unit and Initech's plastics unit were both put up for sale. The unit"
        " could sell for £5m.",
        "£5m",
        (5e6, "GBP", "=", None, "sale"),
    ),
    # a general noun: the story's one economy
    (
        "Germany's economy slowed in the autumn. The economy grew by 0.5% in the fourth quarter.",
        "0.5%",
        (0.5, "percent", "=", None, "growth in Germany's economy in fourth quarter"),
    ),
    # the noun in the other number: many are in play
    (
        "Globex's Leeds plant and its other plants are to close. The plant employs 300 people.",
        "300 people",
        (300, "people", "=", None, "people employed by plant"),
    ),
    # two named factories in one sentence
    (
        "Brenton Group's Ayr factory and its Perth factory make parts. The factory employs 400"
        " people.",
        "400 people",
        (400, "people", "=", None, "people employed by factory"),
    ),
    # a merged group: not told by the firms before
    (
        "Brightwater Foods bought Ostler Farms. The merged group's sales rose 5% to £2bn.",
        "£2bn",
        (2e9, "GBP", "=", None, "merged group's sales"),
    ),
    # two deals in reach
    (
        "Globex bought Initech in May and Soylent bought Umbrella in June. The combined"
        " company will employ 9,000 people.",
        "9,000 people",
        (9000, "people", "=", None, "people employed by the combined company"),
    ),
    # the object names the firms already
    (
        "Pelham Steel merged with Arrow Metals in 2003. The combined firm now employs 18,000"
        " people.",
        "18,000 people",
        (
            18000,
            "people",
            "=",
            None,
            "people employed by the combined firm of Pelham Steel and Arrow Metals",
        ),
    ),
    # its own words say which
    (
        "Tarvik's mobile phone unit has struggled. The unit of Brennan Telecom made a loss of £7m.",
        "£7m",
        (7e6, "GBP", "=", None, "loss"),
    ),
    # a word the earlier mention lacks: another of the kind
    (
        "The Greenway scheme was opened in June. Ministers say the new scheme will cost £20m.",
        "£20m",
        (2e7, "GBP", "=", None, "new scheme"),
    ),
    # an indefinite first mention: described, not named
    (
        "A Welsh water company is to cut costs. The company's budget for repairs is £30m.",
        "£30m",
        (3e7, "GBP", "=", None, "company's budget for repairs"),
    ),
    # no named mention before
    (
        "The unit made a profit. Analysts say the unit could sell for £50m.",
        "£50m",
        (5e7, "GBP", "=", None, "sale"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "want"), _ROWS + _GUARDS)
def test_named_earlier(
    nlp: Any, text: str, amount: str, want: tuple[float, str, str, str | None, str]
) -> None:
    assert core_fields(amount_named(amounts_of(nlp, text), amount)) == want
