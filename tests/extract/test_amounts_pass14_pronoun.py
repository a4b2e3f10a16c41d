"""Amounts: a fourteenth pass, whose "their" and whose share. A "their" a firm's figure keeps
(shares, profits, sales) stands for two names joined by "and" or "nor" that open its own
sentence (before it) or the sentence before as their subject, read from the text where the
parse did not join them ("Neither Fly Right nor Globex saw their shares ..."), and a
sentence's first "Their" as well; not countries, not one name with "and" in it, not a list
of three, not a plural noun. A share "owned by" someone is of the clause's subject ("no
listed bank may be more than 20% owned by ..." -> "share of listed bank owned by ..."), and
keeps the number that says which owners ("its 10 largest investors"). Every sentence is
written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # two names open the sentence before, the parse did not join them
        (
            "Neither Initech nor Globex impressed traders with their results on Monday. "
            "In both cases, their shares dropped by about 6%.",
            "6%",
            "fall in Initech's and Globex's shares",
        ),
        (
            "Neither Vodafone nor Orange commented on the report. "
            "In both cases, their shares ended 1% lower.",
            "1%",
            "fall in Vodafone's and Orange's shares",
        ),
        (
            "Both Make Believe and Sunrise Foods reported weaker sales. "
            "In each case, their profits fell by 10%.",
            "10%",
            "fall in Make Believe's and Sunrise Foods' profits",
        ),
        # a sentence's first "Their"
        (
            "Neither Tesco nor Sainsbury pleased the City with their Christmas figures. "
            "Their shares slipped 3% in early trade.",
            "3%",
            "fall in Tesco's and Sainsbury's shares",
        ),
        # the pair opens the amount's own sentence
        (
            "Neither Fly Right nor Globex saw their shares rise more than 4% on Thursday.",
            "4%",
            "rise in Fly Right's and Globex's shares",
        ),
        # (not countries, not a list of three, not one name, not a plural noun)
        (
            "Germany and France missed the target. In both cases, their debts rose by 3%.",
            "3%",
            "rise in their debts",
        ),
        (
            "Acme, Initech and Globex posted weak results. "
            "In both cases, their profits fell by 8%.",
            "8%",
            "fall in their profits",
        ),
        (
            "Procter and Gamble posted weak figures. Their shares fell by 4%.",
            "4%",
            "fall in Their shares",
        ),
        (
            "The Daily and Sunday Telegraph newspapers cut costs. "
            "In both cases, their profits fell by 8%.",
            "8%",
            "fall in their profits",
        ),
        # a share owned by someone: of the clause's subject, with the number of owners
        (
            "Under the new rules, no listed bank may be more than 20% owned by its 10 largest "
            "investors.",
            "20%",
            "share of listed bank owned by its 10 largest investors under new rules",
        ),
        (
            "Under the treaty, no airline can be more than 49% owned by its top backers.",
            "49%",
            "share of airline owned by its top backers under treaty",
        ),
        ("The airline is 30% owned by the state.", "30%", "share of airline owned by state"),
        (
            "The water company is 35% owned by pension funds.",
            "35%",
            "share of water company owned by pension funds",
        ),
        (
            "Under the law, no newspaper can be more than 25% owned by foreign firms.",
            "25%",
            "share of newspaper owned by foreign firms under law",
        ),
        # (not a pronoun subject)
        ("It is 40% owned by the government.", "40%", "share owned by government"),
    ],
)
def test_whose_their_and_share(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
