"""Amounts: a twelfth pass, the frame an amount holds under. When the amount's clause (its
verb, the verb it is said or agreed through, or the noun the amount sizes) has an "under X",
"as part of X" or "in the X" phrase whose head is an arrangement noun (settlement, deal,
agreement, proposals, scheme, plan, budget, contract, rules, terms ...), the object ends
with "under X" ("in X" for a budget or where the text says "in"), X without its articles or
"its". Not a comparator's "under 5%", not "under pressure" or "under way", not an idiom's
bare "in terms of", and not when the object names the arrangement already. Every sentence
is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a fronted "under" phrase on the amount's verb
        (
            "Under the settlement, Brightwater will take a $95m charge against its profits.",
            "$95m",
            "Brightwater's charge against its profits under settlement",
        ),
        (
            "Under the council's proposals, the average saving for a pensioner would be £310.",
            "£310",
            "average saving for pensioner under council's proposals",
        ),
        (
            "Under the terms of the contract, the club will receive £6m a season.",
            "£6m",
            "club's receipts per season under terms of contract",
        ),
        (
            "Under the scheme, about 12,000 farmers will be paid to plant hedges.",
            "12,000 farmers",
            "farmers paid to plant hedges under scheme",
        ),
        (
            "Under its restructuring plan, Kelvo will close 30 shops.",
            "30 shops",
            "shops closed by Kelvo under restructuring plan",
        ),
        # (through the copula a share's participle hangs on)
        (
            "Under the new law, no bank can be more than 40% owned by a single investor.",
            "40%",
            "share of bank owned by single investor under new law",
        ),
        # (through the verb it is said by)
        (
            "Under the deal, Mr Cole said the firm would pay £9m to former staff.",
            "£9m",
            "the firm's payment to former staff under deal",
        ),
        # "as part of" an arrangement
        (
            "As part of the agreement, Corvell will pay $40m to the regulator.",
            "$40m",
            "Corvell's payment to regulator under agreement",
        ),
        (
            "Nurses' pay is to rise by 4% as part of a three-year deal agreed with the unions.",
            "4%",
            "rise in Nurses' pay under three-year deal",
        ),
        # a budget: "in" ("under budget" would read as below it)
        (
            "Under the budget, the chancellor set aside £2bn for flood defences.",
            "£2bn",
            "funding for flood defences in budget",
        ),
        # (not a comparator's "under")
        (
            "The firm cut prices to under 5% above cost.",
            "5%",
            "excess of prices over cost",
        ),
        # (not "under pressure" or "under way": no arrangement)
        (
            "The company raised £30m under pressure from shareholders.",
            "£30m",
            "funds raised by the company",
        ),
        (
            "Output grew 2% while the project was under way.",
            "2%",
            "growth in Output",
        ),
        # (not an arrangement the object names already)
        (
            "The state will spend £40m in the budget on new roads.",
            "£40m",
            "state's spending in budget",
        ),
        (
            "Kelvo will close 30 shops under the plan it announced in June.",
            "30 shops",
            "shops closed under plan by Kelvo",
        ),
    ],
)
def test_frame_of_the_amount(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


# (not the bare "in" of an idiom: "in terms of" names no arrangement)
def test_in_terms_of_is_no_frame(nlp: Any) -> None:
    got = amount_named(amounts_of(nlp, "In terms of sales, the group's revenue rose by 4%."), "4%")
    assert got.object is not None and "terms" not in got.object
