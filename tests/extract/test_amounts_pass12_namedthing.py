"""Amounts: a twelfth pass (issue 7), a definite noun of a named thing or event that the
text named just before: "the deal", "the merger" take the parties of the one mention of
the same noun in their own sentence or the two before ("a deal with Fenwick Trust", "the
merger of X and Y"), also when the object keeps the noun's "the" or its verb in another
form ("joining strike" of "join the strike"); a date in front of the fuller mention is
kept whole ("the 9 June nurses' strike"); and "the party", said by or of the one person
named in reach, is that person's party when the text gives it in front of the name
("Labour's Ann Ross", "Green Party spokesman Tom Hale"), a broadcaster not counting as a
party. Left alone when two mentions or two parties are named, when the mention is further
back, when the later noun is indefinite, when the mention's name only says whose, or when
two people or no party of theirs are named. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named, named_all

pytestmark = pytest.mark.slow

_FIRMS = [("Pellam Foods", "ORG"), ("Corvin Dairies", "ORG")]
_HALE = [("Green Party", "ORG"), ("Tom Hale", "PERSON")]


@pytest.mark.parametrize(
    ("text", "ents", "amount", "obj"),
    [
        # the one mention of the noun just before, told by its parties
        (
            "Harlow Bank agreed a £2bn deal with Fenwick Trust on Monday. The deal would "
            "create a lender with assets of £90bn.",
            [("Harlow Bank", "ORG"), ("Fenwick Trust", "ORG")],
            "£90bn",
            "assets of lender that the deal with Fenwick Trust would create",
        ),
        (
            "Shareholders approved the merger of Pellam Foods and Corvin Dairies. The merger "
            "will cut 1,200 jobs.",
            _FIRMS,
            "1,200 jobs",
            "jobs cut by merger of Pellam Foods and Corvin Dairies",
        ),
        (
            "Pellam Foods signed a deal with Corvin Dairies in May. The deal will create 800 jobs.",
            _FIRMS,
            "800 jobs",
            "jobs created by deal with Corvin Dairies",
        ),
        # (not) two mentions with different parties
        (
            "Pellam Foods signed a deal with Corvin Dairies and a deal with Ardley Farms. The "
            "deal will create 800 jobs.",
            [*_FIRMS, ("Ardley Farms", "ORG")],
            "800 jobs",
            "jobs created by deal",
        ),
        # (not) an indefinite later noun may be another deal
        (
            "Pellam Foods signed a deal with Corvin Dairies in May. A deal will create 800 jobs.",
            _FIRMS,
            "800 jobs",
            "jobs created by deal",
        ),
        # (not) the mention is three sentences back
        (
            "Pellam Foods signed a deal with Corvin Dairies in May. Its shares rose 2p. Rivals "
            "said little. The deal will create 800 jobs.",
            _FIRMS,
            "800 jobs",
            "jobs created by deal",
        ),
        # (not) the name only says whose the party to it is
        (
            "Pellam Foods signed a deal with Corvin Dairies' parent in May. The deal will "
            "create 800 jobs.",
            _FIRMS,
            "800 jobs",
            "jobs created by deal",
        ),
        # a fuller mention with its date, the object's verb in another form
        (
            "Unions have called the 9 June nurses' strike. About 30,000 nurses are expected "
            "to join the strike.",
            [],
            "30,000 nurses",
            "nurses joining 9 June nurses' strike",
        ),
        # (not) a plain earlier mention says nothing more
        (
            "Nurses held a strike last year. About 30,000 nurses are expected to join the strike.",
            [],
            "30,000 nurses",
            "nurses joining strike",
        ),
        # "the party" of the one person named, whose party the text gives
        (
            "Labour's Ann Ross met voters in Hull. She said the party would spend £2m on posters.",
            [("Labour", "ORG"), ("Ann Ross", "PERSON")],
            "£2m",
            "Labour's spending on posters",
        ),
        (
            "Green Party spokesman Tom Hale was in Leeds on Friday. Mr Hale said the party "
            "would spend £2m on posters.",
            _HALE,
            "£2m",
            "Green Party's spending on posters",
        ),
        (
            "Liberal spokesman Tom Hale was in Leeds on Friday. Mr Hale said the party would "
            "spend £2m on posters.",
            [("Liberal", "NORP"), ("Tom Hale", "PERSON")],
            "£2m",
            "Liberal party's spending on posters",
        ),
        # (not) another party named just before
        (
            "Green Party spokesman Tom Hale attacked the Liberal Party on Friday. Mr Hale said "
            "the party would spend £2m on posters.",
            [*_HALE, ("Liberal Party", "ORG")],
            "£2m",
            "party's spending on posters",
        ),
        # (not) no party of the person's given
        (
            "Tom Hale was in Leeds on Friday. Mr Hale said the party would spend £2m on posters.",
            [("Tom Hale", "PERSON")],
            "£2m",
            "party's spending on posters",
        ),
        # (not) two people named: whose party is not clear
        (
            "Green Party spokesman Tom Hale met Ann Ross in Leeds. They said the party would "
            "spend £2m on posters.",
            [*_HALE, ("Ann Ross", "PERSON")],
            "£2m",
            "party's spending on posters",
        ),
    ],
)
def test_named_thing_before(
    nlp: Any, text: str, ents: list[tuple[str, str]], amount: str, obj: str
) -> None:
    assert amount_named(amounts_of(nlp, text, entities=named_all(text, ents)), amount).object == obj


def test_a_broadcaster_is_no_party(nlp: Any) -> None:
    text = "The Green Party met in York. Its leader told Kestrel Radio the party would spend £2m."
    party = named("Green Party", "ORG", text, "e0")
    radio = named("Kestrel Radio", "ORG", text, "e1")
    radio.sector = "MED"
    got = amounts_of(nlp, text, entities=[party, radio])
    assert amount_named(got, "£2m").object == "Green Party's spending"
