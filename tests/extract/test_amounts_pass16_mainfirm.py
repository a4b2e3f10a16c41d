"""Amounts: a sixteenth pass, a firm's own result placed in a country, in a sentence about
a place. A bare result of a firm ("sales", "profits", "revenue", "turnover", with no
describing word that makes it a market's) placed in a country or region by its object
("sales in China", or "sales there" read as such) is the firm's own when its sentence names
the firm the article is about and no other firm, in any role, even when the clause's subject
is the place ("China remains the main worry for Acme after sales there fell 16%" -> "fall in
Acme's sales in China"). Not when the sentence names no firm or another firm, not a
market's figure ("car sales", "retail sales", "national sales"), not a thing no firm owns
("house prices"), not in an article about no one firm, and not where the "there" was taken
for the firm itself. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_article, named

from communique.extract.amounts import extract_amounts

pytestmark = pytest.mark.slow

_ARTICLE = "Korvex reported its results on Monday. Korvex shares rose. Korvex said demand held. "
_ONE = ["Korvex"]
_TWO = ["Korvex", "Initech"]

# (the article's last sentence, the amount, the firms the whole text names, the object)
_ROWS: list[tuple[str, str, list[str], str]] = [
    # a bare result placed in a country, in a sentence naming the article's firm only
    (
        "France remains a headache for Korvex after sales there fell 11% in 2004.",
        "11%",
        _ONE,
        "fall in Korvex's sales in France",
    ),
    (
        "China is a growing market for Korvex, and revenue there rose 20% last year.",
        "20%",
        _ONE,
        "rise in Korvex's revenue in China",
    ),
    (
        "Italy proved difficult for Korvex as turnover there slid 7%.",
        "7%",
        _ONE,
        "fall in Korvex's turnover in Italy",
    ),
    (
        "Brazil is now the biggest market for Korvex, with sales there of $3bn.",
        "$3bn",
        _ONE,
        "Korvex's sales in Brazil",
    ),
    (
        "Japan remains a worry for Korvex after sales in Asia fell 12%.",
        "12%",
        _ONE,
        "fall in Korvex's sales in Asia",
    ),
    # (another firm the article names, but not the sentence)
    (
        "Spain remains a worry for Korvex after sales there fell 12%.",
        "12%",
        _TWO,
        "fall in Korvex's sales in Spain",
    ),
    # (as before: the firm's own results, where the subject is no place)
    (
        "Korvex said profits in Brazil rose 8% in the year.",
        "8%",
        _ONE,
        "rise in Korvex's profits in Brazil",
    ),
    ("Sales in Germany dropped 5% last year.", "5%", _ONE, "fall in Korvex's sales in Germany"),
    # (not) where the sentence names no firm, or another firm too
    (
        "Japan remains a worry for carmakers after sales there fell 12%.",
        "12%",
        _ONE,
        "fall in sales in Japan",
    ),
    (
        "Japan remains a worry for Korvex after Initech said sales there fell 12%.",
        "12%",
        _TWO,
        "fall in Initech's sales in Japan",
    ),
    # (not) a market's figure or a thing no firm owns
    (
        "Japan remains a worry for Korvex after car sales there fell 12%.",
        "12%",
        _ONE,
        "fall in car sales in Japan",
    ),
    (
        "Japan remains a worry for Korvex after retail sales there fell 12%.",
        "12%",
        _ONE,
        "fall in retail sales in Japan",
    ),
    (
        "Japan remains a worry for Korvex after national sales there fell 12%.",
        "12%",
        _ONE,
        "fall in national sales in Japan",
    ),
    (
        "Japan remains a worry for Korvex after house prices there fell 12%.",
        "12%",
        _ONE,
        "fall in house prices in Japan",
    ),
    # (not) in an article about no one firm
    (
        "Japan remains a worry for Korvex after sales there fell 12%.",
        "12%",
        [],
        "fall in sales in Japan",
    ),
]


@pytest.mark.parametrize(("last", "amount", "firms", "obj"), _ROWS)
def test_a_placed_result_of_the_one_firm_its_sentence_names_is_its_own(
    nlp: Any, last: str, amount: str, firms: list[str], obj: str
) -> None:
    text = _ARTICLE + last
    ents = [named(f, "ORG", text, f"e{i}") for i, f in enumerate(firms)]
    art = amounts_article(nlp, text, entities=ents)
    assert next(a for a in extract_amounts(art) if a.text == amount).object == obj


def test_a_there_taken_for_the_firm_is_no_place_of_its_results(nlp: Any) -> None:
    # (the rule leaves alone an object whose "there" was read as the firm: "profits in Korvex")
    text = _ARTICLE + "Germany was the weak spot for Korvex, where profits fell 9% to $80m."
    art = amounts_article(nlp, text, entities=[named("Korvex", "ORG", text, "e0")])
    got = next(a for a in extract_amounts(art) if a.text == "9%").object or ""
    assert "Korvex's" not in got
