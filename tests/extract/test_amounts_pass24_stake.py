"""Amounts: a twenty-fourth pass (issue 7), what a stake is in. The firm the sentence's "in"
names, the name an "in which" clause hangs on, or else the firm the article is about:
"Mr Reed holds a 14.2% stake" in a story about Globex -> "Mr Reed's stake in Globex". Left
alone: a stake in something that is no firm ("a 5% stake in the venture"), a story about
the holder itself, and a story whose most named "firm" is a person ("Mr Glazer"). Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named

pytestmark = pytest.mark.slow

_STORY = (
    "Globex shares rose on Monday. Globex makes engines. Analysts like Globex. "
    "Mr Reed and his family hold a 14.2% stake."
)

_ROWS = [
    (_STORY, "14.2%", "Mr Reed's stake in Globex"),
    # (the firm named most: the one the story is about)
    (
        "Japanese carmaker Initech - in which Acme owns a 44% stake - made a profit.",
        "44%",
        "Acme's stake in Initech",
    ),
    # guards: no firm to name, the holder's own story, a person named most
    ("Acme holds a 5% stake in the venture.", "5%", "Acme's stake in venture"),
    (
        "Globex shares rose. Globex makes engines. Analysts like Globex. Globex holds a 9% stake.",
        "9%",
        "Globex's stake",
    ),
    (
        "Mr Glazer made a bid. Mr Glazer has money. Mr Glazer is rich. Acme holds a 3% stake.",
        "3%",
        "Acme's stake",
    ),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS)
def test_what_a_stake_is_in(nlp: Any, text: str, amount: str, obj: str) -> None:
    # (the entity stage's firms, by hand: each name said three times is one)
    ents = [named(n, "ORG", text, n.lower()) for n in ("Globex", "Glazer") if text.count(n) >= 3]
    assert amount_named(amounts_of(nlp, text, entities=ents), amount).object == obj
