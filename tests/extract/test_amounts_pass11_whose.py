"""Amounts: an eleventh pass (issue 7), whose a firm's or a person's figure is: the doer of
a relative clause is the noun the clause hangs on ("two brokers, who paid penalties of
£40,000": penalties paid by the brokers), a firm's production capacity is its own as its
profits are, and a possessive said once for a name ending in "s". Every sentence
is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a relative clause's doer: the people it hangs on
        (
            "The regulator fined two brokers, who paid penalties of £40,000 each.",
            "£40,000",
            "penalties paid by brokers",
        ),
        (
            "The firm settled with four former directors, who repaid bonuses of £2m.",
            "£2m",
            "bonuses repaid by former directors",
        ),
        (
            "The bank hired advisers who charged fees of $12m.",
            "$12m",
            "fees charged by advisers",
        ),
        (
            "The agency spoke to pensioners who lost savings of £30,000 in the crash.",
            "£30,000",
            "savings lost by pensioners",
        ),
        # (all the names of a list, not its last)
        (
            "The club disciplined two captains, Tom Hart and Joe Reed, who paid fines of £5,000.",
            "£5,000",
            "fines paid by Tom Hart and Joe Reed",
        ),
        # "which" stands for a named organisation
        (
            "Globex, which posted profits of $2bn, will close two plants.",
            "$2bn",
            "profits posted by Globex",
        ),
        # (not a thing with no deeds: a plan's payments are no plan's)
        (
            "The plan, which includes payments of £3m to farmers, was approved.",
            "£3m",
            "payments to farmers",
        ),
        # (not a count of the people themselves)
        (
            "The court heard from three farmers who received grants of £20,000 each.",
            "three farmers",
            "farmers the court heard from",
        ),
        # a firm's production capacity is its own
        (
            "A combination of Acme Steel and Globex would have sales of $9bn and a "
            "production capacity of 40 million tonnes.",
            "40 million tonnes",
            "combined Acme Steel and Globex's production capacity",
        ),
        # a name ending in "s" takes the apostrophe alone
        (
            "Acme Motors cut its forecast. Last year it made profits of $5m.",
            "$5m",
            "Acme Motors' profits",
        ),
        # (not a firm's: a country's capacity is told by its parties)
        (
            "Brazil has a steel production capacity of 40 million tonnes.",
            "40 million tonnes",
            "steel production capacity",
        ),
    ],
)
def test_whose_figure(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
