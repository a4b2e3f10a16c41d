"""Extract entities from a parsed Article (placeholder until its issue lands)."""

from __future__ import annotations

from communique.record import Article, Entity


def extract_entities(art: Article) -> list[Entity]:
    return []
