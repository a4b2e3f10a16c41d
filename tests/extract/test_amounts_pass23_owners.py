"""Amounts: a twenty-third pass (issue 7), the owner of a bare object, from the name its
clause says holds it: "Mr Reed and his family hold a 14.2% stake": "Mr Reed's stake"; "The
IMF has 2,000 tonnes of gold": "IMF's gold". Left alone: a pronoun holder ("It holds a 5%
stake") and an object a possessive already owns. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    ("Mr Reed and his family hold a 14.2% stake.", "14.2%", "Mr Reed's stake"),
    ("The IMF has 2,000 tonnes of gold.", "2,000 tonnes", "IMF's gold"),
]

_GUARDS = [
    ("It holds a 5% stake.", "5%", "stake"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_the_owner_of_a_bare_object(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


def test_the_country_is_the_one_party(nlp: Any) -> None:
    text = "Peru is growing fast. The country's public debt includes $23bn owed to the IMF."
    got = amount_named(amounts_of(nlp, text), "$23bn")
    assert got.parties == ["PER"]
    assert got.object == "part of Peru's public debt"
