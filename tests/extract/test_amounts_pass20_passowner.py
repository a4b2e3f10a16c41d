"""Amounts: a twentieth pass (issue 7), whose money it is when the clause that moves it
does not say. An object made from a money verb ("spending on", "payment to", "investment
in", "donation to") whose verb has a subject "it" or "they", or is a passive with no "by"
phrase, names the one body the sentence before is about: "Brackwater Council has faced
criticism over its budget. Just £2.5m was spent on road repairs last year" gives
"Brackwater Council's spending on road repairs". Left alone across a paragraph, in a
quote, for a "by" phrase, a first person, a verb of saying before, a person, a subject of
no body, a clause of another's verb, or a sentence that names a body or place of its own.
Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_NAMED = [
    # a passive money verb with no doer: the body the sentence before is about
    (
        "Brackwater Council has faced criticism over its budget. Just £2.5m was spent on road"
        " repairs last year.",
        "£2.5m",
        (2.5e6, "GBP", "=", None, "Brackwater Council's spending on road repairs"),
    ),
    (
        "Norland Telecom has struggled to win customers. Only £3m was spent on marketing in 2004.",
        "£3m",
        (3e6, "GBP", "=", "2004-01-01/2004-12-31", "Norland Telecom's spending on marketing"),
    ),
    (
        "Chile has raised taxes on copper. Only $50m was invested in new mines in 2004.",
        "$50m",
        (5e7, "USD", "=", "2004-01-01/2004-12-31", "Chile's investment in new mines"),
    ),
    (
        "The Thornbury Trust has won praise from its donors. Some £600,000 was donated to"
        " local hospitals in 2004.",
        "£600,000",
        (
            6e5,
            "GBP",
            "~",
            "2004-01-01/2004-12-31",
            "Thornbury Trust's donation to local hospitals",
        ),
    ),
    # a subject "it" or "they": the one body the sentence before names
    (
        "Peru has raised fuel taxes twice this year. It spent $800m on road building in 2003.",
        "$800m",
        (8e8, "USD", "=", "2003-01-01/2003-12-31", "Peru's spending on road building"),
    ),
    (
        "Greece has missed its deficit target again. It spent $2bn on the Olympic Games in 2004.",
        "$2bn",
        (2e9, "USD", "=", "2004-01-01/2004-12-31", "Greece's spending on Olympic Games"),
    ),
    (
        "Tobacco companies face new limits on advertising. They spent $900m on sponsorship in"
        " 2004.",
        "$900m",
        (
            9e8,
            "USD",
            "=",
            "2004-01-01/2004-12-31",
            "tobacco companies' spending on sponsorship",
        ),
    ),
]

_KEPT = [
    # another paragraph
    (
        "Norland Telecom has struggled to win customers.\n\nOnly £3m was spent on marketing"
        " in 2004.",
        "£3m",
        (3e6, "GBP", "=", "2004-01-01/2004-12-31", "spending on marketing"),
    ),
    # a place or body of the sentence's own
    (
        "Norland Telecom has struggled to win customers. Only £3m was spent on marketing in"
        " France.",
        "£3m",
        (3e6, "GBP", "=", None, "spending on marketing in France"),
    ),
    # the sentence before says who said it: the sayer owns no money
    (
        "Analysts at Harwick Bank said demand was weak. Only £3m was spent on marketing.",
        "£3m",
        (3e6, "GBP", "=", None, "spending on marketing"),
    ),
    # a person before: their own sentence tells theirs
    (
        "Jo Tate has struggled to find work. Only £300 was spent on training courses.",
        "£300",
        (300.0, "GBP", "=", None, "spending on training courses"),
    ),
    # someone's words, and a first person
    (
        '"We have struggled to win customers," said the chief executive. "Only £3m was spent'
        ' on marketing."',
        "£3m",
        (3e6, "GBP", "=", None, "spending on marketing"),
    ),
    (
        "Norland Telecom said it had struggled. We spent £3m on marketing.",
        "£3m",
        (3e6, "GBP", "=", None, "spending on marketing"),
    ),
    # no body before for the "it"
    (
        "Prices have risen sharply this year. It spent £3m on marketing.",
        "£3m",
        (3e6, "GBP", "=", None, "spending on marketing"),
    ),
    # a passive in a clause of another's verb
    (
        "Norland Telecom has struggled to win customers. The firm said £3m was spent on marketing.",
        "£3m",
        (3e6, "GBP", "=", None, "spending on marketing"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "fields"), _NAMED + _KEPT)
def test_passive_owner_named(
    nlp: Any, text: str, amount: str, fields: tuple[float, str, str, str | None, str]
) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    assert core_fields(got) == fields


def test_passive_owner_country_is_party(nlp: Any) -> None:
    # a country that owns the money is the amount's party
    text = "Chile has raised taxes on copper. Only $50m was invested in new mines in 2004."
    assert amount_named(amounts_of(nlp, text), "$50m").parties == ["CHL"]
