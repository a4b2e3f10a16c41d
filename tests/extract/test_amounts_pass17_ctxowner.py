"""Amounts: a seventeenth pass, whose a deed named by a definite noun is. A definite noun of
a deed with no owner of its own ("the recall", "the offer", "the bid") and no fuller mention
before it takes the named subject of the same word as a verb in the nearest sentence that
has the word ("Globex is recalling 9,000 cars. ... The recall will cost $40m" -> "Globex's
recall"): the subject of a verb it is chained to ("plans to recall"), the name set beside a
noun subject ("the carmaker Globex"), the teller of "it" ("Globex said it would recall"),
the one asked to do it ("asked Initech to recall"); so too a plural deed whose verb alone
was said before ("Acme is to cut 900 jobs. The cuts ..."). Not when that sentence names two
doers, a subject that is no name ("The carmaker", "it" with no teller, "ministers" urged
to do it), a noun mention of the word, or a deed said not done, nor when the object says
whose already. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the doer of the verb of the same word just before
        (
            "Globex said it would recall 9,000 cars. The recall will cost $40m.",
            "$40m",
            "Globex's recall",
        ),
        (
            "Regulators said Globex was recalling 9,000 cars. The recall will cost $40m.",
            "$40m",
            "Globex's recall",
        ),
        (
            "Globex has offered to buy Initech. Analysts said the offer valued Initech at $4bn.",
            "$4bn",
            "Globex's offer",
        ),
        ("Globex will bid for Initech. The bid is worth $3bn.", "$3bn", "Globex's bid"),
        (
            "The leading toymaker Zentoy is recalling 90,000 dolls. Officials said the "
            "biggest recall would cost $12m.",
            "$12m",
            "Zentoy's biggest recall",
        ),
        (
            "Globex asked Initech to recall its vans. The recall will cost $40m.",
            "$40m",
            "Initech's recall",
        ),
        # a plural deed whose verb alone was said before
        (
            "Acme Bank is to cut 2,850 jobs as profits fall. The cuts will result in a "
            "one-off charge of $800m.",
            "$800m",
            "one-off charge from Acme Bank's cuts",
        ),
        # (not) two doers, no named doer, a noun mention nearer, an owner said already
        (
            "Globex recalled 9,000 cars and Initech recalled 5,000 vans. The recall cost $40m.",
            "$40m",
            "recall",
        ),
        ("The carmaker is recalling 9,000 cars. The recall will cost $40m.", "$40m", "recall"),
        (
            "Globex is recalling 9,000 cars. Its recall will cost $40m.",
            "$40m",
            "Globex's recall",
        ),
        (
            "Globex is recalling 9,000 cars. Initech announced a recall too. The recall will "
            "cost $40m.",
            "$40m",
            "recall",
        ),
        (
            "Globex urged ministers to cut taxes. Analysts said the cut would cost £2bn.",
            "£2bn",
            "cut",
        ),
        (
            "Shares fell 5%. The falls wiped $2bn off the market.",
            "$2bn",
            "fall in market from falls",
        ),
        ("Globex will not recall its cars. The recall would cost $40m.", "$40m", "recall"),
    ],
)
def test_deed_of_the_verb_before(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
