"""Amounts: a twenty-fifth pass (issue 7), who an object's noun belongs to. A one-word
object that is the noun of the amount's own verb is said with who did it ("cost of heavy
flooding in Devon to county", "savings from plans"); a share whose people a verb of seeing
is said of keeps what they saw ("who saw prices rise"); a possessive pronoun left in an
object takes the one name its sentence allows ("Mr Lee's earlier pledge"), unless that name
is the owned one's; a bare counted noun that is its clause's subject keeps what the clause
says of it. Left alone: a change no one does ("cut by £2bn"), a pronoun two names could
stand for, a thing named before ("the mine"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS: list[tuple[str, str, str]] = [
    # the noun of the amount's verb, with who did it
    (
        "Heavy flooding in Devon is thought to have cost the county up to £2bn.",
        "£2bn",
        "cost of heavy flooding in Devon to county",
    ),
    ("Storms have cost insurers more than £1bn.", "£1bn", "cost of Storms to insurers"),
    (
        "The council rejected plans which officials say would save £12m.",
        "£12m",
        "savings from plans",
    ),
    # a passive's doer is its "by" agent; with none, the one fined
    (
        "Mourinho criticised the referee and was fined £10,000 by the league.",
        "£10,000",
        "fine by league",
    ),
    ("Mourinho criticised the referee and was fined £10,000.", "£10,000", "fine on Mourinho"),
    # a verb of seeing keeps what was seen
    (
        "Of the firms polled, 40% saw prices rise and 20% saw them fall.",
        "40%",
        "share of firms polled who saw prices rise",
    ),
    # a possessive pronoun, named from its sentence
    (
        "Mr Lee's proposed budget of £3bn is well below his earlier pledge of £5bn.",
        "£5bn",
        "Mr Lee's earlier pledge",
    ),
    (
        "As Norway's economy grows, its contribution would rise to 2bn euros by 2010.",
        "2bn euros",
        "Norway's contribution",
    ),
    # a counted subject, with what its clause says of it
    (
        "The minister said as many as 200 schools may have their budgets cut.",
        "200 schools",
        "schools may have their budgets cut",
    ),
    # guards: two people "his" may stand for; a change no one does; a fall in a price; a
    # thing named before ("the mine": the readings of the sentences before name it); an
    # object that does the saving ("enable it to save")
    ("Coal was found in 1990. The mine produced 4m tonnes in 2003.", "4m tonnes", "production"),
    ("The council chose a plan which will enable it to save £3m.", "£3m", "savings"),
    ("Mr Lee told Mr Khan that his offer of £5m was too low.", "£5m", "his offer"),
    ("Spending on roads could be cut by £2bn.", "£2bn", "cut"),
    ("Brent crude lost $3 to $40 a barrel.", "$3", "loss"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS)
def test_whose_an_object_is(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


_SUBJECT_ROWS: list[tuple[str, str, str]] = [
    # an object that is only the subject of "cost": the thing whose cost it is
    (
        "Although it was quick, each test cost $40 because it used a big computer.",
        "$40",
        "cost of test",
    ),
    ("Some tickets cost £5 at the door.", "£5", "cost of tickets"),
    # "those" a clause defines is a share's base; a "be" says which share
    (
        "Of those asked, 62% were unaware that the results were paid for.",
        "62%",
        "share of those asked who were unaware that results were paid for",
    ),
    # a share held "with": the named subject's, of what it leads
    ("Firefox now competes with a share of about 8%.", "8%", "Firefox's share"),
    ("Acme leads the market with a 40% share.", "40%", "Acme's share of market"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _SUBJECT_ROWS)
def test_a_subject_said_as_its_cost_or_share(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
