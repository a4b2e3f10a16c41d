"""Amounts: a fourteenth pass, objects that came out garbled or cut short of the
sentence's own words. A predicate is not cut before its phrase by the verb's own function
words ("may not be able to vote in the council's ballot"); a deed that is the subject of a
framing verb ("Lowering the limit is expected to save 40 lives") is the cause of the
effect; the things a count lists of no one kind ("30 charities and individuals") are all
its unit; the counted who evidence was heard from come first ("firms from which evidence
was heard"); places counted by what comes from them keep what those do ("countries with
banks lending to the project"); a figure taken from the sentence before, in a sentence
opened by "For <noun>", is of that noun ("For supply teachers it is £25"); a currency's
change after its rate in another currency is against that one ("against the dollar"); a
bare growth is of the economy the article gave growth for before. Every sentence is
written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a predicate whole after its modal, negation and "be able to"
        (
            "Officials say thousands of voters may not be able to take part in Cardiff's "
            "housing referendum.",
            "thousands of voters",
            "voters may not be able to take part in Cardiff's housing referendum",
        ),
        # (not cut shorter where it was whole)
        (
            "Some 500 nurses may not be able to work on the new wards at the hospital in the city.",
            "500 nurses",
            "nurses may not be able to work on new wards at hospital",
        ),
        # a deed that is the subject of "expected to": the cause
        (
            "Lowering the speed limit near schools is expected to save 40 lives a year.",
            "40 lives",
            "lives saved per year by lowering speed limit near schools",
        ),
        (
            "Banning smoking in bars is expected to save 300 lives a year.",
            "300 lives",
            "lives saved per year by banning smoking in bars",
        ),
        # (not a firm that does it)
        ("Tesco is expected to save £50m a year.", "£50m", "Tesco's savings per year"),
        # the counted whom evidence was heard from, first
        (
            "The watchdog published its findings after hearing evidence from 40 firms.",
            "40 firms",
            "firms from which evidence was heard by watchdog",
        ),
        # places counted by the things from them, with what those do
        (
            "Some 80 banks from 20 countries are lending to the project.",
            "20 countries",
            "countries with banks lending to project",
        ),
        (
            "More than 60 teams from 12 countries took part in the race.",
            "12 countries",
            "countries with teams that took part",
        ),
        # "For <noun> it is": the earlier figure, of that noun
        (
            '"A full-time teacher is paid about £30 for each lesson taught. For supply '
            'teachers it is £25."',
            "£25",
            "payment to supply teachers for each lesson",
        ),
        # (not "For now")
        (
            '"A full-time teacher is paid about £30 for each lesson taught. For now it is £25."',
            "£25",
            "payment to full-time teacher for each lesson",
        ),
        # a currency's change after its rate in another: against that one
        (
            "The euro was buying 1.34 dollars at midday, 0.3% weaker on the day.",
            "0.3%",
            "fall in euro against the dollar",
        ),
        # (not another thing's change)
        (
            "The pound was buying 1.90 dollars in London, while shares rose 2%.",
            "2%",
            "rise in shares",
        ),
        # a bare growth: the economy's the article gave growth for before
        (
            "Japan's economy grew 2% last year. Growth was at an annual rate of 1% in the "
            "final quarter of 2004.",
            "1%",
            "growth of Japan's economy (annual rate)",
        ),
    ],
)
def test_the_object_whole(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        # a list of no one kind: all of it is counted
        (
            "The inquiry took evidence from 30 charities and individuals before it reported.",
            "30 charities",
            "charities and individuals",
        ),
        (
            "Over 300 stalls and restaurants were open at the fair.",
            "300 stalls",
            "stalls and restaurants",
        ),
        # (not a listed noun with a number of its own, nor one that runs on into a phrase)
        ("The council gave grants to 40 clubs and 25 charities.", "40 clubs", "clubs"),
        (
            "The deal takes the order book to 150 firm orders and options on 80 more.",
            "150 firm orders",
            "orders",
        ),
        # (people: counted as people)
        ("About 4,000 girls and women were treated at the clinic.", "4,000 girls", "people"),
    ],
)
def test_the_listed_unit(nlp: Any, text: str, amount: str, unit: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).unit == unit
