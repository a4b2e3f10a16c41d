"""`communique eval events`, `communique eval events-sample` and `communique bench events`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from communique.cli.app import bench_app, eval_app
from communique.settings import load_settings

_SHARED = Path(__file__).resolve().parents[3].parent / "shared"


@eval_app.command("events")
def eval_events(
    gold: Annotated[
        list[Path] | None, typer.Argument(help="Gold JSONL files (default: ../shared PLV + CAMEO).")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N sentences.")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="TOML file of options.")] = None,
    show_misses: Annotated[
        str | None,
        typer.Option(help="Also print the misses: all, type, source or target."),
    ] = None,
) -> None:
    """Event type recall, full match, type precision and a confusion table on gold sentences."""
    from communique.evaluate.events import score_events

    paths = gold or [
        _SHARED / "eval/events/plv-train.jsonl",
        _SHARED / "eval/events/cameo-manual.jsonl",
    ]
    settings = load_settings(config)
    for p in paths:
        scores = score_events(p, limit=limit, settings=settings)
        print(scores.report())
        if show_misses:
            print(scores.report_misses(None if show_misses == "all" else show_misses))


@eval_app.command("events-sample")
def eval_events_sample(
    corpus: Annotated[Path, typer.Argument(help="JSONL(.gz) corpus.")] = _SHARED
    / "corpus/bbc.jsonl.gz",
    articles: Annotated[int, typer.Option(help="Read this many articles.")] = 500,
    n: Annotated[int, typer.Option(help="Events to sample.")] = 50,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 7,
) -> None:
    """Print a seeded sample of events with their sentences, for a reader to judge."""
    from communique.evaluate.events import sample_events

    print(sample_events(corpus, articles=articles, n=n, seed=seed))


@bench_app.command("events")
def bench_events_cmd(
    corpus: Annotated[Path, typer.Argument(help="JSONL(.gz) corpus.")] = _SHARED
    / "corpus/bbc.jsonl.gz",
    articles: Annotated[int, typer.Option(help="Articles to time.")] = 300,
) -> None:
    """Time event extraction against the bare parse of the same articles (ratio)."""
    from communique.evaluate.events import bench_events

    got = bench_events(corpus, articles=articles)
    print(
        f"events bench: {int(got['articles'])} articles, parse {got['parse_s']:.2f}s, "
        f"events {got['events_s']:.2f}s ({int(got['events'])} events), "
        f"ratio {got['ratio']:.3f} (target <= 0.25)"
    )
