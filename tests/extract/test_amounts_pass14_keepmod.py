"""Amounts: a fourteenth pass, a noun's own participle says which one it is. The event a
counted group takes part in or joins keeps its short past participle with its phrase, a date
too ("take part in a strike already earmarked for 4 April", "join a walkout set for 4
April"): which strike; and a participle on the counted noun keeps the time phrase that ends
it whole, though the parse hung names after a dash on it ("women freed from the prison camp
in March - A and B -"). Not a long participle ("organised by a group of angry local
farmers"), not a date said of the verb, not the event's own time ("a strike on 4 April"),
not a participle that runs on past a date into its doer. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the event taken part in, with its participle and the date it says
        (
            "Up to 900 nurses could take part in a strike already earmarked for 4 April.",
            "900 nurses",
            "nurses taking part in strike already earmarked for 4 April",
        ),
        (
            "About 200 drivers took part in a protest held on 3 May.",
            "200 drivers",
            "drivers took part in protest held on 3 May",
        ),
        (
            "About 200 drivers took part in a protest held in London.",
            "200 drivers",
            "drivers took part in protest held in London",
        ),
        # the event joined
        (
            "About 500 nurses could join a walkout already set for 4 April.",
            "500 nurses",
            "nurses could join walkout already set for 4 April",
        ),
        (
            "Nearly 60 porters may join a stoppage planned for 12 June.",
            "60 porters",
            "porters may join stoppage planned for 12 June",
        ),
        # the counted's own participle, its time phrase whole before a dash
        (
            "The other three women freed from the prison camp in March - Ann Lee and Jo Roe"
            " - have spoken out.",
            "three women",
            "other women freed from prison camp in March",
        ),
        (
            "The 12 judges named by the new minister for the inquiry in May - all retired"
            " - have met.",
            "12 judges",
            "judges named by new minister for inquiry in May",
        ),
        # (not a long participle)
        (
            "About 200 drivers took part in a protest organised by a group of angry local farmers.",
            "200 drivers",
            "drivers took part in protest",
        ),
        # (not the event's own time, said without a participle)
        (
            "About 70 cleaners took part in a strike on 4 April.",
            "70 cleaners",
            "cleaners took part in strike",
        ),
        # (not a participle that runs on past its date)
        (
            "About 500 nurses could join a walkout already set for 4 April by the union's"
            " executive.",
            "500 nurses",
            "nurses joining walkout",
        ),
        # (a short one said as before)
        ("The 30 staff hired in 2004 have all left.", "30 staff", "staff hired in 2004"),
    ],
)
def test_which_one_by_its_participle(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
