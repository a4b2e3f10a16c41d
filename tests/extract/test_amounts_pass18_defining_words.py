"""Amounts: an eighteenth pass, defining words an object would drop. A "which ... cost"
clause whose antecedent is what a deed of work or of getting is done to ("restoring the
canal, which could cost up to £30m", "the construction of a hospital, which could cost
£300m") prices the deed: the cost of restoring the canal, not the canal; a number in figures
that picks out the things an object names ("a report on the 15 largest hospitals says costs
rose") and is no amount of its own stays in the object; a share spent that spells out an aim
"for" something ("the target for development aid - spending 0.7% of national income") is
spent on it. Left alone: an attitude to the thing ("backing the line, which could cost
£100m"), a clause that says its own deed ("cost £5m to build"), a number that is an amount
of its own ("The 10 new member states will receive £20bn"), one in words ("the two
titles"), the whole a part is counted of ("Five of the 120 MPs"), an aim with no "for" or
one for a year. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    # the deed a "which ... cost" clause prices: a gerund's object ...
    (
        "Locals say that restoring the old canal, which could cost up to £30m, would bring in "
        "tourists.",
        "£30m",
        (30e6, "GBP", "<", None),
        "cost of restoring old canal",
    ),
    (
        "The council backs reopening the station, which would cost £4m.",
        "£4m",
        (4e6, "GBP", "=", None),
        "cost of reopening station",
    ),
    (
        "Residents want the council to consider repairing the pier, which could cost £2m.",
        "£2m",
        (2e6, "GBP", "=", None),
        "cost of repairing pier",
    ),
    # (a gerund opening the sentence, which the parse takes for an adverbial clause)
    (
        "Rebuilding the old bridge, which will cost about £12m, is set to start next year.",
        "£12m",
        (12e6, "GBP", "~", None),
        "cost of rebuilding old bridge",
    ),
    # (a clause whose "cost" hangs on "is expected to")
    (
        "Upgrading the road, which is expected to cost £40m, will take two years.",
        "£40m",
        (40e6, "GBP", "=", None),
        "cost of upgrading road",
    ),
    # ... or what a deed noun is "of"
    (
        "Ministers approved the construction of a new hospital, which could cost £300m.",
        "£300m",
        (300e6, "GBP", "=", None),
        "cost of construction of new hospital",
    ),
    (
        "The refurbishment of the theatre, which will cost £6m, starts in May.",
        "£6m",
        (6e6, "GBP", "=", None),
        "cost of refurbishment of theatre",
    ),
    # (not) an attitude to the thing, not a deed done to it
    (
        "Campaigners backing the new line, which could cost £100m, met on Monday.",
        "£100m",
        (100e6, "GBP", "=", None),
        "new line",
    ),
    (
        "Critics attacked scrapping the scheme, which cost £5bn.",
        "£5bn",
        (5e9, "GBP", "=", None),
        "scheme",
    ),
    # (not) a clause that says its own deed
    (
        "The museum, which cost £5m to build, opened in 2001.",
        "£5m",
        (5e6, "GBP", "=", None),
        "museum",
    ),
    # (not) a thing no deed is done to
    (
        "The Cooper S, which costs up to £17,730, sells well.",
        "£17,730",
        (17730.0, "GBP", "<", None),
        "cost of Cooper S",
    ),
    # a number that picks out the things and is no amount of its own
    (
        "An audit office report on the 15 largest hospitals says costs have risen by £900m in "
        "the past year.",
        "£900m",
        (900e6, "GBP", "=", None),
        "rise in costs of 15 largest hospitals in past year",
    ),
    (
        "A study of the 30 poorest nations says their debts have risen by $4bn in the past year.",
        "$4bn",
        (4e9, "USD", "=", None),
        "rise in 30 poorest nations' debts in past year",
    ),
    (
        "An inquiry into the 50 worst schools says costs have risen by £80m.",
        "£80m",
        (80e6, "GBP", "=", None),
        "rise in costs of 50 worst schools",
    ),
    (
        "Spending at the 40 largest councils rose by 5%.",
        "5%",
        (5.0, "percent", "=", None),
        "rise in Spending at 40 largest councils",
    ),
    # (not) a number in words, which refers to things named before
    (
        "The two Welsh universities employ 3,000 staff.",
        "3,000 staff",
        (3000.0, "people", "=", None),
        "staff employed by Welsh universities",
    ),
    # (not) the whole a part is counted of
    (
        "Five of the 120 MPs voted against the bill.",
        "Five",
        (5.0, "people", "=", None),
        "MPs voted against bill",
    ),
    # (not) a number that is an amount of its own
    (
        "The 10 new member states will receive £20bn in aid.",
        "£20bn",
        (20e9, "GBP", "=", None),
        "aid to be received by new member states",
    ),
    # (not) no number to keep
    (
        "A report on the biggest projects says costs have risen by £1.7bn.",
        "£1.7bn",
        (1.7e9, "GBP", "=", None),
        "rise in costs of biggest projects",
    ),
    # a share spent that spells out an aim "for" something
    (
        "She urged rich countries to meet the UN target for development aid - spending 0.7% "
        "of their national income.",
        "0.7%",
        (0.7, "percent", "=", None),
        "share of rich countries' national income spent on development aid",
    ),
    (
        "The party has set a goal for education: spending 6% of GDP.",
        "6%",
        (6.0, "percent", "=", None),
        "share of GDP spent on education",
    ),
    (
        "Leaders backed his plan for cheaper housing, spending 1% of the budget.",
        "1%",
        (1.0, "percent", "=", None),
        "share of budget spent on cheaper housing",
    ),
    # (not) an aim with no "for", or one for a year
    (
        "Ministers set a target for 2010 - spending 3% of GDP.",
        "3%",
        (3.0, "percent", "=", "2010-01-01/2010-12-31"),
        "share of GDP spent",
    ),
    # (not) a spending that says what it is on
    (
        "The UK plans to meet its target of spending 0.7% of national income on aid.",
        "0.7%",
        (0.7, "percent", "=", None),
        "spending on aid as share of national income",
    ),
]


@pytest.mark.parametrize(("text", "amount", "reading", "obj"), _ROWS)
def test_defining_words_kept(
    nlp: Any, text: str, amount: str, reading: tuple[float, str, str, str | None], obj: str
) -> None:
    a = amount_named(amounts_of(nlp, text), amount)
    value, unit, comparator, period = reading
    assert a.value == pytest.approx(value)
    assert (a.unit, a.comparator, a.period) == (unit, comparator, period)
    assert a.object == obj
