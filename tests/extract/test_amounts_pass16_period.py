"""Amounts: a sixteenth pass, periods, parties and modality an amount takes from another
amount's clause or misses where its sentence gives them. A count in a "for", "among" or
"across" phrase names the group another amount is measured for ("growth of 2.5% in 2006
for the 25 member states"): it does not take the year that hangs on that amount. A nation's
measure of its people ("30% out of work") in a story plainly about one country is that
country's when no body of another country is named there or just before. A "may not" or
"might not" says what is possible, not a forecast. A count of people in a sentence whose
only places are towns, regions or nations of one country is of that country. Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named

pytestmark = pytest.mark.slow

_KENYA = (
    "Kenya's economy slowed last year. Kenyan farmers blamed the drought, and Kenya's tea "
    "exports fell while talks with Uganda stalled. Prices kept rising."
)


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        # a count naming the group another amount is of: not that amount's year
        (
            "The agency forecast growth of 2.5% in 2006 for the 25 member states of the union.",
            "25 member states",
            None,
        ),
        (
            "The survey found a jobless rate of 9% in 2005 among the 40 towns of the valley.",
            "40 towns",
            None,
        ),
        # (not) the other amount itself, a count the change reaches ("to"), a period that
        # opens the sentence
        (
            "The agency forecast growth of 2.5% in 2006 for the 25 member states of the union.",
            "2.5%",
            "2006-01-01/2006-12-31",
        ),
        ("Exports rose 5% in 2004 to 30 countries.", "30 countries", "2004-01-01/2004-12-31"),
        (
            "In 2004 the charity raised £2m for 500 children.",
            "500 children",
            "2004-01-01/2004-12-31",
        ),
    ],
)
def test_group_count_period(nlp: Any, text: str, amount: str, period: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), amount).period == period


@pytest.mark.parametrize(
    ("text", "amount", "parties"),
    [
        # a nation's people out of work, in a story about one country
        (f"{_KENYA} Young people are hit hardest, with 30% out of work.", "30%", ["KEN"]),
        # (not) a story of two countries, or after a body of another country
        (
            "Kenya's economy slowed last year. Uganda's economy grew. Prices kept rising. "
            "Young people are hit hardest, with 30% out of work.",
            "30%",
            [],
        ),
        # people in the towns of one country
        (
            "Campaigners fear thousands of tenants may not be able to vote in Leeds's housing "
            "ballot.",
            "thousands of tenants",
            ["GBR"],
        ),
        (
            "Nearly 400 people were injured in riots that spread from Leeds to Manchester.",
            "400 people",
            ["GBR"],
        ),
        # (not) towns of two countries, people told by their nationality, money
        ("More than 300 people were hurt when floods hit Leeds and Lyon.", "300 people", []),
        (
            "More than 300 Polish workers were hurt when floods hit Leeds.",
            "300 Polish workers",
            ["POL"],
        ),
        ("The council will spend £3m on roads after floods hit Leeds.", "£3m", []),
    ],
)
def test_parties_of_place(nlp: Any, text: str, amount: str, parties: list[str]) -> None:
    assert amount_named(amounts_of(nlp, text), amount).parties == parties


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        # "may not", "might not": possible
        ("Up to 3,000 workers might not get a pay rise this year.", "3,000 workers", "possible"),
        ("The union fears 2,000 members may not receive the payment.", "2,000 members", "possible"),
        (
            "Officials warned that 5,000 voters may not be able to cast a ballot.",
            "5,000 voters",
            "possible",
        ),
        # (not) a plain "may", "will not", "could not" keep the forecast; a condition was
        # possible already
        ("The airline said it may lose $20m because of the strike.", "$20m", "forecast"),
        ("The airline said it will not lose more than $20m.", "$20m", "forecast"),
        ("The airline said it could not lose more than $20m.", "$20m", "forecast"),
        ("The airline said it may lose $20m if the strike goes ahead.", "$20m", "possible"),
    ],
)
def test_may_is_possible(nlp: Any, text: str, amount: str, modality: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).extra.get("modality") == modality


def test_no_article_country_after_another_body(nlp: Any) -> None:
    """(not) when a body of another country is named in the sentence or the one before."""
    text = (
        f"{_KENYA} The Bank of England gave its view. Young people are hit hardest, with 30% "
        "out of work."
    )
    entities = [
        named("Kenya", "COUNTRY", text, "KEN", "KEN"),
        named("Kenyan", "NORP", text, "KEN-n", "KEN"),
        named("Uganda", "COUNTRY", text, "UGA", "UGA"),
        named("Bank of England", "ORG", text, "BOE", "GBR"),
    ]
    got = amount_named(amounts_of(nlp, text, entities=entities), "30%")
    assert got.parties == []
    # (and with no such body, the country the story is about)
    text = f"{_KENYA} The bank gave its view. Young people are hit hardest, with 30% out of work."
    entities = [
        named("Kenya", "COUNTRY", text, "KEN", "KEN"),
        named("Kenyan", "NORP", text, "KEN-n", "KEN"),
        named("Uganda", "COUNTRY", text, "UGA", "UGA"),
    ]
    assert amount_named(amounts_of(nlp, text, entities=entities), "30%").parties == ["KEN"]
