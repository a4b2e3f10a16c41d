"""Amounts: an eighteenth pass, vague objects whose defining words stand just before them.
A firm's plain metric whose owner an earlier pass set ("Globex's sales") takes the kind the
mention just before says, as an object with no owner already does ("Its sales of spare
parts did well. Sales rose 12%" -> "rise in Globex's sales of spare parts"); not when two
kinds are said there, none is, or the sentence names its owner and scope itself. A bare
"imbalance" (or a change in it) takes the one deficit or surplus it renames, named before
it in its sentence or in the sentence just before ("2003's imbalance" -> "US trade
deficit"); not when two are named there, or none, or one only further back. Every
sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named_all

pytestmark = pytest.mark.slow

_Y2003 = "2003-01-01/2003-12-31"


@pytest.mark.parametrize(
    ("text", "ents", "amount", "want"),
    [
        # a firm's plain metric, its owner set from before, takes the kind said before
        (
            "Globex reported weaker results on Monday. Its sales of spare parts did well. "
            "Sales rose 12% to $30m.",
            [("Globex", "ORG")],
            "12%",
            (12.0, "percent", "=", None, "rise in Globex's sales of spare parts"),
        ),
        (
            "Globex reported weaker results on Monday. Its sales of spare parts did well. "
            "Sales rose 12% to $30m.",
            [("Globex", "ORG")],
            "$30m",
            (30e6, "USD", "=", None, "Globex's sales of spare parts"),
        ),
        (
            "Halvor Mining reported weaker results on Tuesday. Its sales of copper wire did "
            "well. Sales rose 7% to $52m.",
            [("Halvor Mining", "ORG")],
            "7%",
            (7.0, "percent", "=", None, "rise in Halvor Mining's sales of copper wire"),
        ),
        (
            "Dunmore Foods reported lower profits. Its sales of frozen pizza were poor. Sales "
            "were down 10% at £31m.",
            [("Dunmore Foods", "ORG")],
            "£31m",
            (31e6, "GBP", "=", None, "Dunmore Foods's sales of frozen pizza"),
        ),
        (
            "Tandem Motors is under pressure. Its sales of electric vans slowed in the spring. "
            "Sales grew only 3% in May.",
            [("Tandem Motors", "ORG")],
            "3%",
            (
                3.0,
                "percent",
                "=",
                None,
                "growth in Tandem Motors's sales of electric vans in May",
            ),
        ),
        # "imbalance" renames the one deficit or surplus named just before
        (
            "The US trade deficit widened to $620bn last year, well above the old record - "
            "2003's imbalance of $496bn.",
            [],
            "$496bn",
            (496e9, "USD", "=", _Y2003, "US trade deficit"),
        ),
        (
            "Japan's current account surplus narrowed in May. The imbalance shrank to $12bn.",
            [],
            "$12bn",
            (12e9, "USD", "=", None, "Japan's current account surplus"),
        ),
        (
            "Germany's trade surplus hit a record in 2004. Analysts expect the imbalance to "
            "reach €160bn this year.",
            [],
            "€160bn",
            (160e9, "EUR", "=", None, "Germany's trade surplus"),
        ),
        (
            "Britain's budget deficit grew last year. The imbalance was £34bn, the Treasury said.",
            [],
            "£34bn",
            (34e9, "GBP", "=", None, "Britain's budget deficit"),
        ),
        (
            "The trade deficit widened. A 4% fall in the imbalance is expected.",
            [],
            "4%",
            (4.0, "percent", "=", None, "fall in trade deficit"),
        ),
        # (not) two kinds said before, none said, the owner and scope in its own sentence
        (
            "Kesto had a weak quarter. Its sales of printers fell, while its sales of ink rose. "
            "Sales rose 4% to $9m.",
            [("Kesto", "ORG")],
            "$9m",
            (9e6, "USD", "=", None, "Sales"),
        ),
        (
            "Globex reported weaker results on Monday. Its sales fell. Sales rose 12% to $30m.",
            [("Globex", "ORG")],
            "$30m",
            (30e6, "USD", "=", None, "Globex's sales"),
        ),
        (
            "Kesto had a weak quarter. Its sales of printers fell. Kesto's sales rose 4% to $9m "
            "in Asia.",
            [("Kesto", "ORG")],
            "4%",
            (4.0, "percent", "=", None, "rise in Kesto's sales in Asia"),
        ),
        # (not) two gaps named, none, or one only further back
        (
            "France's budget deficit grew while its trade surplus shrank. The imbalance was €9bn.",
            [],
            "€9bn",
            (9e9, "EUR", "=", None, "imbalance"),
        ),
        (
            "Trade talks stalled in May. The imbalance was $3bn.",
            [],
            "$3bn",
            (3e9, "USD", "=", None, "imbalance"),
        ),
        (
            "Spain's budget deficit fell. Unemployment rose. Talks stalled. The imbalance was "
            "€9bn.",
            [],
            "€9bn",
            (9e9, "EUR", "=", None, "imbalance"),
        ),
    ],
)
def test_defined_just_before(
    nlp: Any,
    text: str,
    ents: list[tuple[str, str]],
    amount: str,
    want: tuple[float, str, str, str | None, str],
) -> None:
    a = amount_named(amounts_of(nlp, text, entities=named_all(text, ents)), amount)
    assert (a.value, a.unit, a.comparator, a.period, a.object) == want
