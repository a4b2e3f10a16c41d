"""Amounts: a fourteenth pass, objects built from a clause with a doer keep that clause
readable and whole: a sum someone wants or orders another to hand over, in a noun with
words of its own after it ("in fares collected over the past decade"), takes "that" before
the clause, and a common-noun doer keeps no sentence-opening capital; those a thing is made
available (affordable, harder ...) for are counted with what is made so for them ("pupils to
whom free meals are made available"); a count that did a deed in a measure of something
("in 100 hours of interviews") keeps what the measure is of ("in interviews"). Not a
thing made so with no count after it, not a plain noun the sum is in, not a measure of a
counted thing. Every sentence is written by us."""

from __future__ import annotations

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a sum wanted or ordered handed over, its noun with words of its own
        (
            "Creditors wanted the three builders to return £60m in deposits taken since the crash.",
            "£60m",
            "deposits taken since crash that creditors wanted the builders to return",
        ),
        (
            "Judges ordered the banks to repay £40m in fees charged to customers.",
            "£40m",
            "fees charged to customers that the banks were ordered to repay by judges",
        ),
        (
            "The court ordered the chemist to forfeit £800,000 in profits made from the sales.",
            "£800,000",
            "profits made from sales that the chemist was ordered to forfeit by the court",
        ),
        # (a common-noun doer opening the sentence keeps no capital)
        (
            "Unions wanted the carmaker to repay $30m in pension contributions.",
            "$30m",
            "pension contributions unions wanted the carmaker to repay",
        ),
        # (not a plain noun: no "that")
        (
            "The unions want the carmakers to repay $400m in pension contributions.",
            "$400m",
            "pension contributions the unions want the carmakers to repay",
        ),
        # those a thing is made so for
        (
            "The scheme will make free meals available to 4,000 pupils.",
            "4,000 pupils",
            "pupils to whom free meals are made available",
        ),
        (
            "The plan would make housing affordable for 30,000 families.",
            "30,000 families",
            "families for whom housing is made affordable",
        ),
        (
            "The cut made life harder for 2,000 farmers.",
            "2,000 farmers",
            "farmers for whom life is made harder",
        ),
        (
            "The grant makes cheap loans and advice available to 700 small firms.",
            "700 small firms",
            "small firms to which cheap loans and advice are made available",
        ),
        (
            "The money will make medicines and other care available for some 900 children.",
            "900 children",
            "children for whom medicines and other care are made available",
        ),
        # a deed done in a measure of something
        (
            "Some 60 ministers gave their views in 80 hours of recorded interviews for the report.",
            "60 ministers",
            "ministers gave views in recorded interviews",
        ),
        (
            "About 40 staff gave evidence in two days of hearings at the court.",
            "40 staff",
            "staff gave evidence in hearings",
        ),
        # (not a measure with no "of")
        ("Some 300 fans sang songs for 20 minutes.", "300 fans", "fans sang songs"),
    ],
)
def test_doer_clause_object(nlp: object, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # (not the thing made available itself)
        ("The council made 300 homes available for key workers.", "300 homes"),
        # (not a thing that is available, made so by no one)
        ("The fund is available for 3,000 students.", "3,000 students"),
    ],
)
def test_made_so_guard(nlp: object, text: str, amount: str) -> None:
    assert "made available" not in amount_named(amounts_of(nlp, text), amount).object
