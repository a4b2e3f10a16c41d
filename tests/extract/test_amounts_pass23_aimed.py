"""Amounts: a twenty-third pass (issue 7), what a plan is aimed at. "The shake-up is aimed at
making £86m in efficiency savings": "efficiency savings under shake-up"; "The plan aims to
save £86m a year": "savings under plan per year". Left alone: a body's aim (its own, said
by other rules: "Acme aims to save £86m a year"), and a plan a demonstrative points back to
("This funding is intended to ..."). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "The shake-up is aimed at helping making £86m in efficiency savings.",
        "£86m",
        "efficiency savings under shake-up",
    ),
    ("The plan aims to save £86m a year.", "£86m", "savings under plan per year"),
    (
        "The reforms are designed to raise £2bn in extra revenue.",
        "£2bn",
        "extra revenue under reforms",
    ),
    ("The scheme is intended to cut 5,000 jobs.", "5,000 jobs", "jobs cut under scheme"),
]

_GUARDS = [
    ("Acme aims to save £86m a year.", "£86m", "Acme's savings per year"),
    ("The council is aiming to cut 300 jobs.", "300 jobs", "jobs cut by the council"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_what_a_plan_is_aimed_at(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
