"""Amounts: a fifteenth pass, whose an amount is when its object names a state by no
country's name. An object with a bare state's word as the owner of what it measures -
"the government's offer", "ministers' plans", "the Treasury's stake", "the finance
ministry's", "government schemes", "state funding", "public sector borrowing", "X by (of,
from) the government" or "by a Labour government" - and no parties, in a sentence that names
no country, after one that names no other, is of the country the article is about (parties
only: the object is kept). Not a city's, a region's, a province's or another country's
government ("the provincial government's stake", "the municipal ministry", "foreign
governments"), not a body whose name opens with "State", not after a sentence about another
country. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of

from communique.extract.amounts_countries import _state_owned

pytestmark = pytest.mark.slow

_CHILE = "Chile has launched a bond swap to cut its debt, Chilean officials said."


@pytest.mark.parametrize(
    ("text", "amount", "parties"),
    [
        # a bare state's word owns what the object measures: the article's country
        (
            f"{_CHILE} The report urges a rise in state funding for museums to $40m.",
            "$40m",
            ["CHL"],
        ),
        (f"{_CHILE} Public sector borrowing reached $2bn in May.", "$2bn", ["CHL"]),
        (f"{_CHILE} A Socialist government would hire 2,000 teachers.", "2,000 teachers", ["CHL"]),
        (f"{_CHILE} The Treasury's stake in the airline is 30%.", "30%", ["CHL"]),
        (f"{_CHILE} The finance ministry's stake in the airline is 25%.", "25%", ["CHL"]),
        # (not) a province's, a city's or foreign governments', a name, nor after a sentence
        # about another country
        (f"{_CHILE} The provincial government's stake in the port is 30%.", "30%", []),
        (f"{_CHILE} The municipal ministry's stake in the airline is 30%.", "30%", []),
        (f"{_CHILE} About 30% of the bonds are held by foreign governments.", "30%", []),
        (f"{_CHILE} The State Oil Company's output rose 5%.", "5%", []),
        (
            f"{_CHILE} Argentina made a similar offer. The Treasury's stake in the airline is 30%.",
            "30%",
            [],
        ),
    ],
)
def test_state_owner_parties(nlp: Any, text: str, amount: str, parties: list[str]) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert got.parties == parties


@pytest.mark.parametrize(
    ("obj", "owned"),
    [
        ("share of lenders likely to accept terms of government's offer", True),
        ("rise in state funding for libraries", True),
        ("cut in public sector borrowing", True),
        ("loans from the Treasury", True),
        ("grants approved by the health ministry", True),
        ("ministers' plans for ports", True),
        ("farms helped by government schemes", True),
        ("hospitals closed by a Labour government", True),
        # (not) a city's, a region's, another body's or a firm's
        ("city government's stake in the bus firm", False),
        ("spending by regional government", False),
        ("Welsh government spending on roads", False),
        ("shadow chancellor's plans", False),
        ("loans from foreign governments", False),
        ("public offer of shares", False),
        ("State Grid's output", False),
        ("share of voters who trust the government", False),
        ("money the state will spend", False),
    ],
)
def test_state_owned_object(obj: str, owned: bool) -> None:
    assert _state_owned(obj) is owned
