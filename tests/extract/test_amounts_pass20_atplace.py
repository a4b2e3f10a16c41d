"""Amounts: a twentieth pass (issue 7), a place or unit of an owner's that restricts what an
amount counts is kept in its object. An "at"/"in" phrase whose noun is one of a firm's
sites or parts (plants, factories, stores, offices, a division, a subsidiary, branches,
mines ...) told by its owner ("its", "their", "the firm's") says which of the counted are
meant when it hangs on the counted noun or on its participle ("the 900 job cuts announced
in May at its Dutch plants": the cuts at those plants, not the firm's as a whole), so it is
kept, its "its" named by the firm, though the participle's words then run past six. Left
alone: a time, a place by its bare name ("in Germany", "across Europe"), a site told by no
owner (kept already when short), a noun after "its" that is no site ("at its annual
meeting"), an owner said by a "by" phrase. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, core_fields, named_all

pytestmark = pytest.mark.slow

_ROWS = [
    # a fronted phrase: the site kept, its "its" named by the main clause's firm
    (
        "Beyond the 1,500 redundancies planned for next year at its British factories, Kelmar"
        " will freeze pay.",
        (("Kelmar", "ORG"),),
        "1,500 redundancies",
        (
            1500,
            "redundancies",
            "=",
            None,
            "redundancies planned for next year at Kelmar's British factories",
        ),
    ),
    (
        "Beyond the 250 store closures announced on Monday at its German division, Brandt is"
        " selling land.",
        (("Brandt", "ORG"),),
        "250 store closures",
        (
            250,
            "closures",
            "=",
            None,
            "store closures announced on Monday at Brandt's German division",
        ),
    ),
    (
        "Apart from the 2,000 posts cut last month at its Scottish call centres, Telva is hiring.",
        (("Telva", "ORG"),),
        "2,000 posts",
        (2000, "posts", "=", None, "posts cut last month at Telva's Scottish call centres"),
    ),
    (
        "Besides the 80 new staff recruited in January at its Irish branches, Dunmore wants more.",
        (("Dunmore", "ORG"),),
        "80 new staff",
        (80, "people", "=", None, "new staff recruited in January at Dunmore's Irish branches"),
    ),
    # a noun's owner said before the count, or as "the firm's"
    (
        "The 3,000 jobs lost over the past year at the firm's Welsh mines were not replaced,"
        " the union said.",
        (),
        "3,000 jobs",
        (3000, "jobs", "=", None, "jobs lost over past year at firm's Welsh mines"),
    ),
    (
        "The 400 staff employed since 2003 at its Belfast offices will move, Lystra said.",
        (("Lystra", "ORG"),),
        "400 staff",
        (
            400,
            "people",
            "=",
            "2003-01-01/..",
            "staff employed since 2003 at Lystra's Belfast offices",
        ),
    ),
    (
        "Hallam said the 350 jobs created over the last two years at its Sheffield works were"
        " safe.",
        (("Hallam", "ORG"),),
        "350 jobs",
        (350, "jobs", "=", None, "jobs created over last two years at Hallam's Sheffield works"),
    ),
    # a measure's participle: which profits, which sales
    (
        "Kovac said profits earned in the second half at its Asian factories rose 12%.",
        (("Kovac", "ORG"),),
        "12%",
        (
            12,
            "percent",
            "=",
            None,
            "rise in profits earned in second half at Kovac's Asian factories",
        ),
    ),
    (
        "Marlow said sales made in the weeks before Christmas at its stores rose 3%.",
        (("Marlow", "ORG"),),
        "3%",
        (
            3,
            "percent",
            "=",
            None,
            "rise in sales made in weeks before Christmas at Marlow's stores",
        ),
    ),
]

_GUARDS = [
    # no site of an owner's: a bare place name, a region, a site told by no owner
    (
        "Beyond the 900 job cuts announced in May across Europe, Vantor is selling three offices.",
        (("Vantor", "ORG"),),
        "900 job cuts",
        (900, "cuts", "=", None, "job cuts announced in May across Europe"),
    ),
    (
        "Beyond the 900 job cuts announced in May in Germany, Vantor is selling three offices.",
        (("Vantor", "ORG"),),
        "900 job cuts",
        (900, "cuts", "=", None, "job cuts announced in May in Germany"),
    ),
    (
        "Beyond the 600 job cuts announced in June at Belgian plants, Rovia is selling a depot.",
        (("Rovia", "ORG"),),
        "600 job cuts",
        (600, "cuts", "=", None, "job cuts announced in June at Belgian plants"),
    ),
    # "its" on a noun that is no site: the firm's cuts, as before
    (
        "Beyond the 900 job cuts announced in May at its annual meeting, Vantor is selling three"
        " offices.",
        (("Vantor", "ORG"),),
        "900 job cuts",
        (900, "cuts", "=", None, "Vantor's job cuts announced in May"),
    ),
    # an owner said by a "by" phrase, and a time alone
    (
        "Beyond the 900 job cuts announced by its chief executive on Friday, Vantor is selling"
        " three offices.",
        (("Vantor", "ORG"),),
        "900 job cuts",
        (900, "cuts", "=", None, "job cuts announced by Vantor's chief executive on Friday"),
    ),
    (
        "Beyond the 500 job cuts announced in the first week of May, Vantor is selling three"
        " offices.",
        (("Vantor", "ORG"),),
        "500 job cuts",
        (500, "cuts", "=", None, "job cuts announced in first week of May"),
    ),
]


@pytest.mark.parametrize(("text", "ents", "amount", "expected"), _ROWS + _GUARDS)
def test_owned_site_kept(
    nlp: Any,
    text: str,
    ents: tuple[tuple[str, str], ...],
    amount: str,
    expected: tuple[Any, ...],
) -> None:
    found = amount_named(amounts_of(nlp, text, entities=named_all(text, list(ents))), amount)
    assert core_fields(found) == expected
