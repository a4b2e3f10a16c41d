"""Amounts: a sixteenth pass, whose a state's own figures are. A state's statistic of its
people ("asylum applications", "net migration", "immigration", "truancy", "the birth
rate", what its emigrants send home) with no parties takes the story's country under the
same conditions as a national economy's measure, else the home of the one national body
that tells it here or in the sentence before ("the Bank of Mexico ... the bank said"); not
a fee charged on it ("remittance fee": a firm's), not a bloc's, not with two countries
told equally, not "bird migration". Money a state sets, spends or pays its people ("exempt
from income tax", "the tax-free allowance", "the state pension") written in one country's
own currency (not the dollar, pound or euro) is that country's; not a firm's "pre-tax"
figure or a named owner's tax bill. Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of, named

pytestmark = pytest.mark.slow

_SWEDEN = "Sweden has tightened its rules on refugees, Swedish officials said."
_INDIA = "India's finance minister presented his budget to parliament on Monday."
_MEXICO = "Mexico's economy relies on money sent home by its workers abroad."


@pytest.mark.parametrize(
    ("text", "amount", "parties"),
    [
        # a state's statistic of its people: the story's country
        (f"{_SWEDEN} Asylum applications fell 12% last year.", "12%", ["SWE"]),
        (f"{_SWEDEN} Net migration rose 8% last year.", "8%", ["SWE"]),
        (f"{_SWEDEN} Immigration rose 6% in 2004.", "6%", ["SWE"]),
        (f"{_SWEDEN} The truancy rate reached 7% in the autumn term.", "7%", ["SWE"]),
        (f"{_SWEDEN} The birth rate fell 4% last year.", "4%", ["SWE"]),
        (f"{_SWEDEN} The prison population has grown by 20% in a decade.", "20%", ["SWE"]),
        # (not) a fee on it, a bloc's, one of two countries told equally, birds'
        (f"{_MEXICO} Remittance charges fell 20% last year.", "20%", []),
        (f"{_SWEDEN} Asylum applications across the EU fell 20%.", "20%", []),
        ("Sweden and Norway share a border. Net migration rose 8% last year.", "8%", []),
        ("Bird migration fell 8% last year.", "8%", []),
        # money a state sets or pays its people, in one country's own currency: its
        (
            f"{_INDIA} People earning less than 60,000 rupees a year will pay no income tax.",
            "60,000 rupees",
            ["IND"],
        ),
        (
            f"{_INDIA} The tax-free allowance will rise to 100,000 rupees.",
            "100,000 rupees",
            ["IND"],
        ),
        (f"{_INDIA} The state pension will rise to 900 rupees a month.", "900 rupees", ["IND"]),
        # (not) a firm's pre-tax figure, a named owner's tax bill, a world currency
        (f"{_INDIA} Pre-tax profit rose to 40bn rupees, the firm said.", "40bn rupees", []),
        (f"{_INDIA} The firm's income tax bill was 3bn rupees.", "3bn rupees", []),
        ("People earning less than $20,000 a year will pay no income tax.", "$20,000", []),
    ],
)
def test_state_statistic_parties(nlp: Any, text: str, amount: str, parties: list[str]) -> None:
    assert amount_named(amounts_of(nlp, text), amount).parties == parties


_TWO = "Mexico and the US signed a pact. Mexico's workers in the US sent more money home."


@pytest.mark.parametrize(
    ("text", "amount", "body", "code", "parties"),
    [
        # told by one national body just before, in a story of two countries: the body's
        (
            f"{_TWO} The Bank of Mexico published its figures on Monday. The average"
            " remittance was $300, the bank said.",
            "$300",
            "Bank of Mexico",
            "MEX",
            ["MEX"],
        ),
        (
            f"{_TWO} The Central Bank of Peru published its figures on Monday. The average"
            " remittance was $300, the bank said.",
            "$300",
            "Central Bank of Peru",
            "PER",
            ["PER"],
        ),
        # (not) a fee charged on it
        (
            f"{_TWO} The Bank of Mexico published its figures on Monday. The average"
            " remittance fee was $30, the bank said.",
            "$30",
            "Bank of Mexico",
            "MEX",
            [],
        ),
    ],
)
def test_state_statistic_body(
    nlp: Any, text: str, amount: str, body: str, code: str, parties: list[str]
) -> None:
    ents = [named(body, "ORG", text, "o1", country=code)]
    assert amount_named(amounts_of(nlp, text, entities=ents), amount).parties == parties
