"""Amounts: a thirteenth pass, the fuller mention a short reference stands for. A bare
definite noun in the object ("searches under the laws") takes the earlier mention of the
same noun told by the plain nouns set before it: a first mention that brings it in ("under
terror laws", "a new broadband phone service"), or one whose noun word the article says
again ("the terror laws ... the terror attacks"), also when the object names it as a
possessor ("the service's orders") or the noun has a clause set off by commas ("The
service, launched in May, ..."). A named owner's stake with nothing it is in ("Kestrel's
stake") is in what the article said before that owner's stake was in ("Kestrel's stake in
Vantor"), in the text or in a figure. Left alone: a noun word said once in a definite
mention ("the flagship policy"), two mentions that differ, one later in the noun's own
sentence or in the next one (a quotation's end: "... broke." The ...), another owner's
stake, a stake in two things or in nothing named. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "orgs", "amount", "obj"),
    [
        # a bare plural first mention, told by its plain noun
        (
            "Rights groups say young men are singled out under terror laws. In 2004, 14% of "
            "searches under the laws were of students.",
            [],
            "14%",
            "share of searches under terror laws of students",
        ),
        # a definite mention whose plain noun the article says again
        (
            "Rights groups say young men are singled out under the terror laws, passed after "
            "the terror attacks. In 2004, 14% of searches under the laws were of students.",
            [],
            "14%",
            "share of searches under terror laws of students",
        ),
        # an indefinite first mention, without its describing word ("new")
        (
            "Kestrel Telecom launched a new broadband phone service last month. The service "
            "has drawn 40,000 orders.",
            [],
            "40,000 orders",
            "orders drawn by broadband phone service",
        ),
        # (a clause set off by commas does not say which)
        (
            "Kestrel Telecom launched a new broadband phone service last month. The service, "
            "launched in May, has drawn 40,000 orders.",
            [],
            "40,000 orders",
            "orders drawn by broadband phone service",
        ),
        # the noun as a possessor in the object
        (
            "Kestrel launched a new broadband phone service last month. The service has had "
            "almost 40,000 orders, Kestrel said.",
            ["Kestrel"],
            "40,000 orders",
            "broadband phone service's orders",
        ),
        # (not) a definite mention whose plain noun is said once: it may only describe
        (
            "Ministers have backed the flagship policy. Critics say the cost of the policy "
            "will rise by £130m.",
            [],
            "£130m",
            "rise in cost of policy",
        ),
        # (not) a mention later in the noun's own sentence: another may be meant
        (
            "Kestrel Telecom said a new phone service would open soon. The service has drawn "
            "40,000 orders, unlike the broadband service.",
            [],
            "40,000 orders",
            "orders drawn by service",
        ),
        # (not) two first mentions that differ
        (
            "Kestrel Telecom launched a new broadband service and a new phone service last "
            "month. The service has drawn 40,000 orders.",
            [],
            "40,000 orders",
            "orders drawn by service",
        ),
        # (not) a mention in the next sentence, after a quotation's end: another noun
        (
            'The charity bought new school laptops last year. "We put in 25 laptops and only '
            'one broke." The charity now wants the laptops sold in shops.',
            [],
            "25 laptops",
            "laptops put",
        ),
        # a named owner's stake: in what its stake was said to be in
        (
            "Kestrel's stake in Vantor has become a worry. Regulators want Kestrel's "
            "controlling stake cut to 40%.",
            ["Kestrel", "Vantor"],
            "40%",
            "Kestrel's controlling stake in Vantor",
        ),
        # (the owner the subject of the stake's verb, or of its clause)
        (
            "Kestrel Holdings took a stake in Vantor Motors in 2001. Last year, Kestrel "
            "Holdings' stake rose to 40%.",
            ["Kestrel Holdings", "Vantor Motors"],
            "40%",
            "Kestrel Holdings' stake in Vantor Motors",
        ),
        (
            "Ostler Bank, which holds a stake in Vantor Motors, made a loss. Ostler Bank's "
            "stake rose to 40% last year.",
            ["Ostler Bank", "Vantor Motors"],
            "40%",
            "Ostler Bank's stake in Vantor Motors",
        ),
        # (said some sentences before)
        (
            "Ostler Bank's stake in Vantor Motors is under review. The carmaker made a loss in "
            "2004. Its sales fell. Analysts said Ostler Bank's stake rose to 40% last year.",
            ["Ostler Bank", "Vantor Motors"],
            "40%",
            "Ostler Bank's stake in Vantor Motors",
        ),
        # (told by a figure before: "owns 30% of")
        (
            "Ostler Bank owns 30% of Vantor Motors. The carmaker made a loss in 2004. "
            "Regulators want the bank's stake cut to 20%.",
            ["Ostler Bank", "Vantor Motors"],
            "20%",
            "Ostler Bank's stake in Vantor Motors",
        ),
        # (not) another owner's stake
        (
            "Fiat owns a stake in Ferrari. Analysts say GM's stake fell to 10% last year.",
            ["Fiat", "Ferrari", "GM"],
            "10%",
            "GM's stake",
        ),
        # (not) stakes in two things
        (
            "Kestrel holds a stake in Vantor and a stake in Ostler. Regulators say Kestrel's "
            "stake should be cut to 40%.",
            ["Kestrel", "Vantor", "Ostler"],
            "40%",
            "Kestrel's stake",
        ),
        # (not) a stake in nothing named
        (
            "Kestrel's stake in the project has become a worry. Regulators say Kestrel's stake "
            "should be cut to 40%.",
            ["Kestrel"],
            "40%",
            "Kestrel's stake",
        ),
    ],
)
def test_fuller_mention(nlp: Any, text: str, orgs: list[str], amount: str, obj: str) -> None:
    ents = [named(n, "ORG", text, f"e{k}") for k, n in enumerate(orgs)]
    got = amounts_of(nlp, text, entities=ents)
    assert amount_named(got, amount).object == obj
