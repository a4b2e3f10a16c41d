"""The output record contract of DESIGN.md, checked on the bundled samples end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

TOP = {
    "id", "hash", "source", "publication", "headline", "published", "published_not_before",
    "language", "text", "repairs", "dropped", "entities", "quotes", "events", "amounts",
    "warnings",
}
ENTITY = {"id", "name", "type", "country", "sector", "roles", "mentions"}
QUOTE = {"kind", "text", "spans", "raw_spans", "speaker", "cue", "date", "venue"}
EVENT = {
    "type", "mode", "cameo", "quad", "goldstein", "source", "target", "trigger", "sentence",
    "date", "date_precision", "location", "modality", "confidence",
}
ACTOR = {"name", "entity", "code", "country", "sector", "text", "span", "raw_span"}
AMOUNT = {"value", "unit", "comparator", "object", "period", "parties", "text", "span", "raw_span"}
MODALITIES = {"asserted", "future", "intended", "hypothetical", "negated", "reported"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    result = CliRunner().invoke(app, ["extract", str(SAMPLES)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_every_sample_is_read(records: list[dict]) -> None:
    assert len(records) == 13
    assert {r["source"]["format"] for r in records} == {"txt", "html", "warc", "jsonl"}
    assert len({r["id"] for r in records}) == len(records)


def test_field_names(records: list[dict]) -> None:
    for r in records:
        assert TOP <= r.keys()
        assert {"path", "format", "index", "url"} <= r["source"].keys()
        for e in r["entities"]:
            assert ENTITY <= e.keys()
            for m in e["mentions"]:
                assert {"text", "span", "raw_span"} <= m.keys()
        for q in r["quotes"]:
            assert QUOTE <= q.keys()
            assert q["kind"] in {"direct", "indirect", "mixed"}
        for ev in r["events"]:
            assert EVENT <= ev.keys()
            assert ev["modality"] in MODALITIES
            assert 0.0 <= ev["confidence"] <= 1.0
            for a in ev["source"] + ev["target"]:
                assert ACTOR <= a.keys()
        for a in r["amounts"]:
            assert AMOUNT <= a.keys()


def _walk(obj: object):
    if isinstance(obj, dict):
        if "span" in obj and "raw_span" in obj and "text" in obj:
            yield obj
        for v in obj.values():
            yield from _walk(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _walk(v)


def test_spans_point_at_their_text(records: list[dict]) -> None:
    """Every object with text and span: the cleaned text at span is that text."""
    for r in records:
        for obj in _walk({k: r[k] for k in ("entities", "quotes", "events", "amounts")}):
            s, e = obj["span"]
            assert r["text"][s:e] == obj["text"], obj
