"""Amounts: a twenty-third pass (issue 7), an amount the parse hung on a noun across a spaced
dash. "... will face fines up to a maximum of £2,500 - Licensees who refuse will lose their
licence": the parse makes £2,500 a modifier of "Licensees" of the next item; the amount is
read where that noun stands ("fines faced by ..."). A dash inside a wording ("£5-a-week")
is no such dash. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Licensees or employers who fail to enforce the law will face fines up to a maximum of "
        "£2,500 - Licensees who persistently refuse to comply will lose their licence.",
        "£2,500",
        "fines faced by licensees or employers who fail to enforce law",
    ),
]

_GUARDS = [
    (
        "Drivers who ignore the ban will face fines of up to a maximum of £500.",
        "£500",
        "fines faced by drivers who ignore ban",
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_an_amount_hung_across_a_dash(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
