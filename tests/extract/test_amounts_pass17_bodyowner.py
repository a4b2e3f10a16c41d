"""Amounts: a seventeenth pass, the country of a nation's own state body named just before.
An amount with no parties, in a sentence that names no country, within three sentences
after a national state body the knowledge base knows (a ministry, the armed forces, the
police: "the Foreign Office", or a generic one whose country is the article's, "the
Ministry of Defence", "the Home Office") of the country the article is about, is that
country's; so is one in a sentence of a state's laws or police ("searches under the laws",
"police closed 120 drug dens") in an article plainly about one country, when neither its
sentence nor the one before names another. Not a firm's or a party's figures ("Acme's
sales", "the party repaid"), not another country's body ("the US Treasury said" in a story
about Mexico), not money in another country's currency, and not when the sentence before
the laws names another country. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named

from communique.record import Entity

pytestmark = pytest.mark.slow


def _ents(text: str, bodies: list[tuple[str, str, str | None]]) -> list[Entity]:
    """The countries the text names by "UK", "Kenya", "Mexico" or "France", and the bodies
    as (canonical name, the words of the text, country)."""
    ents = [
        named(name, "COUNTRY", text, f"c{k}", country=code, word=word)
        for k, (name, word, code) in enumerate(
            (
                ("United Kingdom", "UK", "GBR"),
                ("Kenya", "Kenya", "KEN"),
                ("Mexico", "Mexico", "MEX"),
                ("France", "France", "FRA"),
            )
        )
        if word in text
    ]
    ents += [
        named(name, "ORG", text, f"b{k}", country=code, word=word)
        for k, (name, word, code) in enumerate(bodies)
    ]
    return ents


_FO = ("Foreign, Commonwealth and Development Office", "Foreign Office", "GBR")
_MOD = ("Defense Ministry", "Ministry of Defence", None)
_HOME = ("Interior Ministry", "Home Office", None)
_UST = ("U.S. Treasury", "US Treasury", "USA")


@pytest.mark.parametrize(
    ("text", "bodies", "amount", "parties"),
    [
        # a body the knowledge base places, named in the sentence before or earlier
        (
            "The UK is cutting its network of missions abroad. The Foreign Office said on "
            "Monday that posts would close. Since 2000, 14 new consulates have been opened. "
            "Diplomats in the UK were unhappy.",
            [_FO],
            "14 new consulates",
            ["GBR"],
        ),
        # a generic body, of the country the article is about
        (
            "Auditors in the UK have criticised the Ministry of Defence. Its planes are late. "
            "Overruns on the biggest projects reached £2.4bn this year. Officials in the UK "
            "defended the record.",
            [_MOD],
            "£2.4bn",
            ["GBR"],
        ),
        (
            "The UK will bring in identity cards. The Home Office says applicants will pay "
            "£70 for a card. Critics in the UK object.",
            [_HOME],
            "£70",
            ["GBR"],
        ),
        # a state's laws or police, in an article about one country
        (
            "The UK has tough anti-terror laws. Critics in the UK say the powers are abused. "
            "Last year, 9.5% of searches under the laws were of black men.",
            [],
            "9.5%",
            ["GBR"],
        ),
        (
            "Kenya is fighting a wave of drug crime. Kenya has hired more officers. Police "
            "have closed 120 drug dens since May.",
            [],
            "120 drug dens",
            ["KEN"],
        ),
        # (not) a firm's or a party's figures, another country's body, money in another
        # country's currency, laws after a sentence naming another country
        (
            "The UK is cutting its network of missions abroad. The Foreign Office said on "
            "Monday that posts would close. Acme's sales rose 5% last year. Diplomats in the "
            "UK were unhappy.",
            [_FO],
            "5%",
            [],
        ),
        (
            "The UK will bring in identity cards. The Home Office says the plan is costly. "
            "Reports say the Tory party repaid £3m to a donor. Critics in the UK object.",
            [_HOME],
            "£3m",
            [],
        ),
        (
            "The UK will bring in identity cards. The Home Office says the plan is costly. "
            "Union leaders say their members lost £3m. Critics in the UK object.",
            [_HOME],
            "£3m",
            [],
        ),
        (
            "Mexico relies on money sent home by migrants. Families in Mexico spend it on "
            "food. Fees for sending money have fallen by 40%, the US Treasury said.",
            [_UST],
            "40%",
            [],
        ),
        (
            "The UK is cutting its network of missions abroad. The Foreign Office said on "
            "Monday that posts would close. The sale raised $30m. Diplomats in the UK were "
            "unhappy.",
            [_FO],
            "$30m",
            [],
        ),
        (
            "The UK has tough anti-terror laws. Critics in France say such powers are abused. "
            "Last year, 9.5% of searches under the laws were of black men.",
            [],
            "9.5%",
            [],
        ),
    ],
)
def test_state_body_home(
    nlp: Any, text: str, bodies: list[tuple[str, str, str | None]], amount: str, parties: list[str]
) -> None:
    got = amount_named(amounts_of(nlp, text, entities=_ents(text, bodies)), amount)
    assert got.parties == parties
