"""Amounts: a tenth pass (issue 7): money said by a bare noun, with what it is for or of: the
compensation people may claim over a range, a charge carried over "from the previous quarter",
whom something costs, what a fine is for, the margin by which something is done; and a count
of a list of kinds of vehicle is a count of vehicles. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # what people may claim, over a range as for one sum
        (
            "Until now, travellers could claim between 40 euros and 90 euros if their luggage"
            " was lost.",
            "40 euros and 90 euros",
            "previous compensation travellers could claim",
        ),
        # a charge "from the previous quarter": its own, not the quarter the sentence names
        (
            "Initech booked a restructuring charge of $90m in the third quarter, on top of the"
            " $45m charge from the previous quarter.",
            "$45m",
            "Initech's charge from previous quarter",
        ),
        (
            "Initech booked a restructuring charge of $90m in the third quarter, on top of the"
            " $45m charge from the previous quarter.",
            "$90m",
            "Initech's restructuring charge in third quarter",
        ),
        # whom it costs, when the cause is no noun
        (
            "The blackout is thought to cost the Freedonian economy hundreds of millions of"
            " dollars each year.",
            "hundreds of millions of dollars",
            "cost of blackout to Freedonian economy per year",
        ),
        # (the cause, when a noun, still names the cost)
        ("The strike cost the airline £40m.", "£40m", "cost of strike to airline"),
        # what a fine is for: on a noun a slip doubled, or on the verb the fine is object of
        (
            "Sanctions will include a fine of up to £800 fine for owners who fail to register"
            " their dogs or cats.",
            "£800",
            "fine for owners who fail to register their dogs",
        ),
        (
            "Motorists face a £60 fine for failing to renew their permit.",
            "£60",
            "fine faced by motorists for failing to renew their permit",
        ),
        (
            "The council imposed a fine of £5,000 on the landlord for ignoring safety rules.",
            "£5,000",
            "fine imposed on landlord for ignoring safety rules",
        ),
        # (a time is no reason)
        ("The bank paid a fine of £2m for the first time.", "£2m", "fine paid by bank"),
        # the margin something is done by
        (
            "She expects to hit the borrowing target with a margin of £3bn.",
            "£3bn",
            "margin in hitting borrowing target",
        ),
    ],
)
def test_what_the_money_is_for(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


@pytest.mark.parametrize(
    ("text", "amount", "unit", "obj"),
    [
        # a list of kinds of vehicle, however parsed, is a count of vehicles
        (
            "Globex is also recalling 12,500 Zephyr coupes, Atlas SUVs and Nova sedans.",
            "12,500 Zephyr coupes",
            "vehicles",
            "Zephyr coupes, Atlas SUVs and Nova sedans recalled by Globex",
        ),
        # (a member with a number of its own is another count)
        ("The firm sold 40,000 cars and 3,000 trucks in May.", "40,000 cars", "cars", None),
        # (things of no one kind we know: the list as written, all of it counted; pass 14,
        # the first noun before)
        ("The shop sold 500 apples and pears.", "500 apples", "apples and pears", None),
    ],
)
def test_a_list_of_kinds_is_counted_by_its_kind(
    nlp: Any, text: str, amount: str, unit: str, obj: str | None
) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    assert got.unit == unit
    if obj is not None:
        assert got.object == obj
