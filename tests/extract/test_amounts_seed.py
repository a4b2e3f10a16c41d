"""The seed article's `amounts.must` items, through the whole pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from communique.pipeline import extract_inputs

pytestmark = pytest.mark.slow


def test_seed_amounts_must(seed_path: Path, seed_gold: dict[str, Any]) -> None:
    (art,) = list(extract_inputs([str(seed_path)]))
    for want in seed_gold["amounts"]["must"]:
        hits = [
            a
            for a in art.amounts
            if want["evidence_contains"] in art.text[a.span[0] - 20 : a.span[1]]
        ]
        assert hits, f"no amount for {want['evidence_contains']!r}: {art.amounts}"
        a = hits[0]
        assert a.value == want["value"]
        assert a.unit == want["unit"]
        assert a.comparator == want["comparator"]
        assert a.object is not None and want["object_contains"] in a.object
        assert a.period == want["period"]
        assert sorted(a.parties) == sorted(want["parties"])
        assert art.raw_text[a.raw_span[0] : a.raw_span[1]] == a.text
