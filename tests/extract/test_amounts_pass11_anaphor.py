"""Amounts: an eleventh pass (issue 7), a definite class noun that stands for a thing the
article has named ("the bank", "the US firm's", "the union", "the prince", "the party"):
the object takes the name of the one entity of that kind named nearest before it, in its
own sentence or the two before; a place word must be that entity's country. It is left
alone when the nearest sentence names two, when another word says which ("the merged
group"), or when the one named is a paper or a ministry. Every sentence is written by
us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named

from communique.record import Entity

pytestmark = pytest.mark.slow


# (name, type, country, the word its mentions are, sector[, a role])
_Ents = list[tuple[Any, ...]]


def _entities(text: str, ents: _Ents) -> list[Entity]:
    out = []
    for k, (name, kind, country, word, sector, *roles) in enumerate(ents):
        e = named(name, kind, text, f"e{k}", country=country, word=word)
        e.sector = sector
        e.roles = list(roles)
        out.append(e)
    return out


@pytest.mark.parametrize(
    ("text", "ents", "amount", "obj"),
    [
        # a lender named in the sentence before
        (
            "Greystone reported a loss on Monday. Profits at the bank fell 20% to £300m.",
            [("Greystone", "ORG", None, "", None)],
            "£300m",
            "Profits at Greystone",
        ),
        # a place word picks the firm of that country (the other is known to be of another)
        (
            "Talks between Kestrel Motors and Vantor Cars broke down last week. The US firm's "
            "offer of $3bn was rejected.",
            [
                ("Kestrel Motors", "ORG", "DEU", "", None),
                ("Vantor Cars", "ORG", "USA", "", None),
            ],
            "$3bn",
            "Vantor Cars' offer",
        ),
        # (the country as the text gives it before a mention: "US carmaker Vantor Cars")
        (
            "Kestrel Motors sold its stake to US carmaker Vantor Cars. The US firm's offer of "
            "$3bn was the highest.",
            [("Kestrel Motors", "ORG", None, "", None), ("Vantor Cars", "ORG", None, "", None)],
            "$3bn",
            "Vantor Cars' offer",
        ),
        (
            "Shares in Tolland Air fell on Monday. The Irish carrier's fuel bill rose 30% to £80m.",
            [("Tolland Air", "ORG", "IRL", "", None)],
            "£80m",
            "Tolland Air's fuel bill",
        ),
        # a union whose name holds the word
        (
            "The Harbour Staff Union balloted its members on Monday. The union's strike fund "
            "holds £2m.",
            [("Harbour Staff Union", "ORG", None, "", None)],
            "£2m",
            "Harbour Staff Union's strike fund",
        ),
        # a prince, by his name or his role
        (
            "Aides to Prince Edmund gave evidence to the committee. Income tax paid by the "
            "prince rose to £2m.",
            [("Prince Edmund", "PERSON", None, "", "GOV")],
            "£2m",
            "Income tax paid by Prince Edmund",
        ),
        (
            "Aides to Prince Edmund gave evidence to the committee. Income tax paid by the "
            "prince rose to £2m.",
            [("Edmund", "PERSON", None, "Edmund", "GOV", "Prince")],
            "£2m",
            "Income tax paid by Edmund",
        ),
        (
            "The Prince of Lorne gave evidence to the committee. The prince's income rose 5% "
            "to £2m.",
            [("Prince of Lorne", "ORG", "GBR", "", "GOV")],
            "£2m",
            "Prince of Lorne's income",
        ),
        # a party
        (
            "The Rural Alliance Party launched its manifesto in Leeds. The party's budget of "
            "£900m was criticised.",
            [("Rural Alliance Party", "ORG", None, "", None)],
            "£900m",
            "Rural Alliance Party's budget",
        ),
        # (not) two firms in the sentence before: which is meant is not clear
        (
            "Greystone and Ostler Farms reported losses on Monday. Profits at the lender fell "
            "20% to £300m.",
            [("Greystone", "ORG", None, "", None), ("Ostler Farms", "ORG", None, "", None)],
            "£300m",
            "Profits at lender",
        ),
        # (not) a place word no firm before is known to have
        (
            "Talks between Kestrel Motors and Vantor Cars broke down last week. The US firm's "
            "offer of $3bn was rejected.",
            [("Kestrel Motors", "ORG", None, "", None), ("Vantor Cars", "ORG", None, "", None)],
            "$3bn",
            "US firm's offer",
        ),
        # (not) a firm of another country
        (
            "Shares in Tolland Air fell on Monday. The Irish carrier's fuel bill rose 30% to £80m.",
            [("Tolland Air", "ORG", "GBR", "", None)],
            "£80m",
            "Irish carrier's fuel bill",
        ),
        # (not) a paper that reported it is no lender
        (
            "The Morning Ledger reported the news on Friday. Profits at the lender fell 20% to "
            "£300m.",
            [("Morning Ledger", "ORG", None, "", "MED")],
            "£300m",
            "Profits at lender",
        ),
        # (not) a party after a person is named: it may be the person's own
        (
            "Party leader Arthur Penrose attacked the Green League on Monday. He said the "
            "party's plans would cost £4bn.",
            [
                ("Arthur Penrose", "PERSON", None, "", None),
                ("Green League", "ORG", None, "", None),
            ],
            "£4bn",
            "party's plans",
        ),
        # (not) a person the entity stage took for a firm is no lender
        (
            "Mr Hallam praised the plan on Monday. Profits at the lender rose 5% to £30m.",
            [("Mr Hallam", "ORG", None, "", None)],
            "£30m",
            "Profits at lender",
        ),
        # a central bank named, with "bank" in its name
        (
            "The Bank of Arden held its meeting on Thursday. The bank's main rate rose to 3.5%.",
            [("Bank of Arden", "ORG", None, "", "GOV")],
            "3.5%",
            "Bank of Arden's main rate",
        ),
        # (not) another word says which: the merged one, not either firm before
        (
            "Brightwater Foods bought Ostler Farms. The merged group's sales rose 5% to £2bn.",
            [
                ("Brightwater Foods", "ORG", None, "", None),
                ("Ostler Farms", "ORG", None, "", None),
            ],
            "£2bn",
            "merged group's sales",
        ),
    ],
)
def test_class_noun_named(nlp: Any, text: str, ents: _Ents, amount: str, obj: str) -> None:
    got = amounts_of(nlp, text, entities=_entities(text, ents))
    assert amount_named(got, amount).object == obj
