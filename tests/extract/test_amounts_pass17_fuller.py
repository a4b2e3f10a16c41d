"""Amounts: a seventeenth pass, a bare noun the article names in full throughout. A noun that
stands bare in its sentence (no determiner but "some", "many" or "most", no word of its own
before it, no clause or "of" phrase of its own after it) and in the object takes the one kind
the article names it by ("foster carers", "junior doctors", "pro-hunt supporters"): the same
classifying nouns, adjective or hyphened word before it at least twice, once in the headline
or a sentence before the noun's, and no other kind anywhere in the article. Left alone when
the article names two kinds ("car workers", "steel workers"), a name's ("Globex car
workers"), a kind said once, a kind said only after, a word that only judges or sizes ("new
jobs"), a word whose bare form names the whole class ("people"), or a noun with a clause of
its own ("rates paid by councils"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_CARERS = "Foster carers will get a guaranteed allowance, ministers said.\n\n"


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the one kind, said twice, once before: the bare noun takes it
        (
            f"{_CARERS}Ministers want foster carers to be paid fairly. Some carers receive "
            "just £60 a week for food.",
            "£60",
            "payment to foster carers per week",
        ),
        (
            "Pay rise for junior doctors\n\nJunior doctors in Wales are to get more money. "
            "Ministers praised junior doctors on Monday. About 2,000 doctors will share £30m.",
            "2,000 doctors",
            "junior doctors will share in Wales",
        ),
        # (one mention before its sentence, one after, is enough)
        (
            "Foster carers will get a guaranteed allowance. Some carers receive just £60 a week "
            "for food. Ministers want foster carers to be paid fairly.",
            "£60",
            "payment to foster carers per week",
        ),
        # a hyphened word is one kind
        (
            "Pro-hunt supporters are set to protest. The alliance expects 4,000 supporters at "
            "the rally. Ministers met pro-hunt supporters.",
            "4,000 supporters",
            "pro-hunt supporters at rally expected by alliance",
        ),
        # (not) two kinds of the noun: which is meant is not clear
        (
            "Car workers at the plant fear for their jobs. Steel workers at a mill nearby are "
            "also worried. Car workers met on Friday. About 3,000 workers could lose their jobs.",
            "3,000 workers",
            "workers losing jobs",
        ),
        # (not) a name's kind beside the plain one
        (
            "Globex car workers are striking. Car workers at Initech joined them on Monday. "
            "Car workers at Acme voted too. About 3,000 workers could lose their jobs.",
            "3,000 workers",
            "workers losing jobs",
        ),
        # (not) the kind said once only
        (
            f"{_CARERS}Some carers receive just £60 a week for food.",
            "£60",
            "payment to carers per week",
        ),
        # (not) the kind said only after the noun's sentence
        (
            "Ministers promised an allowance. Some carers receive just £60 a week for food. "
            "Foster carers want more. Ministers want foster carers to be paid fairly.",
            "£60",
            "payment to carers per week",
        ),
        # (not) a word that only judges or sizes the thing
        (
            "The plant will create new jobs. The new jobs will be in Leeds. About 500 jobs will "
            "go in York.",
            "500 jobs",
            "jobs going in York",
        ),
        # (not) a noun whose bare form names the whole class
        (
            "Young people face hard times. Young people were hit most. Some 2 million people "
            "are out of work.",
            "2 million people",
            "people out of work",
        ),
    ],
)
def test_bare_noun_takes_the_one_kind(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


def test_noun_with_its_own_clause(nlp: Any) -> None:
    text = (
        "Ministers set a minimum rate for carers. The minimum rate will rise in May. Rates "
        "paid by councils vary by as much as £100 a week."
    )
    assert "minimum" not in (amount_named(amounts_of(nlp, text), "£100").object or "")
