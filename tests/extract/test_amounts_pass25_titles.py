"""Amounts: a twenty-fifth pass (issue 7), numbers that are no amounts and money a thing
takes. A number written in capitalised words inside a lower-case sentence is part of a
title ("starring in Million Dollar Baby"), "won" after a number is the verb when it has an
object ("The team of 11 won the cup"), and a distance before a word of racing is the race's
name ("the 60m hurdles": metres, not millions); money a film or show takes or grosses is its
takings, named by its whole phrase. Left alone: a headline's capitalised count, a
sentence's opening count, money in won, and money taken with no named taker. Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_NONE: list[tuple[str, str]] = [
    ("She won praise for her role in Million Dollar Baby last year.", "Million Dollar"),
    ("Critics placed it in the Top Ten Essentials list for 2005.", "Ten Essentials"),
    ("The team of 11 won the cup in 2003.", "11 won"),
    ("The sequel Rocky 2 won the audience award.", "2 won"),
    ("She was nominated for her part in 21 Grams last year.", "21 Grams"),
    # a race's distance, in metres: the event's name
    ("She set a British record over 60m hurdles in Birmingham.", "60m"),
    ("He is one of the fastest 800m runners in the world this winter.", "800m"),
    ("He missed the 100m and 200m finals in Athens.", "200m"),
    ("The two-time Olympic 10,000 metres champion will run in Leeds.", "10,000"),
]


@pytest.mark.parametrize(("text", "said"), _NONE)
def test_a_title_or_a_verb_is_no_amount(nlp: Any, text: str, said: str) -> None:
    assert all(said not in a.text for a in amounts_of(nlp, text))


_KEPT: list[tuple[str, str, float, str]] = [
    ("Exports rose to 100 trillion won last year.", "100 trillion won", 1e14, "KRW"),
    ("The painting sold for 30 won.", "30 won", 30.0, "KRW"),
    ("Five Million Germans Out Of Work", "Five Million Germans", 5e6, "people"),
    ("Hundreds of documents were lost in the fire.", "Hundreds of documents", 100.0, "documents"),
    ("Police say 500 Britons were stranded on the island.", "500 Britons", 500.0, "people"),
    ("The network now has 60m customers.", "60m customers", 6e7, "people"),
    ("She cleared 4.89 metres in Lievin on Saturday.", "4.89 metres", 4.89, "metres"),
    ("The club paid £60m for the striker.", "£60m", 6e7, "GBP"),
]


@pytest.mark.parametrize(("text", "said", "value", "unit"), _KEPT)
def test_amounts_beside_those_stay(nlp: Any, text: str, said: str, value: float, unit: str) -> None:
    a = amount_named(amounts_of(nlp, text), said)
    assert (a.value, a.unit) == (value, unit)


_TAKINGS: list[tuple[str, str, str | None]] = [
    (
        "The second Harry Potter film took $90m at the box office in its first weekend.",
        "$90m",
        "takings of second Harry Potter film",
    ),
    ("The musical Cats, which grossed $50m, closes next week.", "$50m", "takings of musical Cats"),
    # a participle shares its clause's subject
    (
        "Big Fish entered the chart at number two, taking $12m.",
        "$12m",
        "takings of Big Fish",
    ),
    (
        "The thriller shot to the top of the chart after taking $22m.",
        "$22m",
        "takings of thriller",
    ),
]


@pytest.mark.parametrize(("text", "said", "obj"), _TAKINGS)
def test_money_a_thing_takes(nlp: Any, text: str, said: str, obj: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), said).object == obj
