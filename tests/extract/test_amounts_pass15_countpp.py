"""Amounts: a fifteenth pass, counts whose object dropped the counted noun's own words. A
bare counted noun keeps its own "for"/"with"/"of" phrase, even where the parse hangs a
"for" right after it on the verb ("better spent on 30,000 hearing aids for elderly patients"
-> "hearing aids for elderly patients"), without its numbers, nested places and times ("for
raids on banks in Leeds" -> "for raids on banks"); not a time, sum or place phrase ("for two
days", "for $40m", "for Britain"), which the period, another amount or the parties hold. A
sentence opening "For <Name>," (a firm, not a person, place, time or "For its part,") names
the owner of a count's holder or ownerless object ("For Boeing, ... jets that can carry 300
passengers" -> "passengers Boeing's jets can carry"). Every sentence is written by us."""

from __future__ import annotations

from typing import Any

import pytest
from amounts_support import amount_named, amounts_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "amount", "obj"),
    [
        # the counted noun's own phrase, hung on the verb by the parse
        (
            "The charity says the money would be better spent on 30,000 hearing aids for"
            " elderly patients.",
            "30,000 hearing aids",
            "hearing aids for elderly patients",
        ),
        (
            "Critics said the sum should be spent on 9,000 extra nurses for hospitals.",
            "9,000 extra nurses",
            "extra nurses for hospitals",
        ),
        # (its own phrase without the nested place)
        (
            "The judge criticised the wrongful arrest of 14 students for raids on banks in"
            " Leeds and York.",
            "14 students",
            "wrongful arrest of students for raids on banks",
        ),
        # (not a time, a sum or a place)
        ("Police held 14 people for two days.", "14 people", "people"),
        (
            "The company sold 3,000 tractors for $40m last year.",
            "3,000 tractors",
            "tractors sold by the company",
        ),
        (
            "The scheme paid for 80 ambulances for Britain.",
            "80 ambulances",
            "ambulances for Britain",
        ),
        # a fronted "For <Name>," owns the holder or an ownerless object
        (
            "For Boeing, the bet is on jets that can carry up to 300 passengers over long routes.",
            "300 passengers",
            "passengers Boeing's jets can carry over long routes",
        ),
        (
            "For Acme, 1,500 jobs will go by the end of the year.",
            "1,500 jobs",
            "Acme's jobs will go",
        ),
        # (not "For its part,", "For now,", a person or a place)
        ("For its part, the union said 400 jobs would go.", "400 jobs", "jobs would go"),
        ("For now, 2,000 cars will be recalled.", "2,000 cars", "cars recalled"),
        (
            "For Mr Patel, the 30 branches he opened were a success.",
            "30 branches",
            "branches he opened for Mr Patel",
        ),
        (
            "For Spain, the storms destroyed 300 homes.",
            "300 homes",
            "homes destroyed by storms for Spain",
        ),
    ],
)
def test_counted_noun_kept(nlp: Any, text: str, amount: str, obj: str) -> None:
    assert amount_named(amounts_of(nlp, text), amount).object == obj
