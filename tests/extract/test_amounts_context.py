"""Amounts: what the article around a sentence says. The country an article's bodies and
people are of, a split financial year ("2003-4"), a past that did not come about ("would
have gained"), a firm's own results with no owner in their sentence, and a list of places
kept whole. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_article, named

from communique.extract.amounts import extract_amounts
from communique.record import Amount, Entity

pytestmark = pytest.mark.slow


def _amount(nlp: Any, text: str, amount: str, entities: list[Entity] | None = None) -> Amount:
    art = amounts_article(nlp, text, entities=entities)
    return next(a for a in extract_amounts(art) if a.text == amount)


# (text, the amount, its bodies and people as (name, type, country), the parties)
_HOME: list[tuple[str, str, list[tuple[str, str, str]], list[str]]] = [
    # an economy's measure in an article that names no country, but whose bank and
    # governor are one country's
    (
        "The Bank of England kept its rate on hold. Inflation rose to 1.9% in March, the "
        "Bank of England said. Mervyn King, its governor, was calm.",
        "1.9%",
        [("Bank of England", "ORG", "GBR"), ("Mervyn King", "PERSON", "GBR")],
        ["GBR"],
    ),
    # (too few mentions to say)
    (
        "Inflation rose to 1.9% in March, the Bank of England said.",
        "1.9%",
        [("Bank of England", "ORG", "GBR")],
        [],
    ),
    # (bodies of two countries as often: no one home)
    (
        "The Bank of England and the Bank of Japan met. Inflation rose to 1.9% in March, the "
        "Bank of England and the Bank of Japan said.",
        "1.9%",
        [("Bank of England", "ORG", "GBR"), ("Bank of Japan", "ORG", "JPN")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "amount", "bodies", "parties"), _HOME)
def test_an_economys_country_is_that_of_the_articles_bodies(
    nlp: Any, text: str, amount: str, bodies: list[tuple[str, str, str]], parties: list[str]
) -> None:
    ents = [named(n, k, text, f"e{i}", country=c) for i, (n, k, c) in enumerate(bodies)]
    assert _amount(nlp, text, amount, ents).parties == parties


_SPLIT_YEARS: list[tuple[str, str, str | None]] = [
    # a UK sum, or one of a budget, in a split year: the financial year
    ("The trust received over £4m in grants in 2003-4.", "£4m", "2003-04-01/2004-03-31"),
    (
        "The department's budget was $3bn in 2011-12, the minister said.",
        "$3bn",
        "2011-04-01/2012-03-31",
    ),
    ("Council spending rose 5% in 1999-00.", "5%", "1999-04-01/2000-03-31"),
    # (a crop's year, a season, and a span of years are not)
    ("Cocoa worth $1.2bn was exported during 2003-04.", "$1.2bn", "2003-01-01/2004-12-31"),
    ("The club earned £5m in the 2003-04 season.", "£5m", "2003-01-01/2004-12-31"),
    ("The trust received £4m in grants in 2003-7.", "£4m", "2003-01-01/2007-12-31"),
]


@pytest.mark.parametrize(("text", "amount", "period"), _SPLIT_YEARS)
def test_a_split_year_of_a_budget_is_the_financial_year(
    nlp: Any, text: str, amount: str, period: str | None
) -> None:
    assert _amount(nlp, text, amount).period == period


_UNREAL: list[tuple[str, str, str | None]] = [
    # a past that did not come about is only possible
    ("Globex would have earned $5m had it sold the unit.", "$5m", "possible"),
    (
        "The deal gives Initech 8% of the market, far less than the 20% share it would have "
        "gained had it won.",
        "20%",
        "possible",
    ),
    ("A cap of that size could have cost the parties £56m in donations.", "£56m", "possible"),
    # (what happened; what was there, whatever would have been done to it)
    ("A cap of that size would have banned £56m in donations.", "£56m", None),
    ("Globex earned $5m after it sold the unit.", "$5m", None),
    ("The deal gives Initech 8% of the market.", "8%", None),
]


@pytest.mark.parametrize(("text", "amount", "modality"), _UNREAL)
def test_what_would_have_happened_is_no_fact(
    nlp: Any, text: str, amount: str, modality: str | None
) -> None:
    assert _amount(nlp, text, amount).extra.get("modality") == modality


_ARTICLE = "Globex reported its results on Monday. Globex shares rose. Globex said demand held. "
# (the last sentence, its amount, the firms the whole text names, the object)
_ARTICLE_FIRM: list[tuple[str, str, list[str], str]] = [
    # a firm's own results with no owner in their sentence: the firm the article is about
    ("Global sales were up 4% in 2004.", "4%", ["Globex"], "rise in Globex's global sales"),
    ("The results came on sales of $8.6bn.", "$8.6bn", ["Globex"], "Globex's sales"),
    (
        "The cuts are expected to bring annual savings of $375m.",
        "$375m",
        ["Globex"],
        "Globex's annual savings",
    ),
    # (a fraud found at a firm is the firm's)
    (
        "The collapse followed the discovery of a $3bn accounting fraud.",
        "$3bn",
        ["Globex"],
        "Globex's accounting fraud",
    ),
    # (another firm's sentence, or no firm's article)
    (
        "Initech said global sales were up 4%.",
        "4%",
        ["Globex", "Initech"],
        "rise in Initech's global sales",
    ),
    ("The results came on sales of $8.6bn.", "$8.6bn", [], "sales"),
]


@pytest.mark.parametrize(("last", "amount", "firms", "obj"), _ARTICLE_FIRM)
def test_a_firms_results_with_no_owner_are_the_articles_firms(
    nlp: Any, last: str, amount: str, firms: list[str], obj: str
) -> None:
    text = _ARTICLE + last
    ents = [named(f, "ORG", text, f"e{i}") for i, f in enumerate(firms)]
    assert _amount(nlp, text, amount, ents).object == obj


_LISTS: list[tuple[str, str, str, str | None]] = [
    # a list of places is kept whole, as its first alone would mislead
    (
        "Globex operates 15 deep and surface mines across Kent, Surrey, Essex and Sussex.",
        "15",
        "mines across Kent, Surrey, Essex and Sussex",
        None,
    ),
    # (no list of places: "one" is another count)
    (
        "Two executives from Globex and one from Initech were charged.",
        "Two executives",
        "executives from Globex",
        "and one",
    ),
]


@pytest.mark.parametrize(("text", "amount", "has", "lacks"), _LISTS)
def test_a_list_of_places_is_kept_whole(
    nlp: Any, text: str, amount: str, has: str, lacks: str | None
) -> None:
    obj = _amount(nlp, text, amount).object or ""
    assert has in obj
    assert lacks is None or lacks not in obj


_FRONTED: list[tuple[str, str, str]] = [
    # a place fronted with "in" says where the counted were
    ("In Kent alone, 800 parents were fined.", "800 parents", "parents fined in Kent"),
    (
        "In one local education authority alone 800 parents were warned they would receive "
        "a penalty notice.",
        "800 parents",
        "parents warned they would receive penalty notice in one local education authority",
    ),
    # (a time or a manner of speaking is no place)
    ("In 2004, 800 parents were fined.", "800 parents", "parents fined"),
    ("In total, 800 parents were fined.", "800 parents", "parents fined"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _FRONTED)
def test_a_fronted_place_says_where_the_counted_were(
    nlp: Any, text: str, amount: str, obj: str
) -> None:
    assert _amount(nlp, text, amount).object == obj


_SAME_PERIOD: list[tuple[str, str, str | None]] = [
    # a part of a year set against the same part of a named year is of the year after
    (
        "Its pre-tax earnings in the fourth quarter were 77m euros, up from 38m euros in the "
        "same period of 2003.",
        "77m euros",
        "2004-10-01/2004-12-31",
    ),
    (
        "Its pre-tax earnings in the fourth quarter were 77m euros, up from 38m euros in the "
        "same period of 2003.",
        "38m euros",
        "2003-10-01/2003-12-31",
    ),
    (
        "Sales in the first half rose to $2bn, against $1.9bn in the same period of 2003.",
        "$2bn",
        "2004-01-01/2004-06-30",
    ),
    # (a quarter the sentence does not name: not the whole year either)
    (
        "Net profit was $186m in the quarter, compared with $1.13bn in the same period in 2003.",
        "$1.13bn",
        None,
    ),
]


@pytest.mark.parametrize(("text", "amount", "period"), _SAME_PERIOD)
def test_a_part_of_a_year_against_the_same_period(
    nlp: Any, text: str, amount: str, period: str | None
) -> None:
    assert _amount(nlp, text, amount).period == period


# (the last sentence, the amount, the object)
_BY_INITIALS: list[tuple[str, str, str]] = [
    # a firm's costs in a sentence that names the firm by its initials, its home country no
    # place the sentence names
    (
        "Tom Reed, NRG's chief executive, said fuel costs rose by £16m.",
        "£16m",
        "rise in Northern Rail Group's fuel costs",
    ),
    # (bare costs are no firm's results: a report's projects have costs too)
    ("Tom Reed, NRG's chief executive, said costs rose by £16m.", "£16m", "rise in costs"),
    # (a country the sentence names: its costs, maybe)
    (
        "Tom Reed, NRG's chief executive, said fuel costs in France rose by £16m.",
        "£16m",
        "rise in fuel costs in France",
    ),
]


@pytest.mark.parametrize(("last", "amount", "obj"), _BY_INITIALS)
def test_a_firm_named_by_its_initials_is_the_articles_firm(
    nlp: Any, last: str, amount: str, obj: str
) -> None:
    text = (
        "Northern Rail Group reported its results. Northern Rail Group shares rose. "
        "Northern Rail Group said demand held. " + last
    )
    firm = named("Northern Rail Group", "ORG", text, "e0", country="GBR")
    firm.mentions += named("NRG", "ORG", text, "e1").mentions
    ents = [firm, named("France", "COUNTRY", text, "e2", country="FRA")]
    assert _amount(nlp, text, amount, [e for e in ents if e.mentions]).object == obj


# (the last sentence, the amount, the object): firms put together own what they would have
_MERGED: list[tuple[str, str, str]] = [
    (
        "A combination of Globex and Initech would have annual sales of $9bn (£4.7bn; 6.8bn "
        "euros) and a production capacity of 20 million tonnes.",
        "$9bn",
        "combined Globex and Initech's annual sales",
    ),
    # (a report of two bodies is no merged firm)
    (
        "Sales fell by 5%, reports from Globex and Initech have said.",
        "5%",
        "fall in Sales",
    ),
]


@pytest.mark.parametrize(("last", "amount", "obj"), _MERGED)
def test_firms_put_together_own_their_figures(nlp: Any, last: str, amount: str, obj: str) -> None:
    text = _ARTICLE + last
    ents = [named(f, "ORG", text, f"e{i}") for i, f in enumerate(["Globex", "Initech"])]
    assert _amount(nlp, text, amount, ents).object == obj
