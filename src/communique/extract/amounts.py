"""Extract amounts from a parsed Article (placeholder until its issue lands)."""

from __future__ import annotations

from communique.record import Article, Amount


def extract_amounts(art: Article) -> list[Amount]:
    return []
