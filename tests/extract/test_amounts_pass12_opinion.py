"""Amounts: a twelfth pass (issue 7), shares of people in polls and partitive counts whose
object said too little about who: a poll share's answer that goes on past a name set off by
dashes ("thought his former lover - Kimberly Quinn - acted vindictively") keeps the rest of
the clause; "N of the X" after a sentence that counted and defined the X takes that
definition; "N others" takes the noun counted in the same or the sentence before and, when
their state has no words of its own ("missing"), the event that count was made in. Guard
rows: a clause with a pronoun nothing names stays cut, a group defined further back or
joined with more of its kind is not taken, a time is no event. Every sentence is written
by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a poll's answer past a name set off by dashes: the whole clause
        (
            "Some 58% of readers in the Herald survey thought her new husband - Tom Barker - "
            "had behaved badly.",
            "58%",
            "share of readers in Herald survey who thought her new husband Tom Barker had "
            "behaved badly",
        ),
        (
            "Nearly 35% of viewers agreed the presenter - Anna Lowe - should be replaced.",
            "35%",
            "share of viewers who agreed the presenter Anna Lowe should be replaced",
        ),
        # (a description between the dashes is left out, the clause is kept)
        (
            "About 44% of members in the union ballot believed the chairman's brother - a "
            "banker - had been treated unfairly.",
            "44%",
            "share of members in union ballot who believed the chairman's brother had been "
            "treated unfairly",
        ),
        # (not a clause with a pronoun nothing names: it stays cut)
        (
            "Around 30% of parents in the survey felt the new head teacher - Mark Ellis - had "
            "treated them unfairly.",
            "30%",
            "share of parents in survey who felt the new head teacher",
        ),
        # (not a teller's verb after the dashes: no clause of the answer)
        (
            "Some 52% of voters backed the mayor - Ken Smith - said the pollster.",
            "52%",
            "share of voters who backed the mayor",
        ),
        # "N of the X": the X as the sentence before counted and defined them
        (
            "Eight men were charged over the protest. Five of the men were released on bail.",
            "Five of the men",
            "men charged over protest who were released on bail",
        ),
        (
            "Nine students were suspended over the cheating scandal. Four of the students "
            "have appealed.",
            "Four of the students",
            "students suspended over cheating scandal who appealed",
        ),
        (
            "Ten nurses who worked at the clinic lost their jobs last week. Three of the nurses "
            "have found new posts.",
            "Three of the nurses",
            "nurses who worked at clinic and found new posts",
        ),
        # (not a group defined two sentences back)
        (
            "Eight men were charged over the protest. The trial opened in March. Five of the "
            "men were released on bail.",
            "Five of the men",
            "men released on bail",
        ),
        # (a group joined with more of its kind: the part is of them all)
        (
            "Nine men from Leeds and another man from York were arrested. Seven of the men "
            "were later released.",
            "Seven of the men",
            "men from Leeds and man from York arrested who were released",
        ),
        # "N others": the noun counted before and the event it was counted in
        (
            "The ministry says 23 Danes are known to have died in the floods, with 87 others "
            "missing.",
            "87 others",
            "other Danes missing in floods",
        ),
        (
            "Twelve climbers were injured in the avalanche on Monday, and 30 others were missing.",
            "30 others",
            "other climbers missing in avalanche",
        ),
        (
            "Fourteen sailors drowned in the storm off Cornwall. Six others are still missing.",
            "Six others",
            "other sailors missing in storm",
        ),
        # (not when the others' state has words of its own)
        (
            "Five workers were hurt in the blast, and 12 others were treated for shock in "
            "hospital.",
            "12 others",
            "other workers treated for shock in hospital",
        ),
        # (not a time: "in 2004" is the period)
        (
            "Forty people died in 2004, with nine others missing.",
            "nine others",
            "other people missing",
        ),
    ],
)
def test_object(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
