"""The Typer application and its sub-command groups."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="communique",
    help="Turn raw news into a clean, searchable record of international relations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score communique on gold data (figures print with their inputs).")
bench_app = typer.Typer(help="Throughput and memory benchmarks, as ratios to a baseline.")
app.add_typer(eval_app, name="eval")
app.add_typer(bench_app, name="bench")
