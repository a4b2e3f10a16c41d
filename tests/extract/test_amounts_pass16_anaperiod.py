"""Amounts: a sixteenth pass, the time an amount's sentence takes up again. An amount of no
time of its own whose sentence says "for the quarter", "over the period", "in the same
month", "during the year" or "for the year as a whole" is of the time the text named before
with that length: the time of the amounts of the nearest sentence before that has one (not
a compared value's, "a year earlier"; their latest when they differ), or the dated time said
after them; a quarter, half or month of a year Y for "the year" is Y. Not with no dated time
before, one of another length, two for "the period", "the year to March" or "the same month
a year ago", nor a value set against another ("up from £4m"). Every sentence is written by
us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_Q4 = "2004-10-01/2004-12-31"
_Y4 = "2004-01-01/2004-12-31"
_QUARTER = (
    "Globex made a pre-tax profit of £80m in the three months to 31 December 2004, compared "
    "with £60m a year earlier."
)
_YEAR = "Initech said it made net profits of $900m in 2004, up from $700m the year before."


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        # a time taken up again: the one named before with that length
        (f"{_QUARTER} Its turnover for the quarter rose 6% to £2.3bn.", "6%", _Q4),
        (f"{_QUARTER} Its turnover for the quarter rose 6% to £2.3bn.", "£2.3bn", _Q4),
        (
            f"{_QUARTER} Analysts had expected more. Sales over the period climbed to £900m.",
            "£900m",
            _Q4,
        ),
        (f"{_YEAR} Zinc prices rose 21% during the year.", "21%", _Y4),
        (
            "Acme's fourth quarter operating profit fell to 500m euros from 900m euros in 2003. "
            "For the year as a whole, its operating profit dropped 30%.",
            "30%",
            _Y4,
        ),
        (
            "Exports rose 4% in May 2004. In the same month, imports fell 2%.",
            "2%",
            "2004-05-01/2004-05-31",
        ),
        (
            f"{_YEAR} Its staff cut costs in 2004 by hard work. Wages rose 3% during the year.",
            "3%",
            _Y4,
        ),
        (
            "Globex's sales rose to £9m in 2004 from £7m in 2003. During the year, costs rose 2%.",
            "2%",
            _Y4,
        ),
        # (not) with no dated time before, one of another length, the same month a year ago
        # (that month of the year before), a value set against another, two times for "the
        # period"
        ("Exports rose sharply in May. In the same month, imports fell 2%.", "2%", None),
        (f"{_YEAR} Its turnover for the quarter rose 6%.", "6%", None),
        (f"{_QUARTER} Its turnover for the half rose 6%.", "6%", None),
        (
            "Exports rose 4% in May 2004. Imports in the same month a year ago had fallen 2%.",
            "2%",
            "2003-05-01/2003-05-31",
        ),
        (f"{_QUARTER} Its turnover for the quarter rose to £2.3bn from £2.1bn.", "£2.1bn", None),
        (
            "Sales were $5m in 2003 and $6m in 2004. Over the period, costs rose 8%.",
            "8%",
            None,
        ),
        ("Sales in the quarter were up 5%.", "5%", None),
    ],
)
def test_time_named_again(nlp: Any, text: str, amount: str, period: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), amount).period == period
