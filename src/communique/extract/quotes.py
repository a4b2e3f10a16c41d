"""Extract quotes from a parsed Article (placeholder until its issue lands)."""

from __future__ import annotations

from communique.record import Article, Quote


def extract_quotes(art: Article) -> list[Quote]:
    return []
