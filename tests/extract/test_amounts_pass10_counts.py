"""Amounts: a tenth pass (issue 7), counts: a "more" between the number and its noun makes
the count a difference; a count "fewer than" someone's is the gap between two; people a
thing is needed or sent to help are helped with that thing; and an amendment first said
with the bill it is to is that bill's amendment later on. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of

from communique.record import Amount

pytestmark = pytest.mark.slow


def _of(amounts: list[Amount], text: str) -> Amount:
    return next(a for a in amounts if a.text.startswith(text))


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # "more" hung on the number: a difference, not a level
        (
            "Unemployment fell in the spring, as 25,000 more people found jobs in the region.",
            "25,000",
            "more people found jobs in region",
        ),
        (
            "The jobless total rose 12,000 in the spring, even as 40,000 more people were in work.",
            "40,000",
            "more people in work",
        ),
        # (a "more than" before the number is a comparator: no difference)
        ("More than 400 people were in work at the mill.", "400", "people in work at mill"),
        # "fewer than" someone: the gap between the two
        (
            "In Dunmore, the Greens came second in the 2001 election, securing just under 4,000"
            " votes fewer than Labour's Mary Tolland.",
            "4,000",
            "votes fewer for Greens than Labour's Mary Tolland",
        ),
        (
            "The Greens took 1,200 votes fewer than the Liberal candidate.",
            "1,200",
            "votes fewer for Greens than Liberal candidate",
        ),
        ("The Greens won 1,200 votes in Dunmore.", "1,200", "votes won in Dunmore by Greens"),
        # helped with what was needed or sent to help them
        (
            "Last year, a total of 500,000 tonnes of grain was needed to help three million"
            " Ruritanians.",
            "three million",
            "Ruritanians helped with grain",
        ),
        (
            "Fresh funds were raised to help 2,000 families in the valley.",
            "2,000",
            "families helped with fresh funds",
        ),
        # (whose savings is not said: nothing added)
        ("The charity used its savings to help 300 families.", "300", "families helped"),
        # an amendment to a bill named before
        (
            "An amendment to the Care Reform Bill has been tabled by former minister Anne Holt."
            " Forty MPs have signed a petition backing the amendment.",
            "Forty",
            "MPs signed petition backing amendment to Care Reform Bill",
        ),
        (
            "The Mental Health Bill would give doctors new powers. Critics fear the change. An"
            " amendment to the bill - preventing forced treatment - has been tabled by Anne"
            " Holt. Forty MPs have signed a petition backing the amendment.",
            "Forty",
            "MPs signed petition backing amendment to Mental Health Bill",
        ),
        # (a plan on a common noun: nothing that names it)
        (
            "A plan on growth was published on Monday. Thirty senators have backed the plan.",
            "Thirty",
            "senators backed plan",
        ),
    ],
)
def test_what_a_count_counts(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert _of(amounts_of(nlp, text), amount).object == obj
