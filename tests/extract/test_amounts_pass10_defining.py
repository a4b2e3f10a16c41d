"""Amounts: a tenth pass (issue 7), the defining words an object must keep: where money
that came in came from ("earned £4m from ticket sales"), a kind's own "of" ("abuses of
power"), where a deed drove people ('to "despair"'), a hyphenated word in a clause cut
short ("from a low-income background"), and the rule things were done under ("searches
under the new laws"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # money coming in: where from
        (
            "The club earned £4m from ticket sales last season.",
            "£4m",
            "club's earnings from ticket sales",
        ),
        (
            "Portugal hopes to raise as much as 3bn euros from asset sales next year.",
            "3bn euros",
            "funds raised by Portugal from asset sales",
        ),
        (
            "The charity received £500,000 from private donors.",
            "£500,000",
            "charity's receipts from private donors",
        ),
        # (a "from" of the earlier value is no source)
        (
            "The firm earned £4m last year, up from £3m a year earlier.",
            "£4m",
            "firm's earnings",
        ),
        # a relative clause said shortly keeps its object's kind
        (
            "The minister met three families who suffered one of the worst abuses of power "
            "in recent memory.",
            "three families",
            "families who suffered one of worst abuses of power",
        ),
        # (not a definite "of the decade": when, not which kind)
        (
            "The mayor visited 40 families who suffered one of the worst floods of the decade "
            "in the region.",
            "40 families",
            "families who suffered one of worst floods",
        ),
        # where a deed drove them, its quotation marks no words
        (
            'The lawyer said the long wait had driven 12 of the prisoners to "despair".',
            "12 of the prisoners",
            "prisoners driven to despair by long wait",
        ),
        # a hyphenated word is one word, not a place to cut
        (
            "Nearly 15% of the city's workers described themselves as coming from a "
            "low-income background.",
            "15%",
            "share of city's workers described as coming from low-income background",
        ),
        # the rule things are done under says which of them
        (
            "Last year, 14% of searches under the new laws were on young women.",
            "14%",
            "share of searches under new laws on young women",
        ),
        (
            "The payments under the contract rose 5% to £3m.",
            "£3m",
            "payments under contract",
        ),
        # (not a state they are in)
        (
            "Some 30% of the firms under pressure cut jobs last year.",
            "30%",
            "share of firms",
        ),
    ],
)
def test_the_defining_words(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
