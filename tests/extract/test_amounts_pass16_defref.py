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
party is named in reach. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named

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
    people = {n: n.split()[-1] for n, kind in ents if kind == "PERSON"}
    entities = [
        named(n, kind, text, f"e{k}", word=people.get(n, "")) for k, (n, kind) in enumerate(ents)
    ]
    assert amount_named(amounts_of(nlp, text, entities=entities), amount).object == obj


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
