"""Amounts: a twenty-second pass (issue 7), where money came from. "The $6bn which a Russian
state bank lent Rosneft came from Chinese banks": China is a party as well as Russia. Left
alone: a source with no country ("came from donors"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Officials said the $6bn which Russian state bank VEB lent state-owned Rosneft in turn "
        "came from Chinese banks.",
        "$6bn",
        ["RUS", "CHN"],
    ),
    (
        "The bank said the $3bn it lent to Acme came from British savers.",
        "$3bn",
        ["GBR"],
    ),
]

_GUARDS = [
    ("The $5m the charity raised came from donors.", "$5m", []),
]


@pytest.mark.parametrize(("text", "amount", "parties"), _ROWS + _GUARDS)
def test_where_money_came_from(nlp: Any, text: str, amount: str, parties: list[str]) -> None:
    assert amount_named(amounts_of(nlp, text), amount).parties == parties
