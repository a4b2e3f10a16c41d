"""Amounts: an eighteenth pass, parties told by who governs the amount.

- An amount owned by a bare "the country" / "the nation" / "the government", in a sentence
  that names no country, is of the country the nearest earlier sentence of its paragraph
  makes its subject, not of the country the article names most nor of one named in
  passing (in a "when"/"as" clause, or as an owner: "Uganda's minister").
- An amount with no parties whose telling or doing verb has a national leader or minister
  for its subject (or, the parse losing the subject, named before the verb) is that
  leader's country's; not a firm's figures, a market's price or the world's.

Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named

from communique.record import Entity

pytestmark = pytest.mark.slow

_COUNTRIES = {
    "Kenya": "KEN",
    "Uganda": "UGA",
    "Brazil": "BRA",
    "Argentina": "ARG",
    "Chile": "CHL",
    "Peru": "PER",
    "Japan": "JPN",
    "Vietnam": "VNM",
    "France": "FRA",
    "Canada": "CAN",
    "Ghana": "GHA",
}


def _ents(text: str, people: tuple[tuple[str, str, str, str | None], ...]) -> list[Entity]:
    """The countries the text names, and people as (name, word, country, sector)."""
    ents = [
        named(name, "COUNTRY", text, f"c{k}", country=code)
        for k, (name, code) in enumerate(_COUNTRIES.items())
        if name in text
    ]
    for k, (name, word, code, sector) in enumerate(people):
        person = named(name, "PERSON", text, f"p{k}", country=code, word=word)
        person.sector = sector
        ents.append(person)
    return ents


_FOX = ("Vicente Fox", "Fox", "MEX", "GOV")
_GHALI = ("Youssef Boutros-Ghali", "Youssef Boutros-Ghali", "EGY", "GOV")
_KIBAKI = ("Mwai Kibaki", "Kibaki", "KEN", "GOV")
_LULA = ("Luiz Inacio Lula da Silva", "Lula", "BRA", "GOV")
_UNAKITAN = ("Kemal Unakitan", "Unakitan", "TUR", "GOV")
_SMITH = ("John Smith", "Smith", "KEN", None)
_Y4 = "2004-01-01/2004-12-31"
_Y5 = "2005-01-01/2005-12-31"

_ROWS: list[tuple[str, tuple[Any, ...], str, float, str, str, str | None, list[str]]] = [
    # -- "the country" after the country the sentence before makes its subject (old: none,
    # or the country the article names most)
    (
        "At the same time as Kenya unveiled its plan, Uganda announced that its coffee harvest "
        "had set a record. The country sold more than $400m of beans abroad in 2004. Kenya "
        "hopes to catch up. Kenya's farmers are hopeful.",
        (),
        "$400m",
        400e6,
        "USD",
        ">",
        _Y4,
        ["UGA"],
    ),
    (
        "Brazil wants to export more beef. Brazil's herd is growing. While Brazil waits, "
        "Argentina has reopened its meat trade. The nation shipped 600,000 tonnes of beef in "
        "2003. Brazil has complained.",
        (),
        "600,000 tonnes",
        600e3,
        "tonnes",
        "=",
        "2003-01-01/2003-12-31",
        ["ARG"],
    ),
    (
        "Chile is the world's top copper producer. Chile sells most of it to China. After "
        "Chile raised its royalty, Peru said it would do the same. The country expects to earn "
        "$500m from the new levy in 2006. Chile's miners are unhappy.",
        (),
        "$500m",
        500e6,
        "USD",
        "=",
        "2006-01-01/2006-12-31",
        ["PER"],
    ),
    (
        "Japan's carmakers are expanding abroad. Japan exports cars worldwide. As Japan looks "
        "for cheap labour, Vietnam has opened its doors to investors. The country attracted "
        "$2bn of foreign investment in 2004. Japan leads the list.",
        (),
        "$2bn",
        2e9,
        "USD",
        "=",
        _Y4,
        ["VNM"],
    ),
    (
        "France is cutting farm aid. France's farmers have protested. Canada said on Monday "
        "that it would keep its subsidies. The government will spend C$1bn on grain growers "
        "in 2005. France says this is unfair.",
        (),
        "C$1bn",
        1e9,
        "CAD",
        "=",
        _Y5,
        ["CAN"],
    ),
    (
        "Kenya wants to sell more tea. Kenya's growers are hopeful. The country sold more "
        "than $400m of tea abroad in 2004. Uganda is smaller.",
        (),
        "$400m",
        400e6,
        "USD",
        ">",
        _Y4,
        ["KEN"],
    ),
    (
        "Ghana is the second biggest cocoa grower. Its farmers had a bumper crop. The nation "
        "earned $1.5bn from cocoa in 2004. Neighbouring Kenya grows tea.",
        (),
        "$1.5bn",
        1.5e9,
        "USD",
        "=",
        _Y4,
        ["GHA"],
    ),
    # (a country named in passing, as an owner, is not the subject)
    (
        "Kenya is cutting farm aid. Kenya's farmers have protested. Uganda's minister was in "
        "Nairobi on Monday. The country will spend $9m on seeds in 2005. Kenya says this is "
        "fair.",
        (),
        "$9m",
        9e6,
        "USD",
        "=",
        _Y5,
        ["KEN"],
    ),
    # -- a leader's word governs the amount (old: none)
    (
        "Oil contracts are under review. Mr Fox - eager to calm markets - had said only 12 "
        "contracts would be examined. Critics want more.",
        (_FOX,),
        "12 contracts",
        12,
        "contracts",
        "=",
        None,
        ["MEX"],
    ),
    (
        "State banks are to be sold. Finance minister Youssef Boutros-Ghali said 20 state "
        "companies would be privatised this year. Bankers welcomed the move.",
        (_GHALI,),
        "20 state companies",
        20,
        "companies",
        "=",
        None,
        ["EGY"],
    ),
    # -- unchanged: a leader with a subject of his own (old already right)
    (
        "The tax code is changing. Mr Unakitan announced that 300 small firms would be "
        "exempted from the new levy. Business groups were pleased.",
        (_UNAKITAN,),
        "300 small firms",
        300,
        "firms",
        "=",
        None,
        ["TUR"],
    ),
    (
        "The president made his first speech. Mr Lula promised that 3,000 more teachers "
        "would be hired. Unions cheered.",
        (_LULA,),
        "3,000 more teachers",
        3000,
        "people",
        "=",
        None,
        ["BRA"],
    ),
    # -- guards: a firm's figure, a market's price, the world's, no state person, a
    # paragraph break before "the country"
    (
        "The rules are changing. Mr Kibaki said Acme's profits had risen 12% in 2004. Acme "
        "was pleased.",
        (_KIBAKI,),
        "12%",
        12,
        "percent",
        "=",
        _Y4,
        [],
    ),
    (
        "The rules are changing. Mr Kibaki said oil prices had risen 12% in 2004. Drivers were "
        "angry.",
        (_KIBAKI,),
        "12%",
        12,
        "percent",
        "=",
        _Y4,
        [],
    ),
    (
        "The rules are changing. Mr Kibaki said 500 million children in the world were out of "
        "school. He wants help.",
        (_KIBAKI,),
        "500 million children",
        500e6,
        "people",
        "=",
        None,
        [],
    ),
    (
        "The rules are changing. Mr Smith said 500 new schools would be built by 2006. "
        "Teachers are pleased.",
        (_SMITH,),
        "500 new schools",
        500,
        "schools",
        "=",
        "../2006-12-31",
        [],
    ),
    (
        "Kenya is cutting farm aid. Kenya's farmers have protested. Analysts said Uganda would "
        "not follow.\nThe country will spend $9m on seeds in 2005. Kenya says this is fair.",
        (),
        "$9m",
        9e6,
        "USD",
        "=",
        _Y5,
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "people", "amount", "value", "unit", "comparator", "period", "parties"), _ROWS
)
def test_parties_of_who_governs(
    nlp: Any,
    text: str,
    people: tuple[tuple[str, str, str, str | None], ...],
    amount: str,
    value: float,
    unit: str,
    comparator: str,
    period: str | None,
    parties: list[str],
) -> None:
    got = amount_named(amounts_of(nlp, text, entities=_ents(text, people)), amount)
    assert (got.value, got.unit, got.comparator, got.period) == (value, unit, comparator, period)
    assert got.parties == parties
