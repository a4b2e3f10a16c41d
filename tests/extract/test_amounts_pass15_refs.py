"""Amounts: a fifteenth pass, a body called by a common noun, named by the apposition that
defined it. A "the NOUN" of the object (a body, firm or site noun: "agency", "group",
"firm", "operator", ...), said in the amount's sentence with "the" and the same describing
words, takes the proper name that the same noun, in the same number, stands in apposition
to in that sentence or the one before ("Talbot Minerals, a mining group based in Perth,
... The mining group plans to sell 12%": Talbot Minerals'), with dashes or commas, or with
the name after it ("the consultancy firm Grey Hollis"). Not when two bodies are so called,
when the noun was plural ("Two firms, Acme and Globex"), when the name is told further
back, nor for another noun ("Kestrel Bank, a lender ... the bank"). An appositive the
object took whole after its name ("share in Brightwave new cable network", for "in
Brightwave, the new cable network,") is set in brackets, so that it does not read as one
phrase with the name: "share in Brightwave (new cable network)". Every sentence is written
by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # a body noun set beside a name in the sentence before: the name
        (
            "Norvik Port Holdings - a regional port operator based in Bergen - owns 60% of"
            " Fjordline. The port operator will sell 15% of its stake in Fjordline to a"
            " German investor.",
            "15%",
            "share of Norvik Port Holdings' stake in Fjordline sold",
        ),
        (
            "Talbot Minerals, a mining group based in Perth, holds 30% of Redgum Copper. The"
            " mining group plans to sell 12% of its holding in Redgum Copper.",
            "12%",
            "share of Talbot Minerals' holding in Redgum Copper sold",
        ),
        (
            "Halden Steel, a Norwegian group, owns 35% of Brekke Metals. The Norwegian group"
            " will sell 10% of its stake in Brekke Metals.",
            "10%",
            "share of Halden Steel's stake in Brekke Metals sold",
        ),
        (
            "Pellam Foods, a family firm from Cork, employs 900 people. The family firm will"
            " cut 120 jobs this year.",
            "120 jobs",
            "jobs cut by Pellam Foods",
        ),
        (
            "The Trent Arts Trust, a charity in Nottingham, has 40 staff. The charity will"
            " cut 8 jobs.",
            "8 jobs",
            "jobs cut by Trent Arts Trust",
        ),
        # (in the same sentence, and with the name after the noun)
        (
            "A state agency, the Corvo Asset Office, owns most of Lisbet Wines, and the"
            " agency will sell 15% of its stake this year.",
            "15%",
            "share of Corvo Asset Office's stake sold",
        ),
        (
            "Mr Owen earns £20,000 a year from the consultancy firm Grey Hollis, where he is"
            " an adviser.",
            "£20,000",
            "Mr Owen's earnings from Grey Hollis per year",
        ),
        # an appositive taken whole after its name: in brackets
        (
            "Voters say Delmar's share in Brightwave, the new cable network, should fall from"
            " 60% to 40%.",
            "40%",
            "Delmar's share in Brightwave (new cable network)",
        ),
        (
            "Growth at Verdan, a Danish brewer, slowed to 2% as the brewer lost ground in Germany.",
            "2%",
            "Growth at Verdan (Danish brewer)",
        ),
        (
            "Profits at Castor, a Swiss drugs group, fell to £90m as the drugs group faced"
            " cheaper rivals.",
            "£90m",
            "Profits at Castor (Swiss drugs group)",
        ),
        # (not a plural noun set beside two names: which one is not told)
        (
            "Two firms, Acme and Globex, are merging. The firm will cut 500 jobs.",
            "500 jobs",
            "jobs cut by the firm",
        ),
        # (not two bodies so called)
        (
            "The mayor met Delta Airways, the national carrier, and Jet Blue, a budget"
            " carrier. The carrier will add 40 flights.",
            "40 flights",
            "flights added by the budget carrier",
        ),
        # (not a name told two sentences back)
        (
            "Halden Steel, a Norwegian group, owns 35% of Brekke Metals. Its shares rose on"
            " Monday. The Norwegian group will sell 10% of its stake in Brekke Metals.",
            "10%",
            "share of the Norwegian group's stake in Brekke Metals sold",
        ),
        # (not a body named by no apposition)
        (
            "The agency said it would spend £5m on new offices.",
            "£5m",
            "spending on new offices",
        ),
    ],
)
def test_body_named_by_apposition(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
