"""Amounts: a fifteenth pass, a firm told by a place word alone ("the US firm", "the
Netherlands-based company") named where the article gave that place. The place word may
stand after the name as well as before it ("Vantor Cars, the US carmaker," as "US carmaker
Vantor Cars"), may be the country's other word ("Dutch-based" for "Netherlands-based"), and,
when no firm so placed is named in the sentences just before, the one firm the article so
placed anywhere before is meant; "the US carmaker" is told so too. In an
article about one firm, a firm told by what it is is that firm unless another firm named
twice may be meant: one first named after the amount may not. Not two firms so placed, a
firm of another country, or one placed only after. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_article, amounts_of, named

from communique.extract.amounts import extract_amounts
from communique.record import Entity

pytestmark = pytest.mark.slow


def _firms(text: str, *names: str) -> list[Entity]:
    return [named(n, "ORG", text, f"e{k}") for k, n in enumerate(names)]


@pytest.mark.parametrize(
    ("text", "firms", "amount", "obj"),
    [
        # the place word after the name, in an appositive
        (
            "Vantor Cars, the US carmaker, bought a stake in Kestrel Motors in 2001. The US "
            "firm's offer of $3bn was rejected.",
            ("Vantor Cars", "Kestrel Motors"),
            "$3bn",
            "Vantor Cars' offer",
        ),
        # the country's other word
        (
            "Dutch-based Halvor Steel and Brenton Metals held talks. The Netherlands-based "
            "company's offer of $2bn was rejected.",
            ("Halvor Steel", "Brenton Metals"),
            "$2bn",
            "Halvor Steel's offer",
        ),
        # placed further back, with another firm named just before
        (
            "Ostra Foods, the Swedish group, opened a plant in Leeds. Sales rose in spring. "
            "Prices fell in May. Shares in Greyfield Dairies slipped on Monday. The Swedish "
            "group's profit of £40m beat forecasts.",
            ("Ostra Foods", "Greyfield Dairies"),
            "£40m",
            "Ostra Foods' profit",
        ),
        # a carmaker
        (
            "Talks between Kestrel Motors and Vantor Cars, the US carmaker, broke down. The US "
            "carmaker's offer of $3bn was rejected.",
            ("Kestrel Motors", "Vantor Cars"),
            "$3bn",
            "Vantor Cars' offer",
        ),
        # (not) two firms so placed
        (
            "Vantor Cars, the US carmaker, and Delmar Auto, a US rival, met Kestrel Motors. "
            "Sales rose in spring. Prices fell in May. Shares in Kestrel Motors slipped. The "
            "US firm's offer of $3bn was rejected.",
            ("Vantor Cars", "Delmar Auto", "Kestrel Motors"),
            "$3bn",
            "US firm's offer",
        ),
        # (not) a firm of another country
        (
            "Ostra Foods, the Swedish group, opened a plant in Leeds. Sales rose in spring. "
            "Prices fell in May. Shares in Greyfield Dairies slipped on Monday. The Danish "
            "group's profit of £40m beat forecasts.",
            ("Ostra Foods", "Greyfield Dairies"),
            "£40m",
            "Danish group's profit",
        ),
        # (not) a firm placed only after the phrase
        (
            "Talks broke down last week. The US firm's offer of $3bn was rejected by Kestrel "
            "Motors, which spurned US carmaker Vantor Cars.",
            ("Kestrel Motors", "Vantor Cars"),
            "$3bn",
            "US firm's offer",
        ),
    ],
)
def test_a_placed_firm_named(
    nlp: Any, text: str, firms: tuple[str, ...], amount: str, obj: str
) -> None:
    got = amount_named(amounts_of(nlp, text, entities=_firms(text, *firms)), amount)
    assert got.object == obj


@pytest.mark.parametrize(
    ("body", "firms", "amount", "obj"),
    [
        # another firm named only after the amount is not the one meant
        (
            "Norvik said it would grow. Shares in Norvik rose after Norvik spoke. The Norwegian "
            "firm will close 4 of its 19 plants, Dalmore said, and sell them to Dalmore.",
            ("Dalmore",),
            "19 plants",
            "Norvik's plants",
        ),
        (
            "Norvik said it would grow. Shares in Norvik rose after Norvik spoke. The Norwegian "
            "firm will cut 300 jobs at its plants in Dalmore's home town, Dalmore said.",
            ("Dalmore",),
            "300 jobs",
            "jobs cut by Norvik",
        ),
        # (not) one named twice before it
        (
            "Norvik said it would grow with Dalmore. Shares in Norvik rose after Dalmore spoke. "
            "The Norwegian firm will close 4 of its 19 plants.",
            ("Dalmore",),
            "19 plants",
            "the Norwegian firm's plants",
        ),
    ],
)
def test_the_articles_firm_not_one_named_after(
    nlp: Any, body: str, firms: tuple[str, ...], amount: str, obj: str
) -> None:
    title = "Norvik buys rival"
    text = f"{title}\n\n{body}"
    art = amounts_article(nlp, text, entities=_firms(text, *firms))
    art.headline = title
    got = amount_named(extract_amounts(art), amount)
    assert got.object == obj
