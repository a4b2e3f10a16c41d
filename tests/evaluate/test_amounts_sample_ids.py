"""Which articles the amounts sample draws from: the first `limit` after the first `offset`,
both shared equally between the categories (a file sorted by category)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.evaluate.amounts import _ids


def _corpus(tmp_path: Path) -> Path:
    rows = [{"id": f"b{i}", "category": "business", "text": "x"} for i in range(6)]
    rows += [{"id": f"p{i}", "category": "politics", "text": "x"} for i in range(6)]
    rows += [{"id": f"s{i}", "category": "sport", "text": "x"} for i in range(3)]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("limit", "offset", "want"),
    [
        (4, 0, {"b0", "b1", "p0", "p1"}),
        (4, 4, {"b2", "b3", "p2", "p3"}),
        (3, 2, {"b1", "b2", "p1"}),
        (4, 10, {"b5", "p5"}),  # (five skipped of each: what each has left)
    ],
)
def test_ids_after_an_offset(tmp_path: Path, limit: int, offset: int, want: set[str]) -> None:
    assert _ids(_corpus(tmp_path), ("business", "politics"), limit, offset) == want


def test_ids_without_categories_skip_the_first_rows(tmp_path: Path) -> None:
    assert _ids(_corpus(tmp_path), (), 2, 13) == {"s1", "s2"}
