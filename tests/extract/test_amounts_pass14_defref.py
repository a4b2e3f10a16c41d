"""Amounts: a fourteenth pass, a body or a thing told only earlier in the article. A
one-word name the text uses only after "the" ("the Bank", "the Commission"), standing in
an object, is the one body named in full before its first use whose name holds that word
("the Reserve Bank of Malawi ... the Bank's 6% ceiling": the Reserve Bank of Malawi's), and
the country that full name names is then the amount's when it has none; not when two such
bodies are named before, nor when the full name comes only after. An amount said again
(the same value and unit) whose object opens with the bare noun that the earlier one gives
with a named owner ("Anna Berg's settlement ... settled for £40,000 to ...") takes that
owner; not a different value. Every sentence is written by us."""

from __future__ import annotations

import re
from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named

from communique.record import Entity, Mention

pytestmark = pytest.mark.slow


def _short(word: str, text: str) -> Entity:
    """The entity of a one-word name at each place the text says "the <word>" (not "the
    <word> of ...", a full name's own words)."""
    ms = [
        Mention(word, m.span(1), m.span(1))
        for m in re.finditer(rf"\b[Tt]he ({word})\b(?! of)", text)
    ]
    return Entity("short", word, "ORG", mentions=ms)


def _entities(text: str, names: list[tuple[str, str, str | None]], word: str) -> list[Entity]:
    ents = [named(n, kind, text, f"e{i}", code) for i, (n, kind, code) in enumerate(names)]
    return [*ents, _short(word, text)]


@pytest.mark.parametrize(
    ("text", "names", "word", "amount", "obj", "parties"),
    [
        # the short name in the object, told by the one full name before it
        (
            "The Reserve Bank of Malawi left rates alone in May. At 4.1%, prices remain below"
            " the Bank's 6% ceiling.",
            [("Reserve Bank of Malawi", "ORG", "MWI"), ("Malawi", "COUNTRY", "MWI")],
            "Bank",
            "6%",
            "Reserve Bank of Malawi's ceiling",
            ["MWI"],
        ),
        (
            "The Central Bank of Kenya raised its main rate to 8% on Monday. Inflation stayed"
            " inside the Bank's 5-7% target band.",
            [("Central Bank of Kenya", "ORG", "KEN"), ("Kenya", "COUNTRY", "KEN")],
            "Bank",
            "5-7%",
            "Central Bank of Kenya's target band",
            ["KEN"],
        ),
        (
            "The Bank of Ghana kept rates on hold. Analysts expect the Bank to cut its 16%"
            " lending rate soon.",
            [("Bank of Ghana", "ORG", "GHA"), ("Ghana", "COUNTRY", "GHA")],
            "Bank",
            "16%",
            "Bank of Ghana's lending rate",
            ["GHA"],
        ),
        (
            "The Monetary Authority of Belize met on Friday. The Authority's 3% target was"
            " unchanged.",
            [("Monetary Authority of Belize", "ORG", "BLZ"), ("Belize", "COUNTRY", "BLZ")],
            "Authority",
            "3%",
            "Monetary Authority of Belize's target",
            ["BLZ"],
        ),
        # (a body of another kind named before does not stand in the way)
        (
            "Vantor Holdings and the Reserve Bank of Malawi both met on Tuesday. The Bank's 6%"
            " ceiling was kept.",
            [
                ("Reserve Bank of Malawi", "ORG", "MWI"),
                ("Malawi", "COUNTRY", "MWI"),
                ("Vantor Holdings", "ORG", None),
            ],
            "Bank",
            "6%",
            "Reserve Bank of Malawi's ceiling",
            ["MWI"],
        ),
        # (a full name that names no country: no country is added)
        (
            "The European Commission opened an inquiry into the deal in March. The"
            " Commission's 2% levy on the firms was dropped.",
            [("European Commission", "ORG", None)],
            "Commission",
            "2%",
            "European Commission's levy on firms",
            [],
        ),
        # (not two such bodies named before: which is meant is not clear)
        (
            "The Kestrel Group bought the Fenwick Group in May. The Group's 4% rise in sales"
            " was welcomed.",
            [("Kestrel Group", "ORG", None), ("Fenwick Group", "ORG", None)],
            "Group",
            "4%",
            "Group rise in sales",
            [],
        ),
        # (not a full name said only after it)
        (
            "The Bank's 6% ceiling was kept, said the Reserve Bank of Malawi.",
            [("Reserve Bank of Malawi", "ORG", "MWI"), ("Malawi", "COUNTRY", "MWI")],
            "Bank",
            "6%",
            "Bank ceiling",
            [],
        ),
        # (not the word of another, longer name in the object)
        (
            "The Central Bank of Kenya raised its main rate to 8% on Monday. Inflation stayed"
            " inside the Commonwealth Bank's 5-7% target band.",
            [
                ("Central Bank of Kenya", "ORG", "KEN"),
                ("Kenya", "COUNTRY", "KEN"),
                ("Commonwealth Bank", "ORG", None),
            ],
            "Bank",
            "5-7%",
            "Commonwealth Bank target band",
            [],
        ),
    ],
)
def test_short_name_told_in_full(
    nlp: Any,
    text: str,
    names: list[tuple[str, str, str | None]],
    word: str,
    amount: str,
    obj: str,
    parties: list[str],
) -> None:
    a = amount_named(amounts_of(nlp, text, entities=_entities(text, names, word)), amount)
    assert (a.object, a.parties) == (obj, parties)


@pytest.mark.parametrize(
    ("text", "person", "amount", "nth", "obj"),
    [
        # the same amount said again takes the owner the first saying gave it
        (
            "Anna Berg, 50, says she was misled by the council. But despite a £40,000"
            " settlement two years ago, she says she is still owed money. Last year she"
            " settled for £40,000 to pay off her debts.",
            "Anna Berg",
            "£40,000",
            -1,
            "Anna Berg's settlement to pay her debts",
        ),
        (
            "Tom Reyes, 61, claims the firm cheated him. Despite a $2m settlement in 2001, he"
            " says the firm still owes him. He settled for $2m to end the case.",
            "Tom Reyes",
            "$2m",
            -1,
            "Tom Reyes' settlement to end case",
        ),
        # (not another value)
        (
            "Tom Reyes, 61, claims the firm cheated him. Despite a $2m settlement in 2001, he"
            " says the firm still owes him. He settled for $3m to end the case.",
            "Tom Reyes",
            "$3m",
            0,
            "settlement to end case",
        ),
        # (the first saying itself is unchanged)
        (
            "Tom Reyes, 61, claims the firm cheated him. Despite a $2m settlement in 2001, he"
            " says the firm still owes him. He settled for $2m to end the case.",
            "Tom Reyes",
            "$2m",
            0,
            "Tom Reyes' settlement",
        ),
    ],
)
def test_restated_amount_owner(
    nlp: Any, text: str, person: str, amount: str, nth: int, obj: str
) -> None:
    ents = [named(person, "PERSON", text, "e1")]
    got = [a for a in amounts_of(nlp, text, entities=ents) if a.text == amount]
    assert got[nth].object == obj  # (the first saying, or the last)
