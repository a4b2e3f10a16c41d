"""Amounts: a twenty-second pass (issue 7), a share a thing is allowed to reach. "Foreign
investment of up to 100% will be allowed in the construction sector": the 100% is the limit
on foreign investment, not the investment. Left alone: a share with no allowing ("Foreign
investment of up to 30% is expected") and one not allowed ("is not allowed"). Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "The proposal states that foreign investment of up to 100% will be allowed in the "
        "construction sector.",
        "100%",
        "limit on foreign investment in construction sector",
    ),
    (
        "Foreign ownership of up to 49% is permitted in airlines.",
        "49%",
        "limit on foreign ownership",
    ),
]

_GUARDS = [
    ("Foreign investment of up to 30% is expected.", "30%", "Foreign investment"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_an_allowed_share_is_a_limit(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
