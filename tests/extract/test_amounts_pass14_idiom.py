"""Amounts: a fourteenth pass, sums a framing word or idiom says the use of. "to the tune of
<sum>" gives the size of the verb it follows, done to its object by its doer ("backed the
stadium to the tune of £40m" -> "backing of new stadium by city council"), not another
amount's thing; a "why should ... ?" question objects to what is done and sets no target; a
sentence opening "Previously,", "Formerly," or "Until now," sets its sums and shares before a
change ("previous charge"); and a short if-clause on what people may claim or receive says
what the money is for ("if stranded abroad"). Not an idiom-less "tune", not a count, not an
if-clause on another doer's thing. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # "to the tune of": the verb's size, of its object, by its doer
        (
            "The city council has backed the new stadium to the tune of £40m.",
            "£40m",
            "backing of new stadium by city council",
        ),
        (
            "The arts centre was funded by the lottery to the tune of £6m.",
            "£6m",
            "funding of arts centre by lottery",
        ),
        # (the doer of an infinitive is the subject of the verb it completes; not the other
        # amount's thing)
        (
            "If a club can spend £30m on a striker, why should commuters be forced to"
            " fund the harbour trust to the tune of £2m a year?",
            "£2m",
            "funding of harbour trust by commuters per year",
        ),
        # a sentence set before a change: an earlier value
        (
            "Previously, the bank charged customers £35 for an unauthorised overdraft.",
            "£35",
            "the bank's previous charge for unauthorised overdraft",
        ),
        (
            "Until now, the levy has stood at 2% of turnover.",
            "2%",
            "previous levy as share of turnover",
        ),
        # (and a short if-clause says what a claim or payment is for)
        (
            "Previously, travellers could claim up to 400 euros if they were stranded abroad.",
            "400 euros",
            "previous compensation travellers could claim if stranded abroad",
        ),
        (
            "Formerly, tenants could receive £80 a month if evicted without notice.",
            "£80",
            "previous payment to tenants if evicted without notice per month",
        ),
        (
            "Customers could claim £50 if they had been overcharged.",
            "£50",
            "compensation customers could claim if overcharged",
        ),
        # (not a "tune" that is no idiom of a sum)
        (
            "The council sold the land for £3m, to the tune of great protest.",
            "£3m",
            "land sold by council",
        ),
        # (not an if-clause on a thing of the payee's own, which would need its owner)
        (
            "Drivers can claim £100 if their car is damaged.",
            "£100",
            "compensation drivers could claim",
        ),
        # (not a count: "previous people" says nothing)
        (
            "Previously, the firm employed 3,000 people.",
            "3,000 people",
            "people employed by the firm",
        ),
        # (not a time set some other way)
        ("In the old days, workers earned £5 a week.", "£5", "earnings of workers per week"),
    ],
)
def test_the_use_said(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        # a "why should" question objects to what is done: no target
        ("Why should pensioners pay £200 a year for a licence they barely use?", "£200", None),
        (
            "If a club can spend £30m on a striker, why should commuters be forced to"
            " fund the harbour trust to the tune of £2m a year?",
            "£2m",
            None,
        ),
        # (not a plain "should": what is to be done)
        ("The charity should pay £200 to each family.", "£200", "target"),
    ],
)
def test_why_should(nlp: Any, text: str, amount: str, modality: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), amount).extra.get("modality") == modality
