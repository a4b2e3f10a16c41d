"""Amounts: a sixteenth pass, a bare definite reference the article names in full before.
"The party" said by or of the one person named in reach is that person's party, which the
text gives in front of the person's name ("Tory co-chairman Tom Hale"), also when another
party is named in reach beside it, if the person's party is named there more often than
any other (from the sentence that names them to the end of the noun's own sentence, a
mention after the noun counting too: "repaid £5m to a former Tory treasurer") and no
other party is named in the noun's own sentence before it; the singular and the plural of
one party's word, or its name with "Party", are one party ("Tory", "Tories", "Tory
Party"). Left alone when each party is named as often, when another party is named more
often, when another is named in the noun's own sentence before it, or when only another
party is named in reach. "The document" with no phrase of its own is the one named paper,
report, review, manifesto or the like in its sentence or the six before (the nearest
sentence with one decides), with the phrase after that name that says what it is on ("a
new White Paper on the future of farming" -> "cost of White Paper on future of farming");
not a body, two documents, one further back, or a date after the name ("on Monday").
Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named, named_all

from communique.extract.amounts_context import _party_key, _times_said

pytestmark = pytest.mark.slow

_TORY = [("Tory", "NORP"), ("Labour", "ORG"), ("Tom Hale", "PERSON")]
_TORIES = [("Tory", "NORP"), ("Tories", "NORP"), ("Labour", "ORG"), ("Tom Hale", "PERSON")]


@pytest.mark.parametrize(
    ("text", "ents", "amount", "obj"),
    [
        # the person's party, named in reach more often than the other
        (
            "Green Party spokesman Tom Hale said Labour had copied the Greens. Mr Hale denied "
            "reports the party had repaid £5m to a donor.",
            [("Green Party", "ORG"), ("Greens", "NORP"), ("Labour", "ORG"), ("Tom Hale", "PERSON")],
            "£5m",
            "Green Party's repayment to donor",
        ),
        (
            "Tory co-chairman Tom Hale said Labour members feared the Tories' plans on Monday. "
            "Mr Hale would not discuss reports the party repaid £500,000 to a donor.",
            _TORIES,
            "£500,000",
            "Tory party's repayment to donor",
        ),
        (
            "Tory co-chairman Tom Hale spoke after Labour members attacked the Tories on Monday. "
            'Mr Hale told Kestrel Radio: "We will win." He would not discuss reports the party '
            "repaid £500,000 to a donor.",
            _TORIES,
            "£500,000",
            "Tory party's repayment to donor",
        ),
        (
            "Labour's Ann Ross said the Liberal Democrats had copied Labour's plans. Ms Ross "
            "said the party would spend £2m on posters.",
            [("Labour", "ORG"), ("Liberal Democrats", "ORG"), ("Ann Ross", "PERSON")],
            "£2m",
            "Labour's spending on posters",
        ),
        # a mention after the noun, in its own sentence, counts too
        (
            "Tory spokesman Tom Hale attacked Labour on Friday. Mr Hale said the party had "
            "repaid £5m to a former Tory treasurer.",
            _TORY,
            "£5m",
            "Tory party's repayment to former Tory treasurer",
        ),
        # the singular and the plural of one party's word are one party
        (
            "Tory spokesman Tom Hale was in Leeds with the Tories' leader. Mr Hale said the "
            "party would spend £2m on posters.",
            [("Tory", "NORP"), ("Tories", "NORP"), ("Tom Hale", "PERSON")],
            "£2m",
            "Tory party's spending on posters",
        ),
        # (not) each named as often: which is meant is not clear
        (
            "Tory spokesman Tom Hale attacked Labour on Friday. Mr Hale said the party would "
            "spend £2m on posters.",
            _TORY,
            "£2m",
            "party's spending on posters",
        ),
        # (not) another party named in the noun's own sentence before it
        (
            "Tory spokesman Tom Hale praised the Tories' campaign. Mr Hale said Labour believed "
            "the party would spend £2m on posters.",
            _TORIES,
            "£2m",
            "party's spending on posters",
        ),
        # (not) another party named more often
        (
            "Tory spokesman Tom Hale said Labour had copied Labour's old plans. Mr Hale said "
            "the party would spend £2m on posters.",
            _TORY,
            "£2m",
            "party's spending on posters",
        ),
        # (not) only another party named in reach
        (
            "Tory spokesman Tom Hale was in Leeds. Labour met in York on Friday. Mr Hale said "
            "the party would spend £2m on posters.",
            _TORY,
            "£2m",
            "party's spending on posters",
        ),
    ],
)
def test_persons_party_in_reach(
    nlp: Any, text: str, ents: list[tuple[str, str]], amount: str, obj: str
) -> None:
    assert amount_named(amounts_of(nlp, text, entities=named_all(text, ents)), amount).object == obj


_COST = "Critics condemned the document, which the ministry says cost about £40,000 to print."
_HALE = [("Hale Report", "ORG")]


@pytest.mark.parametrize(
    ("text", "ents", "obj"),
    [
        # "the document": the one named document before, with what it is on
        (
            f"The ministry launched a new White Paper on the future of farming. {_COST}",
            [("White Paper", "ORG")],
            "cost of White Paper on future of farming",
        ),
        (
            f"Ministers rejected the Hale Report in May. It was long. It was late. {_COST}",
            _HALE,
            "cost of Hale Report",
        ),
        # (not) a date after the name is not what it is on
        (
            f"The ministry published the White Paper on Monday. {_COST}",
            [("White Paper", "ORG")],
            "cost of White Paper",
        ),
        # (not) a body, two documents, or one too far back
        (
            f"Kestrel Group wrote to the ministry in May. {_COST}",
            [("Kestrel Group", "ORG")],
            "cost of document",
        ),
        (
            f"The Hale Report and the Ross Review were published in May. {_COST}",
            [*_HALE, ("Ross Review", "ORG")],
            "cost of document",
        ),
        (
            "Ministers rejected the Hale Report in May. It was long. It was late. It was dull. "
            f"It was praised. It was read. It was cited. {_COST}",
            _HALE,
            "cost of document",
        ),
    ],
)
def test_document_named_before(nlp: Any, text: str, ents: list[tuple[str, str]], obj: str) -> None:
    entities = [named(n, kind, text, f"e{k}") for k, (n, kind) in enumerate(ents)]
    assert amount_named(amounts_of(nlp, text, entities=entities), "£40,000").object == obj


def test_document_with_its_own_phrase(nlp: Any) -> None:
    text = (
        "Ministers rejected the Hale Report in May. Critics condemned the document on pensions, "
        "which the ministry says cost about £40,000 to print."
    )
    got = amounts_of(nlp, text, entities=[named("Hale Report", "ORG", text, "e0")])
    assert "Hale" not in (amount_named(got, "£40,000").object or "")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Tory", "tory"),
        ("Tories", "tory"),
        ("Tory Party", "tory"),
        ("the Conservative Party", "conservative"),
        ("Conservatives", "conservative"),
        ("Liberal Democrats", "liberal democrat"),
        ("Greens", "green"),
        ("Labour", "labour"),
        # (not) another party's word
        ("Democratic Unionist Party", "democratic unionist"),
    ],
)
def test_party_key(name: str, key: str) -> None:
    assert _party_key(name) == key


@pytest.mark.parametrize(
    ("text", "names", "times"),
    [
        ("The Green Party and the Greens' leader", {"Green Party", "Greens", "Green"}, 2),
        ("Labour's plans and Labour members", {"Labour"}, 2),
        # (not) a part of another word
        ("The Laboured talks", {"Labour"}, 0),
    ],
)
def test_times_said(text: str, names: set[str], times: int) -> None:
    assert _times_said(text, names) == times
