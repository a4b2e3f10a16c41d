"""Amounts: a thirteenth pass, a threshold: an amount compared ("more than", "less than",
"over", "below", "at least") inside a modifier of a kind of people or things ("those
earning less than X", "gifts worth more than X", "firms with more than N staff",
"households with incomes below X") that a main clause is about is the modifier's measure of
that kind as the clause says it ("earnings of those exempt from tax", "staff of firms to
which the levy applies"), and as sure as the clause is (a "will" is a forecast). Not things
said before ("the blasts which killed ..."), not an aside between commas, not a level a verb
aims at ("efforts to cut it below 3%"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a participle or relative clause on the subject
        (
            "Under the reform, those earning less than £9,000 a year will be exempt from tax.",
            "£9,000",
            "earnings of those exempt from tax per year",
        ),
        (
            "Pensioners earning over £40,000 will lose the winter allowance.",
            "£40,000",
            "earnings of pensioners losing the winter allowance",
        ),
        (
            "Tenants who pay less than £300 a month receive no housing credit.",
            "£300",
            "payment of tenants receiving no housing credit per month",
        ),
        (
            "Banks holding more than $80bn in deposits face a new levy.",
            "$80bn",
            "deposits of banks facing a new levy",
        ),
        # "worth", passive
        (
            "Gifts worth more than £5,000 must be declared to the ethics panel.",
            "£5,000",
            "value of gifts declared to the ethics panel",
        ),
        # "with", and "with" a measure "below" or "of" an amount
        (
            "Farms with more than 40 workers will have to register with the agency.",
            "40 workers",
            "workers of farms having to register with the agency",
        ),
        (
            "Families with incomes below £18,000 will receive the heating grant.",
            "£18,000",
            "incomes of families receiving the heating grant",
        ),
        (
            "Retailers with annual sales of more than £2m must collect the charge.",
            "£2m",
            "annual sales of retailers collecting the charge",
        ),
        # the object of the main clause
        (
            "The council will exempt those earning less than £12,000.",
            "£12,000",
            "earnings of those exempted by the council",
        ),
        # the object of its "to" or "for"
        (
            "The new duty applies to breweries with more than 60 staff.",
            "60 staff",
            "staff of breweries to which the new duty applies",
        ),
        (
            "The minister wants to cut the levy to 5% for those earning under £25,000.",
            "£25,000",
            "earnings of those for whom the levy is cut to 5%",
        ),
        # (not things said before)
        (
            "Inspectors examined the floods which destroyed more than 300 homes.",
            "300 homes",
            "homes destroyed by floods",
        ),
        # (not an aside between commas)
        (
            "The mill, which employs more than 900 people, closed on Friday.",
            "900 people",
            "people employed by mill",
        ),
        # (not a level a verb aims at)
        (
            "The bank's efforts to push inflation below 2% were praised by traders.",
            "2%",
            "inflation",
        ),
        # (not an amount said as it is)
        (
            "Nurses earning £25,000 a year were given a rise.",
            "£25,000",
            "earnings per year",
        ),
    ],
)
def test_the_threshold_of_a_kind(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


@pytest.mark.parametrize(
    ("text", "amount", "modality"),
    [
        (
            "Households with incomes below £15,000 will be spared the new charge.",
            "£15,000",
            "forecast",
        ),
        ("Donors giving more than £7,500 must be named by the party.", "£7,500", "target"),
        # (a fact stays a fact)
        ("Households with incomes below £15,000 paid no charge last year.", "£15,000", None),
    ],
)
def test_the_threshold_is_as_sure_as_its_clause(
    nlp: Any, text: str, amount: str, modality: str | None
) -> None:
    assert amount_named(amounts_of(nlp, text), amount).extra.get("modality") == modality
