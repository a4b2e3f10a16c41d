"""Amounts: a nineteenth pass, a thing whose owner is the subject of another clause of
the same sentence. A bare "the N" (orders, staff, plants, jobs) that is the subject of a
"while"/"whereas"/"after" clause beside a named firm's own is that firm's ("Acme has 40
shops, while the 12 new stores open in 2008" -> "Acme's new stores"); a thing an "after
...ing" clause with no subject of its own has is the main clause's subject's ("Dorvale
rose after winning orders of £40m"), and an economy's growth so is the economy's ("the
Irish economy slowed after enjoying growth of 9%" -> "growth of Irish economy"); a
phrase put before the main clause whose "its" looks ahead to a named firm is that firm's
("Beyond the 900 job cuts at its plants, Vantor ..."); and the bosses a firm's person
took over from are the firm's ("Acme's new chairman, who was hired after three directors
left"). A thing another firm or a rival has, or one no named firm's clause is beside, is
left as it was. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields, named_all

pytestmark = pytest.mark.slow

_ACME = (("Acme", "ORG"),)
_Y2009 = "2009-01-01/2009-12-31"

_ROWS = [
    # a "while"/"whereas" clause's "the N": the firm's of the clause beside it
    (
        "By the end of the year, Acme will run 40 shops, while the 12 new stores are due to"
        " open in 2008.",
        _ACME,
        "12 new stores",
        (12, "stores", "=", "2008-01-01/2008-12-31", "Acme's new stores due to open in 2008"),
    ),
    (
        "Globex now employs 5,000 people, while the 800 new staff will join next spring.",
        (("Globex", "ORG"),),
        "800 new staff",
        (800, "people", "=", None, "Globex's new staff will join"),
    ),
    (
        "Initech has 60 planes in service, whereas the 25 new jets arrive in 2009.",
        (("Initech", "ORG"),),
        "25 new jets",
        (25, "jets", "=", _Y2009, "Initech's new jets arriving"),
    ),
    (
        "Nordco will open 20 stores in Spain, while the 15 new branches will open in Italy"
        " in 2006.",
        (("Nordco", "ORG"),),
        "15 new branches",
        (15, "branches", "=", "2006-01-01/2006-12-31", "Nordco's new branches will open in Italy"),
    ),
    (
        "Telmex bought 12 shops in May, while the 45 remaining outlets will be bought in 2006.",
        (("Telmex", "ORG"),),
        "45 remaining outlets",
        (45, "outlets", "=", None, "Telmex's remaining outlets bought"),
    ),
    (
        "Rovia runs 300 branches in France, whereas the 120 new shops will open in Germany"
        " next year.",
        (("Rovia", "ORG"),),
        "120 new shops",
        (120, "shops", "=", None, "Rovia's new shops will open in Germany"),
    ),
    (
        "Zentra kept its forecast, while the 2,500 new staff started work in March.",
        (("Zentra", "ORG"),),
        "2,500 new staff",
        (2500, "people", "=", None, "Zentra's new staff started work in March"),
    ),
    (
        "Halcor reported a loss after the 700 job cuts cost it a lot.",
        (("Halcor", "ORG"),),
        "700 job cuts",
        (700, "cuts", "=", None, "Halcor's job cuts costing"),
    ),
    # a phrase put first whose "its" looks ahead to the main clause's firm
    (
        "Beyond the 900 job cuts announced in May at its Dutch plants, Vantor is selling"
        " three offices.",
        (("Vantor", "ORG"),),
        "900 job cuts",
        (900, "cuts", "=", None, "job cuts announced in May at Vantor's Dutch plants"),
    ),
    # an "after ...ing" clause with no subject of its own: the main clause's subject's
    (
        "Globex became a rival after winning orders of $5m from the navy.",
        (("Globex", "ORG"),),
        "$5m",
        (5e6, "USD", "=", None, "Globex's orders from navy"),
    ),
    (
        "Acme grew fast after enjoying growth of 20% in Asia.",
        _ACME,
        "20%",
        (20, "percent", "=", None, "Acme's growth in Asia"),
    ),
    # an economy's growth, enjoyed by it
    (
        "The Irish economy slowed sharply in 2003 after enjoying strong growth of 9% in 2001.",
        (),
        "9%",
        (9, "percent", "=", "2001-01-01/2001-12-31", "strong growth of Irish economy"),
    ),
    (
        "The economy slowed sharply in 2003 after enjoying strong growth of 9% in 2001.",
        (),
        "9%",
        (9, "percent", "=", "2001-01-01/2001-12-31", "strong growth of economy"),
    ),
    # the bosses a firm's person took over from
    (
        "Acme's boss, who took over after two top bosses quit last year, has cut costs.",
        _ACME,
        "two top bosses",
        (2, "people", "=", None, "Acme's top bosses quit"),
    ),
    (
        "The deal was praised by Globex's new chief executive Jo Bloggs, who took over after"
        " four directors resigned in May.",
        (("Globex", "ORG"), ("Jo Bloggs", "PERSON")),
        "four directors",
        (4, "people", "=", None, "Globex's directors resigned"),
    ),
    (
        "Acme's new chairman, who was hired after three directors left in June, wants a sale.",
        _ACME,
        "three directors",
        (3, "people", "=", None, "Acme's directors left in June"),
    ),
]

# What must not change: a rival's or another firm's things, a count with no "the", no
# named firm beside it, another firm the main clause names, an "its" that has no firm
# ahead, a firm named already.
_GUARDS = [
    (
        "Acme cut its prices while the 200 rival shops raised theirs.",
        _ACME,
        "200 rival shops",
        (200, "shops", "=", None, "rival shops raised theirs"),
    ),
    (
        "Acme will deliver 90 buses in March, while 40 orders are due for delivery in 2009.",
        _ACME,
        "40 orders",
        (40, "orders", "=", None, "orders due for delivery in 2009"),
    ),
    (
        "Acme will deliver 90 buses in March, while Globex's 40 new orders are due in 2009.",
        (("Acme", "ORG"), ("Globex", "ORG")),
        "40 new orders",
        (40, "orders", "=", _Y2009, "Globex's new orders due"),
    ),
    (
        "Acme will deliver 90 buses in March, while the 40 new orders for Globex are due in 2009.",
        (("Acme", "ORG"), ("Globex", "ORG")),
        "40 new orders",
        (40, "orders", "=", None, "new orders for Globex due"),
    ),
    (
        "Acme hired a new boss after the 20 directors of Globex quit.",
        (("Acme", "ORG"), ("Globex", "ORG")),
        "20 directors",
        (20, "people", "=", None, "directors of Globex quitting"),
    ),
    (
        "Acme sued Globex after the 300 new orders were cancelled.",
        (("Acme", "ORG"), ("Globex", "ORG")),
        "300 new orders",
        (300, "orders", "=", None, "new orders cancelled"),
    ),
    (
        "The government acted after the 300 workers were laid off.",
        (),
        "300 workers",
        (300, "people", "=", None, "workers laid off"),
    ),
    (
        "Jo Bloggs, who took over after four directors resigned in May, praised the deal.",
        (("Jo Bloggs", "PERSON"),),
        "four directors",
        (4, "people", "=", None, "directors resigned"),
    ),
    (
        "Beyond the 900 job cuts announced in May at Dutch plants, Vantor is selling three"
        " offices.",
        (("Vantor", "ORG"),),
        "900 job cuts",
        (900, "cuts", "=", None, "job cuts announced in May at Dutch plants"),
    ),
    (
        "Dorvale lifted output after winning orders of £40m from the army.",
        (("Dorvale", "ORG"),),
        "£40m",
        (4e7, "GBP", "=", None, "orders won by Dorvale"),
    ),
    (
        "The Greek economy cooled in 2005 after enjoying growth of 4.5% in 2004.",
        (),
        "4.5%",
        (4.5, "percent", "=", "2004-01-01/2004-12-31", "growth enjoyed by Greek economy"),
    ),
    (
        "Kelso raised its dividend after enjoying sales of £90m in Asia.",
        (("Kelso", "ORG"),),
        "£90m",
        (9e7, "GBP", "=", None, "Kelso's sales in Asia"),
    ),
    (
        "Acme cut costs by closing 30 stores last year.",
        _ACME,
        "30 stores",
        (30, "stores", "=", None, "stores closed by Acme"),
    ),
    (
        "The union said the talks would go on while the 4,000 workers stay at home.",
        (),
        "4,000 workers",
        (4000, "people", "=", None, "workers staying at home"),
    ),
]


@pytest.mark.parametrize(("text", "ents", "amount", "expected"), _ROWS + _GUARDS)
def test_owner_in_other_clause(
    nlp: Any,
    text: str,
    ents: tuple[tuple[str, str], ...],
    amount: str,
    expected: tuple[float, str, str, str | None, str],
) -> None:
    found = amounts_of(nlp, text, entities=named_all(text, list(ents)))
    assert core_fields(amount_named(found, amount)) == expected
