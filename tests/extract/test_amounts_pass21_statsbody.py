"""Amounts: a twenty-first pass (issue 7), a statistics office named by its short name says
figures, it does not own them. "Average earnings rose by 4.3%, the ONS said": "rise in
Average earnings", not "rise in ONS's average earnings", as "the Office for National
Statistics said" already read; so for Eurostat and other offices. Left alone: a firm that
says its own figure ("Profits rose 9%, Acme said": Acme's). Every sentence is written by
us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Average earnings rose by 4.3%, the ONS said.",
        "4.3%",
        (4.3, "percent", "=", None, "rise in Average earnings"),
    ),
    (
        "Industrial output fell 0.4% in March, Eurostat said.",
        "0.4%",
        (0.4, "percent", "=", None, "fall in Industrial output in March"),
    ),
]

_GUARDS = [
    (
        "Average earnings rose by 4.3%, the Office for National Statistics said.",
        "4.3%",
        (4.3, "percent", "=", None, "rise in Average earnings"),
    ),
    (
        "Profits rose 9%, Acme said.",
        "9%",
        (9, "percent", "=", None, "rise in Acme's profits"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "expected"), _ROWS + _GUARDS)
def test_statistics_office_owns_nothing(
    nlp: Any, text: str, amount: str, expected: tuple[Any, ...]
) -> None:
    assert core_fields(amount_named(amounts_of(nlp, text), amount)) == expected
