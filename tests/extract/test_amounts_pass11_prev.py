"""Amounts: an eleventh pass (issue 7), a definite noun an earlier sentence names in full:
"a stake in the joint venture" after "the Globex-Initech joint venture" is a stake in that
venture. A definite noun of plain words in the object, with no phrase or clause of its own
that says which, takes the nearest fuller mention of the same noun (same word, same number,
every plain word it has, and a name or a possessor: a plain noun may only describe) in the
sentences before; not when the noun's own sentence or the nearest one names two, nor when
the noun in the other number comes first. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a name before the plain words
        (
            "Globex and Initech have formed the Globex-Initech joint venture to build trucks. "
            "Nanjing Motors wants a 20% stake in the joint venture.",
            "20%",
            "Nanjing Motors's stake in Globex-Initech joint venture",
        ),
        # a name before a plain noun
        (
            "The Globex pension fund was set up in 1990. Some 40% of staff pay into the fund.",
            "40%",
            "share of staff paying into Globex pension fund",
        ),
        # a country's adjective
        (
            "The Brazilian economy slowed sharply last year. Economists said the economy grew "
            "2% in the first quarter.",
            "2%",
            "growth in Brazilian economy in first quarter",
        ),
        # a hyphenated noun; the noun after a verb that opens the sentence
        (
            "Ministers want to cut the UK drink-drive limit. Cutting the limit would save 60 lives "
            "a year, the report said.",
            "60 lives",
            "lives saved per year by cutting UK drink-drive limit",
        ),
        # the rule things are done under
        (
            "Police used the French terror laws against protesters. Some 9% of searches under the "
            "laws were on students.",
            "9%",
            "share of searches under French terror laws on students",
        ),
        # whose it is, past a number and a pronoun of its own
        (
            "Rivals criticised Acme's debt restructuring offer. About 65% of creditors are "
            "expected to accept the terms of the offer.",
            "65%",
            "share of creditors expected to accept terms of Acme's debt restructuring offer",
        ),
        (
            "Rivals criticised Acme's debt restructuring offer. About 65% of creditors are "
            "expected to accept the offer.",
            "65%",
            "share of creditors expected to accept Acme's debt restructuring offer",
        ),
        # (not the plural: one of many)
        (
            "Savers lost money in the Globex pension funds last year. Some 40% of staff pay "
            "into the fund.",
            "40%",
            "share of staff paying into fund",
        ),
        # (not a mention without a word it has: a "new" fund may be another)
        (
            "The Globex pension fund was set up in 1990. Some 40% of staff pay into the new fund.",
            "40%",
            "share of staff paying into new fund",
        ),
        # (not after the plural, with no fuller singular mention)
        (
            "Globex sold its European car plants last year. The plant employs 400 workers.",
            "400 workers",
            "workers employed by plant",
        ),
        # (not a noun with its own phrase)
        (
            "Ministers approved the Scottish housing plan. The plan for Wales will cost £50m.",
            "£50m",
            "plan for Wales",
        ),
        # (not when the sentence before names two)
        (
            "The British economy grew faster than the French economy. Analysts said the "
            "economy grew 2% in the first quarter.",
            "2%",
            "growth in economy in first quarter",
        ),
        # (not a mention with no word that says which)
        (
            "Acme has a big new policy. Critics said the policy would cost £30m.",
            "£30m",
            "policy",
        ),
    ],
)
def test_the_earlier_mention(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
