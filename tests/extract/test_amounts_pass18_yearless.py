"""Amounts: an eighteenth pass, a span of months said without a year ("rose 9% in the year to
September", "dropped 6% from April to June"): no period can be made of it, yet it tells a
span's figure from a whole year's, so the object says it on its end. Not when the amount has
a period, its own basis ("and 2.2% on an annual basis"), or is a compared value ("from 4.8%
in the year to April"); not an event's time when the amount is in its subject ("the $3bn
merger is to be completed from May to June"), nor the time of a saying ("From May to June,
the agency said growth would be 2%"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_P = "percent"


@pytest.mark.parametrize(
    ("text", "amount", "value", "unit", "comparator", "period", "obj"),
    [
        # the year to a month, or from a month to a month: said in the object
        (
            "Ruritania's factory output rose 2.4% in the year to March, the statistics "
            "office said.",
            "2.4%",
            2.4,
            _P,
            "=",
            None,
            "rise in Ruritania's factory output in year to March",
        ),
        (
            "Car sales in Freedonia dropped 6% from April to June.",
            "6%",
            6.0,
            _P,
            "=",
            None,
            "fall in Car sales in Freedonia from April to June",
        ),
        (
            "Globex added 12,000 jobs in the year to August.",
            "12,000 jobs",
            12000.0,
            "jobs",
            "=",
            None,
            "jobs added by Globex in year to August",
        ),
        (
            "Mortgage approvals were down 3.5% in the year to November.",
            "3.5%",
            3.5,
            _P,
            "=",
            None,
            "fall in Mortgage approvals in year to November",
        ),
        (
            "Acme's exports climbed 9% in the year to September.",
            "9%",
            9.0,
            _P,
            "=",
            None,
            "rise in Acme's exports in year to September",
        ),
        (
            "A rise in the jobless rate to 6.1% in the year to July surprised economists.",
            "6.1%",
            6.1,
            _P,
            "=",
            None,
            "jobless rate in year to July",
        ),
        (
            "Retail sales grew 1.1% in the year to May while clothing sales fell 2%.",
            "2%",
            2.0,
            _P,
            "=",
            None,
            "fall in clothing sales in year to May",
        ),
        (
            "Consumer prices rose at an annual rate of 3.2% from January to March.",
            "3.2%",
            3.2,
            _P,
            "=",
            None,
            "Consumer prices rise (annual rate) from January to March",
        ),
        (
            "Initech's shares have gained 14% from February to April, traders said.",
            "14%",
            14.0,
            _P,
            "=",
            None,
            "rise in Initech's shares from February to April",
        ),
        (
            "House prices in Wales went up by £7,000 in the year to 31 October.",
            "£7,000",
            7000.0,
            "GBP",
            "=",
            None,
            "rise in House prices in Wales in year to 31 October",
        ),
        (
            "Over the year to April, the trust spent £12m on new wards.",
            "£12m",
            12000000.0,
            "GBP",
            "=",
            None,
            "trust's spending on new wards in year to April",
        ),
        (
            "The economy grew 0.5% from April to June and 2.2% on an annual basis.",
            "0.5%",
            0.5,
            _P,
            "=",
            None,
            "growth in economy from April to June",
        ),
        # guards: a period made, its own basis, a compared value, an event's subject, a
        # saying, a quarter (`_undated_time`'s, as before)
        (
            "Sales rose 4% in the year to March 2005.",
            "4%",
            4.0,
            _P,
            "=",
            "2004-04-01/2005-03-31",
            "rise in Sales",
        ),
        (
            "The economy grew 0.5% from April to June and 2.2% on an annual basis.",
            "2.2%",
            2.2,
            _P,
            "=",
            None,
            "annual growth in economy",
        ),
        (
            "Prices climbed to 5.1% from 4.8% in the year to April.",
            "5.1%",
            5.1,
            _P,
            "=",
            None,
            "Prices",
        ),
        (
            "The $3bn merger is expected to be completed from May to June.",
            "$3bn",
            3000000000.0,
            "USD",
            "=",
            None,
            "value of merger",
        ),
        (
            "From May to June, the agency said growth this year would be 2%.",
            "2%",
            2.0,
            _P,
            "=",
            None,
            "growth",
        ),
        (
            "Exports rose 3% in the fourth quarter.",
            "3%",
            3.0,
            _P,
            "=",
            None,
            "rise in Exports in fourth quarter",
        ),
    ],
)
def test_yearless_span_in_object(
    nlp: Any,
    text: str,
    amount: str,
    value: float,
    unit: str,
    comparator: str,
    period: str | None,
    obj: str,
) -> None:
    a = amount_named(amounts_of(nlp, text), amount)
    assert (a.value, a.unit, a.comparator, a.period, a.object) == (
        value,
        unit,
        comparator,
        period,
        obj,
    )
