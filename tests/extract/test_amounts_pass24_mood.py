"""Amounts: a twenty-fourth pass (issue 7), the mood of an amount a plan word only stands
near. A clause of wanting whose subject is the counted people ("2,000 workers who hope to
keep their jobs") says what they want, not that the count is an aim; a guess at what is so
now ("estimates that the sector has $250m") is no forecast; and a count of what someone has
already ("my two children will inherit") is no forecast for the verb ahead. Left alone: an
amount a clause aims at ("the 2.5% which the government predicted"), a guess at what will
be ("estimates that the firm will lose $40m"), and a count with no owner ("some 37
countries could benefit"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS: list[tuple[str, str, str | None]] = [
    # the counted people want: the count is what is so
    ("Some 2,000 workers who hope to keep their jobs marched on Monday.", "2,000 workers", None),
    ("There are one million people on benefits who want to work.", "one million people", None),
    # a guess at what is so now
    ("The group estimates that the sector has $250m of unpaid loans.", "$250m", None),
    ("Officials reckon that the fund is worth £40m.", "£40m", None),
    # a count of what someone has already
    ("I wonder what world my two children will inherit.", "two children", None),
    ("Ford said its 400 dealers would stay open.", "400 dealers", None),
    # guards: an aim, a guess at what will be, a count to come
    ("Growth was below the 2.5% which the government predicted.", "2.5%", "forecast"),
    ("Analysts estimate that the firm will lose $40m next year.", "$40m", "forecast"),
    ("Some 37 countries could benefit from the plan.", "37 countries", "forecast"),
]


@pytest.mark.parametrize(("text", "amount", "mood"), _ROWS)
def test_the_mood_of_an_amount_near_a_plan_word(
    nlp: Any, text: str, amount: str, mood: str | None
) -> None:
    assert amount_named(amounts_of(nlp, text), amount).extra.get("modality") == mood


# Verbs of foreseeing, scheduling, guaranteeing and attempting: what they hold is still ahead.
_AHEAD = [
    (
        "The plan foresees a capacity of 7.8 million tonnes a year.",
        "7.8 million tonnes",
        "forecast",
    ),
    ("The government envisages spending of £5bn on roads.", "£5bn", "forecast"),
    ("The airline is scheduled to receive $40m in aid.", "$40m", "target"),
    ("The deal guarantees a minimum payment of £500 to each worker.", "£500", "pledge"),
    ("Acme is attempting to raise $2bn from investors.", "$2bn", "target"),
    # guard: a verb of none of them
    ("The airline received $40m in aid.", "$40m", None),
]


@pytest.mark.parametrize(("text", "amount", "mood"), _AHEAD)
def test_what_a_verb_of_foreseeing_holds_is_ahead(
    nlp: Any, text: str, amount: str, mood: str | None
) -> None:
    assert amount_named(amounts_of(nlp, text), amount).extra.get("modality") == mood
