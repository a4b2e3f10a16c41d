"""Amounts: an eleventh pass, the body a measure belongs to when it is the doer of the main
clause: an offer's object is the offerer's ("Globex has offered a 4% rise in salaries"), a
division's results are the division's, not its group's ("The retail division - whose chains
include ... - transformed a loss into a profit"), and the levels a "from A to B" move joins
are the mover's ("the state pension fund has swung from a surplus to a deficit of £2bn").
A pronoun doer is left to the "its" rules. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of
from spacy.tokens import Doc

from communique.extract.amounts_owners import _dashed_aside_subject

pytestmark = pytest.mark.slow


_FIRM = "Globex reported higher profits on Monday. "


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # an offer's object: the offerer's
        (
            "Globex, the cable company which serves most of the region, has offered a 4% rise "
            "in salaries.",
            "4%",
            "rise in salaries offered by Globex",
        ),
        (
            "Initech offered a 2.5% increase in pensions last week.",
            "2.5%",
            "increase in pensions offered by Initech",
        ),
        # (not a pronoun's: that is for the "its" rules)
        ("The union said it has offered a 6% rise in wages.", "6%", "rise in wages"),
        # (not a verb that puts nothing forward)
        ("Workers have rejected a 5% rise in wages.", "5%", "rise in wages"),
        # a division's results are its own, not its group's
        (
            f"{_FIRM}The retail division - whose chains include Fresco and Valu - transformed "
            "a loss of £8m into a profit of £15m.",
            "£8m",
            "the retail division's loss",
        ),
        (
            f"{_FIRM}The retail division - whose chains include Fresco and Valu - transformed "
            "a loss of £8m into a profit of £15m.",
            "£15m",
            "the retail division's profit",
        ),
        (
            f"{_FIRM}The retail division made a loss of £8m last year.",
            "£8m",
            "the retail division's loss",
        ),
        # (not the company itself: that is the firm named before)
        (f"{_FIRM}The company made a loss of £8m last year.", "£8m", "Globex's loss"),
        # the levels a "from A to B" move joins: the mover's
        (
            "The state pension fund has swung from a surplus to a deficit of £2bn.",
            "£2bn",
            "state pension fund's deficit",
        ),
        (
            "The city council has moved from a surplus of £3m into a deficit of £7m.",
            "£3m",
            "city council's surplus",
        ),
        (
            "The city council has moved from a surplus of £3m into a deficit of £7m.",
            "£7m",
            "city council's deficit",
        ),
        # (a fronted clause with no comma, whose object the parse took the subject for)
        (
            "After the war began the national budget has swung from a small surplus to a "
            "deficit of $80bn.",
            "$80bn",
            "national budget's deficit",
        ),
        # (and a country's part keeps its country)
        (
            "The US economy grew slowly last year. The federal budget has swung from a "
            "surplus to a deficit of $400bn.",
            "$400bn",
            "US federal budget's deficit",
        ),
        # (not two owners)
        (
            "The country's budget has swung from a surplus to a deficit of $400bn in the US.",
            "$400bn",
            "deficit in US",
        ),
        # (not twice: a firm's own result is named once)
        ("Acme has swung from a loss to a profit of $5m.", "$5m", "Acme's profit"),
        # (not a relative clause's subject, when the parse hangs the move on it)
        (
            "The French subsidiary - whose brands include Orbit and Nova - swung from a loss "
            "of 30m euros to a profit of 45m euros.",
            "45m euros",
            "profit",
        ),
    ],
)
def test_the_doer_owns_it(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj


def test_a_dash_framed_aside_gives_back_its_noun(nlp: Any) -> None:
    # "The unit - whose brands include A and B - turned a loss": parsed with the verb as a
    # conjunct of the aside's own verb, the verb's subject is the noun the aside describes
    words = "The unit - whose brands include Orbit and Nova - turned a loss".split()
    heads = [1, 1, 1, 4, 5, 1, 5, 6, 6, 10, 5, 12, 10]
    deps = "det ROOT punct poss nsubj relcl dobj cc conj punct conj det dobj".split()
    pos = "DET NOUN PUNCT DET NOUN VERB PROPN CCONJ PROPN PUNCT VERB DET NOUN".split()
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _dashed_aside_subject(doc[10]).text == "unit"
    assert _dashed_aside_subject(doc[5]) is None  # (the aside's own verb)
    # (no closing dash: no aside to look past)
    words[9] = ","
    doc2 = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _dashed_aside_subject(doc2[10]) is None
