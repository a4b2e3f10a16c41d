"""Amounts: a seventeenth pass, the one a subject "it" or "they" stands for. A main clause's
subject "it" or "they" whose verb an amount's object is built from stands for the subject of
the sentence before, when that names one body the pronoun agrees with ("it" one firm, body
or country, or a country's government; "they" a group, a government or a name) and neither
sentence names a rival; the object then says who did the deed ("funds on which penalties
were imposed by Ofcom", "land seized by prosecutors"), and a country (or its government) so
named is the amount's party; a pact the amount is of whose participle names no doer was
reached by them ("settlement reached by drug firms with 20 states"). Not when the sentence
before is about a person, a thing or two names, nor when the pronoun's own sentence names
another body before it. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_OFCOM = "Ofcom has vowed to clean up the phone market."
_PROSECUTORS = "Prosecutors in the north have targeted a large cattle ranch near the border."


@pytest.mark.parametrize(
    ("text", "amount", "wanted"),
    [
        # the doer the "it" or "they" stands for, named by the sentence before
        (
            f"{_OFCOM} Since 2002, it has imposed penalties totalling nearly $40m on 12 operators.",
            "12 operators",
            "operators on which penalties were imposed by Ofcom",
        ),
        (
            f"{_OFCOM} Since 2002, it has imposed penalties totalling nearly $40m on 12 operators.",
            "$40m",
            "penalties imposed by Ofcom on 12 operators",
        ),
        (
            f"{_PROSECUTORS} They now plan to seize 9,000 acres from the ranch.",
            "9,000 acres",
            "land prosecutors plan to seize from ranch",
        ),
    ],
)
def test_doer_the_pronoun_stands_for(nlp: Any, text: str, amount: str, wanted: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == wanted


@pytest.mark.parametrize(
    ("text", "amount", "wanted"),
    [
        # (not) a person before, two bodies before, a rival in the pronoun's own sentence
        (
            "Mr Brown has vowed to clean up the phone market. Since 2002, it has imposed "
            "penalties totalling nearly $40m on 12 operators.",
            "12 operators",
            "operators on which penalties were imposed",
        ),
        (
            "Ofcom and Oftel have vowed to clean up the phone market. Since 2002, it has imposed "
            "penalties totalling nearly $40m on 12 operators.",
            "12 operators",
            "operators on which penalties were imposed",
        ),
        (
            f"{_OFCOM} After Vodafone complained, it imposed penalties totalling "
            "nearly $40m on 12 operators.",
            "12 operators",
            "operators on which penalties were imposed",
        ),
    ],
)
def test_no_doer_when_unclear(nlp: Any, text: str, amount: str, wanted: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == wanted


@pytest.mark.parametrize(
    ("text", "amount", "parties"),
    [
        # the country a government "it" or "they" stands for
        (
            "Brazil's government has promised to curb the cost of fuel. It now wants to cut "
            "petrol prices by 15%.",
            "15%",
            ["BRA"],
        ),
        # (not) a firm's figures, nor a person before
        (
            "Petrobras has promised to curb the cost of fuel. It now wants to cut petrol prices "
            "by 15%.",
            "15%",
            [],
        ),
        (
            "Mr Silva has promised to curb the cost of fuel. He said it now wants to cut petrol "
            "prices by 15%.",
            "15%",
            [],
        ),
    ],
)
def test_party_the_pronoun_stands_for(nlp: Any, text: str, amount: str, parties: list[str]) -> None:
    assert amount_named(amounts_of(nlp, text), amount).parties == parties


@pytest.mark.parametrize(
    ("text", "amount", "wanted"),
    [
        # a pact reached by the ones a "they" stands for
        (
            "The drug firms deny any wrongdoing. They say they have already met most of the "
            "rules in a $3bn settlement reached with 20 states in 2001.",
            "$3bn",
            "settlement reached by drug firms with 20 states",
        ),
        # (not) when the sentence before is about a person
        (
            "Mr Jones denies any wrongdoing. They say they have already met most of the rules "
            "in a $3bn settlement reached with 20 states in 2001.",
            "$3bn",
            "settlement reached with 20 states",
        ),
    ],
)
def test_pact_of_the_pronoun(nlp: Any, text: str, amount: str, wanted: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == wanted
