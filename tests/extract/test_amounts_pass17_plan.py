"""Amounts: a seventeenth pass, a deed only planned. A count in the "to" clause of a plan
noun ("plans (proposals) to shed 900 jobs") is of "jobs planned to be shed", not of "jobs
shed" (which reads as done); and a count a subject plans, intends, hopes or threatens to
take "from" somewhere keeps a short "from <noun>" source when the object says not where
from ("land seized from farm by the agency"), even when that noun's own phrase holds
other amounts. Not a deed done with no plan, nor a plan noun's clause whose doer is
named. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a plan noun's "to" clause: planned, not done
        (
            "Plans to shed 9,000 council jobs were attacked by the unions.",
            "9,000 council jobs",
            "council jobs planned to be shed",
        ),
        (
            "Ministers defended proposals to close 40 rural post offices.",
            "40 rural post offices",
            "rural post offices proposed to be closed",
        ),
        # a planned taking keeps where from, shortly
        (
            "The agency intends to seize 800 acres (324 hectares) from the 2,500-acre farm.",
            "800 acres",
            "land seized from farm by the agency",
        ),
    ],
)
def test_planned_deed(nlp: Any, text: str, amount: str, obj: str) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert got.object == obj


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # (not) a deed done
        (
            "The carmaker cut 4,500 jobs in its German plants.",
            "4,500 jobs",
            "jobs cut in German plants by the carmaker",
        ),
        # (not) a short source said already
        (
            "The tax authority hopes to seize 2,000 acres from the disputed farm.",
            "2,000 acres",
            "land seized from disputed farm by the tax authority",
        ),
    ],
)
def test_deed_done_stays(nlp: Any, text: str, amount: str, obj: str) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert got.object == obj
