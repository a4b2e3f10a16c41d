"""Amounts: a twenty-second pass (issue 7), money still to come and agreements made.

- Money a getter "will get" or "is to receive" is not yet received: "rise to be received by
  councils", not "rise received by councils"; money got already stays "received by".
- A headline's agreement ("US bank in $515m settlement") that the story tells as "agreed to
  pay $515m" is made: the agreement is a fact, only the payment it promises is pledged. A
  headline's bare payment the story pledges stays pledged.

Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_GOT = [
    (
        "Councils, which will get a rise of 4%, said they were pleased.",
        "4%",
        (4, "percent", "=", None, "rise to be received by councils"),
    ),
    (
        "Hospitals, which are to receive a grant of £5m, welcomed the news.",
        "£5m",
        (5e6, "GBP", "=", None, "grant to be received by hospitals"),
    ),
    # guard: got already
    (
        "Nurses, who received a rise of 3%, said they were pleased.",
        "3%",
        (3, "percent", "=", None, "rise received by nurses"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "expected"), _GOT)
def test_money_still_to_come(nlp: Any, text: str, amount: str, expected: tuple[Any, ...]) -> None:
    assert core_fields(amount_named(amounts_of(nlp, text), amount)) == expected


_HEADLINES = [
    (
        "Bank in $515m fraud settlement\n\nFive units of the bank have agreed to pay $515m "
        "to settle the fraud case.",
        None,
    ),
    (
        "Carmaker in $2bn supply deal\n\nThe carmaker has agreed to pay $2bn to secure its "
        "supply of batteries.",
        None,
    ),
    # guard: a headline's payment the story pledges
    (
        "Bank pays $515m\n\nFive units of the bank have agreed to pay $515m to settle the "
        "fraud case.",
        "pledge",
    ),
]


@pytest.mark.parametrize(("text", "modality"), _HEADLINES)
def test_a_headline_agreement_is_made(nlp: Any, text: str, modality: str | None) -> None:
    first = amounts_of(nlp, text)[0]
    assert first.span[1] <= text.index("\n")
    assert first.extra.get("modality") == modality
