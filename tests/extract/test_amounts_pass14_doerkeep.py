"""Amounts: a fourteenth pass, an object keeps who did it or whose it is where its own
sentence says so. What a body named by a common noun with its describing words promises is
told with that doer ("The Scottish public has pledged £30m in aid" -> "aid pledged by
Scottish public"), and a bare noun that borrows the words of an earlier mention takes no
name from it when its own clause names the doer (that name said whose it was there). A sum
the subject goes after - chases, seeks, demands, recovers, pursues, collects - is told as
what the subject goes after ("outstanding payments Acme is seeking"), not with a possessive
that reads as what it owes. Not a bare noun doer ("the firm"), not a verb of having or
paying. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a common-noun doer with its describing words
        ("The Scottish public has pledged £30m in aid.", "£30m", "aid pledged by Scottish public"),
        (
            "Local businesses have promised £5m in sponsorship.",
            "£5m",
            "sponsorship promised by local businesses",
        ),
        ("Dutch voters have pledged €3m in donations.", "€3m", "donations pledged by Dutch voters"),
        # (an earlier mention's words, but not its name: the clause says whose)
        (
            "Ministers say UK quake aid will soar. The British public has now pledged £20m in aid.",
            "£20m",
            "quake aid pledged by British public",
        ),
        (
            "Merkel says German tsunami aid to rise. German voters have pledged €5m in aid.",
            "€5m",
            "German tsunami aid pledged by German voters",
        ),
        # (an earlier mention's words, but not its name: the clause says whose)
        (
            "Bush says US tsunami aid to soar. The American public has pledged $9m in aid.",
            "$9m",
            "tsunami aid pledged by American public",
        ),
        # (a pronoun says no doer: left to the passes that resolve it)
        ("Bush says US tsunami aid to soar. It has pledged $9m in aid.", "$9m", "Bush's aid"),
        # a sum the subject goes after, not its own
        (
            "Acme has been criticised by its auditors. It is now seeking outstanding payments "
            "of £8m.",
            "£8m",
            "outstanding payments Acme is seeking",
        ),
        (
            "Globex has demanded repayments of $20m from the buyer.",
            "$20m",
            "repayments Globex has demanded from buyer",
        ),
        (
            "Initech has been criticised. It is chasing outstanding repayments of $3m from "
            "customers.",
            "$3m",
            "outstanding repayments Initech is chasing",
        ),
        # (not a bare noun doer: other passes say which body it is)
        ("The firm has pledged £5m in aid.", "£5m", "the firm's aid"),
        # (not a name the doer has already)
        ("The Tories have promised £4bn in tax cuts.", "£4bn", "tax cuts promised by Tories"),
        # (not a verb of having or paying: its own)
        ("Globex posted a profit of $3bn.", "$3bn", "Globex's profit"),
        ("Globex said it made profits of £5m.", "£5m", "Globex's profits"),
        ("Globex has paid outstanding payments of £20m.", "£20m", "Globex's outstanding payments"),
        # (not a bare noun that is its own clause's subject)
        (
            "Globex says US sales will rise. Sales rose 5% in the quarter.",
            "5%",
            "rise in Globex's sales in quarter",
        ),
    ],
)
def test_doer_kept(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
