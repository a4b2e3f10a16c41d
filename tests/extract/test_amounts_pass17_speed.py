"""Amounts: a seventeenth pass, on cost: guard rows for the cheap substring gates that spare
a pattern's scan (a text holding none of the words every match holds is not searched), to
pin what the gates let through and what they stop, for any later change that makes them
cheaper; and amounts whose reading passes such gates. Every sentence is written by us."""

from __future__ import annotations

import re
from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

from communique.extract.amounts_words import _Gated, _may_hold
from communique.extract.periods import find_periods

_SHIPS = _Gated(re.compile(r"(?i)\b(?:ships?|fleets?)\b"), ("ship", "fleet"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Fleet grew.", True),  # caseless: the lower-cased text holds "fleet"
        ("Two SHIPS sank.", True),
        ("Twenty boats sank.", False),  # none of the words: no scan
        ("Shipping costs rose.", False),  # the word is there, the pattern's match is not
    ],
)
def test_gated_search(text: str, found: bool) -> None:
    assert (_SHIPS.search(text) is not None) is found


def test_gated_search_window() -> None:
    text = "Boats sank. Ships sank."
    assert _SHIPS.search(text, 0, 11) is None  # (the words outside the window do not open it)
    assert _SHIPS.search(text, 12) is not None


@pytest.mark.parametrize(
    ("text", "words", "held"),
    [
        ("A Multi-Billion deal", ("multi",), True),
        ("A big deal", ("multi", "mega"), False),
        ("A MEGA deal", ("multi", "mega"), True),
        ("Kelvin \u212a units", ("x",), True),  # (a text whose lower case is no caseless test)
    ],
)
def test_may_hold(text: str, words: tuple[str, ...], held: bool) -> None:
    assert _may_hold(text, *words) is held


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Sales rose in the three months to June 2004.", "three months to June 2004"),
        ("Profits fell last year.", "last year"),
        ("Prices have risen since 2001.", "since 2001"),
        ("Prices rose sharply.", None),  # (no gate word, no year: no rule is tried)
    ],
)
def test_find_periods_gates(text: str, said: str | None) -> None:
    got = find_periods(text)
    if said is None:
        assert got == []
    else:
        assert any(said in p.text for p in got), got


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        # the sentence words the modality gates look for, and a sentence with none of them
        ("Globex would have earned $40m if the deal had gone ahead.", "$40m", "possible"),
        ("Globex earned $40m last year.", "$40m", None),
    ],
)
def test_modality_through_gates(nlp: Any, text: str, amount: str, modality: str | None) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    assert got.extra.get("modality") == modality
