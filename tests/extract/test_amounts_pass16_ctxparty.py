"""Amounts: a sixteenth pass, whose an amount is when its sentence takes up an event named
before. An amount with no parties whose object names an event that befalls a country (a
genocide, war, famine, flood, earthquake, election) that its sentence calls "the famine"
("the 1994 genocide"), with no place of its own and no country named in the sentence, is of
the country the nearest earlier naming of the same event places it in ("the Sudanese
famine", "the genocide in Rwanda"). Not another event ("a new drought" after "the Sudanese
famine"), not an indefinite one ("a famine"), not one named before with no place or with two
sides' ("the Iran-Iraq war"), not a firm's figure ("Acme's sales rose 5% despite the war"),
and a country of the sentence's own wins. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of

pytestmark = pytest.mark.slow

_FAMINE = "Aid agencies have sent grain to survivors of the Sudanese famine."


@pytest.mark.parametrize(
    ("text", "amount", "parties"),
    [
        # the event named bare is the one named before with its country
        (f"{_FAMINE} Some 40,000 children died during the famine.", "40,000 children", ["SDN"]),
        (
            "The charity works with survivors of the genocide in Rwanda. "
            "About 9,000 orphans lost both parents in the genocide.",
            "9,000 orphans",
            ["RWA"],
        ),
        (
            "Relief workers reached villages cut off by the Bangladeshi floods. "
            "More than 300 people drowned in the floods.",
            "300 people",
            ["BGD"],
        ),
        (
            "Rescuers are still searching the ruins left by the Iranian earthquake. "
            "At least 2,000 homes were destroyed in the 2003 earthquake.",
            "2,000 homes",
            ["IRN"],
        ),
        (
            "The UN is sending doctors to help victims of the Angolan war. "
            "About 50,000 children were orphaned by the war.",
            "50,000 children",
            ["AGO"],
        ),
        # (not) another event, an indefinite one, one named with no place or two sides', a
        # firm's figure; the sentence's own country wins
        (
            "Monitors have flocked to the Ukrainian election. "
            "About 12,000 soldiers were killed during the war.",
            "12,000 soldiers",
            [],
        ),
        (
            "The Sudanese famine ended in May. Aid workers fear a new drought. "
            "Some 40,000 farmers lost crops in the drought.",
            "40,000 farmers",
            [],
        ),
        (f"{_FAMINE} Some 40,000 children died during a famine.", "40,000 children", []),
        (
            "Aid agencies have sent grain to survivors of the famine. "
            "Some 40,000 children died during the famine.",
            "40,000 children",
            [],
        ),
        (
            "Historians still study the Iran-Iraq war. "
            "About 12,000 soldiers were killed during the war.",
            "12,000 soldiers",
            [],
        ),
        ("Veterans marched against the Iraq war. Acme's sales rose 5% despite the war.", "5%", []),
        (
            "Veterans marched against the Iraq war. Globex's losses in the war reached $5m.",
            "$5m",
            [],
        ),
        (
            f"{_FAMINE} Some 40,000 children in Ethiopia died during the famine.",
            "40,000 children",
            ["ETH"],
        ),
    ],
)
def test_event_country_before(nlp: Any, text: str, amount: str, parties: list[str]) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert got.parties == parties
