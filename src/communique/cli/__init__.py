"""The `communique` command. Each command parses its arguments and calls one library function."""

from __future__ import annotations

from communique.cli.app import app
from communique.cli import bench_cmd, eval_cmd, extract_cmd  # noqa: F401  (registers commands)
from communique.cli import ingest_cmd  # noqa: F401  (eval html, bench read)
from communique.cli import entities_cmd  # noqa: F401  (eval ner/actors, bench entities)
from communique.cli import quotes_cmd  # noqa: F401  (eval quotes, bench quotes)
from communique.cli import query_cmd, store_cmd  # noqa: F401  (run, export, queries)
from communique.cli import actors_kb_cmd  # noqa: F401  (kb import, actors-import)
from communique.cli import events_cmd  # noqa: F401  (eval events, bench events)
from communique.cli import amounts_cmd  # noqa: F401  (eval amounts-sample, bench amounts)
from communique.cli import casing_cmd  # noqa: F401  (eval casing, casing build-stats)


def main() -> None:
    app()
