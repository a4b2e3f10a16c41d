"""Amounts: a seventeenth pass, on whose a share of a base is. The subject of a verb of
holding ("have", "hold", "own", "control") or of making up ("account for", "make up") is
the share's owner when it names a firm, a body or a place ("Norland has 40% of the
world's cobalt" -> "Norland's share of world's cobalt"), a "which" its noun's name, names
joined by "and" together, an "it" the one name a core word of its sentence gave before
it (or, for an opening "It", the name the sentence before was about); not a person, a
pronoun with no single name before it, nor a base that says whose it is already ("4% of
its water"), though the base of a part may be another's ("which accounts for 60% of its
output"). A group a common noun names holds it ("share of deposits held by top five
banks"), not through "have" nor a bare singular noun. A handed share goes to the
passive's subject ("share of Vostok offered to Kestrel"), a done share is done by the
name its clause's subject gives, a penalty's share is a fine on its first object
("Commission's fine on firms as share of firms' turnover"), and a share a "worth" says
after a noun is that thing's value ("value of stimulus package as share of GDP"), not a
thing handed to someone. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import object_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a named holder, a place too
        (
            "Chile has 35% of the world's copper reserves.",
            "35%",
            "Chile's share of world's copper reserves",
        ),
        ("Japan owns 6% of all US Treasury bonds.", "6%", "Japan's share of US Treasury bonds"),
        (
            "Rosneft will now control about 16% of Russia's total crude oil output.",
            "16%",
            "Rosneft's share of Russia's total crude oil output",
        ),
        # names joined by "and", a "which", a conjunct verb's subject
        (
            "Analysts said Vodafone and Orange have 60% of the market.",
            "60%",
            "Vodafone and Orange's share of market",
        ),
        (
            "Gazprom, which controls 20% of the world's gas reserves, said profits rose.",
            "20%",
            "Gazprom's share of world's gas reserves",
        ),
        # "it": the one name given before it, or the name the sentence before was about
        (
            "Officials named Brazil as the main supplier because it has 40% of the world's"
            " coffee output.",
            "40%",
            "Brazil's share of world's coffee output",
        ),
        (
            "Acme said it now holds 12% of the European paint market.",
            "12%",
            "Acme's share of European paint market",
        ),
        (
            "Microsoft dominates the software industry. It has 90% of the market for desktop"
            " systems.",
            "90%",
            "Microsoft's share of market for desktop systems",
        ),
        # a verb of making up, whose subject is a name; a part's base may be another's
        (
            "China accounts for 30% of world steel demand.",
            "30%",
            "China's share of world steel demand",
        ),
        ("Germany makes up 30% of eurozone output.", "30%", "Germany's share of eurozone output"),
        (
            "Kestrel is trying to keep Vostok, which accounts for 60% of its output.",
            "60%",
            "Vostok's share of Kestrel's output",
        ),
        # a group a common noun names
        (
            "The top five banks hold 80% of all deposits.",
            "80%",
            "share of deposits held by top five banks",
        ),
        (
            "The UK-Dutch group will own 30% of the project.",
            "30%",
            "share of project owned by UK-Dutch group",
        ),
        # handed to the passive's subject; done by the clause's named subject
        (
            "Reports said Kestrel had been offered 25% of Vostok in return for a loan.",
            "25%",
            "share of Vostok offered to Kestrel",
        ),
        (
            "Farmers were promised 80% of the subsidy.",
            "80%",
            "share of subsidy promised to farmers",
        ),
        (
            "The UK has pledged to pay 10% of the region's foreign debt bill.",
            "10%",
            "share of region's foreign debt bill paid by UK",
        ),
        # a penalty on the first object
        (
            "The Commission can fine firms up to 10% of their global turnover.",
            "10%",
            "Commission's fine on firms as share of firms' global turnover",
        ),
        # a thing's value, as a share
        (
            "The government unveiled a stimulus package worth 2% of GDP.",
            "2%",
            "value of stimulus package as share of GDP",
        ),
        (
            "Tax cuts worth 1% of national income were announced.",
            "1%",
            "value of tax cuts as share of national income",
        ),
    ],
)
def test_share_owner_object(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert object_of(nlp, text, amount) == obj


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # (not) a base that says whose already, a cartel no name gives, a person's "it",
        # two names before "it", "have" of a group, a bare singular noun, a thing handed
        # to someone, a named stake
        (
            "India has 17% of the world's people but 4% of its water.",
            "4%",
            "share of India's water",
        ),
        (
            "Officials fear the cartel as it holds an estimated 80% of all raw cobalt outside "
            "Africa.",
            "80%",
            "share of raw cobalt outside Africa",
        ),
        ("Mr Smith said it has 20% of the market.", "20%", "share of market"),
        (
            "The EU told Microsoft that it holds 90% of the desktop market.",
            "90%",
            "share of desktop market",
        ),
        ("Most schools have 20% of pupils on free meals.", "20%", "share of pupils"),
        ("The company has 40% of the market.", "40%", "share of market"),
        (
            "The deal will give bondholders of Acme shares worth about 4.2% of the debts they"
            " are owed.",
            "4.2%",
            "share of debts bondholders are owed",
        ),
        ("Borvex owns 30% of Telvia.", "30%", "Borvex's stake in Telvia"),
        ("Smokers make up 25% of adults.", "25%", "Smokers as share of adults"),
    ],
)
def test_share_owner_left_alone(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert object_of(nlp, text, amount) == obj
