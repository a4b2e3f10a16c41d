"""`dangling_cut` (extract/amounts_widened.py): an object ends on no conjunction or article a
cut phrase left, keeps a relative object's preposition, and spaces its words once. Records
built by hand: no model needed."""

from __future__ import annotations

import pytest

from communique.extract.amounts_widened import dangling_cut
from communique.record import Amount


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("people killed following huge earthquake and", "people killed following huge earthquake"),
        ("rise in sales and the", "rise in sales"),
        ("students the minister was talking to", "students the minister was talking to"),
        ("fall in Lenovo\n\n's shares", "fall in Lenovo's shares"),
        ("and", "and"),  # (one word is left as it is)
        (None, None),
    ],
)
def test_an_object_ends_on_no_joint_word(before: str | None, after: str | None) -> None:
    a = Amount(5.0, "percent", "=", "5%", (0, 2), (0, 2), object=before)
    dangling_cut([a])
    assert a.object == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("share of people that not not knowing", "share of people that not knowing"),
        (
            "posts cut as result of new machines from new machines",
            "posts cut as result of new machines",
        ),
        # guards: a word said twice apart, a closing phrase not said before
        ("fall in sales of sales staff", "fall in sales of sales staff"),
        ("rise in tax on tax returns filed", "rise in tax on tax returns filed"),
        ("cost of the new line to new towns", "cost of the new line to new towns"),
    ],
)
def test_an_object_says_its_words_once(before: str, after: str) -> None:
    a = Amount(5.0, "percent", "=", "5%", (0, 2), (0, 2), object=before)
    dangling_cut([a])
    assert a.object == after
