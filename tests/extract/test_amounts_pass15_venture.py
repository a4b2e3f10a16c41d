"""Amounts: a fifteenth pass, whose a bare joint venture, merger, alliance, partnership,
consortium or merged group is. When the object names one with no "of/between/with <names>"
of its own, it takes the names its sentence or the one before gives it: the noun's own
"between X and Y" the object dropped; for "the" venture, "talks (negotiations, an
agreement) with X and Y" over it ("is in talks with X and Y to take a stake in the joint
venture" -> "stake in joint venture of X and Y"); else the two names of the sentence before
that set it up ("X and Y agreed to merge", "X agreed to merge with Y", "X and Y formed a
joint venture"). Not three names or more, titled persons, a single name in the talks, a
venture with a name of its own or joined ("the Star alliance"), "a new venture", the
holder's own stake ("sell its stake in the venture"), nor across a paragraph.
Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the talks over the venture name its two parties
        (
            "Exmoor Telecom is in talks with Fenwick Cable and Glade Radio to take a 40% stake"
            " in the consortium.",
            "40%",
            "Exmoor Telecom's stake in consortium of Fenwick Cable and Glade Radio",
        ),
        (
            "Harlow Motors is in talks with Brixton Group and Kemble Corp to buy a 15% stake in"
            " the joint venture.",
            "15%",
            "stake in joint venture of Brixton Group and Kemble Corp bought by Harlow Motors",
        ),
        (
            "Pelham Foods is negotiating with Corvus Ltd and Dalby Plc over a 30% share in the"
            " alliance.",
            "30%",
            "share in alliance of Corvus Ltd and Dalby Plc",
        ),
        # (the sentence before sets it up)
        (
            "Vantage Energy and Selwyn Gas formed a joint venture in May. The venture will"
            " employ 400 people.",
            "400 people",
            "people employed by venture of Vantage Energy and Selwyn Gas",
        ),
        (
            "Kestrel Airways and Lomond Airlines announced an alliance on Monday. The alliance"
            " will serve 40 routes.",
            "40 routes",
            "routes served by alliance of Kestrel Airways and Lomond Airlines",
        ),
        (
            "Oakham Mills and Tarrant Brewery agreed to merge. The merger will cut 700 jobs.",
            "700 jobs",
            "jobs cut by merger of Oakham Mills and Tarrant Brewery",
        ),
        (
            "Trent Water and Ouse Power agreed to merge. Investors in Trent Water will own 55%"
            " of the combined company.",
            "55%",
            "stake in combined company of Trent Water and Ouse Power",
        ),
        (
            "Brenner Bank agreed to merge with Corran Holdings in March. Its shareholders will"
            " own 60% of the merged group.",
            "60%",
            "stake in merged group of Brenner Bank and Corran Holdings",
        ),
        # (the noun's own "between X and Y", which the object dropped)
        (
            "The partnership between Holt Media and Ivory Films will cost £5m.",
            "£5m",
            "partnership between Holt Media and Ivory Films",
        ),
    ],
)
def test_whose_venture(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


@pytest.mark.parametrize(
    ("text", "amount", "not_said"),
    [
        # (not three names)
        (
            "Bexley Bank, Corran Bank and Dunmore Bank agreed to merge. The merger will cut"
            " 2,000 jobs.",
            "2,000 jobs",
            "merger of",
        ),
        # (not "a new venture", nor one joined that has a name of its own)
        (
            "Vantage Energy and Selwyn Gas formed a joint venture in May. Initech will take a"
            " 20% stake in a new venture.",
            "20%",
            "Selwyn",
        ),
        (
            "Harlow Motors and Pelham Foods joined the Star alliance in 2001. The alliance"
            " will serve 40 routes.",
            "40 routes",
            "Pelham",
        ),
        # (not titled persons, nor a single name in the talks)
        (
            "Quill Paper is in talks with Mr Hale and Mr Ives to take a 10% stake in the venture.",
            "10%",
            "Hale",
        ),
        (
            "Hanley Steel is negotiating with Brook Holdings over a 30% stake in the venture.",
            "30%",
            "Brook",
        ),
        # (not the holder's own stake: it is in the venture too)
        (
            "Quill Paper is in talks with Rowan Print and Brook Media to sell its 10% stake in"
            " the venture.",
            "10%",
            "Rowan",
        ),
        # (not across a paragraph)
        (
            "Vantage Energy and Selwyn Gas formed a joint venture in May.\nThe venture will"
            " employ 400 people.",
            "400 people",
            "Selwyn",
        ),
    ],
)
def test_not_whose_venture(nlp: Any, text: str, amount: str, not_said: str) -> None:
    assert not_said not in (amount_named(amounts_of(nlp, text), amount).object or "")
