"""Amounts: a twenty-third pass (issue 7), what a price per share is offered for. "Globex has
offered 900p a share for Initech": "Globex's offer per share for Initech"; "an offer of 950p
a share would be fair" in a story about Initech: "offer per share for Initech". Left alone:
a dividend per share, and a bidder's own offer whose target is said already. Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named

pytestmark = pytest.mark.slow

_ABOUT_INITECH = (
    "Shares in Initech rose 9% on Tuesday. Initech is valued at £2bn. Traders said Initech "
    "could draw several bidders, and an offer of 950p a share would be fair."
)

_ROWS = [
    (
        "Globex has offered 900p a share for Initech.",
        "900p",
        "Globex's offer per share for Initech",
    ),
    (_ABOUT_INITECH, "950p", "offer per share for Initech"),
]

_GUARDS = [
    (
        "Initech raised its dividend to 20p a share. Initech made a profit of £2m.",
        "20p",
        "Initech's dividend per share",
    ),
    (
        "Initech has made a bid for Globex. Initech said its offer of 500p a share was generous.",
        "500p",
        "Initech's offer for Globex per share",
    ),
]


_ABOUT_MR_ROSS = (
    "Mr Ross has raised his stake. Ross wants control and Ross has the cash. Reports have "
    "put the offer at 300p per share."
)


def test_a_person_the_story_is_about_is_no_target(nlp: Any) -> None:
    # (a bidder the entity stage may take for a firm: no "for Ross")
    ents = [named("Ross", "ORG", _ABOUT_MR_ROSS, "ross")]
    got = amount_named(amounts_of(nlp, _ABOUT_MR_ROSS, entities=ents), "300p").object
    assert got is not None and "for Ross" not in got


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_what_a_price_per_share_is_offered_for(nlp: Any, text: str, amount: str, obj: str) -> None:
    ents = [named("Initech", "ORG", text, "initech")]
    assert amount_named(amounts_of(nlp, text, entities=ents), amount).object == obj
