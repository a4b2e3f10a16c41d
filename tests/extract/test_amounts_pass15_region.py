"""Amounts: a fifteenth pass, where a public service's figure is. A story whose headline or
opening sentence names a place inside a country (a nation of the UK, a state, province or
city the knowledge base files as a place of its country), and names no other such place
half as often, tells its public services' figures (waiting lists, patients, pupils,
teachers, councils, settlements, grants, budgets) without saying where again: an amount
whose object is such a thing, in a sentence that names no place, gets " in <place>", and
the place's country when it had no parties. Not a firm's or an owner's figure ("the
company's budget"), not a nation-wide one ("Nationally, ..."), not when the sentence or
the one before names another place, not in a story of two places ("England and Wales") or
of the whole country, not for a city named only where a speech was made, nor a place
inside a longer name ("the Bank of England"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj", "parties"),
    [
        # a nation of the UK, named in the opening sentence
        (
            "Class sizes grow again\n\nPrimary classes in Scotland are getting bigger, the"
            " teachers' union says. There are 41,000 pupils in classes of more than 30 this"
            " year.",
            "41,000 pupils",
            "pupils in classes in Scotland",
            ["GBR"],
        ),
        # (by its adjective: "Welsh councils", "English councils")
        (
            "Council budgets under strain\n\nWelsh councils have been told to expect a tight"
            " year. The £2.1bn settlement will be confirmed by ministers next week.",
            "£2.1bn",
            "settlement in Wales",
            ["GBR"],
        ),
        (
            "Council tax bills to rise\n\nEnglish councils will raise council tax by an"
            " average of 5%, ministers have been told. The grant settlement is worth £25bn.",
            "£25bn",
            "grant settlement in England",
            ["GBR"],
        ),
        # (named in the headline too)
        (
            "Hospital waits grow in Northern Ireland\n\nPatients in Northern Ireland are"
            " waiting longer for surgery, new figures show. More than 90,000 patients are"
            " waiting for a first appointment.",
            "90,000 patients",
            "patients waiting for first appointment in Northern Ireland",
            ["GBR"],
        ),
        # a state the story names three times
        (
            "Texas lawmakers back teacher plan\n\nLawmakers in Texas have approved a plan to"
            " hire more teachers. The state will hire 3,000 teachers next year, officials"
            " said. Critics in Texas say the plan is too small.",
            "3,000 teachers",
            "teachers hired by the state in Texas",
            ["USA"],
        ),
    ],
)
def test_public_service_figure_of_story_place(
    nlp: Any, text: str, amount: str, obj: str, parties: list[str]
) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    assert (got.object, got.parties) == (obj, parties)


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # (not when the sentence names its own place)
        (
            "Welsh pupils face longer journeys\n\nPupils in rural Wales may travel further to"
            " school after closures. In Cardiff, 12,000 pupils walk to school.",
            "12,000 pupils",
            "pupils walking to school in Cardiff",
        ),
        # (not a firm's own figure)
        (
            "Welsh water firm cuts costs\n\nA Welsh water company is to cut costs. The"
            " company's budget for repairs is £30m.",
            "£30m",
            "company's budget for repairs",
        ),
        (
            "Scottish hospitals hire more nurses\n\nScottish hospitals have hired more nurses"
            " this year. The firm said it had 300 patients on its books.",
            "300 patients",
            "patients on the firm's books",
        ),
        # (not a nation-wide figure)
        (
            "Waiting lists fall in Wales\n\nWaiting lists in Wales have fallen for a third"
            " month. Nationally, 500,000 people are on waiting lists.",
            "500,000 people",
            "people on waiting lists",
        ),
        # (not a story of two places)
        (
            "Police numbers rise\n\nPolice numbers in England and Wales have reached a record."
            " Forces employ 140,000 officers, and police budgets rose by 4%.",
            "4%",
            "rise in police budgets",
        ),
        # (not a city named once, where a speech was made)
        (
            "Blair pledges school cash\n\nThe prime minister, speaking in Leeds, pledged more"
            " cash for schools. Schools will get £2bn over three years.",
            "£2bn",
            "payment to schools",
        ),
        # (not after a sentence about another place)
        (
            "Waiting lists fall in Wales\n\nWaiting lists in Wales have fallen for a third"
            " month, ministers say. In England, lists fell sharply. There are 700,000 people"
            " on waiting lists.",
            "700,000 people",
            "people on waiting lists",
        ),
        # (not a story of the whole country, naming a nation of it on the way)
        (
            "Schools face funding squeeze\n\nSchools across Britain, from Scotland to"
            " Cornwall, face a squeeze, unions say. Britain spends less than its"
            " neighbours. There are 400,000 teachers.",
            "400,000 teachers",
            "teachers",
        ),
        # (not a place inside a longer name)
        (
            "Bank of England holds rates\n\nThe Bank of England has kept interest rates on"
            " hold at 4.75%. Public spending rose 4% last year.",
            "4%",
            "rise in Public spending",
        ),
    ],
)
def test_public_service_figure_not_placed(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
