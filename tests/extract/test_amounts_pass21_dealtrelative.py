"""Amounts: a twenty-first pass (issue 7), a price said in a relative clause names what was
dealt in. "the brewer Tolmar, which it bought for £2bn": the clause hangs on the thing
bought, so a bare "purchase" (or "sale to the Phoenix consortium") becomes "purchase of
brewer Tolmar" ("sale of UK car maker Rover to Phoenix consortium"), also where the parse
hung the price on a time after it ("for £10 five years ago"). Left alone: an object that
says what was dealt in already, a clause whose relative word is no object of the verb, a
price in a main clause. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "The bank owns the brewer Tolmar, which it bought for £2bn in 2001.",
        "£2bn",
        (2e9, "GBP", "=", "2001-01-01/2001-12-31", "purchase of brewer Tolmar"),
    ),
    (
        "The group sold its stake in Hollis, which it acquired for $300m, last year.",
        "$300m",
        (3e8, "USD", "=", None, "acquisition of Hollis"),
    ),
    (
        "She once ran the carmaker Dunlow which its owner sold for £10 six years ago to the"
        " Ardent consortium.",
        "£10",
        (10, "GBP", "=", None, "sale of carmaker Dunlow to Ardent consortium"),
    ),
]

_GUARDS = [
    # the relative clause names the thing itself
    (
        "Globex bought the hotel chain that Acme sold for €1.2bn.",
        "€1.2bn",
        (1.2e9, "EUR", "=", None, "hotel chain that Acme sold"),
    ),
    # a main clause: as before
    (
        "The bank bought the brewer Tolmar for £2bn in 2001.",
        "£2bn",
        (2e9, "GBP", "=", "2001-01-01/2001-12-31", "purchase of brewer Tolmar"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "expected"), _ROWS + _GUARDS)
def test_relative_deal_names_thing(
    nlp: Any, text: str, amount: str, expected: tuple[Any, ...]
) -> None:
    assert core_fields(amount_named(amounts_of(nlp, text), amount)) == expected
