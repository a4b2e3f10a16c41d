"""Amounts: a twenty-first pass (issue 7), two deeds joined by "or" that a count is accused
or suspected of are kept whole. "About 500 officials are accused of either awarding
themselves extra money or claiming salaries for 'non-existent' workers": told by its first
part only, the object reads as if all 500 awarded themselves money; the whole, its quotation
marks dropped, is kept up to 14 words. Left alone: a phrase past 14 words (by its first part,
as before), one deed, and a list that is no pair of deeds. Every sentence is written by
us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "About 300 guards are accused of either selling prison keys to inmates or smuggling"
        ' "special" phones into cells.',
        "300 guards",
        (
            300,
            "people",
            "~",
            None,
            "guards accused of either selling prison keys to inmates or smuggling special"
            " phones into cells",
        ),
    ),
    (
        "Some 80 staff are suspected of forging tax returns for clients or taking cash from"
        " the office safe.",
        "80 staff",
        (
            80,
            "people",
            "~",
            None,
            "staff suspected of forging tax returns for clients or taking cash from office safe",
        ),
    ),
]

_GUARDS = [
    # one deed: as before
    (
        "Some 60 teachers are accused of selling exam papers.",
        "60 teachers",
        (60, "people", "~", None, "teachers accused of selling exam papers"),
    ),
    # past 14 words: by its first part, as before
    (
        "About 90 officers are accused of either taking large cash bribes from local drug gangs"
        " or handing out secret police files to criminal friends in the city.",
        "90 officers",
        (
            90,
            "people",
            "~",
            None,
            "officers accused of taking large cash bribes from local drug gangs",
        ),
    ),
]


@pytest.mark.parametrize(("text", "amount", "expected"), _ROWS + _GUARDS)
def test_either_deeds_kept_whole(
    nlp: Any, text: str, amount: str, expected: tuple[Any, ...]
) -> None:
    assert core_fields(amount_named(amounts_of(nlp, text), amount)) == expected
