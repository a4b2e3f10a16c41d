"""Amounts: an eleventh pass (issue 7), the defining words an object must keep when the
sentence has their shape: a short past "when" clause on the amount's verb (a price then,
not now), a change's "than" an earlier time (year on year, "than it was at the start of
2003", "30% more visitors than in 2003"), a "during" event dated by its year, a "before" or
"after" time in a relative clause on the counted, a "who" clause on a share's base, an
infinitive of purpose on a counted noun's participle, and the other side of a comparative
the counted have. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a past "when" clause on the amount's verb: the value then
        (
            "When it opened, the cheapest ticket cost just under £5.",
            "£5",
            "cheapest ticket cost when it opened",
        ),
        (
            "The ticket price was £20 when the stadium opened.",
            "£20",
            "ticket price when stadium opened",
        ),
        (
            "The company paid £3m when it bought the site.",
            "£3m",
            "the company's payment when it bought site",
        ),
        # (not a time to come)
        (
            "Interest rates will be 5% when the bank meets next month.",
            "5%",
            "Interest rates",
        ),
        # (not a long clause)
        (
            "Shares fell 4% when investors learned that the chief executive had quit.",
            "4%",
            "fall in Shares",
        ),
        # a change measured against an earlier time
        (
            "Exports were 12% lower than a year earlier.",
            "12%",
            "fall in Exports from a year earlier",
        ),
        (
            "Although sales fell 2% on the month, they were 9% higher than last year.",
            "9%",
            "rise in sales from last year",
        ),
        # (not a "than" of another thing)
        (
            "Exports were 12% lower than imports.",
            "12%",
            "shortfall of Exports below imports",
        ),
        (
            "The price of copper is about 30% higher than it was at the start of 2003.",
            "30%",
            "rise in price of copper from start of 2003",
        ),
        # a count's comparative with its noun before the "than": a change since then
        (
            "The region had 30% more visitors than in 2003.",
            "30%",
            "rise in visitors from 2003",
        ),
        (
            "There were 15% fewer crimes than a year earlier.",
            "15%",
            "fall in crimes from a year earlier",
        ),
        # (not a time: the gap to the other thing, the noun said once)
        (
            "The firm sold 20% more cars than its rivals.",
            "20%",
            "excess of cars sold by firm over its rivals",
        ),
        # an event dated by its year says which ones (the year is the amount's period)
        (
            "An estimated 9,000 houses were flooded during the 2007 storms.",
            "9,000 houses",
            "houses flooded during storms",
        ),
        (
            "Some 500 men were killed during the 1916 battle.",
            "500 men",
            "men killed during battle",
        ),
        # (not a bare time)
        (
            "About 300 shops were closed during the year.",
            "300 shops",
            "shops closed",
        ),
        # what the counted get something for
        (
            "Twenty new schools getting extra funds to cut truancy will be listed on Monday.",
            "Twenty new schools",
            "new schools getting extra funds to cut truancy",
        ),
        # (not a long purpose)
        (
            "Thirty towns getting new money to repair roads damaged by the long and bitter "
            "winter floods were named.",
            "Thirty towns",
            "towns getting new money",
        ),
        # a time that marks off some of the counted
        (
            "The firm said 1,200 staff who joined before 2001 will keep their pensions.",
            "1,200 staff",
            "staff who joined before 2001",
        ),
        # (not when they were released)
        (
            "Some 30 prisoners who were released from the camp in January have been found.",
            "30 prisoners",
            "prisoners who were released from camp",
        ),
        # which of a share's base it is of, before what the share does
        (
            "About 40% of voters who backed the party in 2001 say they will not do so again.",
            "40%",
            "share of voters who backed party in 2001 who say they will not do so again",
        ),
        (
            "About 30% of workers who joined after 2002 are women.",
            "30%",
            "share of workers who joined after 2002 who are women",
        ),
        # (not twice when the clause is all the share says)
        (
            "The plan helps the 70% of smokers who badly want to quit the habit.",
            "70%",
            "share of smokers who want to quit habit",
        ),
        # the other side of a comparison the counted have
        (
            "About 3 million pupils have poorer reading than that expected of seven year olds.",
            "3 million pupils",
            "pupils having poorer reading than that expected of seven year olds",
        ),
    ],
)
def test_the_defining_words(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
