"""The seed article's quote `must` (and `should`) items, through the full pipeline."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from conftest import shared_path

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "000_cd1f1532c6706737.txt"
SEED_GOLD = SEED.with_suffix(".gold.json")


pytestmark = pytest.mark.slow


@lru_cache(maxsize=1)
def _seed_quotes() -> list[dict[str, Any]]:
    from communique.pipeline import extract_inputs

    (art,) = list(extract_inputs([str(SEED)]))
    return art.to_dict()["quotes"]


def _items(kind: str) -> list[dict[str, Any]]:
    import json

    if not SEED_GOLD.exists():
        return []
    gold = json.loads(SEED_GOLD.read_text("utf-8"))
    return [q for q in gold["quotes"][kind] if "kind" in q]


def _find(item: dict[str, Any]) -> dict[str, Any]:
    quotes = _seed_quotes()
    hits = [q for q in quotes if q["text"].startswith(item["text_starts"])]
    assert hits, f"no quote starts with {item['text_starts']!r}: {[q['text'][:40] for q in quotes]}"
    return hits[0]


def _check(item: dict[str, Any]) -> None:
    shared_path("seed", "000_cd1f1532c6706737.txt")
    q = _find(item)
    assert q["kind"] == item["kind"]
    if "text_ends" in item:
        assert q["text"].endswith(item["text_ends"])
    assert q["speaker"] is not None
    assert q["speaker"]["name"] == item["speaker"]
    if "speaker_role" in item:
        assert q["speaker"]["role"] == item["speaker_role"]
    if "cue" in item:
        assert q["cue"] is not None and q["cue"]["text"] == item["cue"]
    assert q["date"] == item["date"]
    if "venue_contains" in item:
        assert q["venue"] is not None and item["venue_contains"] in q["venue"]
    # Raw spans point at the same words in the raw file (case repairs aside).
    raw = SEED.read_text("utf-8")
    assert len(q["spans"]) == len(q["raw_spans"])
    assert raw[q["raw_spans"][0][0] :].lower().startswith(item["text_starts"].lower())
    assert q["cue"] is None or raw[slice(*q["cue"]["raw_span"])] == q["cue"]["text"]
    spk = q["speaker"]
    assert raw[slice(*spk["raw_span"])].lower() == spk["text"].lower()


@pytest.mark.parametrize("item", _items("must"), ids=lambda i: i["text_starts"][:30])
def test_seed_must(item: dict[str, Any]) -> None:
    _check(item)


@pytest.mark.parametrize("item", _items("should"), ids=lambda i: i["text_starts"][:30])
def test_seed_should(item: dict[str, Any]) -> None:
    _check(item)


def test_seed_continuations() -> None:
    """Sentences after a reported-speech sentence in its paragraph continue that statement."""
    shared_path("seed", "000_cd1f1532c6706737.txt")
    (q,) = [
        q for q in _seed_quotes() if q["text"].startswith("China-Russia relations have emerged")
    ]
    conts = [c["text"] for c in q.get("continuation", [])]
    assert conts and conts[0].startswith("The two sides have officially announced")


def test_seed_no_quote_dated_from_another_quote() -> None:
    shared_path("seed", "000_cd1f1532c6706737.txt")
    for q in _seed_quotes():
        if q["kind"] != "direct":
            assert q["date"] in (None, "2021-12-15")
