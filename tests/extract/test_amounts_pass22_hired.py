"""Amounts: a twenty-second pass (issue 7), whose "its" when a hired party speaks, and what
a reported sentence is about.

- "Advisors Goldman Sachs are understood to have valued its film unit at £300m": the
  advisers value their client's unit, so "its" is the firm the story is about, not theirs.
- "Rank will expose the shake-up on Friday, the Sunday Telegraph reported": the sentence is
  about Rank, not the paper that tells it, when a later "its" looks back to it.

Left alone: a firm that values its own unit ("Globex Motors valued its truck unit"). Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_quoted

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Leisure group Acme could sell its film arm. Acme will announce its results on Friday, "
        "the Sunday Herald reported. Advisors Goldman Sachs are understood to have valued its "
        "demerged film unit at £300m, the report added.",
        "£300m",
        "Acme's demerged film unit",
    ),
]

_GUARDS = [
    (
        "Globex Motors valued its truck unit at £200m.",
        "£200m",
        "Globex Motors's truck unit",
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_a_hired_partys_its(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_quoted(nlp, text), amount).object == obj
