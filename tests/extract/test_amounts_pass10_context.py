"""Amounts: a tenth pass (issue 7): context the sentence just before sets up: the place a
firm's sales were reported for ("Globex sold 9,000 cars in Asia. Sales rose 2%"), and the
period of a run of one nation's figures ("exports rose 4% in May 2004. Imports fell 2%").
Each rule has a control where the context must not be carried. Every sentence is written
by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj", "parties"),
    [
        # the place of the firm's sales the sentence before reported
        (
            "Globex sold 12,000 tractors in Africa last year. Its sales rose 6%.",
            "6%",
            "rise in Globex's sales in Africa",
            [],
        ),
        (
            "Globex's sales in Brazil reached $2bn in 2004. Sales rose 8%, the firm said.",
            "8%",
            "rise in Globex's sales in Brazil",
            ["BRA"],
        ),
        # (another firm's sales: not the place of the first firm's)
        (
            "Globex's sales in Brazil reached $2bn in 2004. Initech's sales rose 8%.",
            "8%",
            "rise in Initech's sales",
            [],
        ),
        # (a scope of its own: worldwide)
        (
            "Globex's sales in Brazil reached $2bn in 2004. Worldwide sales rose 8%.",
            "8%",
            "rise in Worldwide sales",
            [],
        ),
    ],
)
def test_sales_place_before(nlp: Any, text: str, amount: str, obj: str, parties: list[str]) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    assert (got.object, got.parties) == (obj, parties)


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        # a run of one nation's figures: the period of the sentence before
        (
            "Peru's factory output rose 3% in June 2004. Retail sales rose 1.2% and car"
            " sales fell 4%.",
            "4%",
            "2004-06-01/2004-06-30",
        ),
        (
            "Chile's copper exports climbed 9% in October 2003. Imports slipped 2%.",
            "2%",
            "2003-10-01/2003-10-31",
        ),
        # (a time of its own)
        (
            "Chile's copper exports climbed 9% in October 2003. Imports slipped 2% in November.",
            "2%",
            None,
        ),
        # (a forecast is no part of the run)
        (
            "Chile's copper exports climbed 9% in October 2003. Imports are expected to slip 2%.",
            "2%",
            None,
        ),
        # (another country's figure)
        (
            "Chile's copper exports climbed 9% in October 2003. Peru's imports slipped 2%.",
            "2%",
            None,
        ),
    ],
)
def test_run_period_before(nlp: Any, text: str, amount: str, period: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), amount).period == period
