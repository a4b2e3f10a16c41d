"""Run every extractor on a parsed Article, in dependency order."""

from __future__ import annotations

from communique.record import Article


def extract_all(art: Article) -> Article:
    """Entities first (quotes and events read them), then quotes, events and amounts.

    Each extractor is a pure function of the Article (its text, parse and what earlier
    extractors put on it) returning a list of typed records.
    """
    from communique.extract.amounts import extract_amounts
    from communique.extract.entities import extract_entities
    from communique.extract.events import extract_events
    from communique.extract.quotes import extract_quotes

    art.entities = extract_entities(art)
    art.quotes = extract_quotes(art)
    art.events = extract_events(art)
    art.amounts = extract_amounts(art)
    return art
