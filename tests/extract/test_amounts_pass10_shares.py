"""Amounts: a tenth pass (issue 7), shares and their whole: "the total" a share is of is the
set the sentence before counted, and a share with no whole of its own is of the whole an
earlier share in its sentence was of. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # "the total": of the one set the sentence before counted
        (
            "The biggest slice of the 9,120 tax fraud cases reported - almost 31% - concerned "
            "abuses of people's pensions. Misusing someone's name to claim new store cards or "
            "loans comprised 14.5% of the total.",
            "14.5%",
            "Misusing someone's name to claim new store cards or loans as share of tax fraud cases",
        ),
        # (two counted sets before: which total is not clear)
        (
            "The 9,120 tax fraud cases and the 3,400 car theft cases were reported last year. "
            "Misusing someone's name to claim new store cards or loans comprised 14.5% of the "
            "total.",
            "14.5%",
            "Misusing someone's name to claim new store cards or loans as share of total",
        ),
        # (nothing counted before: the total stays unnamed)
        ("Car thefts comprised 14.5% of the total.", "14.5%", "Car thefts as share of total"),
        # a share with no whole, after a share of a whole in its sentence
        (
            "Among retired farmers, 58% said roads were key, while 20% said schools mattered.",
            "20%",
            "share of retired farmers who said schools mattered",
        ),
        (
            "Misusing someone's name to claim loans comprised 14.5% of the 9,120 fraud cases, "
            "with almost 11% coming from false claims on existing loans.",
            "11%",
            "share of fraud cases coming from false claims on existing loans",
        ),
        # (the share of a whole is in another sentence: not this one's whole)
        (
            "Among retired farmers, 58% said roads were key. Yet 20% said schools mattered.",
            "20%",
            "share who said schools mattered",
        ),
    ],
)
def test_share_whole(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
