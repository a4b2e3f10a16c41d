"""Amounts: an eleventh pass, shares whose object named only their base, and amounts whose
object was missing: a share restating money held by the people a participle describes
("creditors holding $12bn - or 30% of the loans - had signed": held by them, and what they
did), the owner of "control of N%" even when the parse takes the name for a place, a place
phrase after a held share's base ("outside Canada"), a share held by a group with no base
("have about 2% each"), a gapped second poll share ("and 52% that he should quit", whose
"he" is not the name set beside "his former aide"), and a change verb the parse hung on the
last of a list of nouns ("Shares of A and B dipped by 4.1%"). Every sentence is written by
us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a share restating money held by the people a participle describes: held by them
        (
            "By March, bondholders holding $12bn - or 30% of the outstanding loans - had "
            "signed the deal.",
            "30%",
            "share of outstanding loans held by bondholders who had signed deal",
        ),
        (
            "By March, bondholders holding $12bn - or 30% of the outstanding loans - had "
            "signed the deal.",
            "$12bn",
            "outstanding loans held by bondholders who had signed deal",
        ),
        # the owner of a control is its holder, a name the parse took for a place too
        (
            "The ruling would give Gazprom control of 30% of Europe's gas supply.",
            "30%",
            "Gazprom's share of Europe's gas supply",
        ),
        # a place after a held share's base says which part of it
        (
            "Officials fear the cartel as it holds an estimated 80% of all raw cobalt outside "
            "Africa.",
            "80%",
            "share of raw cobalt outside Africa",
        ),
        # (not a named holder's share: that stays as it was)
        (
            "Tesco has 30% of the grocery market.",
            "30%",
            "Tesco's share of grocery market",
        ),
        # a share of no named base, held by a group
        (
            "Pension funds in Norway, Sweden and Finland have about 2% each.",
            "2%",
            "share each held by pension funds in Norway, Sweden and Finland",
        ),
        # (not a comparison: "40% more savings" is a rise)
        (
            "Most voters have 40% more savings than in 2001.",
            "40%",
            "rise in savings from 2001",
        ),
        # a second poll share with its verb left out says what the first's verb did
        (
            "Some 58% of voters in the Herald survey thought the mayor had lied and 52% "
            "that he should quit.",
            "52%",
            "share of voters in Herald survey who thought that he should quit",
        ),
        # ("he" is not the name set beside "his former aide": that is someone else)
        (
            "Mr Blake quit as minister on Monday. Some 60% of the voters thought his wife - "
            "Jane Blake - spoke wisely and 55% that he had been right to go.",
            "55%",
            "share of voters who thought that Blake had been right to go",
        ),
        # (not a share of "those asked": said as the poll passes say it)
        (
            "Some 64% of those asked believed the coach - Tom Hale - behaved badly and 57% "
            "that the club should sack him.",
            "57%",
            "share of those asked who believed that the club should sack him",
        ),
        # a change verb hung on the last of a list of nouns: all of them changed
        (
            "Shares of the two carmakers and their suppliers dipped by 4.1% on Monday.",
            "4.1%",
            "fall in shares of two carmakers and their suppliers",
        ),
        # (not a clause with its own subject: what it says rose)
        (
            "Analysts said the fact that exports have risen by 8% was encouraging.",
            "8%",
            "rise in exports",
        ),
        (
            "The dividend, raised by 5% last year, will be paid in May.",
            "5%",
            "rise in dividend",
        ),
    ],
)
def test_share_objects_and_missing_ones(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
