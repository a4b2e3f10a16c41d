"""Amounts: a fifteenth pass, a firm-only thing with no owner in an article about one firm.
A share or rights issue, a share buyback, a share price (one, not "share prices"), a market
value or capitalisation, an order book, a headcount or a count of stores, branches or
factories is only ever a firm's; when the object says no owner, the sentence and the one
before name no other organisation, and the clause's subject is no other named or public
body, it is the firm the article is most about ("through two fresh share issues raising
700m euros" -> "Vantor's fresh share issues"). Not market-wide or national figures ("share
prices", "house prices", "the average share price", "factories closed in France"), not
another firm's or the government's thing, not in an article about no one firm. Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_article, named

from communique.extract.amounts import extract_amounts

pytestmark = pytest.mark.slow

_ARTICLE = "Vantor reported its results on Monday. Vantor shares rose. Vantor said demand held. "
_ONE = ["Vantor"]
_TWO = ["Vantor", "Initech"]

# (the article's last sentences, the amount, the firms the whole text names, the object)
_ROWS: list[tuple[str, str, list[str], str]] = [
    # a firm-only thing with no owner: the article's firm's
    (
        "The debts will be swapped for equity through two fresh share issues raising about"
        " 700m euros.",
        "700m euros",
        _ONE,
        "Vantor's fresh share issues",
    ),
    (
        "Its lenders will swap their loans for equity through a rights issue worth £900m.",
        "£900m",
        _ONE,
        "value of Vantor's rights issue",
    ),
    (
        "A share buyback worth $2bn was announced alongside the figures.",
        "$2bn",
        _ONE,
        "value of Vantor's share buyback",
    ),
    (
        "By the close the share price had slipped 6% to 210p.",
        "6%",
        _ONE,
        "fall in Vantor's share price",
    ),
    (
        "The market capitalisation stood at £12bn after the results.",
        "£12bn",
        _ONE,
        "Vantor's market capitalisation",
    ),
    (
        "Shares fell 5%, wiping £300m off the market value.",
        "£300m",
        _ONE,
        "fall in Vantor's market value",
    ),
    ("The order book is now worth $14bn.", "$14bn", _ONE, "Vantor's order book"),
    (
        "About 45 stores will close before Christmas.",
        "45 stores",
        _ONE,
        "Vantor's stores will close",
    ),
    # (not market-wide or national figures)
    ("Share prices fell 2% across Europe.", "2%", _ONE, "fall in Share prices across Europe"),
    ("House prices rose 4% in March.", "4%", _ONE, "rise in House prices in March"),
    ("The average share price rose 3%.", "3%", _ONE, "rise in average share price"),
    (
        "Some 40 factories closed in France last year.",
        "40 factories",
        _ONE,
        "factories closed in France",
    ),
    # (not another firm's or the government's thing, nor after a sentence about another firm)
    (
        "Initech launched a rights issue worth £900m.",
        "£900m",
        _TWO,
        "value of Initech's rights issue",
    ),
    (
        "Initech is struggling. The share price fell 6% to 210p.",
        "6%",
        _TWO,
        "fall in share price",
    ),
    ("The government plans a share issue worth £2bn.", "£2bn", _ONE, "value of share issue"),
    # (not in an article about no one firm)
    ("The order book is now worth $14bn.", "$14bn", [], "order book"),
]


@pytest.mark.parametrize(("last", "amount", "firms", "obj"), _ROWS)
def test_a_firm_only_thing_with_no_owner_is_the_articles_firms(
    nlp: Any, last: str, amount: str, firms: list[str], obj: str
) -> None:
    text = _ARTICLE + last
    ents = [named(f, "ORG", text, f"e{i}") for i, f in enumerate(firms)]
    art = amounts_article(nlp, text, entities=ents)
    assert next(a for a in extract_amounts(art) if a.text == amount).object == obj
