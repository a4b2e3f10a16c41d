"""Amounts: a fifteenth pass, what a bare stake or investment is in. A stake or an
investment is always in something; when the object leaves that out, the sentence or the
one before may say it. "with an (initial) investment of <sum>" on a clause that plans, sets
up, builds or opens a venture, plant or project is an investment in that thing ("plans a
joint venture with Tata ..., with an investment of $40m" -> "investment in joint venture
with Tata"). A bare stake or holding is in the one firm its sentence names as what is owned
or held ("Vestra, in which Calder holds a 30% stake"), else, when the stake is bought,
taken, raised or cut, in the one firm other than the holder that the sentence before names.
Not when the verb sets nothing up, when two firms are named, when the holder is unnamed
("the firm") or is that one firm, when the stake is only held or moves by itself (another
owner's stake named before says nothing of it), nor across a paragraph.
Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # "with an investment of": in the thing the clause sets up
        (
            "Meridian Foods said it plans a new bottling plant near Leeds, with an initial"
            " investment of £12m.",
            "£12m",
            "Meridian Foods's initial investment in new bottling plant",
        ),
        (
            "Korea's Hanjin Steel will set up a joint venture with Tata to make steel pipes,"
            " with an investment of $40m.",
            "$40m",
            "Hanjin Steel's investment in joint venture with Tata",
        ),
        (
            "The council is to build a new sports centre with an investment of £3m.",
            "£3m",
            "investment in new sports centre",
        ),
        (
            "Ostrava Tyres has opened a new factory, with an investment of €30m.",
            "€30m",
            "investment in new factory",
        ),
        (
            "Ferris Air says it plans a new maintenance hangar, with an investment of $15m.",
            "$15m",
            "investment in new maintenance hangar",
        ),
        # a bare stake: in the firm its own sentence says is held
        (
            "Vestra, in which Calder holds a 30% stake, is to be sold.",
            "30%",
            "Calder's stake in Vestra",
        ),
        (
            "The Kestrel Group, in which Mr Bell holds a 25% holding, is for sale.",
            "25%",
            "holding in Kestrel Group",
        ),
        # (else, taken, bought or cut: in the one other firm the sentence before names)
        (
            "The Swiss group wanted to buy Palmeira outright. Instead, Halvard took a 15% stake.",
            "15%",
            "Halvard's stake in Palmeira",
        ),
        (
            "Lorne Shipping floated on the stock market in 1998. A rights issue last year cut"
            " Dexa's stake to 12%.",
            "12%",
            "Dexa's stake in Lorne Shipping",
        ),
        (
            "Norland Mining listed its shares in Toronto in 2001. Since then, a share sale has"
            " cut Ardent's stake to 18%.",
            "18%",
            "Ardent's stake in Norland Mining",
        ),
    ],
)
def test_what_it_is_in(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


@pytest.mark.parametrize(
    ("text", "amount", "not_said"),
    [
        # (not a verb that sets nothing up)
        ("Orvan raised sales by 5% with an investment of $2m.", "$2m", " in "),
        ("Greenfield plans to expand its warehouse, with an investment of $5m.", "$5m", " in "),
        # (not two firms named before)
        (
            "Brisco and Palmeira both reported losses. Halvard bought a 15% stake.",
            "15%",
            "Palmeira",
        ),
        # (not an unnamed holder, which may be the one firm named before)
        ("Palmeira reported a loss. The firm sold a 15% stake.", "15%", "stake in"),
        # (not a holder that is the one firm)
        ("Halvard reported a loss. Halvard sold a 15% stake.", "15%", "stake in"),
        # (not a stake only held, nor one in another paragraph)
        ("Palmeira reported a loss. Halvard holds a 15% stake.", "15%", "Palmeira"),
        ("Palmeira reported a loss.\nHalvard bought a 15% stake.", "15%", "Palmeira"),
        # (not another owner's stake named before, when this one moves by itself)
        (
            "Corvin owns a stake in Delta Rail. Analysts say Brook's stake rose to 8% in May.",
            "8%",
            "Delta Rail",
        ),
    ],
)
def test_not_what_it_is_in(nlp: Any, text: str, amount: str, not_said: str) -> None:
    assert not_said not in (amount_named(amounts_of(nlp, text), amount).object or "")
