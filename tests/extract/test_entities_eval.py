"""Floors of the entity evaluations on cheap subsets of ../shared gold data (development
figures; the full runs are `communique eval ner` and `communique eval actors`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.evaluate.actors import evaluate_actors, pick_entity
from communique.evaluate.ner import PRF, evaluate_ner, ours_spans
from conftest import shared_path

pytestmark = pytest.mark.slow


def test_prf_counts() -> None:
    prf = PRF()
    prf.add({(0, 3, "PER"), (5, 9, "LOC")}, {(0, 3, "PER"), (5, 9, "ORG")})
    p, r, f = prf.f1()
    assert (p, r, f) == (0.5, 0.5, 0.5)
    assert prf.f1("PER") == (1.0, 1.0, 1.0)


def test_ours_spans_maps_types() -> None:
    rec = {
        "entities": [
            {"type": "COUNTRY", "mentions": [{"raw_span": [0, 5]}]},
            {"type": "NORP", "mentions": [{"raw_span": [6, 13]}]},
            {"type": "PERSON", "mentions": [{"raw_span": [14, 20]}]},
        ]
    }
    assert ours_spans(rec) == {(0, 5, "LOC"), (6, 13, "MISC"), (14, 20, "PER")}


def test_pick_entity_prefers_coded_head() -> None:
    rec = {
        "entities": [
            {"name": "Israeli", "country": "ISR", "mentions": [{"raw_span": [0, 7]}]},
            {"name": "Netanyahu", "country": "ISR", "mentions": [{"raw_span": [23, 32]}]},
            {"name": "Gaza", "country": None, "mentions": [{"raw_span": [40, 44]}]},
        ]
    }
    got = pick_entity(rec, (0, 32))
    assert got is not None and got["name"] == "Netanyahu"


def test_ner_subset_ours_not_below_bare() -> None:
    path = shared_path("eval", "ner", "conll2003-dev.jsonl.gz")
    rep = evaluate_ner(path, damage_tool=None, limit=12)
    ours, bare = rep.table["clean"]["ours"].f1()[2], rep.table["clean"]["bare"].f1()[2]
    assert ours >= bare
    assert ours >= 0.50  # 0.519 measured on these 12 sports-heavy documents


def test_actors_subset_floor(tmp_path: Path) -> None:
    src = shared_path("eval", "events", "cameo-manual.jsonl")
    sub = tmp_path / "sub.jsonl"
    with open(src, encoding="utf-8") as f:
        sub.write_text("".join(line for _, line in zip(range(80), f, strict=False)), "utf-8")
    rep = evaluate_actors(sub)
    assert rep.country_total > 50
    assert rep.country_hits / rep.country_total >= 0.90  # 0.932 measured
    assert rep.other_hits / rep.other_total >= 0.80  # 0.867 measured (13/15)
    assert json.dumps(rep.lines())


def test_actors_rows_with_a_repeated_id_are_scored_apart(tmp_path: Path) -> None:
    rows = [
        {
            "id": "x",
            "text": "Japan protested to China on Monday.",
            "source": [{"actorText": "Japan", "code": "JAP"}],
            "target": [{"actorText": "China", "code": "CHN"}],
        },
        {
            "id": "x",
            "text": "Israel closed the border on Friday.",
            "source": [{"actorText": "Israel", "code": "ISR"}],
        },
    ]
    path = tmp_path / "dup.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    rep = evaluate_actors(path)
    assert (rep.country_hits, rep.country_total) == (3, 3)
