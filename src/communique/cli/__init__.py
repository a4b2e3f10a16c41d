"""The `communique` command. Each command parses its arguments and calls one library function."""

from __future__ import annotations

# Importing a command module registers its commands on the app.
from communique.cli import (  # noqa: F401
    actors_kb_cmd,  # kb import, actors-import
    amounts_cmd,  # eval amounts-sample, bench amounts
    casing_cmd,  # eval casing, casing build-stats
    entities_cmd,  # eval ner/actors, bench entities
    events_cmd,  # eval events, eval events-sample, bench events
    extract_cmd,  # extract
    ingest_cmd,  # eval html, bench read
    query_cmd,  # search, quotes, events, relations, actors, show
    quotes_cmd,  # eval quotes, bench quotes
    store_cmd,  # run, export, stats, demo-queries, bench run, bench queries
)
from communique.cli.app import app


def main() -> None:
    app()
