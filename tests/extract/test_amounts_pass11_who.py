"""Amounts: an eleventh pass (issue 7), counted groups and shares that said too little of
who or what they are: the event people were caught up in, with its date left to the
period ("killed during the 1984 explosion"); the date that only dates an event the
counted are in ("balloted about a 14 May strike"); what a bare plural doer of an "-ing"
phrase went on to do ("unions representing 2m nurses threatened a strike"); and what a
share's part was about, when the verb after its base is read as an adjective ("40% of the
complaints concerned faulty goods") or follows a share set off by dashes. Every sentence
is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the event the counted were caught up in, without the year that dates it
        (
            "Nearly 900 miners were killed during the 1984 explosion.",
            "900 miners",
            "miners killed during explosion",
        ),
        (
            "About 3,000 civilians were wounded during the 2003 invasion.",
            "3,000 civilians",
            "civilians wounded during invasion",
        ),
        # (not a bare date: no event to name)
        ("Some 2,000 people were evacuated in 2005.", "2,000 people", "people evacuated"),
        # what a share's part was about, the verb read as an adjective
        (
            "In the survey, 40% of the complaints concerned faulty goods.",
            "40%",
            "share of complaints concerning faulty goods",
        ),
        (
            "About 45% of the cases concerned unpaid wages.",
            "45%",
            "share of cases concerning unpaid wages",
        ),
        # (not a participle of the base's own: which firms, not what they were about)
        (
            "Some 30% of the firms surveyed expected higher sales.",
            "30%",
            "share of firms surveyed expected higher sales",
        ),
        # a share set off by dashes after the count it is of: what that part was
        (
            "The biggest slice of the 9,400 thefts recorded - nearly 40% - concerned stolen "
            "bicycles.",
            "40%",
            "share of thefts recorded concerning stolen bicycles",
        ),
        (
            "The main part of the 7,000 calls taken - roughly 60% - involved billing errors.",
            "60%",
            "share of calls taken involving billing errors",
        ),
        # (the count itself keeps only its own words)
        (
            "The main part of the 7,000 calls taken - roughly 60% - involved billing errors.",
            "7,000 calls",
            "calls taken",
        ),
        # a bare plural doer of an "-ing" phrase: which of them, by what they did
        (
            "The reforms have led unions representing 900,000 teachers to threaten a walkout.",
            "900,000 teachers",
            "teachers represented by unions threatening walkout",
        ),
        (
            "Unions representing 300,000 staff have threatened a strike over pay.",
            "300,000 staff",
            "staff represented by unions that threatened strike over pay",
        ),
        # (not a named doer: it says who already)
        (
            "The Law Society, representing 90,000 solicitors, opposed the plan.",
            "90,000 solicitors",
            "solicitors represented by Law Society",
        ),
        # (not a deed that needs its own object and more: said shortly or not at all)
        (
            "Groups representing 1m farmers urged ministers to act.",
            "1m farmers",
            "farmers represented by groups",
        ),
    ],
)
def test_who_the_counted_are(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
