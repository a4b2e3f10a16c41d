"""Amounts: a twenty-fifth pass (issue 7), money "for" a move between sides is its fee, said
with the move: who (when the sentence names them), where to and where from. Left alone:
money "for" what a verb of signing takes as its object ("signed a deal for £5m"). Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS: list[tuple[str, str, str | None]] = [
    (
        "Obafemi Martins is joining Porto for nearly $15m.",
        "$15m",
        "fee for Obafemi Martins joining Porto",
    ),
    (
        "The defender, who joined Celtic from Ajax for £2.1m last summer, is injured.",
        "£2.1m",
        "fee for joining Celtic from Ajax",
    ),
    ("Silva moved to Leeds in 2002 for £3m.", "£3m", "fee for Silva moving to Leeds"),
    # guard: a deal signed for money is the deal's
    ("Acme signed a deal for £5m with the council.", "£5m", "Acme's deal"),
]


@pytest.mark.parametrize(("text", "said", "obj"), _ROWS)
def test_money_for_a_move_is_its_fee(nlp: Any, text: str, said: str, obj: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), said).object == obj
