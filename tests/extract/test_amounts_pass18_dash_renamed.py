"""Amounts: an eighteenth pass, an amount that renames the noun phrase just before it. An
amount closing its sentence after a dash ("its staff costs - a predicted extra £140m.") or
after a comma and "a"/"an" is that noun phrase's figure, with "its" taken as the owner the
sentence names, not the figure of another noun of the sentence; an amount after an ordinal
standing alone ("the first quarter ..., with the second showing 0.9%") is the figure of the
same noun with that ordinal, in the object and in the period. Left alone: an amount in the
middle of dashes, a restatement after "or", a share after a count ("500 jobs - about 10%"),
a time noun before the dash, and an ordinal said with its own noun. Every sentence is
written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "value", "unit", "comparator", "period", "obj"),
    [
        # the trailing apposition names its own noun phrase, with the owner of "its"
        (
            "Analysts say Globex's annual ticket revenues - £90m - will fall well short of its "
            "rising staff costs - a predicted extra £140m.",
            "£140m",
            140e6,
            "GBP",
            "=",
            None,
            "Globex's rising staff costs",
        ),
        (
            "The union says the firm's savings plan will not cover its pension shortfall - an "
            "estimated £2.1bn.",
            "£2.1bn",
            2.1e9,
            "GBP",
            "~",
            None,
            "firm's pension shortfall",
        ),
        (
            "The airline's fuel surcharge will not make up for its higher fuel bill - an extra "
            "£75m.",
            "£75m",
            75e6,
            "GBP",
            "=",
            None,
            "airline's higher fuel bill",
        ),
        (
            "Initech's new tariffs will hardly offset its soaring energy bill - a projected $310m.",
            "$310m",
            310e6,
            "USD",
            "=",
            None,
            "Initech's soaring energy bill",
        ),
        (
            "Brokers think Vantor's cost cuts cannot close its funding gap - an expected £55m.",
            "£55m",
            55e6,
            "GBP",
            "=",
            None,
            "Vantor's funding gap",
        ),
        (
            "Shareholders fear Initech's buyback will not offset its debt repayments - a "
            "predicted £1.2bn.",
            "£1.2bn",
            1.2e9,
            "GBP",
            "=",
            None,
            "Initech's debt repayments",
        ),
        # (a comma and "an" set it off as well)
        (
            "The carmaker's price rises will not match its steel costs, an estimated $820m.",
            "$820m",
            820e6,
            "USD",
            "~",
            None,
            "carmaker's steel costs",
        ),
        # (not the noun the sentence's subject is)
        (
            "Regulators say Acme's fines are small next to its annual profits - an estimated "
            "£400m.",
            "£400m",
            400e6,
            "GBP",
            "~",
            None,
            "Acme's annual profits",
        ),
        # an ordinal standing alone is the same noun with that ordinal
        (
            "Sales rose 5% in the first half, while the second brought a fall of 2%.",
            "2%",
            2.0,
            "percent",
            "=",
            None,
            "Sales fall in second half",
        ),
        (
            "Output in the first quarter rose 1.9%, and the third showed growth of 0.6%.",
            "0.6%",
            0.6,
            "percent",
            "=",
            None,
            "growth in third quarter",
        ),
        (
            "Retail sales rose by 2.4% in the first quarter of 2004, with the second showing 0.9%.",
            "0.9%",
            0.9,
            "percent",
            "=",
            "2004-04-01/2004-06-30",
            None,
        ),
        # guards: the amount between dashes, the first ordinal's own amount
        (
            "Analysts say Globex's annual ticket revenues - £90m - will fall well short of its "
            "rising staff costs - a predicted extra £140m.",
            "£90m",
            90e6,
            "GBP",
            "=",
            None,
            "Globex's annual ticket revenues",
        ),
        (
            "Retail sales rose by 2.4% in the first quarter of 2004, with the second showing 0.9%.",
            "2.4%",
            2.4,
            "percent",
            "=",
            "2004-01-01/2004-03-31",
            "rise in Retail sales",
        ),
        # guards: a share after a count, a time noun, a restatement after "or", a clause
        (
            "Globex cut 500 jobs - about 10%.",
            "10%",
            10.0,
            "percent",
            "~",
            None,
            "jobs cut by Globex",
        ),
        ("Sales rose strongly last year - a record £3bn.", "£3bn", 3e9, "GBP", "=", None, "Sales"),
        (
            "The index closed down 12 points, or 0.4%.",
            "0.4%",
            0.4,
            "percent",
            "=",
            None,
            "fall in index",
        ),
        (
            "Rising inflation - reaching 2.5% in May - worried the bank.",
            "2.5%",
            2.5,
            "percent",
            "=",
            None,
            "inflation in May",
        ),
        # guard: an ordinal said with its own noun keeps it
        (
            "Profits rose 7% in the first quarter and 9% in the second quarter.",
            "9%",
            9.0,
            "percent",
            "=",
            None,
            "rise in Profits in second quarter",
        ),
    ],
)
def test_renamed_before(
    nlp: Any,
    text: str,
    amount: str,
    value: float,
    unit: str,
    comparator: str,
    period: str | None,
    obj: str | None,
) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    assert core_fields(got) == (value, unit, comparator, period, obj)
