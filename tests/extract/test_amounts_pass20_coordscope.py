"""Amounts: a twentieth pass (issue 7), the scope of a verb's mood and of a time phrase
across coordination. An amount in a noun phrase joined by "and" to the object of a modal verb
("would have sales of $18bn and a smelting capacity of 40 million tonnes") takes the
modality of that verb, as the first object does, when no verb, clause word or compared value
stands between them; a time phrase on one conjoined verb ("raise output to 500,000 cars by
2007") is not carried to a conjoined verb that says a time of its own ("and invest $1bn in
new plants over the next three years"). Left alone: a time that opens the sentence or hangs
on a first verb whose conjunct says no time of its own ("had sales of $5.2bn in 2004 and
made a profit of $901m"), an amount that is the subject of a verb of its own after the
join, and a first amount whose mood comes from a noun of its own phrase ("a forecast of 3%
growth"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    # a further object of a modal verb: its modality (a conversion between does not stop it)
    (
        "A merger of Harwick Steel and Benton Metals would create a group with yearly revenues"
        " of $18bn (£9.6bn; 13.8bn euros) and a smelting capacity of 40 million tonnes.",
        "40 million tonnes",
        (
            40000000.0,
            "tonnes",
            "=",
            None,
            "combined Harwick Steel and Benton Metals's smelting capacity",
            "forecast",
        ),
    ),
    (
        "After the takeover, the company would have sales of $7bn and a share of 20% of the US"
        " market.",
        "20%",
        (20.0, "percent", "=", None, "share of US market", "forecast"),
    ),
    (
        "Acme would have revenues of $9bn (£4.8bn) and a market share of 12% after the deal.",
        "12%",
        (12.0, "percent", "=", None, "market share", "forecast"),
    ),
    (
        "The enlarged group would have sales of £11bn and a share of 25% of the UK grocery market.",
        "25%",
        (25.0, "percent", "=", None, "share of UK grocery market", "forecast"),
    ),
    (
        "A combination of Lyle Foods and Orbis would have yearly sales of £4bn ($7.5bn; 5.8bn"
        " euros) and a 30% share of the frozen food market.",
        "30%",
        (30.0, "percent", "=", None, "share of frozen food market", "forecast"),
    ),
    # a conjoined verb with a time of its own: not the first verb's "by" year
    (
        "The government plans to build 50,000 homes by 2010 and spend £2bn on transport over"
        " the next five years.",
        "£2bn",
        (
            2000000000.0,
            "GBP",
            "=",
            None,
            "government's spending on transport over next five years",
            "target",
        ),
    ),
    (
        "The agency will increase its grants to £50m a year by 2010 and spend £20m on research"
        " over the next decade.",
        "£20m",
        (
            20000000.0,
            "GBP",
            "=",
            None,
            "agency's spending on research over next decade",
            "forecast",
        ),
    ),
    (
        "Acme will raise output to 500,000 cars by 2007 and invest $1bn in new plants over the"
        " next three years.",
        "$1bn",
        (
            1000000000.0,
            "USD",
            "=",
            None,
            "Acme's investment in new plants over next three years",
            "forecast",
        ),
    ),
    (
        "The ministry will increase rail funding to £5bn a year by 2010 and spend £700m on new"
        " trains over the next five years.",
        "£700m",
        (
            700000000.0,
            "GBP",
            "=",
            None,
            "ministry's spending on new trains over next five years",
            "forecast",
        ),
    ),
    (
        "The charity will lift aid to Kenya to at least £200m a year by 2007 and spend £80m on"
        " clean water over the next two years.",
        "£80m",
        (
            80000000.0,
            "GBP",
            "=",
            None,
            "charity's spending on clean water over next two years",
            "forecast",
        ),
    ),
    (
        "The group will boost output to 2 million barrels a day by 2009 and invest $3bn in new"
        " fields over the next four years.",
        "$3bn",
        (
            3000000000.0,
            "USD",
            "=",
            None,
            "group's investment in new fields over next four years",
            "forecast",
        ),
    ),
    (
        "The council will raise its road budget to £40m a year by 2009 and spend £9m on cycle"
        " lanes over the next three years.",
        "£9m",
        (
            9000000.0,
            "GBP",
            "=",
            None,
            "council's spending on cycle lanes over next three years",
            "forecast",
        ),
    ),
]

_GUARDS = [
    # a time that scopes over both conjuncts: shared, as before
    (
        "In 2004 the firm sold 3 million cars and 2 million vans.",
        "2 million vans",
        (2000000.0, "vans", "=", "2004-01-01/2004-12-31", "vans sold by the firm", None),
    ),
    (
        "Acme had sales of $5.2bn in 2004 and made a profit of $901m.",
        "$901m",
        (901000000.0, "USD", "=", "2004-01-01/2004-12-31", "Acme's profit", None),
    ),
    (
        "The firm raised prices by 5% in 2003 and cut 400 jobs.",
        "400 jobs",
        (400.0, "jobs", "=", "2003-01-01/2003-12-31", "jobs cut", None),
    ),
    (
        "Acme will close 20 stores in 2006 and open 15 new ones.",
        "15 new ones",
        (15.0, "ones", "=", "2006-01-01/2006-12-31", "new ones opened", "forecast"),
    ),
    # the first conjunct keeps its own time
    (
        "The agency will increase its grants to £50m a year by 2010 and spend £20m on research"
        " over the next decade.",
        "£50m",
        (50000000.0, "GBP", "=", "../2010-12-31", "the agency's grants per year", "forecast"),
    ),
    # a clause of its own after the join: no mood from the first
    (
        "Profits would rise to $5bn and 300 jobs were cut.",
        "300 jobs",
        (300.0, "jobs", "=", None, "jobs cut", None),
    ),
    (
        "Economists had forecast growth of 2.5% and inflation was 1.8%.",
        "1.8%",
        (1.8, "percent", "=", None, "inflation", None),
    ),
    (
        "The merged group would have sales of $12bn, and its 4,000 workers were told.",
        "4,000 workers",
        (4000.0, "people", "=", None, "the merged group's workers told", None),
    ),
    # a mood from a noun of the first amount's phrase, not from its verb
    (
        "Analysts had a forecast of 3% growth and a jobless rate of 6%.",
        "6%",
        (6.0, "percent", "=", None, "jobless rate", None),
    ),
]


@pytest.mark.parametrize(("text", "amount", "want"), _ROWS + _GUARDS)
def test_coordination_scope(nlp: Any, text: str, amount: str, want: tuple[Any, ...]) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    assert (*core_fields(got), got.extra.get("modality")) == want
