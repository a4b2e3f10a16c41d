"""Numbers as written in news, and the lexicon's currency codes."""

from __future__ import annotations

from decimal import Decimal

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.extract.amounts_lexicon import lexicon
from communique.extract.amounts_numbers import digits_value, plain, words_value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two", 2),
        ("twenty-five", 25),
        ("a hundred", 100),
        ("three hundred and forty two", 342),
        ("two million", 2_000_000),
        ("half a million", 500_000),
        ("one and a half billion", 1.5e9),
        ("one point three", 1.3),
        ("two point five nine", 2.59),
        ("a one point three", 1.3),
        ("a dozen", 12),
        ("two dozen", 24),
        ("ten thousand", 10_000),
        ("a million", 1e6),
        ("seventy-five thousand", 75_000),
        ("one hundred thousand", 100_000),
    ],
)
def test_words(text: str, value: float) -> None:
    got = words_value(text)
    assert got is not None and float(got) == value


@pytest.mark.parametrize("text", ["a", "and", "an", "the"])
def test_not_words(text: str) -> None:
    assert words_value(text) is None


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_commas_round_trip(n: int) -> None:
    assert digits_value(f"{n:,}") == Decimal(n)


def test_plain_floats_have_no_binary_noise() -> None:
    assert plain(Decimal("1.13") * Decimal(10) ** 9) == 1_130_000_000.0


def test_lexicon_codes_are_iso_4217() -> None:
    iso = {c.alpha_3 for c in pycountry.currencies} | {"ZWL"}
    lx = lexicon()
    codes = set(lx.symbols.values()) | set(lx.words.values()) | {c for c, _ in lx.minor.values()}
    codes |= {c for by in lx.local.values() for c in by.values()}
    assert codes <= iso, codes - iso


def test_local_currency_tables_use_country_codes() -> None:
    known = {c.alpha_3 for c in pycountry.countries}
    assert {c for by in lexicon().local.values() for c in by} <= known
