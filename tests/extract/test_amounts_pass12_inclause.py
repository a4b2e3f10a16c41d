"""Amounts: a twelfth pass (issue 7), defining words of the amount's own sentence that the
object must keep: the definite noun an appositive describes ("The union, a large body
including 300 nurses": the nurses in the union), the deed of the clause a "which" of "a move"
or "a step" set after it stands for ("scrapping its bus service, a step that will enable it
to save £2m": savings from scrapping it), and a short past participle with its complement on
the last noun of what the counted lack ("skills needed for office jobs"). Every sentence is
written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # an appositive's definite noun is what the sentence names the holder
        (
            "The inquiry, a review including 12 hospitals, found poor care.",
            "12 hospitals",
            "hospitals in inquiry",
        ),
        (
            "The union, a large body including 300 nurses, voted to strike.",
            "300 nurses",
            "nurses in union",
        ),
        (
            "The charity, a network for 500 families, has closed.",
            "500 families",
            "charity for families",
        ),
        # (not a holder that is no appositive)
        (
            "Ministers set up an independent body including 2 judges.",
            "2 judges",
            "judges in independent body",
        ),
        # a "which" of "a move" or "a step" after a clause: that clause's deed
        (
            "The council is scrapping its free bus service, a step that will enable it to"
            " save £2m.",
            "£2m",
            "savings from scrapping the council's free bus service",
        ),
        (
            "The airline is selling its cargo arm, a decision which will help it to raise £400m.",
            "£400m",
            "funds raised from selling the airline's cargo arm",
        ),
        # (not a clause whose verb is no deed done to a thing)
        (
            "The firm hired new managers, a move which should help it to save £5m.",
            "£5m",
            "the firm's savings",
        ),
        # (not a "which" of a noun that is no appositive)
        (
            "The council chose a plan which will enable it to save £3m.",
            "£3m",
            "savings",
        ),
        # a short past participle on the last noun of what the counted lack
        (
            "Nearly 300,000 farmers lack tractors or ploughs made for heavy soil.",
            "300,000 farmers",
            "farmers lacking tractors or ploughs made for heavy soil",
        ),
        (
            "Around 8 million workers lack computer or language skills needed for office jobs.",
            "8 million workers",
            "workers lacking computer or language skills needed for office jobs",
        ),
        # (not a long one)
        (
            "About 3 million workers lack training or skills required by employers in the"
            " north of the country.",
            "3 million workers",
            "workers lacking training or skills",
        ),
        (
            "Over 2,000 villages lack roads or bridges paid for by the state.",
            "2,000 villages",
            "villages lacking roads or bridges",
        ),
    ],
)
def test_the_words_of_its_own_sentence(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
