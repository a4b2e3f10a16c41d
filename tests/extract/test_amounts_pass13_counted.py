"""Amounts: a thirteenth pass, counts whose object the clause around them turned round or
left vague. A count that is the object of a negated modal verb keeps both ("you cannot
fight six men": "men who cannot be fought", not "men fought"); "N others" as a clause's
subject are others of the people the paragraph counted last when no sentence near names
them, and their own deed ends before the next count ("held my legs and another one ...");
a number before a hyphened noun counts it with its words ("three other ex-managers"); a
pact held "with" the counted, or a thing "against" them, names them first ("suppliers
with contracts", "directors facing charges"); and cases "in" which something happened,
or "of those cases", are of what the count just before counted. Every sentence is written
by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a negated modal: no deed the sentence denies
        ("You cannot fight six men.", "six men", "men who cannot be fought"),
        ("The firm will not cut 300 jobs.", "300 jobs", "jobs that will not be cut by the firm"),
        (
            "The council could not house 200 families this winter.",
            "200 families",
            "families who could not be housed by the council",
        ),
        (
            "Ministers would never sell 40 schools.",
            "40 schools",
            "schools that would never be sold by ministers",
        ),
        ("Some 300 jobs will not be cut.", "300 jobs", "jobs that will not be cut"),
        ("The union said 300 members would not vote.", "300 members", "members would not vote"),
        # (not a modal without "not", nor "not" without a modal)
        ("The bank could cut 300 jobs.", "300 jobs", "jobs cut by the bank"),
        ("The bank did not cut 300 jobs.", "300 jobs", "jobs not cut by the bank"),
        # "N others": of the people counted last in the paragraph, and their deed
        (
            "Six men grabbed me from behind. I was told to keep still. Two of them held me "
            "and two others held my legs and another one took my wallet.",
            "two others",
            "other men held legs",
        ),
        (
            "Four of the guards ran to the gate. The rest stayed put. Three others had been "
            "stopped by police at the door.",
            "Three others",
            "other guards stopped at door",
        ),
        # (not others who are no clause's subject)
        (
            "The club has 300 members. It met on Monday. The chairman was arrested along "
            "with 12 others.",
            "12 others",
            "others arrested",
        ),
        # a number before a hyphened noun counts it, with its words
        (
            "The settlement included agreements with three other ex-managers, who paid fines.",
            "three other ex-managers",
            "other ex-managers who paid fines",
        ),
        # held "against" or "with" the counted: the counted first
        (
            "The agency brought charges against two ex-senior directors of the bank.",
            "two ex-senior directors",
            "ex-senior directors of bank facing charges brought by agency",
        ),
        (
            "Officials filed lawsuits against 40 banks.",
            "40 banks",
            "banks facing lawsuits filed by officials",
        ),
        (
            "The deal included contracts with 40 suppliers.",
            "40 suppliers",
            "suppliers with contracts in deal",
        ),
        # (not what is done "with" them, nor a thing "from" them)
        (
            "The study was based on interviews with 2,000 voters.",
            "2,000 voters",
            "interviews with voters",
        ),
        (
            "The report used evidence from 51 organisations.",
            "51 organisations",
            "evidence from organisations",
        ),
        # cases "in" which a thing happened, "of those cases": of what was counted before
        (
            "In one town alone 800 parents were warned they would be fined. Since then, "
            "attendance improved in 776 cases.",
            "776 cases",
            "cases where attendance improved, of parents warned they would be fined in one town",
        ),
        (
            "Police stopped 3,000 drivers last year. In 1,400 of those cases, the driver was "
            "over the limit.",
            "1,400 of those cases",
            "cases of drivers stopped by police",
        ),
        (
            "There were 922 cases of fraud in 2004. In 300 cases, money was recovered.",
            "300 cases",
            "cases of fraud where money was recovered",
        ),
        # (not cases handled, nor more cases than were counted before)
        ("The unit employs 400 staff. It handled 90 cases last year.", "90 cases", "cases handled"),
        (
            "The office received 40 complaints. Since then, staff replied in 300 cases.",
            "300 cases",
            "cases where staff replied",
        ),
    ],
)
def test_counts_in_clauses(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
