"""Amounts: a sixteenth pass, a person an object names only by a role. A definite role
with no name of its own ("the home secretary's salary", "the Dundee MSP's earnings") is the
one person named before it whose role agrees with it (the role noun and every word before
it are words of the person's role; "the chancellor" is not the shadow chancellor, "the
minister" not the prime minister); with none so named, a description that opens its
sentence right after one that names one person only, as its subject, is that person. Not
two people of that role, a role word that disagrees ("Welsh" for a Scottish leader), a
person named only after it, a noun that only modifies another ("the MP expenses row").
Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of, named

from communique.extract.amounts_roleref import _agrees
from communique.record import Entity

pytestmark = pytest.mark.slow


def _person(text: str, name: str, role: str, ident: str) -> Entity:
    e = named(name, "PERSON", text, ident)
    e.roles = [role]
    return e


def _object(nlp: Any, text: str, amount: str, people: list[tuple[str, str]]) -> str:
    ents = [_person(text, n, r, f"p{i}") for i, (n, r) in enumerate(people)]
    got = next(a for a in amounts_of(nlp, text, entities=ents) if a.text == amount)
    return got.object or ""


@pytest.mark.parametrize(
    ("text", "amount", "people", "name"),
    [
        # the one person named before whose role agrees
        (
            "Home Secretary Tom Hale met the families on Friday. "
            "The home secretary's salary rose to £90,000 last year.",
            "£90,000",
            [("Tom Hale", "Home Secretary")],
            "Tom Hale",
        ),
        (
            "Chief executive Mary Stone joined Kestrel in 2001. "
            "The chief executive's bonus was £1.2m.",
            "£1.2m",
            [("Mary Stone", "Chief executive")],
            "Mary Stone",
        ),
        (
            "Raj Patel, the Tory leader, toured the north on Tuesday. "
            "Later the Tory leader's campaign spent £40,000 on posters.",
            "£40,000",
            [("Raj Patel", "the Tory leader")],
            "Raj Patel",
        ),
        (
            "Lena Marsh, the transport minister, opened the bridge. "
            "The minister's budget for roads is $3bn.",
            "$3bn",
            [("Lena Marsh", "transport minister")],
            "Lena Marsh",
        ),
        # a description opening the sentence after one whose one person is its subject
        (
            "Scottish Green leader Ann Price says she did nothing wrong. "
            "The Dundee MSP earns up to £25,000 a year from a property firm.",
            "£25,000",
            [("Ann Price", "Scottish Green leader")],
            "Ann Price",
        ),
    ],
)
def test_role_named(
    nlp: Any, text: str, amount: str, people: list[tuple[str, str]], name: str
) -> None:
    assert name in _object(nlp, text, amount, people)


@pytest.mark.parametrize(
    ("text", "amount", "people"),
    [
        # two of that role
        (
            "Health minister Lena Marsh met transport minister Raj Patel. "
            "The minister's budget for roads is $3bn.",
            "$3bn",
            [("Lena Marsh", "Health minister"), ("Raj Patel", "transport minister")],
        ),
        # another office
        (
            "Shadow chancellor Tom Hale spoke in Leeds. The chancellor's plan would save £2bn.",
            "£2bn",
            [("Tom Hale", "Shadow chancellor")],
        ),
        (
            "Prime Minister Tom Hale spoke in Leeds. The minister's plan would save £2bn.",
            "£2bn",
            [("Tom Hale", "Prime Minister")],
        ),
        # a place word that disagrees
        (
            "Scottish Labour leader Ann Price spoke in Perth. "
            "The Welsh Labour leader's pay is £80,000.",
            "£80,000",
            [("Ann Price", "Scottish Labour leader")],
        ),
        # the person is named only after it
        (
            "The chancellor's plan would save £2bn, said Chancellor Tom Hale.",
            "£2bn",
            [("Tom Hale", "Chancellor")],
        ),
        # the sentence before names two people, or its one person is not its subject
        (
            "Tory leader Jane Doe met Labour's John Roe. "
            "The Edinburgh MSP earns up to £30,000 a year from a law firm.",
            "£30,000",
            [("Jane Doe", "Tory leader"), ("John Roe", "Labour leader")],
        ),
        (
            "Protesters heckled Tory leader Jane Doe in Leith. "
            "The Edinburgh MSP earns up to £30,000 a year from a law firm.",
            "£30,000",
            [("Jane Doe", "Tory leader")],
        ),
    ],
)
def test_role_left(nlp: Any, text: str, amount: str, people: list[tuple[str, str]]) -> None:
    obj = _object(nlp, text, amount, people)
    assert not any(n in obj for n, _ in people)


@pytest.mark.parametrize(
    ("words", "role", "agrees"),
    [
        (["home", "secretary"], "Home Secretary", True),
        (["edinburgh", "msp"], "MSP for Edinburgh", True),
        (["prime", "minister"], "Prime Minister of the United Kingdom", True),
        (["chancellor"], "Chancellor of the Exchequer", True),
        (["chancellor"], "shadow chancellor", False),
        (["leader"], "deputy leader", False),
        (["minister"], "former minister", False),
        (["welsh", "leader"], "Scottish Labour leader", False),
    ],
)
def test_role_agrees(words: list[str], role: str, agrees: bool) -> None:
    assert _agrees(words, role) is agrees
