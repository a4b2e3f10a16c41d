"""Amounts: a twentieth pass (issue 7), a definite noun whose earlier, indefinite mention
says which thing it is by whom it is for or by, or by who owns it. "A survey for the Rowan
Trust ... interviewed for the survey" -> "interviewed for survey for the Rowan Trust"; "a
depot owned by Calder Freight ... the depot employs" -> "Calder Freight's depot" (the
"for"/"by" phrases and the owning participles of `amounts_context._place_after` and
`_owned_by`, beside its "in"/"at" places). Left alone when the phrase names no one (a
nationality, a date, an owner that is no name), when two such mentions differ, and when
the noun is also said in the other number. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_ROWS = [
    # whom the thing is for, or by
    (
        "A survey for the Rowan Trust asked voters about pensions. Some 2,000 adults were"
        " interviewed for the survey.",
        "2,000 adults",
        (2000, "people", "~", None, "adults interviewed for survey for the Rowan Trust"),
    ),
    (
        "Councils took part in a survey for the Harbury Foundation. Some 140 councils were"
        " asked to take part in the survey.",
        "140 councils",
        (
            140,
            "councils",
            "~",
            None,
            "councils asked to take part in survey for the Harbury Foundation",
        ),
    ),
    # who owns the thing
    (
        "Inspectors visited a depot owned by Calder Freight last week. The depot employs 120"
        " drivers.",
        "120 drivers",
        (120, "people", "=", None, "drivers employed by Calder Freight's depot"),
    ),
    (
        "Unions met managers at a plant run by Norvik Steel. The plant employs 600 people.",
        "600 people",
        (600, "people", "=", None, "people employed by Norvik Steel's plant"),
    ),
    (
        "Hato Verde, a cattle ranch owned by Agrosol, was targeted by officials. They plan to"
        " seize 4,000 acres from the ranch.",
        "4,000 acres",
        (4000, "acres", "=", None, "land seized from Agrosol's ranch"),
    ),
    (
        "Police closed a mine operated by Ostra Mining on Monday. The mine employs 900 workers.",
        "900 workers",
        (900, "people", "=", None, "workers employed by Ostra Mining's mine"),
    ),
]

# What must not change.
_GUARDS = [
    # a nationality: whom it is for is not named
    (
        "Ministers unveiled a scheme for Welsh farmers last year. The scheme will cost £20m.",
        "£20m",
        (2e7, "GBP", "=", None, "scheme"),
    ),
    # an owner that is no name
    (
        "Tenants fought a ranch owned by a local bank for years. Officials seized 4,000 acres"
        " from the ranch.",
        "4,000 acres",
        (4000, "acres", "=", None, "Officials seized from ranch"),
    ),
    # two mentions that differ
    (
        "Inspectors visited a depot in Hull and a depot in Leeds. The depot employs 120 drivers.",
        "120 drivers",
        (120, "people", "=", None, "drivers employed by depot"),
    ),
    # the noun in the other number between: many are in play
    (
        "Inspectors visited a depot run by Calder Freight. Other depots were also visited. The"
        " depot employs 120 drivers.",
        "120 drivers",
        (120, "people", "=", None, "drivers employed by depot"),
    ),
    # a place that is no name
    (
        "Police raided a warehouse in the north of the city. Officers found 400 stolen"
        " televisions in the warehouse.",
        "400 stolen televisions",
        (400, "televisions", "=", None, "stolen televisions found in warehouse by officers"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "want"), _ROWS + _GUARDS)
def test_named_by_phrase(
    nlp: Any, text: str, amount: str, want: tuple[float, str, str, str | None, str]
) -> None:
    assert core_fields(amount_named(amounts_of(nlp, text), amount)) == want
