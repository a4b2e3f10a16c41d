"""Amounts: the cheap gates in front of costly patterns give the pattern's own answer, every
time: `_Gated` (a pattern searched only when the text holds one of the strings every match
holds), the firm-metric and national-economy gates, and the comparator's last word read
back from the text's end. Every text is written by us."""

from __future__ import annotations

import re

import pytest

from communique.extract.amounts import _ECONOMY, _economy_said
from communique.extract.amounts_comparators import _tail_word
from communique.extract.amounts_owners import _FIRM_METRIC, _firm_metric
from communique.extract.amounts_words import _Gated

_WHEN = re.compile(r"\bin case\b", re.I)
_OWN = re.compile(r"['’]s\b")


@pytest.mark.parametrize(
    ("pattern", "needs", "text", "pos", "endpos"),
    [
        (_WHEN, ("in case",), "Savers kept cash In Case rates fell.", 0, 99),
        (_WHEN, ("in case",), "Savers kept cash in reserve.", 0, 99),
        (_WHEN, ("in case",), "Savers kept cash in case rates fell.", 0, 20),  # (past endpos)
        (_WHEN, ("in case",), "Kept in case, said Zoë.", 0, 99),  # (not ASCII: searched)
        (_WHEN, ("in case",), "KEPT ĪN CASE", 0, 99),
        (_OWN, ("'s", "’s"), "The firm's sales rose.", 0, 99),
        (_OWN, ("'s", "’s"), "The firm’s sales rose.", 4, 99),
        (_OWN, ("'s", "’s"), "The firm's sales rose.", 10, 99),  # (before pos)
        (_OWN, ("'s", "’s"), "The firms' sales rose.", 0, 99),
    ],
)
def test_gated_search_is_the_pattern_search(
    pattern: re.Pattern[str], needs: tuple[str, ...], text: str, pos: int, endpos: int
) -> None:
    got = _Gated(pattern, needs).search(text, pos, endpos)
    want = pattern.search(text, pos, endpos)
    assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize(
    "obj",
    [
        "profit",
        "profits\n",
        "rise in net profit in Russia",
        "rise in a b c d profit",
        "Total R&D spending",
        "a b c d production capacity",
        "write downs on stores",
        "cost of the new stadium",  # (not a firm's metric)
        "rise in a b c d e profit",  # (not: five modifiers)
        "Ford sales",
    ],
)
def test_firm_metric_gate(obj: str) -> None:
    got, want = _firm_metric(obj), _FIRM_METRIC.match(obj)
    assert (got and got.groupdict()) == (want and want.groupdict())


@pytest.mark.parametrize(
    "obj",
    [
        "rates",
        "rise in rates",
        "expansion",
        "the economy",
        "joblessness",
        "sales at big stores",
        "growths",  # (not a whole word)
        "price of the new stadium",  # (not an economy's)
    ],
)
def test_economy_gate(obj: str) -> None:
    assert _economy_said(obj) == bool(_ECONOMY.search(obj))


@pytest.mark.parametrize(
    "text",
    ["", ".", "..", "ab..", "u.s.", "3.5", "more than", "up to", "as much as 5", "café", "x 5x."],
)
def test_tail_word_is_the_pattern_search(text: str) -> None:
    want = re.search(r"[a-z0-9]+\.?$", text)
    assert _tail_word(text) == (want.group() if want else None)
