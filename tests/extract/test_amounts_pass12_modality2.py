"""Amounts: a twelfth pass (issue 7), an amount's modality read from who says it will come
about and what became of it: inside a quote, what "we" or a would-be government named by
its party "will" do is a pledge (and so is what "that" promise comes to), not a forecast; a
"be to" of money received, or paid as damages, is arranged, not aimed at; a noun that is
proposed, planned or a draft is a target; a plan that is suspended or shelved, a thing
that is debated and a fronted "where" condition may or may not come about. Every sentence is
written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        # a speaker's own side says what it will do: a pledge
        (
            '"A Labour government will build 200 new hospitals in its first term," the'
            " party's health spokesman said.",
            "200 new hospitals",
            "pledge",
        ),
        (
            '"We will cut income tax by 2p in our first budget," the shadow chancellor told'
            " the conference.",
            "2p",
            "pledge",
        ),
        (
            "\"We will definitely raise the state pension, that's an extra £900 a year for"
            ' every pensioner."',
            "£900",
            "pledge",
        ),
        # (not what befalls the speaker's side, nor a "will" inside a guess)
        (
            '"We will see thousands of new jobs in the region," the mayor said.',
            "thousands of new jobs",
            "forecast",
        ),
        (
            '"My guess is we will need to spend about £40m on repairs," the minister said.',
            "£40m",
            "forecast",
        ),
        # (not outside a quote)
        ("We will cut income tax by 2p, the minister said.", "2p", "forecast"),
        # money one "is to receive", or to pay as damages: arranged, not aimed at
        (
            "The retailer, which is to receive £12m in compensation from the landlord, said it"
            " would reinvest the money.",
            "£12m",
            None,
        ),
        ("The supplier is to receive a settlement of £8m from the carmaker.", "£8m", None),
        ("The bank is to pay £30m in damages to former clients.", "£30m", None),
        # (not a plan told with "is to")
        ("The carmaker is to cut 3,000 jobs at its plants.", "3,000 jobs", "target"),
        # a noun put forward, not in force
        ("The council will vote on a proposed fine of £500 for dropping litter.", "£500", "target"),
        ("The proposed 4% rise in fares was criticised by passengers.", "4%", "target"),
        ("The ministry published a draft budget of £2bn for the agency.", "£2bn", "target"),
        # a plan set aside, a thing talked over, a fronted condition: may not come about
        (
            "The airline has suspended its plan to cut 1,200 cabin crew jobs.",
            "1,200 cabin crew jobs",
            "possible",
        ),
        ("The firm has shelved plans to build 300 homes on the site.", "300 homes", "possible"),
        (
            "The committee said it was worth debating a £5,000 limit on gifts to ministers.",
            "£5,000",
            "possible",
        ),
        (
            "Where fare rises are kept to about 3%, the operators will keep their licences.",
            "3%",
            "possible",
        ),
        # (not a plan still in force, nor a place told by "where")
        (
            "The airline has announced its plan to cut 1,200 cabin crew jobs.",
            "1,200 cabin crew jobs",
            "target",
        ),
        ("In the regions where prices fell 4%, demand recovered.", "4%", None),
    ],
)
def test_who_says_it_and_what_became_of_it(
    nlp: Any, text: str, amount: str, modality: str | None
) -> None:
    assert amount_named(amounts_of(nlp, text), amount).extra.get("modality") == modality
