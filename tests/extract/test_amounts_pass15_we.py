"""Amounts: a fifteenth pass, whose a quoted "we" is. An amount inside a direct quote whose
clause is done by "we" (or "us"), or whose doer or measured noun is "our" one, belongs to the
quote's speaker's side: a speaker who heads or speaks for a firm named in the role ("Acme's
chief executive", "a Globex spokesman") makes the firm its owner; a government speaker (a
minister, president, prime minister, chancellor, secretary) gives the speaker's country, the
one the role names, else the one the article is about, as parties. Not when the speaker may
speak for a group of people (an economist, a union, a party), not when the amount is told by
"to", "for" or "below" (not ours), and not when the object already has an owner. Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_quoted

from communique.record import Amount

pytestmark = pytest.mark.slow


def _amounts(nlp: Any, text: str) -> list[Amount]:
    return amounts_quoted(nlp, text)


_MINISTER = (
    "Norway is short of money and Norway's taxes will go up. \"We will raise fuel duty by"
    ' 5% in April," said Erik Lunde, the finance minister.'
)
_FIRM = (
    'Korvath Motors is expanding in Brazil. "We will invest $900m in two new plants,"'
    " said Daniel Reyes, Korvath Motors' chief executive."
)


@pytest.mark.parametrize(
    ("text", "amount", "obj", "parties"),
    [
        # a government speaker's "we": the country the article is about
        (_MINISTER, "5%", "rise in fuel duty", ["NOR"]),
        (
            "Chile's mines are booming and Chile wants a share. \"We will raise copper"
            ' royalties by 3%," President Ana Soto told reporters.',
            "3%",
            "rise in copper royalties",
            ["CHL"],
        ),
        # a firm's chief's "we": the firm owns what is done
        (_FIRM, "$900m", "Korvath Motors' investment in new plants", None),
        (
            'Pellmark Foods had a hard year. "Our profits fell 12% in 2004," said Sarah Long,'
            " Pellmark Foods' chairman.",
            "12%",
            "fall in Pellmark Foods' profits",
            None,
        ),
        (
            'Brenton Rail had a weak year. "We still made a profit of £40m," said Mark Dale,'
            " the Brenton Rail chairman.",
            "£40m",
            "Brenton Rail's profit",
            None,
        ),
    ],
)
def test_we_speaker(
    nlp: Any, text: str, amount: str, obj: str | None, parties: list[str] | None
) -> None:
    a = amount_named(_amounts(nlp, text), amount)
    if obj is not None:
        assert a.object == obj
    if parties is not None:
        assert a.parties == parties


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # (not an economist's "we")
        (
            '"We expect a 3% rise in wages this year," said Tom Hale, an economist at Dunmore'
            " Bank.",
            "3%",
        ),
        # (not an amount told by "below": the market's price, not ours)
        (
            'Oil output is under review in Norway. "We will not cut output unless prices'
            ' fall below $28 a barrel," said Lars Berg, the energy minister.',
            "$28",
        ),
        # (not a union's "we")
        (
            '"We will ask for a 6% pay rise," said Mary Finch, general secretary of the'
            " Transport Union.",
            "6%",
        ),
        # (not an amount told by "to": "we" gives it, it is not ours)
        (
            "Floods have hit Canada's east coast. \"We have a duty to bring relief to the"
            ' thousands of families who lost homes," said Paul Drake, the foreign minister.',
            "thousands of families",
        ),
    ],
)
def test_we_speaker_not(nlp: Any, text: str, amount: str) -> None:
    a = amount_named(_amounts(nlp, text), amount)
    assert a.parties == []
    assert a.object is None or "'" not in a.object
