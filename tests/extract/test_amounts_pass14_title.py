"""Amounts: a fourteenth pass, the market an article's opening sets. When the title line or
the first sentence names one national market's sales ("US car sales", "car sales in Japan",
"US car firms ... falling car sales"), a later firm's bare sales figure (a change or a count,
not money) whose own sentence gives no scope of its own is that firm's sales in that market
("rise in Toyota's US car sales"). Not a figure whose sentence names another place, a whole
or a firm's results; not money (a firm's turnover); not a firm's sales of another product;
not a nation's retail sales as a whole; not when the opening names two markets. Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_US = "Car sales slide\n\nUS car sales fell sharply in March as fuel prices rose.\n\n"
_JP = "Carmakers gain\n\nMotorbike sales in Japan rose for a third month in May.\n\n"
_MAKERS = "Output cut\n\nUS car firms have cut output in the face of falling car sales.\n\n"


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        (_US + "Vantor's sales dropped 6% over the month.", "6%", "fall in Vantor's US car sales"),
        (_US + "Sales at Rellco rose 4% on a year earlier.", "4%", "rise in Rellco's US car sales"),
        (
            _US + "Rellco said its car business fell 9% on the year.",
            "9%",
            "fall in Rellco's US car sales",
        ),
        (
            _US + "The smaller Kestrel Motors posted a 12% jump in March sales.",
            "12%",
            "jump in Kestrel Motors' US car sales in March",
        ),
        (
            _JP + "Dorin Motor Corp saw sales climb 5% on a year ago.",
            "5%",
            "rise in Dorin Motor Corp's motorbike sales in Japan",
        ),
        (
            _MAKERS + "Meanwhile, Vantor sales slipped 3% while imports gained.",
            "3%",
            "fall in Vantor's US car sales",
        ),
        (
            "Bikes sell\n\nJapanese bicycle sales rose in June.\n\n"
            "Orrin's sales climbed 7% on the year.",
            "7%",
            "rise in Orrin's Japanese bicycle sales",
        ),
        (
            "Toy sales\n\nUK sales of toys fell in the run-up to the holidays, and UK sales "
            "are now weak.\n\nBrightco sales fell 2% as shoppers held back.",
            "2%",
            "fall in Brightco's UK sales",
        ),
        # (not a nation's own sales)
        (
            _US + "Japan's sales dropped 6% over the month.",
            "6%",
            "fall in Japan's sales",
        ),
        # (not another product of the firm)
        (
            _US + "Rellco's truck sales fell 8% on the month.",
            "8%",
            "fall in Rellco's truck sales",
        ),
        # (not where the sentence names its own place)
        (
            _US + "Vantor's sales in Canada fell 6% over the month.",
            "6%",
            "fall in Vantor's sales in Canada",
        ),
        (
            _US + "Vantor's sales dropped 6% in Europe over the month.",
            "6%",
            "fall in Vantor's sales in Europe",
        ),
        # (not a firm's whole or its results)
        (
            _US + "Vantor's worldwide sales dropped 6% over the month.",
            "6%",
            "fall in Vantor's worldwide sales",
        ),
        (
            _US + "Vantor's sales dropped 6% in the quarter as profits fell.",
            "6%",
            "fall in Vantor's sales in quarter",
        ),
        # (not money: a firm's turnover)
        (_US + "Vantor's sales were $4bn in the year.", "$4bn", "Vantor's sales"),
        # (not a nation's shops as a whole: no one product's market)
        (
            "Shops gloomy\n\nUK retail sales fell in December as shoppers held back.\n\n"
            "Brightco's sales fell 2% over the month.",
            "2%",
            "fall in Brightco's sales",
        ),
        # (not an opening that names no country, or two markets)
        (
            "Car sales slide\n\nCar sales fell sharply in March.\n\n"
            "Vantor's sales dropped 6% over the month.",
            "6%",
            "fall in Vantor's sales",
        ),
        (
            "Car sales slide\n\nUS car sales fell as UK car sales rose in March.\n\n"
            "Vantor's sales dropped 6% over the month.",
            "6%",
            "fall in Vantor's sales",
        ),
    ],
)
def test_firm_sales_in_the_opening_market(nlp: Any, text: str, amount: str, obj: str) -> None:
    a = amount_named(amounts_of(nlp, text), amount)
    assert a.object == obj
