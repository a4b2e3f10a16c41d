"""Amounts: a fifteenth pass, the holder of an amount in a "with" clause hung on a main
clause ("..., with N X <participle>"). When the counted or changed noun has no owner or
complement of its own, it is of what the main clause's subject names: a change noun
(improvement, rise, cut) takes "in <subject>" when the main clause says that subject moves
or compares it ("Dairy output recovered, with an 8% improvement recorded" -> "improvement
in dairy output"); workers, staff and jobs take "in <subject>" for a sector, industry or
country and "at <subject>" for a firm ("The toy maker hit trouble, with 300 workers sacked"
-> "workers at toy maker sacked"). Not when the subject is a person or a pronoun, the main
clause says nothing of a move, or the noun has its own owner ("700 Dutch jobs"); not a
"with" with no predicate ("a mill with 900 workers"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # people and posts: in a sector, industry or country
        (
            "The steel sector kept shrinking, with 2,300 workers laid off over the summer.",
            "2,300 workers",
            "workers in steel sector laid off",
        ),
        (
            "The textile industry had a grim winter, with 6,500 jobs lost in the north.",
            "6,500 jobs",
            "jobs in textile industry lost in north",
        ),
        (
            "Portugal endured a harsh recession, with 40,000 jobs lost in 2003.",
            "40,000 jobs",
            "jobs in Portugal lost",
        ),
        # (at a firm)
        (
            "The toy maker hit trouble, with 300 workers sacked.",
            "300 workers",
            "workers at toy maker sacked",
        ),
        (
            "Acme Foods closed two plants, with 900 staff made redundant.",
            "900 staff",
            "staff at Acme Foods made redundant",
        ),
        # a change noun: of the subject the main clause moves or compares
        (
            "The cargo forecast is a little stronger than last month's estimate, with a 2%"
            " improvement expected.",
            "2%",
            "improvement in cargo forecast expected",
        ),
        (
            "Ticket sales slowed in May, with a 4% cut predicted for June.",
            "4%",
            "cut in ticket sales predicted for June",
        ),
        (
            "Dairy output recovered, with an 8% improvement recorded over the winter.",
            "8%",
            "improvement in dairy output",
        ),
        # (not a pronoun's or a person's)
        ("It had a hard year, with 1,200 jobs lost.", "1,200 jobs", "jobs lost"),
        ("Jones had a quiet season, with 300 workers hired.", "300 workers", "workers hired"),
        ("The minister was upbeat, with a 5% rise predicted.", "5%", "rise"),
        # (not when the main clause says nothing moves)
        ("Analysts were cautious, with a 2% fall predicted.", "2%", "fall"),
        # (not a noun with its own owner, nor one that is its own subject)
        (
            "The chemicals industry struggled, with 700 Dutch jobs lost.",
            "700 Dutch jobs",
            "Dutch jobs lost",
        ),
        (
            "Shares slid across the board, with the mining index down 3%.",
            "3%",
            "fall in mining index",
        ),
        # (not a "with" that gives no predicate: a thing that has them)
        ("The paper industry opened a new mill with 900 workers.", "900 workers", "workers"),
    ],
)
def test_with_clause_holder(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
