"""Amounts: a twenty-third pass (issue 7), whom an inquiry a count names is into. "The
regulator opened an investigation into 40 banks": "banks targeted by regulator's
investigation"; "The FSA's probe into three former directors": "... targeted by FSA's
probe"; a list the parse broke, "in its probe into Acme Capital Advisors (ACA) and Acme Funds
Distributor (AFD) and three ex-Acme managers", is still the probe's.
Left alone: an inquiry that is no part of the count's phrase ("After an investigation into
the fraud, 300 workers lost their jobs").
Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow

_ROWS = [
    (
        "The regulator opened an investigation into 40 banks last year.",
        "40 banks",
        "banks targeted by regulator's investigation",
    ),
    (
        "The FSA's probe into three former directors is continuing.",
        "three former directors",
        "former directors targeted by FSA's probe",
    ),
    (
        "Police have launched an inquiry into 12 officers.",
        "12 officers",
        "officers targeted by police's inquiry",
    ),
]

_ROWS.append(
    (
        "Separately, the SEC said it had reached a $90m deal in its probe into Acme Capital "
        "Advisors (ACA) and Acme Funds Distributor (AFD) and three ex-Acme managers.",
        "three ex-Acme managers",
        "ex-Acme managers targeted by SEC's probe",
    )
)

_GUARDS = [
    (
        "After an investigation into the fraud, 300 workers lost their jobs.",
        "300 workers",
        "workers lost jobs",
    ),
    ("A review of 300 schools found poor teaching.", "300 schools", "review of schools"),
]


@pytest.mark.parametrize(("text", "amount", "obj"), _ROWS + _GUARDS)
def test_whom_an_inquiry_is_into(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
