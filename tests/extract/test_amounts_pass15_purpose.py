"""Amounts: a fifteenth pass, the purpose that defines what a sum or a quantity is. A sum or a
measured quantity ("tonnes of seed") that is needed, required or used for something keeps its
infinitive of purpose, shortly (the verb and its object, no number, no "its", no place):
"48,000 tonnes of seed was needed to help two million farmers" -> "seed needed to help
farmers", "£2bn is required to rebuild the harbour" -> "money required to rebuild harbour";
a named doer of an active "needs" is said with its verb ("money charity needs to build new
hospice"), a pronoun's is not. A count's participle keeps its purpose when the object is a
hyphened word ("to tackle under-age drinking"). Not an object that says its verb already,
another's deed ("for the bakeries to stay open"), a purpose too long to say shortly, or a
verb other than need, require or use. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a measured quantity, passive need or use: what it is for
        (
            "Last spring, a total of 48,000 tonnes of seed was needed to help two million farmers.",
            "48,000 tonnes",
            "seed needed to help farmers",
        ),
        (
            "About 12,000 litres of fuel were needed to heat the village schools.",
            "12,000 litres",
            "fuel needed to heat village schools",
        ),
        (
            "About 500 tonnes of rice were used to make the dish.",
            "500 tonnes",
            "rice used to make dish",
        ),
        # a bare sum: money needed, required or used for it
        (
            "Officials say £2bn is required to rebuild the harbour.",
            "£2bn",
            "money required to rebuild harbour",
        ),
        (
            "An extra £12m will be used to repair flood defences.",
            "£12m",
            "extra money used to repair flood defences",
        ),
        ("Some £40m was used to pay off debts.", "£40m", "money used to pay off debts"),
        (
            "The regulator says £9m is needed to compensate savers in Wales.",
            "£9m",
            "money needed to compensate savers",
        ),
        # (a named owner in the purpose stays; a pronoun's "its" goes)
        (
            "The minister said £6bn would be used to close Labour's spending gap.",
            "£6bn",
            "money used to close Labour's spending gap",
        ),
        # an active need: the named doer with its verb, not the doer for the money
        (
            "The charity needs £3m to build a new hospice.",
            "£3m",
            "money charity needs to build new hospice",
        ),
        (
            "The club will need £4m to sign a new striker.",
            "£4m",
            "money club will need to sign new striker",
        ),
        ("Acme Corp needed $30m to stay afloat.", "$30m", "money Acme Corp needed to stay afloat"),
        (
            "Ministers needed £8bn to fund 2,000 new schools.",
            "£8bn",
            "money ministers needed to fund new schools",
        ),
        (
            "The school needed £2m to be spent on books.",
            "£2m",
            "money school needed to be spent on books",
        ),
        # (a pronoun doer is not said)
        (
            "The council said it needs £3m to repair its roads.",
            "£3m",
            "money needed to repair roads",
        ),
        # a count's participle keeps its purpose, a hyphened word and all
        (
            "Twelve towns receiving extra cash to tackle under-age drinking will be named today.",
            "Twelve towns",
            "towns receiving extra cash to tackle under-age drinking",
        ),
        # (not an object that says its own verb already)
        (
            "Billions of pounds spent on the war should have been used to reduce poverty.",
            "Billions of pounds",
            "spending on war",
        ),
        # (not another's deed)
        (
            "About 80 tonnes of flour were needed for the bakeries to stay open.",
            "80 tonnes",
            "flour",
        ),
        # (not a verb of need or use: the count's own reading)
        (
            "About 300 soldiers will be sent to guard the border.",
            "300 soldiers",
            "soldiers sent to guard border",
        ),
        # (not a "to" that is no infinitive of purpose)
        ("Around £7m was needed, according to the trust.", "£7m", "money needed"),
        # (not a purpose too long to say shortly)
        (
            "A further £6m was needed to help 40,000 families pay their bills.",
            "£6m",
            "further money needed",
        ),
    ],
)
def test_purpose_kept(nlp: Any, text: str, amount: str, obj: str | None) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
