"""Options, kept apart from records: defaults ship in one file, a user file overrides keys."""

from __future__ import annotations

import copy
import os
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


@lru_cache(maxsize=1)
def _parsed_defaults() -> dict[str, Any]:
    text = resources.files("communique").joinpath("data/defaults.toml").read_text("utf-8")
    return tomllib.loads(text)


def _defaults() -> dict[str, Any]:
    # Parsed once per process (readers such as the knowledge base load settings on every
    # lookup that misses their cache); each Settings gets its own copy to change.
    return copy.deepcopy(_parsed_defaults())


@dataclass(frozen=True)
class Settings:
    values: dict[str, Any] = field(default_factory=_defaults)

    def section(self, name: str) -> dict[str, Any]:
        got = self.values.get(name, {})
        return dict(got) if isinstance(got, dict) else {}

    def get(self, dotted: str, default: Any = None) -> Any:
        node: Any = self.values
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def with_overrides(self, over: dict[str, Any]) -> Settings:
        return Settings(_merge(self.values, over))


def load_settings(path: str | Path | None = None) -> Settings:
    """Defaults, then the user's file if one is given or named by $COMMUNIQUE_CONFIG."""
    settings = Settings()
    if path:
        # Process-wide readers (the knowledge base, extractor thresholds, worker processes)
        # load settings without arguments: point them at the same file.
        os.environ["COMMUNIQUE_CONFIG"] = str(Path(path).resolve())
    path = path or os.environ.get("COMMUNIQUE_CONFIG")
    if path:
        with open(path, "rb") as f:
            settings = settings.with_overrides(tomllib.load(f))
    return settings
