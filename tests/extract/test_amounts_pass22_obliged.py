"""Amounts: a twenty-second pass (issue 7), the least a rule asks. "Foreign investors will
have to construct at least 50,000 square meters": the minimum construction required, a
rule stated as fact, not a forecast of what will be built; so for "must invest at least
$10m". Left alone: a case ("would have to pay at least £500 if ...") and advice ("should
invest at least $5m"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Foreign investors will have to construct at least 50,000 square meters within a "
        "specific timeframe.",
        "50,000 square meters",
        ("minimum construction by foreign investors required", None),
    ),
    (
        "Firms must invest at least $10m in the region.",
        "$10m",
        ("minimum firms' investment in region required", None),
    ),
]

_GUARDS = [
    (
        "Buyers would have to pay at least £500 if the plan went ahead.",
        "£500",
        ("buyers' payment", "forecast"),
    ),
    ("The firm should invest at least $5m.", "$5m", ("firm's investment", "target")),
]


@pytest.mark.parametrize(("text", "amount", "expected"), _ROWS + _GUARDS)
def test_the_least_a_rule_asks(
    nlp: Any, text: str, amount: str, expected: tuple[str, str | None]
) -> None:
    a = amount_named(amounts_of(nlp, text), amount)
    assert (a.object, a.extra.get("modality")) == expected
