"""Entities: types, one entity per referent, roles, actor codes (small hand-built texts)."""

from __future__ import annotations

from typing import Any

import pytest

from communique.extract.entities import extract_entities
from communique.pipeline import Pipeline
from communique.record import Article, Entity, Source

pytestmark = pytest.mark.slow


def _entities(raw: str, published: str | None = None) -> list[Entity]:
    art = Article(id="t", raw_text=raw, source=Source("t", "txt"), published=published)
    (out,) = list(Pipeline(until="analyze").process([art]))
    return extract_entities(out)


def _by_name(ents: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in ents}


def test_ids_are_stable_and_mentions_point_into_text() -> None:
    raw = "Russian President Vladimir Putin met Chinese officials in Beijing on Monday."
    ents = _entities(raw)
    assert [e.id for e in ents] == [f"e{i}" for i in range(1, len(ents) + 1)]
    for e in ents:
        for m in e.mentions:
            assert raw[m.raw_span[0] : m.raw_span[1]] == m.text


@pytest.mark.parametrize(
    ("raw", "name", "typ", "country", "sector", "role"),
    [
        (
            "Russian President Vladimir Putin said on Monday that talks would go on.",
            "Vladimir Putin",
            "PERSON",
            "RUS",
            "GOV",
            "President of Russia",
        ),
        (
            "German Chancellor Olaf Scholz arrived in Paris on Tuesday.",
            "Olaf Scholz",
            "PERSON",
            "DEU",
            "GOV",
            "Chancellor of Germany",
        ),
        (
            "The deal was welcomed by Jonas Berg, a senior trade official, on Friday.",
            "Jonas Berg",
            "PERSON",
            None,
            None,
            "senior trade official",
        ),
        (
            "The Eurasian Economic Union will meet next year in Minsk.",
            "Eurasian Economic Union",
            "ORG",
            None,
            "IGO",
            None,
        ),
        (
            "Officials discussed the Treaty of Peace and Friendship between the two states.",
            "Treaty of Peace and Friendship",
            "TREATY",
            None,
            None,
            None,
        ),
        (
            "Thousands of athletes will attend the Tokyo Summer Olympics next July.",
            "Tokyo Summer Olympics",
            "EVENT",
            None,
            None,
            None,
        ),
    ],
)
def test_types_codes_and_roles(
    raw: str, name: str, typ: str, country: str | None, sector: str | None, role: str | None
) -> None:
    ents = _by_name(_entities(raw))
    assert name in ents, sorted(ents)
    e = ents[name]
    assert e.type == typ
    if country:
        assert e.country == country
    if sector:
        assert e.sector == sector
    if role:
        assert role in e.roles


def test_one_entity_per_referent() -> None:
    raw = (
        "Chinese President Xi Jinping spoke to reporters. President Xi said the U.S. was wrong.\n\n"
        "Xi added that the US and America were the same country."
    )
    ents = _entities(raw)
    xi = [e for e in ents if e.type == "PERSON"]
    assert len(xi) == 1 and xi[0].name == "Xi Jinping"
    assert xi[0].country == "CHN" and "President of China" in xi[0].roles
    texts = {m.text for m in xi[0].mentions} | {m.extra.get("alias") for m in xi[0].mentions}
    assert {"Xi Jinping", "Chinese President Xi Jinping", "President Xi", "Xi"} <= texts
    usa = [e for e in ents if e.country == "USA" and e.type == "COUNTRY"]
    assert len(usa) == 1 and usa[0].name == "United States"
    assert {"U.S.", "US", "America"} <= {m.text for m in usa[0].mentions}


def test_capital_as_actor_is_the_government() -> None:
    ents = _entities("Beijing said on Monday that it opposed the plan. Talks were held in Moscow.")
    china = [e for e in ents if e.type == "COUNTRY" and e.country == "CHN"]
    assert china and china[0].sector == "GOV"
    assert any(m.text == "Beijing" and m.extra.get("actor") for m in china[0].mentions)
    places = [e for e in ents if e.type == "PLACE" and e.name == "Moscow"]
    assert places and places[0].country == "RUS"


def test_country_pair_is_two_countries() -> None:
    ents = _entities("He said that China-Russia relations were at their best.")
    codes = {e.country for e in ents if e.type == "COUNTRY"}
    assert {"CHN", "RUS"} <= codes


def test_adjective_cue_is_coded() -> None:
    ents = _entities("Japanese officials rejected the proposal on Monday.")
    jp = [e for e in ents if e.type == "NORP"]
    assert jp and jp[0].country == "JPN"


def test_no_doc_no_entities() -> None:
    art = Article(id="x", raw_text="Hello", source=Source("x", "txt"), text="Hello")
    assert extract_entities(art) == []


def _holds(ent: dict[str, Any], item: dict[str, Any]) -> list[str]:
    bad = [k for k in ("name", "type", "country", "sector") if k in item and ent.get(k) != item[k]]
    if "role" in item and item["role"] not in ent.get("roles", []):
        bad.append("role")
    if "parties" in item and sorted(ent.get("parties", [])) != sorted(item["parties"]):
        bad.append("parties")
    texts = {m["text"] for m in ent["mentions"]} | {m.get("alias") for m in ent["mentions"]}
    bad += [f"alias {a!r}" for a in item.get("aliases_in_text", []) if a not in texts]
    return bad


def _seed_record(seed_path: Any) -> dict[str, Any]:
    from communique.pipeline import extract_inputs

    (art,) = list(extract_inputs([str(seed_path)]))
    return art.to_dict()


@pytest.fixture(scope="module")
def seed_record() -> dict[str, Any]:
    from conftest import shared_path

    return _seed_record(shared_path("seed", "000_cd1f1532c6706737.txt"))


def _check(record: dict[str, Any], item: dict[str, Any]) -> list[str]:
    same = [
        e for e in record["entities"] if e["name"] == item["name"] and e["type"] == item["type"]
    ]
    if not same:
        return [f"no {item['type']} entity named {item['name']!r}"]
    return _holds(same[0], item)


def test_seed_must_entities(seed_record: dict[str, Any], seed_gold: dict[str, Any]) -> None:
    problems = {
        i["name"]: p for i in seed_gold["entities"]["must"] if (p := _check(seed_record, i))
    }
    assert not problems


def test_seed_should_entities(seed_record: dict[str, Any], seed_gold: dict[str, Any]) -> None:
    problems = {
        i["name"]: p for i in seed_gold["entities"]["should"] if (p := _check(seed_record, i))
    }
    assert not problems
