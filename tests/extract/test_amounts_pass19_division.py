"""Amounts: a nineteenth pass, a firm's part named without its firm. A "the" phrase of a
part of a firm in the amount's sentence ("the US division", "the unit", "the retail arm"),
with no owner and no "of" phrase, takes the firm that owns the article's parts: the one
firm the article calls a parent ("at parent Globex"), else the organisation the article is
most about when its first sentence names it and the sentence before names no other. Its
wording stays, with the owner put before it: "Globex's US division's operating loss". A
part with an owner, a name, an "of" phrase or a word that makes it another's ("the
combined business"), a sentence or a sentence before that names another organisation, and
an article with no clear firm keep their readings. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields, named_all

pytestmark = pytest.mark.slow

_Y2003 = "2003-01-01/2003-12-31"
_Y2004 = "2004-01-01/2004-12-31"

# A story about Globex, the firm named in its first sentence and twice more.
_GLOBEX = (
    "Globex said profits rose sharply in 2004. Globex sells cars in 40 countries. "
    "Analysts said Globex had done well. "
)
# A story calling Globex the parent of a named brand, and naming the brand after.
_PARENT = (
    "Weak sales at carmaker Vantor hit profits at parent Globex. Vantor cut prices in "
    "Europe. Analysts praised Vantor. "
)

_ROWS: list[tuple[str, tuple[tuple[str, str], ...], str, tuple[Any, ...]]] = [
    # a bare part of the article's firm: that firm's
    (
        _GLOBEX + "The US division made an operating loss of $40m in 2004.",
        (("Globex", "ORG"),),
        "$40m",
        (40e6, "USD", "=", _Y2004, "Globex's US division's operating loss"),
    ),
    (
        _GLOBEX + "The German division cut 2,000 jobs in 2004.",
        (("Globex", "ORG"),),
        "2,000 jobs",
        (2000.0, "jobs", "=", _Y2004, "jobs cut by Globex's German division"),
    ),
    (
        _GLOBEX + "Revenue at the retail arm rose 12% in 2004.",
        (("Globex", "ORG"),),
        "12%",
        (12.0, "percent", "=", _Y2004, "rise in Revenue at Globex's retail arm"),
    ),
    (
        _GLOBEX + "The Asian subsidiary made a profit of $25m in 2004.",
        (("Globex", "ORG"),),
        "$25m",
        (25e6, "USD", "=", _Y2004, "Globex's Asian subsidiary's profit"),
    ),
    (
        _GLOBEX + "The division made a loss of $8m in 2003.",
        (("Globex", "ORG"),),
        "$8m",
        (8e6, "USD", "=", _Y2003, "Globex's division's loss"),
    ),
    # a part of the firm the article calls a parent, when the brand is named just before
    (
        _PARENT + "The US division made an operating loss of $30m in 2003.",
        (("Globex", "ORG"), ("Vantor", "ORG")),
        "$30m",
        (30e6, "USD", "=", _Y2003, "Globex's US division's operating loss"),
    ),
    (
        _PARENT + "Sales at the French subsidiary fell 4% in 2004.",
        (("Globex", "ORG"), ("Vantor", "ORG")),
        "4%",
        (4.0, "percent", "=", _Y2004, "fall in Sales at Globex's French subsidiary"),
    ),
    (
        _GLOBEX + "Profits at the mobile unit rose 8% in 2004.",
        (("Globex", "ORG"),),
        "8%",
        (8.0, "percent", "=", _Y2004, "rise in Profits at Globex's mobile unit"),
    ),
    (
        _GLOBEX + "The European arm sold 9,000 cars in 2004.",
        (("Globex", "ORG"),),
        "9,000 cars",
        (9000.0, "cars", "=", _Y2004, "cars sold by Globex's European arm"),
    ),
    (
        "Losses at Vantor hurt its parent company, Globex, in 2004. Vantor sells vans. "
        + "The Spanish division made a loss of $6m in 2004.",
        (("Globex", "ORG"), ("Vantor", "ORG")),
        "$6m",
        (6e6, "USD", "=", _Y2004, "Globex's Spanish division's loss"),
    ),
    (
        _GLOBEX + "The consumer electronics division made a profit of $12m in 2004.",
        (("Globex", "ORG"),),
        "$12m",
        (12e6, "USD", "=", _Y2004, "Globex's consumer electronics division's profit"),
    ),
    (
        _GLOBEX + "The Japanese subsidiary had sales of $2bn in 2004.",
        (("Globex", "ORG"),),
        "$2bn",
        (2e9, "USD", "=", _Y2004, "Globex's Japanese subsidiary's sales"),
    ),
    # guards: a part with an owner or a name of its own keeps its reading
    (
        _GLOBEX + "Initech's US division made an operating loss of $40m in 2004.",
        (("Globex", "ORG"), ("Initech", "ORG")),
        "$40m",
        (40e6, "USD", "=", _Y2004, None),
    ),
    (
        _GLOBEX + "Unit sales rose 5% in 2004.",
        (("Globex", "ORG"),),
        "5%",
        (5.0, "percent", "=", _Y2004, "rise in Globex's unit sales"),
    ),
    (
        _GLOBEX + "The division of Initech made a loss of $8m in 2003.",
        (("Globex", "ORG"), ("Initech", "ORG")),
        "$8m",
        (8e6, "USD", "=", _Y2003, None),
    ),
    # guards: another organisation in the sentence, or the one before, leaves it
    (
        _GLOBEX + "Initech said the US division made an operating loss of $40m in 2004.",
        (("Globex", "ORG"), ("Initech", "ORG")),
        "$40m",
        (40e6, "USD", "=", _Y2004, "the US division's operating loss"),
    ),
    (
        "Globex said profits rose sharply in 2004. Globex sells cars in 40 countries. "
        "Initech also sells cars. The US division made an operating loss of $40m in 2004. "
        "Globex shares rose.",
        (("Globex", "ORG"), ("Initech", "ORG")),
        "$40m",
        (40e6, "USD", "=", _Y2004, "the US division's operating loss"),
    ),
    # guards: no clear firm of the article, or a business two firms make
    (
        "Profits rose sharply in 2004 across the sector. The US division made an operating "
        "loss of $40m in 2004.",
        (),
        "$40m",
        (40e6, "USD", "=", _Y2004, "the US division's operating loss"),
    ),
    (
        _GLOBEX + "The combined division made a profit of $90m in 2004.",
        (("Globex", "ORG"),),
        "$90m",
        (90e6, "USD", "=", _Y2004, "the combined division's profit"),
    ),
]


@pytest.mark.parametrize(("text", "ents", "amount", "want"), _ROWS)
def test_part_owner(
    nlp: Any, text: str, ents: tuple[tuple[str, str], ...], amount: str, want: tuple[Any, ...]
) -> None:
    amounts = amounts_of(nlp, text, "2005-02-01", entities=named_all(text, list(ents)))
    got = core_fields(amount_named(amounts, amount))
    assert got[:4] == want[:4]
    if want[4] is None:  # (a guard: the rule gives it no owner)
        assert got[4] is None or "Globex" not in got[4]
    else:
        assert got[4] == want[4]
