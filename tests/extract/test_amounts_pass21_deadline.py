"""Amounts: a twenty-first pass (issue 7), a deadline said after a planned change is the
value it goes to's. "aim to cut the jobless rate to 5% from 7.2% by 2008": "by 2008" is when
the 5% is to be reached, so the 5% takes the period (../2008-12-31) and the 7.2% is the
current rate, with none; "from 5% to 3% by 2007": the 5% is the current deficit though only
the 3% has a period; a target for sales starts from the current sales ("hopes to lift
sales to $2bn from $1.4bn by 2010"). Left alone: a time of the start's own ("rose to $5m from $3m in
2004"), a change that happened. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Ministers aim to cut the jobless rate to 4% from 6.5% by 2009.",
        "4%",
        (4, "percent", "=", "../2009-12-31", "jobless rate"),
    ),
    (
        "Ministers aim to cut the jobless rate to 4% from 6.5% by 2009.",
        "6.5%",
        (6.5, "percent", "=", None, "current jobless rate"),
    ),
    (
        "The government wants to cut the deficit from 5% to 3% by 2007.",
        "5%",
        (5, "percent", "=", None, "current deficit"),
    ),
    (
        "The firm hopes to lift sales to $2bn from $1.4bn by 2010.",
        "$2bn",
        (2e9, "USD", "=", "../2010-12-31", "the firm's sales"),
    ),
    (
        "The firm hopes to lift sales to $2bn from $1.4bn by 2010.",
        "$1.4bn",
        (1.4e9, "USD", "=", None, "the firm's current sales"),
    ),
]

_GUARDS = [
    (
        "The government wants to cut the deficit from 5% to 3% by 2007.",
        "3%",
        (3, "percent", "=", "../2007-12-31", "deficit"),
    ),
    (
        "Profits rose to $5m from $3m in 2004.",
        "$3m",
        (3e6, "USD", "=", "2004-01-01/2004-12-31", "Profits"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "expected"), _ROWS + _GUARDS)
def test_deadline_is_the_targets(
    nlp: Any, text: str, amount: str, expected: tuple[Any, ...]
) -> None:
    assert core_fields(amount_named(amounts_of(nlp, text), amount)) == expected
