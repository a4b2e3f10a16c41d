"""Amounts: a twenty-first pass (issue 7), a result's verb the tagger took for a noun.
After "saw"/"helped" and a noun, "report"/"post" of "saw Multiplex's construction division
report profits of A$35.1m" is often tagged as compounded with the result, so the object read
"Multiplex's construction division report profits"; it now reads "profits of Multiplex's
construction division". Left alone: a word of the noun itself ("Asahi's record profit"), a
verb tagged as one ("helped the firm report a profit of $9m"). Every sentence is written by
us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Higher costs saw Acme's building division report profits of $35m.",
        "$35m",
        (3.5e7, "USD", "=", None, "profits of Acme's building division"),
    ),
    (
        "Weak demand saw the group post losses of £12m.",
        "£12m",
        (1.2e7, "GBP", "=", None, "losses of group"),
    ),
]

_GUARDS = [
    (
        "Strong sales helped the firm report a profit of $9m.",
        "$9m",
        (9e6, "USD", "=", None, "the firm's profit"),
    ),
    (
        "Despite a record profit of 30bn yen, Kirin is cutting jobs.",
        "30bn yen",
        (3e10, "JPY", "=", None, "Kirin's record profit"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "expected"), _ROWS + _GUARDS)
def test_report_verb_read_as_verb(
    nlp: Any, text: str, amount: str, expected: tuple[Any, ...]
) -> None:
    assert core_fields(amount_named(amounts_of(nlp, text), amount)) == expected
