"""Amounts: a twenty-third pass (issue 7), a rate per a named share. "an informal offer of
530 pence per LSE share": "Globex's informal offer per LSE share", not the whole offer. A
lower-case word between is no name ("per new share" is left to the other rules). Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Globex put an informal offer of 530 pence per LSE share on the table.",
        "530 pence",
        "Globex's informal offer per LSE share",
    ),
]

_GUARDS = [
    ("Globex offered 530p per share.", "530p", "Globex's offer per share"),
    ("The fee is £5 a year.", "£5", "fee per year"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_a_rate_per_a_named_share(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
