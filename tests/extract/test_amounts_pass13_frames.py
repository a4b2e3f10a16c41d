"""Amounts: a thirteenth pass, three frames an amount is said in. A value that restates the
one just before it ("more than £3bn - or £140 a household", "X, or Y", "X (Y)"), with no
comparator wording of its own and no time of its own, is bounded as that one is. A time
said right after a "for" phrase of the deed the amount's noun is held for ("the arrest of
20 men for riots in northern towns in 2001") dates the deed, not the amount. "Will now be
able (allowed, permitted) to" tells a rule in force, not a forecast; and what "it" or "the
plan" includes, of a plan to come named in the sentence before, is that plan's target (or
pledge). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "comparator"),
    [
        # a restatement takes the bound of the value it restates
        (
            "The council has spent more than £3bn - or £140 per household - on roads since 1990.",
            "£140",
            ">",
        ),
        ("The charity raised almost £2m, or £40 for every member.", "£40", "~"),
        ("Imports grew by nearly 8%, or £4bn, during the year.", "£4bn", "~"),
        ("Unemployment rose to more than 4 million people, or 10% of the workforce.", "10%", ">"),
        ("Sales fell by more than 300 cars (12%) in March.", "12%", ">"),
        # (as a conversion already did)
        ("The firm lost more than $5bn (£2.6bn) last year.", "£2.6bn", ">"),
        # (not another time's value in the brackets)
        ("Profits were more than £5m (£4m a year earlier).", "£4m", "="),
        ("Sales reached more than 5,000 cars (4,000 cars in 2003).", "4,000 cars", "="),
        # (not a value listed beside it)
        ("The plant makes more than 3,000 engines, and 60 tractors.", "60 tractors", "="),
    ],
)
def test_a_restatement_is_bounded_alike(nlp: Any, text: str, amount: str, comparator: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).comparator == comparator


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        # a time after the "for" phrase of a deed dates the deed
        (
            "Reports told of the arrest of 20 men for riots in northern towns in 2001.",
            "20 men",
            None,
        ),
        (
            "The inquiry studied the jailing of nine men for bombings of shops in Leeds in 1976.",
            "nine men",
            None,
        ),
        (
            "Critics attacked the dismissal of 40 staff for thefts from stores in London in 2002.",
            "40 staff",
            None,
        ),
        (
            "The paper reported the arrest of six officials for fraud at banks in Lagos in 2003.",
            "six officials",
            None,
        ),
        # (not a phrase that names what the amount measures, or where it is)
        ("Shares fell after a 5% rise in profits in 2004.", "5%", "2004-01-01/2004-12-31"),
        (
            "The firm blamed the loss of 300 jobs at its plant in 2003.",
            "300 jobs",
            "2003-01-01/2003-12-31",
        ),
        # (not a phrase of another kind than "for")
        (
            "The sale of 5,000 cars to dealers in 2004 lifted profits.",
            "5,000 cars",
            "2004-01-01/2004-12-31",
        ),
    ],
)
def test_a_time_of_the_deed(nlp: Any, text: str, amount: str, period: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), amount).period == period


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        # "will now be able/allowed/permitted to": a rule now in force
        ("Banks in Malaysia will now be able to sell up to 49% of their units.", "49%", None),
        ("Foreign firms will now be allowed to own up to 49% of local airlines.", "49%", None),
        ("Pension funds will now be permitted to hold 30% of their assets abroad.", "30%", None),
        # (not without "now", or with "would" or "could": still ahead, or in a plan)
        (
            "Once the plant opens, the firm will be able to make 5,000 cars a year.",
            "5,000 cars",
            "forecast",
        ),
        (
            "Under the plan, banks would now be able to sell up to 49% of their units.",
            "49%",
            "forecast",
        ),
        # what a plan to come, named just before, includes
        (
            "In his speech, he set out a ten-year transport strategy for if his party wins the "
            "next election. It includes a £300m fund to repair rural roads.",
            "£300m",
            "target",
        ),
        (
            "The government would publish a new housing bill. The bill contains £2bn for social "
            "housing.",
            "£2bn",
            "target",
        ),
        (
            "The party will publish its manifesto next week. It contains a £4bn cut in income tax.",
            "£4bn",
            "pledge",
        ),
        # (not what results, a plan approved in the past, or another noun include)
        (
            "The firm reported its results on Monday. It includes a £30m charge for closing "
            "plants.",
            "£30m",
            None,
        ),
        ("The council approved a budget last year. It included £5m for new schools.", "£5m", None),
        (
            "The firm unveiled a new plan on Monday. The deal includes £30m for new staff.",
            "£30m",
            None,
        ),
    ],
)
def test_a_rule_in_force_and_a_plan_to_come(
    nlp: Any, text: str, amount: str, modality: str | None
) -> None:
    assert amount_named(amounts_of(nlp, text), amount).extra.get("modality") == modality
