"""Entities: a firm the small model types a person or a place, told by the words around it
("gas giant Vostrikov", "Vostrikov shares", "Marlowe, the building group"). Every sentence
and name is written by us."""

from __future__ import annotations

import pytest

from communique.extract.entities import extract_entities
from communique.pipeline import Pipeline
from communique.record import Article, Entity, Source

pytestmark = pytest.mark.slow


def _entities(raw: str) -> list[Entity]:
    art = Article(id="t", raw_text=raw, source=Source("t", "txt"))
    (out,) = list(Pipeline(until="analyze").process([art]))
    return extract_entities(out)


def _typed(raw: str, name: str) -> set[str]:
    return {e.type for e in _entities(raw) if e.name == name}


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Gas giant Vostrikov said on Monday that Vostrikov would sell its stake.", "Vostrikov"),
        ("Vostrikov shares fell. Vostrikov chief Ivan Petrov resigned.", "Vostrikov"),
        ("Shares in Kovalenko rose 3%. Kovalenko said profits were up.", "Kovalenko"),
        ("Marlowe, the building group, said profits fell. Marlowe blamed the weather.", "Marlowe"),
        (
            "Costs at the stadium saw Kessler's construction division report lower profits."
            " Kessler blamed the weather.",
            "Kessler",
        ),
    ],
)
def test_firm_in_every_mention(raw: str, name: str) -> None:
    assert _typed(raw, name) == {"ORG"}


def test_firm_is_a_business() -> None:
    (firm,) = [e for e in _entities("Vostrikov shares fell 3% on Monday.") if e.name == "Vostrikov"]
    assert firm.sector == "BUS"


@pytest.mark.parametrize(
    ("raw", "name", "typ"),
    [
        # a place keeps its type, whatever is traded there
        ("Shares in Paris rose 2% as traders returned.", "Paris", "PLACE"),
        # a known person keeps theirs
        ("Vladimir Putin's stake in the talks was high.", "Vladimir Putin", "PERSON"),
        # a person with no firm words about them stays a person
        ("Marlowe said on Monday that the talks had failed.", "Marlowe", "PERSON"),
    ],
)
def test_not_a_firm(raw: str, name: str, typ: str) -> None:
    assert _typed(raw, name) == {typ}
