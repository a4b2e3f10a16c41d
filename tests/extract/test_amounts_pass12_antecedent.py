"""Amounts: a twelfth pass (issue 7), a definite noun whose referent the text named just
before: a class noun in an object that already names one firm is another firm ("Brightwater
Bank's valuation of the company": not Brightwater Bank's of itself); a fuller mention of the
same noun earlier in the noun's own sentence says which ("with the Exmoor Hunt ... to watch
the hunt"); and an indefinite first mention told by the place it is in ("a third plant in
Poland ... the new plant") says which, with the later noun's own describing words. Left
alone when two firms remain, when the fuller mention comes after the noun, when the first
mention names no place, when it is already definite with other describing words, or when
the later noun has a plain noun that says which. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "orgs", "amount", "obj"),
    [
        # a class noun after one firm in the object: the other firm named
        (
            "Brightwater Bank tabled a bigger bid for Ostler Insurance than its rival, valuing "
            "the company at $9bn.",
            ["Brightwater Bank", "Ostler Insurance"],
            "$9bn",
            "Brightwater Bank's valuation of Ostler Insurance",
        ),
        (
            "Ostler Insurance rejected the approach on Friday. Brightwater Bank valued the "
            "company at $9bn.",
            ["Brightwater Bank", "Ostler Insurance"],
            "$9bn",
            "Brightwater Bank's valuation of Ostler Insurance",
        ),
        # (not) two other firms in the sentence before: which is meant is not clear
        (
            "Ostler Insurance and Kestrel Life rejected the approach on Friday. Brightwater "
            "Bank valued the company at $9bn.",
            ["Brightwater Bank", "Ostler Insurance", "Kestrel Life"],
            "$9bn",
            "Brightwater Bank's valuation of company",
        ),
        # (not) the firm the object already names is no other firm
        (
            "Brightwater Bank valued the company at $9bn.",
            ["Brightwater Bank"],
            "$9bn",
            "Brightwater Bank's valuation of company",
        ),
        # (not) an indefinite class noun is any firm, not one named
        (
            "Ostler Insurance rejected the approach on Friday. Brightwater Bank said it would "
            "pay $9bn for a company in the sector.",
            ["Brightwater Bank", "Ostler Insurance"],
            "$9bn",
            "Brightwater Bank's payment for company in sector",
        ),
        # a fuller mention earlier in the noun's own sentence
        (
            "Reporters riding with the Exmoor Hunt said 300 people had come to watch the hunt.",
            [],
            "300 people",
            "people come to watch Exmoor Hunt",
        ),
        (
            "Globex will build a plant in Poland, and the plant will employ 300 people.",
            ["Globex"],
            "300 people",
            "people employed by Globex's plant in Poland",
        ),
        # (not) another describing word than the fuller mention's: another plant
        (
            "Globex's new plant in Poland makes 300 vans a week, while the old plant makes 200 "
            "vans a week.",
            ["Globex"],
            "200 vans",
            "vans made by old plant per week",
        ),
        # (not) a fuller mention after the noun may be another
        (
            "About 300 people came to watch the hunt, fewer than had followed the Exmoor Hunt.",
            [],
            "300 people",
            "people came to watch hunt",
        ),
        # an indefinite first mention told by its place
        (
            "Globex plans to build a third plant in Poland. It said the new plant would make "
            "20,000 vans a year.",
            ["Globex"],
            "20,000 vans",
            "vans made by Globex's new plant in Poland per year",
        ),
        (
            "Globex has a depot at Longbridge. Some 400 people work at the depot.",
            [],
            "400 people",
            "people working at depot at Longbridge",
        ),
        # (not) a first mention with no place
        (
            "Globex plans to build a third plant. It said the new plant would make 20,000 vans "
            "a year.",
            ["Globex"],
            "20,000 vans",
            "vans made by new plant per year",
        ),
        # (not) a definite first mention with other describing words: another plant
        (
            "Globex said the old plant in Poland would close. The new plant makes 20,000 vans a "
            "year.",
            ["Globex"],
            "20,000 vans",
            "vans made by new plant per year",
        ),
        # (not) two first mentions in the sentence before
        (
            "Globex will build a plant in Poland and a plant in Chile. The new plant will make "
            "20,000 vans a year.",
            ["Globex"],
            "20,000 vans",
            "vans made by new plant per year",
        ),
        # (not) a plain noun on the later one says which: another plant
        (
            "Globex will build a plant in Poland. The engine plant makes 20,000 engines a year.",
            ["Globex"],
            "20,000 engines",
            "engines made by engine plant per year",
        ),
    ],
)
def test_definite_antecedent(nlp: Any, text: str, orgs: list[str], amount: str, obj: str) -> None:
    ents = [named(n, "ORG", text, f"e{k}") for k, n in enumerate(orgs)]
    got = amounts_of(nlp, text, entities=ents)
    assert amount_named(got, amount).object == obj
