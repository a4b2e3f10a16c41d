"""Amounts: a sixteenth pass, a body named in full and then by its head noun alone. A
definite "the <noun>" with nothing between "the" and the noun ("the duchy", "the Bank"),
the subject of the amount's own verb, the subject of a verb above it when the amount is
"its" (no subject with a determiner between), or the bare owner the object already gives
("commission's earnings"), stands in an object with no name of its own for the one
multi-word body named before it whose head word is that noun ("Duchy of Kent", "Bank of
England", "Tyne Harbour Commission"): the nearest such naming within six sentences, with no
other such body named in its sentence; the body's home country (the entity stage's, else
the one its "of" words name) is then the amount's, when it has none. Not two such bodies
named together, a naming too far back or only after, an indefinite or modified noun ("a
commission", "the new commission", "its rival alliance"), a body that only says or
receives the amount, nor an "its" a nearer subject may stand for. Every sentence is written
by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named

pytestmark = pytest.mark.slow

_FAR = "Ministers met. Staff left. Talks failed. Rain fell. Costs rose. Fees rose."


@pytest.mark.parametrize(
    ("text", "amount", "obj", "parties"),
    [
        # the subject of the amount's own verb
        (
            "The Duchy of Kent is a large estate. The duchy generated £12m last year.",
            "£12m",
            "Duchy of Kent's revenue",
            [],
        ),
        (
            "The Countryside Alliance held a rally in York on Sunday. The alliance raised £3m "
            "last year.",
            "£3m",
            "Countryside Alliance's funds raised",
            [],
        ),
        # the antecedent of "its", with the country the full name names
        (
            "The Bank of England kept rates on hold on Thursday. The Bank said inflation would "
            "return to its 2% target next year.",
            "2%",
            "Bank of England's inflation target",
            ["GBR"],
        ),
        # the bare short form the object gives as owner
        (
            "The Tyne Harbour Commission met on Monday. The commission earned £8m from fees "
            "in 2003.",
            "£8m",
            "Tyne Harbour Commission's earnings from fees",
            [],
        ),
        (
            "The Tyne Harbour Commission met on Monday. The commission's budget rose to £8m "
            "in 2003.",
            "£8m",
            "Tyne Harbour Commission's budget",
            [],
        ),
        (
            "The National Farmers Union held talks with ministers. The union has 55,000 members.",
            "55,000 members",
            "National Farmers Union's members",
            [],
        ),
        # (not) two such bodies named together, a naming too far back or only after
        (
            "The Bank of England and the Bank of Japan met on Monday. The bank said inflation "
            "would return to its 2% target next year.",
            "2%",
            "inflation target",
            [],
        ),
        (
            f"The Countryside Alliance held a rally in York. {_FAR} The alliance raised £3m last "
            "year.",
            "£3m",
            "funds raised",
            [],
        ),
        (
            "The alliance raised £3m last year. The Countryside Alliance held a rally in York.",
            "£3m",
            "funds raised",
            [],
        ),
        # (not) an indefinite or modified noun
        (
            "The Tyne Harbour Commission met on Monday. A commission earned £8m from fees in 2003.",
            "£8m",
            "commission's earnings from fees",
            [],
        ),
        (
            "The Tyne Harbour Commission met on Monday. The new commission earned £8m from fees "
            "in 2003.",
            "£8m",
            "new commission's earnings from fees",
            [],
        ),
        (
            "The Countryside Alliance held a rally in York. Its rival alliance raised £3m last "
            "year.",
            "£3m",
            "funds raised",
            [],
        ),
        # (not) a party, whose rivals may go by one-word names
        (
            "The Scottish Green Party held a rally in Perth. Ann Ross and Tom Hale said the "
            "party would spend £4m on leaflets.",
            "£4m",
            "party's spending on leaflets",
            [],
        ),
        # (not) a body that only says the amount, nor an "its" a nearer subject may own
        (
            "The Bank of England met on Monday. The Bank said the pound fell 2% against the "
            "dollar.",
            "2%",
            "fall in pound against the dollar",
            [],
        ),
        (
            "The Bank of England met on Monday. The Bank said the economy would hit its 2% "
            "target next year.",
            "2%",
            "economy target",
            [],
        ),
        (
            "The Countryside Alliance held a rally in York. The alliance's members raised £3m "
            "last year.",
            "£3m",
            "funds raised by alliance's members",
            [],
        ),
    ],
)
def test_short_form_owner(nlp: Any, text: str, amount: str, obj: str, parties: list[str]) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    assert (got.object, got.parties) == (obj, parties)


@pytest.mark.parametrize(
    ("country", "parties"),
    [
        ("FRA", ["FRA"]),  # the entity stage's home country
        (None, []),  # none known: none added
    ],
)
def test_short_form_owner_entities(nlp: Any, country: str | None, parties: list[str]) -> None:
    text = (
        "The Bank of Freedonia kept rates on hold on Thursday. The Bank said inflation would "
        "return to its 2% target next year."
    )
    ents = [named("Bank of Freedonia", "ORG", text, "b", country=country)]
    got = amount_named(amounts_of(nlp, text, entities=ents), "2%")
    assert (got.object, got.parties) == ("Bank of Freedonia's inflation target", parties)
