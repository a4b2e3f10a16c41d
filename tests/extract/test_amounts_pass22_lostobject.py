"""Amounts: a twenty-second pass (issue 7), a preposition's object the parse made a second
subject. In "the number of people waiting more than 18 months as an inpatient in Wales has
fallen by 9.8%" the parse hangs "an inpatient in Wales" on "fallen" as a subject, leaving
"as" with no object: the object keeps the words ("... as inpatient in Wales"), where it used
to stop at "18 months". Left alone: a preposition with its own object ("treated as
outpatients"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "The figures showed the total number of people waiting more than 18 months as an "
        "inpatient in Wales has fallen by 9.8%.",
        "9.8%",
        (
            9.8,
            "percent",
            "=",
            None,
            "fall in total number of people waiting more than 18 months as inpatient in Wales",
        ),
    ),
]

_GUARDS = [
    (
        "The number of patients treated as outpatients rose by 4%.",
        "4%",
        (4, "percent", "=", None, "rise in number of patients treated as outpatients"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "expected"), _ROWS + _GUARDS)
def test_a_lost_object_is_kept(nlp: Any, text: str, amount: str, expected: tuple[Any, ...]) -> None:
    assert core_fields(amount_named(amounts_of(nlp, text), amount)) == expected
