"""The cheap tests that stand in for patterns in the amounts steps give the patterns' own
answers: digit runs found by string search are the runs `\\d` finds (any decimal digit, not
only ASCII ones), a word test in a lower-cased text is trusted for a caseless pattern only
where lower-casing is the pattern's caseless test (no dotless or dotted "i", long "s" or
Kelvin sign), and whitespace runs made one space only where the text has any."""

from __future__ import annotations

import re

import pytest

from communique.extract.amounts_comparators import _SPACES, _one_spaced
from communique.extract.amounts_hits import _DIGIT_RUN, _digit_run_starts
from communique.extract.amounts_words import _caseless_low, _Gated, _may_hold

_DIGIT_TEXTS = [
    "Profits rose 12% to £1.2bn in 2004.",
    "",
    "7",
    "a 737-800 jet, 10 of them, 2,500 seats",
    "x9y99z999",
    "Sales of \u0661\u0662 units and 34 more",  # (Arabic-Indic digits are digits too)
    "“Quoted” 45 – and ’94",
]


@pytest.mark.parametrize("text", _DIGIT_TEXTS)
def test_digit_run_starts_are_the_patterns(text: str) -> None:
    assert _digit_run_starts(text) == [m.start() for m in _DIGIT_RUN.finditer(text)]


@pytest.mark.parametrize(
    ("text", "words", "may"),
    [
        ("a further £2bn", ("further",), True),
        ("a FURTHER 2bn", ("further",), True),
        ("rose by 5%", ("further", "extra"), False),
        ("rose by £5 “in all”", ("further", "extra"), False),  # (not ASCII, still tested)
        ("a mult\u0131-billion deal", ("multi",), True),  # (dotless i: the pattern may match)
        ("\u212a", ("k",), True),  # (the Kelvin sign is a "k" to a caseless pattern)
    ],
)
def test_may_hold(text: str, words: tuple[str, ...], may: bool) -> None:
    assert _may_hold(text, *words) is may


def test_dotless_i_is_left_to_the_pattern() -> None:
    pattern = re.compile(r"\bmulti", re.I)
    text = "a mult\u0131-billion deal"
    assert _caseless_low(text) is None
    assert pattern.search(text) is not None  # (which a lower-case test would have missed)


def test_gated_search_matches_the_pattern() -> None:
    gated = _Gated(re.compile(r"\b(extra|further)\s+$", re.I), ("extra", "further"))
    for text in ("a Further ", "an extra £", "no more ", "“a further ", "Extr\u0131 "):
        want = gated.pattern.search(text)
        got = gated.search(text)
        assert (got and got.group()) == (want and want.group())


@pytest.mark.parametrize(
    "text", ["up to", "up  to", "up\tto", "up\u00a0to", "more than\n", "plain words"]
)
def test_one_spaced(text: str) -> None:
    assert _one_spaced(text) == _SPACES.sub(" ", text)
