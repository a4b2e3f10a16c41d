"""Extract events from a parsed Article (placeholder until its issue lands)."""

from __future__ import annotations

from communique.record import Article, Event


def extract_events(art: Article) -> list[Event]:
    return []
