"""Amounts: a seventeenth pass, a part of a year said without its year ("in the fourth
quarter", "the second half", "the 12 months to 31 December") in a sentence that names no
year, after one of the two sentences before names one year and one dated time ("in the last
three months of 2004", "in 2004", "2004 was a hard year"): the part is of that year when it
lies within that time. A forecast's or a target's part, or one after a time aimed at ("a
target for 2005"), must be that very time; a month is not dated by a whole year; not after
two years, a compared value's year ("from £4m in 2003"), "since December 2003", nor for a
part outside the time ("the third quarter" after "the three months to 31 December 2004": a
firm's own quarters may be meant). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_Q4 = "2004-10-01/2004-12-31"


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        # the year of the one dated time said before, when the part lies within it
        (
            "Globex's sales rose 8% in 2004. Its operating profit rose 12% in the fourth quarter.",
            "12%",
            _Q4,
        ),
        (
            "Zedland's economy shrank 0.3% in the last three months of 2004. Economists had "
            "hoped for growth of 0.5% in the fourth quarter.",
            "0.5%",
            _Q4,
        ),
        (
            "Acme made a profit of £40m in the second half of 2004. The market was tough. "
            "Its sales rose 4% in the second half.",
            "4%",
            "2004-07-01/2004-12-31",
        ),
        (
            "Clearly 2004 was a hard year for Initech. It took a $90m charge in the third quarter.",
            "$90m",
            "2004-07-01/2004-09-30",
        ),
        (
            "Initech beat its savings target for 2004. It had aimed to save £30m during the 12 "
            "months to 31 December.",
            "£30m",
            "2004-01-01/2004-12-31",
        ),
        # a guard: so before this pass
        (
            "Output in Ruritania fell in the last three months of 2004. Factory orders dropped "
            "2% in December.",
            "2%",
            "2004-12-01/2004-12-31",
        ),
        # (not) a month after a whole year, two years, a part outside the time, a forecast
        # after a whole year, a time aimed at, "since", a firm's quarter that is not the dated
        # one
        ("Sales rose 5% in 2004. In January, they fell 2%.", "2%", None),
        (
            "Sales rose 5% in 2004 after falling in 2003. In the fourth quarter they rose 2%.",
            "2%",
            None,
        ),
        ("Output fell in the second half of 2004. It rose 1% in January.", "1%", None),
        ("Growth was 2% in 2004. Growth of 1% is expected in the first quarter.", "1%", None),
        (
            "The government set a 2.5% growth target for 2005. Output rose 0.7% in December.",
            "0.7%",
            None,
        ),
        (
            "Rates are at their highest since December 2003. Growth was 0.1% between October "
            "and December.",
            "0.1%",
            None,
        ),
        (
            "Acme made a profit of £75m in the three months to 31 December 2004. Its fuel costs "
            "rose 47% in the third quarter.",
            "47%",
            None,
        ),
        # a year of its own sentence is its own rules' ("in the quarter to June, up from the
        # first quarter of 2004")
        (
            "Sales rose in 2003. Growth slowed to 0.3% in the third quarter, down from 6% in "
            "the first quarter of 2004.",
            "0.3%",
            "2004-07-01/2004-09-30",
        ),
    ],
)
def test_part_of_a_year_before(nlp: Any, text: str, amount: str, period: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), amount).period == period
