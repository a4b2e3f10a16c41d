"""Amounts: a sixteenth pass, on counts whose object is about the wrong thing or leaves the
counted group undefined. People counted as the doers "by" whom a noun's thing was done are
the object, with the thing as theirs and what was done to it ("decisions by two judges" ->
"judges whose decisions were challenged"), also when the parse hangs "by" on the active verb
("questioned the ruling by three judges"); not a passive verb's agent, a change "by" a
number, or a thing with more words of its own after the doers. A part "of the M" men whose
sentence says nothing more of them is of the whole the article counted as M before, as that
count defined it (and "the M men" are that whole), when the nouns are the same or the part's
noun names people of any kind; "others" after "two of them" are the rest of the group as the
article's first count of it defined it. People a name's or noun's "-ing" clause holds
("representing 80 people who appealed") keep their holder when their own "who" clause gives
the object. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amounts_of

pytestmark = pytest.mark.slow

_PIT = "Twelve miners were trapped underground after a collapse at the pit."
_MARKET = 'A tourist was robbed by five men in the market. "Five men surrounded me," she said.'


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the doers "by" whom a noun's thing was done: they are counted, the thing is theirs
        (
            "The ruling by three judges was overturned.",
            "three judges",
            "judges whose ruling was overturned",
        ),
        (
            "A walkout by 2,000 nurses closed the wards.",
            "2,000 nurses",
            "nurses whose walkout closed wards",
        ),
        (
            "The council questioned the ruling by three judges.",
            "three judges",
            "judges whose ruling was questioned by council",
        ),
        (
            "The inquiry criticised raids by 40 officers.",
            "40 officers",
            "officers whose raids were criticised by inquiry",
        ),
        # a part "of the M" men: of the M counted before, as that count defined them
        (
            f"{_PIT} Nine of the twelve men were freed on Sunday.",
            "Nine",
            "miners trapped after collapse at pit who were freed",
        ),
        (
            f"{_PIT} Nine of the twelve men were freed on Sunday.",
            "twelve men",
            "miners trapped after collapse at pit",
        ),
        (
            "Five people were hurt in the crash. Later three of the five people were discharged.",
            "three",
            "people hurt in crash who were discharged",
        ),
        # "others" after "two of them": the rest of the group as first defined
        (
            f'{_MARKET} "Two of them held my arms and three others took my bag."',
            "three others",
            "other men in market robbing tourist",
        ),
        # the holder of people whose own "who" clause says what they did
        (
            "The union, representing 80 nurses who walked out last week, said it would appeal.",
            "80 nurses",
            "nurses represented by union who walked out",
        ),
        (
            "A charity helping 500 families who lost their homes has asked for aid.",
            "500 families",
            "families helped by charity who lost their homes",
        ),
        (
            "The case, involving 30 workers who lost their jobs, was heard today.",
            "30 workers",
            "workers in case who lost their jobs",
        ),
        # (not) a thing with words of its own after the doers, a change by a number, a
        # passive verb's agent, a misparsed copula
        (
            "The appeal followed attacks by 20 gunmen on the village.",
            "20 gunmen",
            "attacks by gunmen",
        ),
        (
            "The company cut its workforce by 2,000 people.",
            "2,000 people",
            "fall in the company's workforce",
        ),
        ("The MP was attacked by six men near the station.", "six men", "men attacking MP"),
        ("A letter signed by 100 MPs was sent to the minister.", "100 MPs", "MPs signing letter"),
        (
            "Lawyers were challenging decisions by two judges in the county court.",
            "two judges",
            "challenging decisions by judges in county court",
        ),
        # (not) a whole of other things, none counted before, words of their own
        (
            "Five people were hurt in the crash. Three of the five directors resigned.",
            "Three",
            "directors resigned",
        ),
        ("Nine of the twelve men were freed on Sunday.", "Nine", "men freed"),
        (
            f"{_PIT} Nine of the twelve men from the village were freed on Sunday.",
            "Nine",
            "men from village freed",
        ),
        (
            "Ten firms bid for the contract. Officials said six of the ten men were freed.",
            "six",
            "men freed",
        ),
        # (not) a holder's people with no clause of their own, nor a list "including" them
        (
            "The panel, including two judges who retired last year, met on Monday.",
            "two judges",
            "judges who retired",
        ),
        (
            "The union, representing 80 nurses, said it would appeal.",
            "80 nurses",
            "nurses represented by the union",
        ),
    ],
)
def test_counted_group_object(nlp: Any, text: str, amount: str, obj: str) -> None:
    got = next(a for a in amounts_of(nlp, text) if a.text == amount)
    assert got.object == obj
