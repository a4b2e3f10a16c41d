"""Amounts: a twenty-second pass (issue 7), the place of a cause is not the owner of the
figure it brought about. "Higher costs at a site in London saw Acme's building arm report
profits of $35m": Acme's profits, not the UK's. Left alone: a subject that owns the figure
("The German carmaker saw profits fall", "China saw exports rise") and a cause with no
named doer after it. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Higher costs at a site in London's Docklands saw Acme's building arm report profits "
        "of $35m.",
        "$35m",
        [],
    ),
    ("Strong demand in China saw Globex report profits of $5m.", "$5m", []),
]

_GUARDS = [
    ("The German carmaker saw fourth quarter profits fall to 785m euros.", "785m euros", ["DEU"]),
    ("China saw exports rise by 5%.", "5%", ["CHN"]),
]


@pytest.mark.parametrize(("text", "amount", "parties"), _ROWS + _GUARDS)
def test_a_causes_place_is_not_the_owner(
    nlp: Any, text: str, amount: str, parties: list[str]
) -> None:
    assert amount_named(amounts_of(nlp, text), amount).parties == parties
