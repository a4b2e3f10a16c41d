"""Amounts: a twenty-third pass (issue 7), a part of a group a clause reaches. "The minister
has written to 40 of the teachers": "teachers the minister has written to", as for "40
teachers"; and a common noun opening the sentence is lower-cased in the middle of an
object ("workers officials have talked to"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "The minister has written to 40 of the teachers.",
        "40 of the teachers",
        "teachers the minister has written to",
    ),
    (
        "The inspector spoke to 12 of the farmers about the new rules.",
        "12 of the farmers",
        "farmers the inspector spoke to about new rules",
    ),
    ("Officials have talked to nine workers.", "nine workers", "workers officials have talked to"),
]

_GUARDS = [
    (
        "The minister has written to 40 teachers.",
        "40 teachers",
        "teachers the minister has written to",
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_a_part_of_a_group_a_clause_reaches(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
