"""Amounts: a twentieth pass (issue 7), objects not cut short inside the sentence's own words.
A list of names after the noun an object keeps goes on whole where a proper noun makes the
first a name ("at Wandsworth jail, London, and Strangeways, Manchester": the second place
too), and where the parse hung the rest of the list on the noun before as an apposition ("in
the House of Commons, European Parliament, Welsh Assembly or ..."); a phrase of the same
preposition said again after "and" is a second of its kind ("in Scotland and in Wales"); a
list of offences after a count's verb is kept whole, whether the parse kept it inside the
phrase or joined it to the verb ("in connection with suspected fraud, theft from employers
and forgery of documents"); and a sum some, many or most of a group get or earn says so
when the sentence sets them against the rest ("pay varies, with some nurses earning ...").
Left alone: a time, a phrase that opens a clause of its own ("and in Leeds it opened"), a
comma before the rest of the sentence ("..., police said"), a group with no such word, and
a lone "some" with no others set against it. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import object_of

pytestmark = pytest.mark.slow

_ROWS = [
    # a list of named places: the second place too
    (
        "The inspectors said the treatment of 30 prisoners at Wandsworth jail, London, and"
        " Strangeways, Manchester, was poor.",
        "30 prisoners",
        "treatment of prisoners at Wandsworth jail, London and Strangeways, Manchester",
    ),
    (
        "The report found that the detention of 40 asylum seekers at Harmondsworth centre,"
        " Middlesex, and Yarl's Wood, Bedfordshire, was too long.",
        "40 asylum seekers",
        "detention of asylum seekers at Harmondsworth centre, Middlesex and Yarl's Wood",
    ),
    # a list of names the parse hung on the noun before
    (
        "Help will be extended to every party with at least four members in the House of"
        " Commons, European Parliament, Welsh Assembly or Northern Ireland Assembly.",
        "four members",
        "members in House of Commons, European Parliament, Welsh Assembly or Northern Ireland"
        " Assembly",
    ),
    # the same preposition said again after "and"
    (
        "Around £2bn spent on roads in Scotland and in Wales was wasted, the audit office said.",
        "£2bn",
        "spending on roads in Scotland and in Wales",
    ),
    # a list of offences, inside the phrase or joined to the verb by the parse
    (
        "Nine women had been held in connection with suspected benefit fraud, theft from"
        " employers and forgery of documents.",
        "Nine women",
        "women held in connection with suspected benefit fraud, theft from employers and"
        " forgery of documents",
    ),
    (
        "Six men had been held variously in connection with suspected public order offences,"
        " conspiracy to commit arson and possession of a weapon.",
        "Six men",
        "men held in connection with suspected public order offences, conspiracy to commit"
        " arson and possession of weapon",
    ),
    # what some of a group earn
    (
        "Pay varies by region, with some nurses earning just £300 a week for night shifts.",
        "£300",
        "earnings of some nurses per week",
    ),
]

_GUARDS = [
    # a time after "and", and a phrase opening a clause of its own
    (
        "Sales of cars rose 5% in May and in June the firm cut prices.",
        "5%",
        "rise in Sales of cars in May",
    ),
    (
        "Acme spent £5m on shops in London and in Leeds it opened a store.",
        "£5m",
        "Acme's spending on shops in London",
    ),
    # a comma before the rest of the sentence, no list
    (
        "Ten men were held in connection with the robbery, police said.",
        "Ten men",
        "men held in connection with robbery",
    ),
    # a group with no word of quantity
    ("Nurses earn £400 a week in London.", "£400", "earnings of nurses per week in London"),
    ("Some pensioners receive £90 a week.", "£90", "payment to pensioners per week"),
]


@pytest.mark.parametrize(("text", "amount", "want"), _ROWS)
def test_objects_kept_whole(nlp: Any, text: str, amount: str, want: str) -> None:
    assert object_of(nlp, text, amount) == want


@pytest.mark.parametrize(("text", "amount", "want"), _GUARDS)
def test_objects_left_alone(nlp: Any, text: str, amount: str, want: str) -> None:
    assert object_of(nlp, text, amount) == want
