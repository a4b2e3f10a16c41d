"""Amounts: a nineteenth pass, what a demonstrative or deed noun of an amount's clause
stands for, named in its object. "Such a move", "the move", "the change", "the step" is
the deed of an earlier claim with the same verb ("Raising the limit would cost 40 lives
... such a move could cost 30 lives": "lives cost by raising speed limit to 80mph"), or
of things that close to do what the verb does ("Four depots will shut to save money ...
the move would save £9m"); "the plan" or "the proposal" is an earlier plan of the same
word with its "to" clause; "this grant" or "this funding" an earlier mention with words
of its own (and its giver's name); "the arrangement" the one deal noun said just before
(with its maker's name). This paragraph and the one before (a few paragraphs for money),
no quote's edge between, exactly one candidate; the bare noun in the object is replaced,
else "from" (a saving) or "under" and the phrase is added. Every sentence is written by
us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields

pytestmark = pytest.mark.slow

_NAMED = [
    # a deed noun: the deed of an earlier claim with the same verb
    (
        "Raising the speed limit to 80mph would cost 40 lives a year, campaigners say. A"
        " government study found such a move could cost 30 lives a year.",
        "30 lives",
        (30, "lives", "=", None, "lives cost per year by raising speed limit to 80mph"),
    ),
    (
        "Raising the speed limit to 80mph would cost 40 lives a year, campaigners say. Another"
        " study said the change would cost 30 lives a year.",
        "30 lives",
        (30, "lives", "=", None, "lives cost per year by raising speed limit to 80mph"),
    ),
    (
        "Lowering the voting age to 16 would add 1.5 million voters, the report says. But"
        " officials said such a move could add 900,000 voters.",
        "900,000 voters",
        (9e5, "people", "=", None, "voters added by lowering voting age to 16"),
    ),
    (
        "Scrapping the toll on the bridge would save drivers £5m a year, a study claims."
        " Ministers argue the move could save just £2m a year.",
        "£2m",
        (2e6, "GBP", "=", None, "savings per year from scrapping toll on bridge"),
    ),
    (
        "Doubling the tax on cigarettes would cut smoking by 10%, doctors say. The lobby group"
        " said such a move would cut sales by just 2%.",
        "2%",
        (2, "percent", "=", None, "fall in sales from doubling tax on cigarettes"),
    ),
    # things that close to do what the amount's verb does
    (
        "Four regional depots will shut in an effort to save money, the rail firm said. Its"
        " chief said the move would save £9m a year.",
        "£9m",
        (9e6, "GBP", "=", None, "savings per year from shutting four regional depots"),
    ),
    # a plan noun: the earlier plan with its "to" clause
    (
        "The minister backed a plan to scrap tuition fees for nurses. He said the plan would"
        " cost about £40m a year.",
        "£40m",
        (4e7, "GBP", "~", None, "plan to scrap tuition fees for nurses per year"),
    ),
    (
        "The council unveiled a plan to build a new tram line across the city. Officials said"
        " the plan would create 900 jobs.",
        "900 jobs",
        (900, "jobs", "=", None, "jobs created by plan to build new tram line across city"),
    ),
    (
        "Unions rejected a proposal to extend the working week for drivers. The proposal would"
        " have saved the firm £8m.",
        "£8m",
        (
            8e6,
            "GBP",
            "=",
            None,
            "savings for firm from proposal to extend working week for drivers",
        ),
    ),
    (
        "The chancellor set out a plan to cut stamp duty for first-time buyers. He said the plan"
        " would help 150,000 buyers a year.",
        "150,000 buyers",
        (
            1.5e5,
            "people",
            "=",
            None,
            "buyers helped per year by plan to cut stamp duty for first time buyers",
        ),
    ),
    (
        "The board backed a plan to close two of its plants in Wales. Managers said the plan"
        " would cut 600 jobs.",
        "600 jobs",
        (600, "jobs", "=", None, "jobs cut by plan to close two of its plants in Wales"),
    ),
    (
        "Germany wants a plan to cap bonuses for bankers. The plan would cover 5,000 bankers.",
        "5,000 bankers",
        (5000, "people", "=", None, "bankers covered in plan to cap bonuses for bankers"),
    ),
    # a money noun after "this": the earlier mention, with its giver
    (
        "The Lottery Fund announced a three-year arts grant for the region on Monday. Its"
        " director said this grant is meant to pay for 300 new teachers.",
        "300 new teachers",
        (300, "people", "=", None, "new teachers under Lottery Fund's three-year arts grant"),
    ),
    (
        "The Arts Council gave a two-year music grant to the county in May. This grant is meant"
        " to pay for 120 new tutors.",
        "120 new tutors",
        (120, "tutors", "=", None, "new tutors under Arts Council's two-year music grant"),
    ),
    (
        "The ministry's five-year cancer funding was set out last week.\n\nThe disease kills"
        " many each year. This funding will pay for 40 new scanners.",
        "40 new scanners",
        (40, "scanners", "=", None, "new scanners under ministry's five-year cancer funding"),
    ),
    # "the arrangement": the one deal said just before
    (
        "Acme can sell its bus unit to Globex, part of an alliance agreed in 2001. Globex is"
        " offering $900m to get out of the arrangement.",
        "$900m",
        (9e8, "USD", "=", None, "Globex's offer to get out of alliance agreed in 2001"),
    ),
    (
        "Globex signed a pact with Initech in 1999. Initech is paying $40m to leave the"
        " arrangement.",
        "$40m",
        (4e7, "USD", "=", None, "Initech's payment to leave Globex's pact with Initech"),
    ),
]

_KEPT = [
    # someone's words: the phrase may be of anything they said
    (
        "Lowering the voting age to 16 would add 1.5 million voters, the report says.\n\nShe"
        ' said: "Such a move could add 900,000 voters."',
        "900,000 voters",
        (9e5, "people", "=", None, "voters added by move"),
    ),
    # two candidates: which one, untold
    (
        "Lowering the voting age to 16 would add 1.5 million voters, the report says, while"
        " lowering the age to 17 would add 700,000. Officials said such a move could add"
        " 900,000 voters.",
        "900,000 voters",
        (9e5, "people", "=", None, "voters added by move"),
    ),
    (
        "The minister backed a plan to scrap tuition fees. A rival plan to cut fees would cost"
        " £20m. He said the plan would cost about £40m a year.",
        "£40m",
        (4e7, "GBP", "~", None, "plan per year"),
    ),
    (
        "Acme signed a deal with Globex and an alliance with Initech. Globex is offering $900m"
        " to get out of the arrangement.",
        "$900m",
        (9e8, "USD", "=", None, "Globex's offer to get out of arrangement"),
    ),
    # the phrase says what it is, or nothing before says it
    (
        "The council unveiled a plan to build a tram line. The plan to build it would create"
        " 900 jobs.",
        "900 jobs",
        (900, "jobs", "=", None, "jobs created"),
    ),
    (
        "The plan was drawn up by the council. The plan would create 900 jobs.",
        "900 jobs",
        (900, "jobs", "=", None, "jobs created by plan"),
    ),
    (
        "The city unveiled a plan to build a new stadium. The plan for a stadium would cost £90m.",
        "£90m",
        (9e7, "GBP", "=", None, "plan for stadium"),
    ),
    # "the money" is often the amount's own; a firm closing plants is no closing of things
    (
        "The government gave £5m of funding to the charity last year. The money will pay for"
        " 200 nurses.",
        "200 nurses",
        (200, "people", "=", None, "nurses"),
    ),
    (
        "Acme will close two plants in an effort to save money. Its chief said the move would"
        " save £9m a year.",
        "£9m",
        (9e6, "GBP", "=", None, "savings per year"),
    ),
    # the object says which already
    (
        "The bank's new housing funding was unveiled in March. Critics say this funding will"
        " reach fewer than 2,000 families.",
        "2,000 families",
        (2000, "families", "<", None, "bank's new housing funding"),
    ),
]


@pytest.mark.parametrize(("text", "amount", "fields"), _NAMED + _KEPT)
def test_demonstrative_named(
    nlp: Any, text: str, amount: str, fields: tuple[float, str, str, str | None, str]
) -> None:
    got = amount_named(amounts_of(nlp, text), amount)
    assert core_fields(got) == fields
