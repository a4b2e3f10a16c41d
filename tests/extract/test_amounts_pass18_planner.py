"""Amounts: an eighteenth pass, whose plan a planned deed is. A count or sum a named
planner plans, proposes or wants to deal with ("the council plans to shut 3 libraries"),
or that is the deed of a plan its subject launches, unveils, announces or sets out ("Acme
unveiled plans to cut 900 jobs"), or of a plan named as someone's ("the bank's plans to
close 120 branches"), says the planner in its object: "libraries the council plans to
shut", "jobs Acme plans to cut" - not "libraries shut by the council" (read as done) nor
"jobs planned to be cut" (whose plan?). Not a plan nobody is named for, a plan only backed
or weighed by the subject, nor a deed done. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of

pytestmark = pytest.mark.slow


_PLANNED = [
    # a plan noun launched, unveiled, announced or set out by its subject
    (
        "The city council unveiled plans to close 14 public libraries.",
        "14 public libraries",
        (14.0, "libraries", "=", None),
        "public libraries the city council plans to close",
    ),
    (
        "Acme and Globex on Monday announced plans to cut 2,300 jobs.",
        "2,300 jobs",
        (2300.0, "jobs", "=", None),
        "jobs Acme and Globex plan to cut",
    ),
    (
        "The Green Party launched a plan to plant 5 million trees by 2030.",
        "5 million trees",
        (5_000_000.0, "trees", "=", "../2030-12-31"),
        "trees Green Party plans to plant",
    ),
    (
        "Rovel Motors set out plans to build 60,000 electric vans.",
        "60,000 electric vans",
        (60000.0, "vans", "=", None),
        "electric vans Rovel Motors plans to build",
    ),
    (
        "The Liberal Democrats and the Greens unveiled proposals to abolish 40 quangos.",
        "40 quangos",
        (40.0, "quangos", "=", None),
        "quangos Liberal Democrats and Greens plan to abolish",
    ),
    (
        "The Scottish Executive has announced plans to recruit 1,500 teachers by 2007.",
        "1,500 teachers",
        (1500.0, "people", "=", "../2007-12-31"),
        "teachers Scottish Executive plans to recruit",
    ),
    # a plan named as someone's
    (
        "The bank's plans to close 120 branches angered customers.",
        "120 branches",
        (120.0, "branches", "=", None),
        "branches the bank plans to close",
    ),
    # "plans to", "wants to", "was planning to": planned, not done
    (
        "Brussels wants to raise 3bn euros from the sale of spectrum licences.",
        "3bn euros",
        (3e9, "EUR", "=", None),
        "funds Brussels wants to raise from sale of spectrum licences",
    ),
    (
        "Vantor plans to sell off shares worth $2bn.",
        "$2bn",
        (2e9, "USD", "=", None),
        "value of shares Vantor plans to sell off",
    ),
    (
        "The ministry was planning to privatise 120 state farms.",
        "120 state farms",
        (120.0, "farms", "=", None),
        "state farms the ministry planned to privatise",
    ),
    (
        "The broadcaster wants to axe 1,200 posts.",
        "1,200 posts",
        (1200.0, "posts", "=", None),
        "posts the broadcaster wants to axe",
    ),
    (
        "The Tories plan to cut 10,000 civil service jobs.",
        "10,000 civil service jobs",
        (10000.0, "jobs", "=", None),
        "civil service jobs Tories plan to cut",
    ),
    # "They plan to": the group the object already named for "they"
    (
        "Investigators raided the ranch. They plan to seize 900 acres from the ranch.",
        "900 acres",
        (900.0, "acres", "=", None),
        "land investigators plan to seize from ranch",
    ),
]

_KEPT = [
    # no planner named
    (
        "Plans to shut 25 rural schools were attacked by parents.",
        "25 rural schools",
        (25.0, "schools", "=", None),
        "rural schools planned to be shut",
    ),
    (
        "Critics said the plan to axe 600 posts was rushed.",
        "600 posts",
        (600.0, "posts", "=", None),
        "posts planned to be axed",
    ),
    # a plan only backed or weighed by the subject: not said to be its own
    (
        "Officials backed plans to demolish 300 homes.",
        "300 homes",
        (300.0, "homes", "=", None),
        "homes planned to be demolished",
    ),
    (
        "Ministers are considering plans to sell 20 army barracks.",
        "20 army barracks",
        (20.0, "barracks", "=", None),
        "army barracks planned to be sold",
    ),
]


@pytest.mark.parametrize(("text", "amount", "fields", "obj"), _PLANNED + _KEPT)
def test_planner_named(
    nlp: Any, text: str, amount: str, fields: tuple[float, str, str, str | None], obj: str
) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert (got.value, got.unit, got.comparator, got.period) == fields
    assert got.object == obj
    assert got.extra.get("modality") == "target"  # (planned, not done)


def test_deed_done_stays(nlp: Any) -> None:
    text = "The carmaker cut 4,500 jobs in its German plants."
    got = next(a for a in amounts_of(nlp, text) if a.text == "4,500 jobs")
    assert got.object == "jobs cut in German plants by the carmaker"
    assert "modality" not in got.extra
