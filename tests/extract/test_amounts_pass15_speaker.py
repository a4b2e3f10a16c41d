"""Amounts: a fifteenth pass, a firm's own figure said by the firm. A firm metric (profit,
sales, turnover, costs, debt, output, market share, the selling price ...) that is its
clause's own subject, with no owner, in a clause one organisation says it gives ("..., Acme
said", "Acme announced ...", "According to Acme, ..."), is that firm's; so is the second of two
joined clauses the firm says ("Costs were $4.10, Acme said, but the average selling price was
$3.90"). Not a person's or a news agency's report, not a figure a describing word makes a
market's or an industry's ("House prices", "Retail sales", "Industry sales"), and not a figure
another named firm's clause owns. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named

pytestmark = pytest.mark.slow

_COAL = (
    "Operating costs were $4.10 per barrel, Norwell Energy said, but the average selling price"
    " was only $3.90 per barrel."
)


@pytest.mark.parametrize(
    ("text", "amount", "obj", "firm"),
    [
        # the second of two clauses the firm says: its own too
        (_COAL, "$3.90", "Norwell Energy's average selling price per barrel", None),
        (_COAL, "$3.90", "Norwell Energy's average selling price per barrel", "Norwell Energy"),
        # (a firm the model takes for an organisation, with no entities given)
        (_COAL, "$4.10", "Norwell Energy's operating costs per barrel", None),
        (
            "Unit costs fell to £40 a tonne, Brackley Quarries announced, while the average"
            " selling price rose to £52 a tonne.",
            "£52",
            "Brackley Quarries' average selling price per tonne",
            None,
        ),
        (
            "Net debt was cut to $600m, Lindqvist Paper said, but staff costs rose 4%.",
            "4%",
            "rise in Lindqvist Paper's staff costs",
            "Lindqvist Paper",
        ),
        # "according to" the firm
        (
            "According to Halvorsen Shipping, profits reached $310m last year.",
            "$310m",
            "Halvorsen Shipping's profits",
            "Halvorsen Shipping",
        ),
        (
            "According to Ostrava Glass, turnover grew 9% to 1.2bn euros.",
            "9%",
            "growth in Ostrava Glass' turnover",
            "Ostrava Glass",
        ),
        # output, market share, sales of a thing: the firm's own
        (
            "Output reached 2.4 million tonnes, Corvan Steel said.",
            "2.4 million tonnes",
            "Corvan Steel's output",
            None,
        ),
        (
            "Market share slipped to 18%, Pellworth Motors said.",
            "18%",
            "Pellworth Motors' market share",
            None,
        ),
        (
            "Sales of frozen meals fell 3.4% last year, Dunmore Foods said.",
            "3.4%",
            "fall in Dunmore Foods' sales of frozen meals",
            None,
        ),
        (
            "Global sales rose 4% to $7bn, Tarvin Motors said.",
            "4%",
            "rise in Tarvin Motors' global sales",
            None,
        ),
        # (not a news agency reporting a figure)
        ("Sales rose 7% to $900m, Reuters reported.", "7%", "rise in Sales", None),
        ("Sales rose 7% to $900m, Reuters reported.", "7%", "rise in Sales", "Reuters"),
        (
            "According to Bloomberg, profits reached $2bn in the quarter.",
            "$2bn",
            "profits in quarter",
            "Bloomberg",
        ),
        # (not a market's or an industry's figure)
        (
            "Corporate profits rose 5% last year, the OECD said.",
            "5%",
            "rise in Corporate profits",
            None,
        ),
        (
            "Retail sales fell 1% in March, the British Retail Consortium said.",
            "1%",
            "fall in Retail sales in March",
            None,
        ),
        (
            "Industry sales fell 2% last year, Tarvin Motors said.",
            "2%",
            "fall in Industry sales",
            "Tarvin Motors",
        ),
        ("Rival sales fell 3%, Corvan Steel said.", "3%", "fall in Rival sales", None),
        (
            "House prices fell 0.6% in May, according to the Halifax.",
            "0.6%",
            "fall in House prices in May",
            "Halifax",
        ),
        (
            "According to Brantley Logistics, the market for cold storage will grow 12% this year.",
            "12%",
            "growth in market for cold storage",
            "Brantley Logistics",
        ),
        # (not two firms' word)
        (
            "Sales rose 5% to $3bn, Harlow Tools and Fenwick Tools said.",
            "5%",
            "rise in Sales",
            "Harlow Tools",
        ),
        # (not a person's word)
        ("Sales rose 7%, Mr Hart said.", "7%", "rise in Sales", None),
        (
            "Pre-tax profit was £12m, Mr Dobbs said, but the average selling price fell 3%.",
            "3%",
            "fall in average selling price",
            None,
        ),
        # (not a figure another named firm's clause owns)
        (
            "Sales at rival Fenwick Tools fell 3%, Harlow Tools said.",
            "3%",
            "fall in Sales at rival Fenwick Tools",
            None,
        ),
        (
            "Denholm Foods is expected to report sales of $4bn, Colby Research said.",
            "$4bn",
            "Denholm Foods's sales",
            None,
        ),
    ],
)
def test_a_firms_own_figure_said_by_it(
    nlp: Any, text: str, amount: str, obj: str, firm: str | None
) -> None:
    ents = [named(firm, "ORG", text, "e1")] if firm else None
    assert amount_named(amounts_of(nlp, text, entities=ents), amount).object == obj
