"""Amounts: a twelfth pass, what a share or a stake is of when its own sentence does not say:
a bare share ("Banks own 25%", "have about 2% each", "the remaining 30%") or a plain stake
takes the one whole the shares of the sentence before were of; the two ends of "a rise of
patients waiting, from 3% to 8%" are shares of that group doing that; a plain "rates" after
an aside set off by dashes is not the aside's noun and takes the rate named before; a stake
a firm sells is the stake sold, not all it holds. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a bare share: of the whole the sentence before shared out
        (
            "Of the firm's bonds, 40% are held in France. Investors in Spain have about 2% each.",
            "2%",
            "share of firm's bonds each held by investors in Spain",
        ),
        (
            "About 40% of the firm's shares are held by its founders. Banks own 25%.",
            "25%",
            "share of firm's shares held by banks",
        ),
        (
            "The fund will sell 20% of its stake in Larkfield. The remaining 30% will be kept by"
            " the family.",
            "30%",
            "share of the fund's stake in Larkfield that will be kept by family",
        ),
        # a plain stake: in what the stake before was in
        (
            "Ms Hale holds a 15% stake in Dunmore. Her sister has a 5% stake.",
            "5%",
            "stake in Dunmore",
        ),
        # (not when the sentence before shared out two wholes)
        (
            "Of the firm's bonds, 40% are held in France and 30% of its shares in Spain."
            " Investors in Italy have about 2% each.",
            "2%",
            "share each held by investors in Italy",
        ),
        # (not a percentage of another kind)
        ("Sales rose 5% last year. Insurers have 15%.", "15%", "share held by insurers"),
        # (not a stake after a share of something else)
        (
            "About 30% of the bonds are owned by pension funds. His brother holds a 10% stake.",
            "10%",
            "stake",
        ),
        # the ends of a rise of a group doing something: shares of that group
        (
            "Surgeons reported a sharp rise in patients waiting over a year, from 3% in 2001 to"
            " 8% in 2004.",
            "3%",
            "share of patients waiting over year",
        ),
        (
            "Hospitals reported a steep rise of patients leaving before being seen, from 4% in"
            " 2002 to 9% last year.",
            "9%",
            "share of patients leaving before being seen",
        ),
        # (not a rise in a plain noun)
        ("Shoppers saw a rise in prices, from 2% in 2003 to 4% last year.", "2%", "rise in prices"),
        # a plain "rates" after an aside between dashes: not the aside's noun
        (
            "Approval rates are 60%. When the loan goes to a senior officer - a manager or"
            " director - rates climb to about 75%.",
            "75%",
            "approval rates",
        ),
        (
            "When the loan goes to a senior officer - a manager or director - rates climb to"
            " about 75%.",
            "75%",
            "rates",
        ),
        # (not a hyphen's word)
        ("Long-term rates - set by the market - rose to 5%.", "5%", "Long-term rates"),
        # a stake a firm sells: the stake sold
        (
            "The group said it would raise cash by selling a 12% stake in software firm Telvia.",
            "12%",
            "stake in software firm Telvia sold by the group",
        ),
        # (not a stake it holds)
        ("Borvex owns a 30% stake in Telvia.", "30%", "Borvex's stake in Telvia"),
    ],
)
def test_what_a_share_is_of(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
