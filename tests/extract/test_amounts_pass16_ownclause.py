"""Amounts: a sixteenth pass, on the holder or own predicate an amount's clause says. A "with"
clause that closes a relative clause is of that clause's antecedent ("its snack brands,
which had a strong year, with sales up 8%": the brands' sales), not of the main clause's
subject; not through "who", nor a "with" that closes no relative clause, nor a noun with an
owner of its own. A further sum that borrows the thing of the amount before it keeps what
its own passive says it is ("a further $90m has been written off as lost"), not where the
sum went ("handed to schools"), a date, or a passive the two amounts share. A passive's "in"
phrase that names a field by its kind ("in the airline sector") says where a limit holds,
also when the parse hung it on the passive's other phrase; not a bare "in the sector".
Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import object_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a "with" clause closing a relative clause: the antecedent's
        (
            "Profits were lifted by its snack brands, which had a strong year, with sales up 8%.",
            "8%",
            "rise in sales of snack brands",
        ),
        (
            "Revenue was boosted by its drinks unit, which enjoyed a good summer, with volumes"
            " up 5%.",
            "5%",
            "rise in volumes of drinks unit",
        ),
        (
            "The firm relies on its coffee shops, which had a tough winter, with sales down 4%.",
            "4%",
            "fall in sales of coffee shops",
        ),
        # a further sum, as its own passive says it is
        (
            "The firm is chasing unpaid bills of $200m, while a further $90m has been written"
            " off as lost.",
            "$90m",
            "further unpaid bills written off as lost",
        ),
        # a field of business the passive's limit holds in
        (
            "The rules say that foreign ownership of up to 49% will be permitted in the airline"
            " sector.",
            "49%",
            "limit on foreign ownership in airline sector",
        ),
        (
            "Officials said foreign stakes of up to 74% would be allowed in the telecoms industry.",
            "74%",
            "limit on foreign stakes in telecoms industry",
        ),
        (
            "Foreign stakes of up to 51% will be allowed on a fast track in the insurance sector.",
            "51%",
            "limit on foreign stakes in insurance sector",
        ),
    ],
)
def test_own_clause_object(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert object_of(nlp, text, amount) == obj


@pytest.mark.parametrize(
    ("text", "amount", "absent"),
    [
        # (not) a "with" closing no relative clause, a person's "who", a noun with its own
        # owner, a relative clause with no "with"
        ("Profits were lifted by its snack brands, with sales up 8%.", "8%", "snack brands"),
        (
            "Profits were lifted by its chief executive, who had a strong year, with sales up 8%.",
            "8%",
            "chief executive",
        ),
        (
            "Profits were lifted by its snack brands, which had a strong year with Acme's sales"
            " up 8%.",
            "8%",
            "snack brands",
        ),
        ("Shares rose after the results, which showed sales up 8%.", "8%", "results"),
        # (not) where the further sum went, a passive with a date only, no passive
        (
            "The council spent £30m on roads, while a further £10m was handed to schools.",
            "£10m",
            "schools",
        ),
        ("The bank lent $4bn in 2003. A further $1bn was lent in 2004.", "$1bn", "lent"),
        (
            "The firm is chasing unpaid bills of $200m, while a further $90m is still owed.",
            "$90m",
            "still owed",
        ),
        # (not) a bare "the sector", which names no field
        (
            "Officials said foreign stakes of up to 74% would be allowed in the sector.",
            "74%",
            "sector",
        ),
    ],
)
def test_own_clause_left_alone(nlp: Any, text: str, amount: str, absent: str) -> None:
    assert absent not in object_of(nlp, text, amount)
