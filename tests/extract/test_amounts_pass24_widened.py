"""Amounts: a twenty-fourth pass (issue 7), a one-word object said with the words its own
noun carries: "loans" -> "loans outstanding", "cuts" -> "cuts at the Treasury", "limit" ->
"annual limit"; a change noun beside a clause of change is a change in its subject
("contributions had increased to £8.2bn, a rise of 49.7%": "rise in employer
contributions"). Left alone: a noun with no words of its own, and words that are a clause of
their own ("a limit being directed to an account"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "The group says the banks have $250m of loans outstanding in the flooded region.",
        "$250m",
        "loans outstanding",
    ),
    (
        "The plan includes cuts of 9.6% at Agriculture and 5.6% at the Treasury.",
        "9.6%",
        "cuts at Agriculture",
    ),
    (
        "The plan includes cuts of 9.6% at Agriculture and 5.6% at the Treasury.",
        "5.6%",
        "cuts at the Treasury",
    ),
    (
        "Gifts that take the total above the annual £1,200 limit are taxed.",
        "£1,200",
        "annual limit",
    ),
    ("The money will come from a new £500m fund.", "£500m", "new fund"),
    # a change noun beside a clause of change: a change in its subject
    (
        "A survey said employer contributions had increased from £5.5bn to £8.2bn a year, a "
        "rise of 49.7%.",
        "49.7%",
        "rise in employer contributions",
    ),
    ("Sales at Acme climbed to £3bn, an increase of 12%.", "12%", "increase in sales at Acme"),
    (
        "London Brent crude closed at $40.15 on Thursday - a drop of 5.1% - having dived below "
        "$40.",
        "5.1%",
        "drop in London Brent crude",
    ),
    # guards: no words of the noun's own; a clause of its own
    ("The yen strengthened 0.7% against the dollar to 104.53 yen.", "104.53 yen", "yen"),
    (
        "Parents may pay into the fund, with any gifts above the £1,200 limit being put in a "
        "savings account.",
        "£1,200",
        "limit",
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS)
def test_a_bare_object_with_its_nouns_words(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


# An object ends on no conjunction or article a cut phrase left ("... earthquake and"); a
# relative object's preposition stays ("students the minister was talking to").
_ENDS = [
    (
        "More than 4,000 people have been killed following a huge earthquake and many of the "
        "worst hit towns are remote.",
        "4,000 people",
    ),
    ("The minister was talking to 40 students.", "40 students"),
]


@pytest.mark.parametrize(("text", "amount"), _ENDS)
def test_an_object_ends_on_no_joint_word(nlp: Any, text: str, amount: str) -> None:
    obj = amount_named(amounts_of(nlp, text), amount).object or ""
    assert obj.split()[-1] not in ("and", "or", "but", "the", "a", "an")
