"""Amounts: a seventeenth pass, on objects that leave out the words that say what the number
is. A count or sum whose verb (or the "-ing" clause on the counted noun) says it happens
"every day", "each year", "a week" or "per month" is a rate, said "per day" (also when the
parse hangs "every day" on the next clause, right after the verb and its adverbs). A money or
count amount that is the measure of a comparative of a copula's subject against another thing
("is £100 cheaper than the old one"), or a sum "more"/"less" than another thing on a verb
("costs £20,000 less than its predecessor"), is the gap between the two, not the subject or
its price; not a comparison with a time ("than a year ago") or a forecast. What is "in
default on" or "defaulted on" is a debt. A count whose verb is timed by an event ("a day
after the verdict was announced", "before the leaders' debate", "since the road was built")
keeps the event, which says which ones are counted; not a date (the period's) nor a span of
time. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a rate on the verb, or on the counted noun's clause, or hung on the next clause
        (
            "Campaigners want to end the misery of thousands of elderly people dying from the"
            " cold every year.",
            "thousands of elderly people",
            "elderly people dying from cold per year",
        ),
        (
            "With 9,000 patients were waiting needlessly every week more beds were needed.",
            "9,000 patients",
            "patients waiting needlessly per week",
        ),
        (
            "Britain spends £5bn on roads every year.",
            "£5bn",
            "Britain's spending on roads per year",
        ),
        (
            "Some 400 babies are born in the hospital a week.",
            "400 babies",
            "babies born in hospital per week",
        ),
        # the gap a comparative measures between two things
        (
            "With a price under £30,000, the new model is thousands of pounds cheaper than its"
            " rivals.",
            "thousands of pounds",
            "how much cheaper new model is than rivals",
        ),
        (
            "The new phone is £100 cheaper than the old one.",
            "£100",
            "how much cheaper new phone is than old one",
        ),
        (
            "The rival bid was £2m higher than the first offer.",
            "£2m",
            "how much higher rival bid is than first offer",
        ),
        (
            "The V8 costs £20,000 less than its predecessor.",
            "£20,000",
            "how much less V8 costs than predecessor",
        ),
        (
            "Rail fares are £300 dearer than bus fares.",
            "£300",
            "how much dearer Rail fares are than bus fares",
        ),
        # what is defaulted on: a debt
        (
            "The country has been in default on the $95bn for the past two years.",
            "$95bn",
            "debt in default for past two years",
        ),
        ("Argentina defaulted on $95bn in 2001.", "$95bn", "debt defaulted on"),
        # the event that times the counted deed
        (
            "More than 300 protesters marched through the city a day after the verdict was"
            " announced.",
            "300 protesters",
            "protesters marched through city a day after verdict was announced",
        ),
        (
            "Pollsters interviewed 800 voters before the leaders' debate.",
            "800 voters",
            "voters interviewed by pollsters before leaders' debate",
        ),
        (
            "Some 40 shops have opened since the new road was built.",
            "40 shops",
            "shops opened since new road was built",
        ),
        # (not) a time that is no rate, a date, a change since a time, a debt named, a share
        # gap, an event said already
        (
            "The company hired 300 workers a year ago.",
            "300 workers",
            "workers hired by the company",
        ),
        ("The firm has hired 500 staff since 2001.", "500 staff", "staff hired by the firm"),
        (
            "About 2,000 people die on the roads each year.",
            "2,000 people",
            "people die on roads per year",
        ),
        ("Prices are £5 higher than a year ago.", "£5", "rise in Prices"),
        (
            "Borrowing is £2bn more than Mr Brown predicted.",
            "£2bn",
            "excess of Borrowing over what was predicted",
        ),
        ("Argentina defaulted on $95bn of debt in 2001.", "$95bn", "debt"),
        (
            "Women in full-time work earn 19% less than men.",
            "19%",
            "shortfall of earnings of Women in full-time work below men",
        ),
        (
            "About 120 people were arrested after the match.",
            "120 people",
            "people arrested after match",
        ),
    ],
)
def test_defining_words_object(nlp: Any, text: str, amount: str, obj: str) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert got.object == obj


@pytest.mark.parametrize(
    ("text", "amount", "per"),
    [
        ("Britain spends £5bn on roads every year.", "£5bn", "year"),
        ("Some 400 babies are born in the hospital a week.", "400 babies", "week"),
        ("The company hired 300 workers a year ago.", "300 workers", None),
    ],
)
def test_rate_on_verb(nlp: Any, text: str, amount: str, per: str | None) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert got.extra.get("per") == per
