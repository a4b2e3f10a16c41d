"""Amounts: a twenty-first pass (issue 7), what the counted were caught doing, and what was
brought against them. "Four guards were caught selling keys to inmates": the participle
says what the count is of ("guards caught selling keys to inmates", not "guards caught");
so for "seen", "found", "spotted", "filmed". "fraud allegations made against three
councillors": a participle's "against" the counted names what they face ("councillors
facing fraud allegations"), as "complaints against 14 officers" already read, with whose
deed it was when the noun is a verb's object ("charges brought against 12 protesters" that
prosecutors dropped). Left alone: a "to" clause (read before), "fought against" (no noun
faced), a count of things. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "Four guards in Leeds were caught selling keys to inmates.",
        "Four guards",
        (4, "people", "=", None, "guards in Leeds caught selling keys to inmates"),
    ),
    (
        "About 20 men were seen carrying weapons near the border.",
        "20 men",
        (20, "people", "~", None, "men seen carrying weapons near border"),
    ),
    (
        "The inquiry follows bribery allegations made against three other Derby councillors"
        " in the Alvaston ward.",
        "three other Derby councillors",
        (
            3,
            "people",
            "=",
            None,
            "other Derby councillors in Alvaston ward facing bribery allegations",
        ),
    ),
    (
        "Prosecutors dropped charges brought against 12 protesters.",
        "12 protesters",
        (12, "people", "=", None, "protesters facing charges dropped by prosecutors"),
    ),
]

_GUARDS = [
    (
        "Police are investigating complaints against 14 officers.",
        "14 officers",
        (14, "people", "=", None, "officers facing complaints investigated by police"),
    ),
    (
        "The army fought against 300 rebels.",
        "300 rebels",
        (300, "people", "=", None, "rebels the army fought against"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "expected"), _ROWS + _GUARDS)
def test_caught_doing_and_faced(
    nlp: Any, text: str, amount: str, expected: tuple[Any, ...]
) -> None:
    assert core_fields(amount_named(amounts_of(nlp, text), amount)) == expected
