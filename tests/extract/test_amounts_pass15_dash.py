"""Amounts: a fifteenth pass, an amount inside a clause set off by dashes (or brackets) in
another sentence. When the clause lies wholly between its two dashes and has its own subject
noun, the parse often makes the outer subject a second subject of the inner verb; the
amount's object is the inner clause's subject, not the outer one ("Globex's woes - its
profits slid to $20m - hit the shares" -> "Globex's profits"), its "its" standing for the
outer subject's owner (or the outer subject, a name). An outer owner the parse put into the
inner subject's phrase, across the opening dash, stays its owner ("The lender's results -
pre-tax profit rose 12% to £2bn - beat forecasts" -> "lender's pre-tax profit"), when it is
a firm's own figure (profit, sales, debt ...), not another thing ("fuel prices"). Not a
relative clause on the outer subject ("the plan - which critics say ..."), not a definition
of it before its verb ("Rates - the number of calls ... - are 50%"), not an aside with no
closing dash. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the inner clause's subject, its "its" the outer subject's owner
        (
            "Globex's troubles - its debt now tops $3bn - have alarmed investors.",
            "$3bn",
            "Globex's debt",
        ),
        (
            "Tesco's success - its sales rose 9% in the year - surprised analysts.",
            "9%",
            "rise in Tesco's sales",
        ),
        (
            "The airline's woes - its losses reached $400m last year - have deepened.",
            "$400m",
            "the airline's losses",
        ),
        (
            "The insurer's gloom - its claims rose 30% to £900m - weighed on the market.",
            "£900m",
            "the insurer's claims",
        ),
        # (in brackets as well)
        (
            "Initech's slump (its profits slid to $20m) hit the shares.",
            "$20m",
            "Initech's profits",
        ),
        # an outer owner parsed into the inner subject's phrase stays its owner
        (
            "The lender's results - pre-tax profit rose 12% to £2bn - beat forecasts.",
            "12%",
            "rise in lender's pre-tax profit",
        ),
        (
            "The chain's revival - like-for-like sales rose 6% in the period - cheered investors.",
            "6%",
            "rise in chain's like-for-like sales",
        ),
        # (not the outer owner's when the inner subject is no figure of its own)
        (
            "The carmaker's gloom - fuel prices rose 20% in the year - hurt sales.",
            "20%",
            "rise in fuel prices",
        ),
        # (not a relative clause on the outer subject)
        (
            "They say the bank's pricing policy - which rivals claim has cut fees by as much"
            " as 40% - has given it an unfair edge.",
            "40%",
            "fall in fees",
        ),
        # (not a definition of the outer subject, its verb after the closing dash)
        (
            "Resolution rates - the number of calls where a query is resolved - are running"
            " at 50%.",
            "50%",
            "Resolution rates (share of calls where a query is resolved)",
        ),
        # (not an aside with no closing dash)
        (
            "Acme's woes - its profits slid to $2m.",
            "$2m",
            "Acme's woes",
        ),
    ],
)
def test_amount_in_dashed_clause(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
