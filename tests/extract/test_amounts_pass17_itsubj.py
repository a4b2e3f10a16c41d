"""Amounts: a seventeenth pass, the doer of a count said in a verb's object phrase. A count in
the "of" of a verb's object ("a fleet of 5,000 vans") whose verb's subject (or the subject of
the verb it is planned by: "It is to deploy", "It plans to build") is a main clause's "it" or
"they" standing for one body the sentence before named says who did the deed ("fleet of vans
deployed by Siemens"). A "be" with "to" and a verb after it is a plan, not an empty "it"; a
name that only tells a noun's kind ("its Alpha and Beta phones") is no rival for the pronoun.
Not when the sentence before is about a person or two bodies, nor when the pronoun's own
sentence names another body before it. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_SIEMENS = "Siemens unveiled a new plan to sell its Alpha and Beta phones in Europe."
_NESTLE = "Nestle has opened a new office in Paris."


@pytest.mark.parametrize(
    ("text", "amount", "wanted"),
    [
        # the doer the "it" or "they" stands for, named by the sentence before
        (
            f"{_SIEMENS} It is to deploy a fleet of 5,000 delivery vans across 30 cities.",
            "5,000 delivery vans",
            "fleet of delivery vans deployed by Siemens",
        ),
        # (a "be" of a plan; names of a noun's kind, no rival)
        (
            "Siemens unveiled a new plan to sell phones in Europe. It is to deploy a fleet of "
            "5,000 delivery vans.",
            "5,000 delivery vans",
            "fleet of delivery vans deployed by Siemens",
        ),
        (
            f"{_SIEMENS} It has deployed a fleet of 5,000 delivery vans.",
            "5,000 delivery vans",
            "fleet of delivery vans deployed by Siemens",
        ),
        (
            f"{_NESTLE} It plans to build a network of 300 shops.",
            "300 shops",
            "network of shops Nestle plans to build",
        ),
        (
            f"{_NESTLE} It has built a network of 300 shops.",
            "300 shops",
            "network of shops built by Nestle",
        ),
        (
            "Prosecutors in the north have targeted a ranch. They have seized a herd of 900 "
            "cattle.",
            "900 cattle",
            "herd of cattle seized by prosecutors",
        ),
    ],
)
def test_doer_of_the_object_phrase(nlp: Any, text: str, amount: str, wanted: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == wanted


@pytest.mark.parametrize(
    ("text", "amount", "wanted"),
    [
        # (not) a person before, two bodies before, a rival in the pronoun's own sentence
        (
            "Mr Smith has opened a new office in Paris. It is to deploy a fleet of 5,000 "
            "delivery vans.",
            "5,000 delivery vans",
            "fleet of delivery vans",
        ),
        (
            "Nestle and Unilever have opened a new office in Paris. It is to deploy a fleet of "
            "5,000 delivery vans.",
            "5,000 delivery vans",
            "fleet of delivery vans",
        ),
        (
            "Siemens beat Bosch and Philips in Europe. It has deployed a fleet of 5,000 "
            "delivery vans.",
            "5,000 delivery vans",
            "fleet of delivery vans",
        ),
        (
            f"{_NESTLE} After Unilever complained, it built a network of 300 shops.",
            "300 shops",
            "network of shops",
        ),
        # (already) the count as the verb's own object
        (
            f"{_NESTLE} It is to hire 300 engineers next year.",
            "300 engineers",
            "engineers hired by Nestle",
        ),
    ],
)
def test_no_doer_when_unclear(nlp: Any, text: str, amount: str, wanted: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == wanted
