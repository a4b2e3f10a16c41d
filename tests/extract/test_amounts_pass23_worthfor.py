"""Amounts: a twenty-third pass (issue 7), what a deal worth an amount is for. "a deal worth
$2bn to build a pipeline": "value of deal to build pipeline"; "a deal worth 1bn euros for
Acme to sell 23 planes to Air Globex": "value of deal for Acme to sell planes to Air
Globex". Left alone: a deal with nothing after it. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "The firms signed a deal worth $2bn to build a pipeline.",
        "$2bn",
        "value of deal to build pipeline",
    ),
    (
        "Mr Smith signed a deal worth 1bn euros for Acme to sell 23 planes to Air Globex.",
        "1bn euros",
        "value of deal for Acme to sell planes to Air Globex",
    ),
]

_GUARDS = [
    ("The firms signed a deal worth $2bn.", "$2bn", "value of deal"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_what_a_deal_worth_an_amount_is_for(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
