"""Reading gold sets and corpora: JSON lines, gzipped or not, read in place."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any


def read_rows(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The first `limit` (all when None or 0) JSON objects of a JSON-lines file."""
    opener: Callable[..., Any] = gzip.open if str(path).endswith(".gz") else open
    rows: list[dict[str, Any]] = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
                if limit and len(rows) >= limit:
                    break
    return rows
