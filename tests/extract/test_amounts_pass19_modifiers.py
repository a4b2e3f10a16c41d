"""Amounts: a nineteenth pass, modifiers the same sentence gives that define what an amount
measures, kept in its object so it does not read as a more general thing. A complement noun
("number") keeps a short "to" clause after its counted noun ("the number of bids to host
the games", however the parse hung it); a share or sum bounded by a "for the first N
weeks" duration keeps it (not a calendar span: "for the first three months of the year" is
a period); a measure that is the object of an infinitive whose verb names no measure of
its own says what is to be done to it ("grain to be shipped to north"); a sum bounding the
things of a "for" phrase ("a discount for orders above £1,000") is their value for that
thing; and a sum a "would have" verb does names the thing done to ("gifts blocked by cap"),
possible, not done, under an "if". Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    # a complement noun's short "to" clause on what it counts
    (
        "The number of calls to help lines is growing at a rate of 10% a year.",
        "10%",
        (10, "percent", "=", None),
        "object",
        "growth in number of calls to help lines per year",
    ),
    (
        "The number of letters to send home is growing at a rate of 12% a year.",
        "12%",
        (12, "percent", "=", None),
        "object",
        "growth in number of letters to send home per year",
    ),
    (
        "The number of bids to host the games is growing at a rate of 9% a year.",
        "9%",
        (9, "percent", "=", None),
        "object",
        "growth in number of bids to host games per year",
    ),
    # a bounding "for the first N weeks" duration
    (
        "Part-time staff are entitled to 80% of their normal pay for the first four weeks of"
        " sick leave.",
        "80%",
        (80, "percent", "=", None),
        "object",
        "part-time staff's entitlement as share of their normal pay for first four weeks of"
        " sick leave",
    ),
    (
        "Apprentices are paid 60% of the adult wage for the first two years of training.",
        "60%",
        (60, "percent", "=", None),
        "object",
        "share of adult wage paid to apprentices for first two years of training",
    ),
    (
        "Customers get a 50% discount for the first three months after signing up.",
        "50%",
        (50, "percent", "=", None),
        "object",
        "discount received by customers for first three months",
    ),
    (
        "Statutory sick pay is £60 a week for the first 28 weeks of illness.",
        "£60",
        (60, "GBP", "=", None),
        "object",
        "Statutory sick pay per week for first 28 weeks of illness",
    ),
    # what an infinitive is to do to a counted measure
    (
        "The ministry plans to ship 40,000 tonnes of grain to the north.",
        "40,000 tonnes",
        (40000, "tonnes", "=", None),
        "object",
        "grain to be shipped to north",
    ),
    (
        "The council wants to recycle 3,000 tonnes of household waste into compost.",
        "3,000 tonnes",
        (3000, "tonnes", "=", None),
        "object",
        "household waste to be recycled into compost",
    ),
    (
        "Officials plan to burn 5,000 tonnes of old stock.",
        "5,000 tonnes",
        (5000, "tonnes", "=", None),
        "object",
        "old stock to be burned",
    ),
    (
        "The port aims to handle 2m tonnes of coal.",
        "2m tonnes",
        (2e6, "tonnes", "=", None),
        "object",
        "coal to be handled",
    ),
    # a "for <things> under/over <sum>" threshold
    (
        "Ministers propose tax relief for donations over £500.",
        "£500",
        (500, "GBP", ">", None),
        "object",
        "value of donations for tax relief",
    ),
    (
        "The bank offers a discount for orders above £1,000.",
        "£1,000",
        (1000, "GBP", ">", None),
        "object",
        "value of orders for discount",
    ),
    (
        "Shoppers get free delivery for parcels under £20.",
        "£20",
        (20, "GBP", "<", None),
        "object",
        "value of parcels for free delivery",
    ),
    # a sum a "would have" verb does: possible, and what it would have been done to
    (
        "The minister said a £5,000 cap would have blocked £30m in gifts last year.",
        "£30m",
        (3e7, "GBP", "=", None),
        "object",
        "gifts blocked by cap",
    ),
    (
        "If the limit had applied, a £5,000 cap would have blocked £30m in gifts.",
        "£30m",
        (3e7, "GBP", "=", None),
        "modality",
        "possible",
    ),
    (
        "A stricter rule would have stopped £8m in loans to the club.",
        "£8m",
        (8e6, "GBP", "=", None),
        "object",
        "loans to club stopped by stricter rule",
    ),
    (
        "A lower cap might have barred £6m in donations.",
        "£6m",
        (6e6, "GBP", "=", None),
        "object",
        "donations barred by lower cap",
    ),
    (
        "The ban would have prevented £20m in bets if it had been passed.",
        "£20m",
        (2e7, "GBP", "=", None),
        "object",
        "bets prevented by ban",
    ),
]

_GUARDS = [
    # a "to" phrase the counted noun already kept, and a clause on the counted noun itself
    (
        "The number of complaints to the regulator is rising at a rate of 15% a year.",
        "15%",
        (15, "percent", "=", None),
        "object",
        "rise in number of complaints to regulator per year",
    ),
    (
        "The number of requests to join the union has risen at a rate of 4% a month.",
        "4%",
        (4, "percent", "=", None),
        "object",
        "rise in number of requests to join union per month",
    ),
    # a duration with no "first", and a calendar span: as before
    (
        "Adoptive parents are entitled to 60% of average earnings for three weeks.",
        "60%",
        (60, "percent", "=", None),
        "object",
        "adoptive parents' entitlement as share of average earnings",
    ),
    (
        "Sales rose 5% for the first three months of the year.",
        "5%",
        (5, "percent", "=", None),
        "object",
        "rise in Sales",
    ),
    (
        "Profits fell 3% for the first time in a decade.",
        "3%",
        (3, "percent", "=", None),
        "object",
        "fall in Profits",
    ),
    # a verb that names its own measure, and a verb that is no infinitive
    (
        "Farmers hope to export 2m tonnes of wheat this year.",
        "2m tonnes",
        (2e6, "tonnes", "=", None),
        "object",
        "exports of wheat",
    ),
    (
        "The firm intends to produce 30,000 tonnes of steel at the plant.",
        "30,000 tonnes",
        (30000, "tonnes", "=", None),
        "object",
        "production of steel",
    ),
    (
        "The ministry shipped 40,000 tonnes of grain to the north.",
        "40,000 tonnes",
        (40000, "tonnes", "=", None),
        "object",
        "grain",
    ),
    # the subject measured, not a thing had: as before
    (
        "Prices for homes over £1m rose 4% last year.",
        "£1m",
        (1e6, "GBP", ">", None),
        "object",
        "homes",
    ),
    # a verb's own noun already says what was done; a deed done or ahead, not had been
    (
        "The new rule could have saved £2bn in fees.",
        "£2bn",
        (2e9, "GBP", "=", None),
        "object",
        "savings in fees by new rule",
    ),
    (
        "A lower limit would have cut £12m in donations.",
        "£12m",
        (1.2e7, "GBP", "=", None),
        "object",
        "cut in donations",
    ),
    # a bare "would have", with no "if": no modality, as before
    (
        "A stricter rule would have stopped £8m in loans to the club.",
        "£8m",
        (8e6, "GBP", "=", None),
        "modality",
        None,
    ),
    (
        "The firm has banned £2m in gifts.",
        "£2m",
        (2e6, "GBP", "=", None),
        "modality",
        None,
    ),
    (
        "The rule will ban £9m in gifts.",
        "£9m",
        (9e6, "GBP", "=", None),
        "modality",
        "forecast",
    ),
]


@pytest.mark.parametrize(("text", "amount", "fixed", "field", "want"), _ROWS + _GUARDS)
def test_defining_modifiers_kept(
    nlp: Any, text: str, amount: str, fixed: tuple[Any, ...], field: str, want: str | None
) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    value, unit, comparator, period = fixed
    assert core_fields(got)[:4] == (pytest.approx(value), unit, comparator, period)
    said = got.object if field == "object" else got.extra.get("modality")
    assert said == want
