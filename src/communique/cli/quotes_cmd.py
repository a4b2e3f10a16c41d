"""`communique eval quotes` and `communique bench quotes`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from communique.cli.app import bench_app, eval_app

_DEV = (
    Path(__file__).resolve().parents[3].parent
    / "shared"
    / "eval"
    / "quotes"
    / "polnear-dev.jsonl.gz"
)
_BBC = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "bbc.jsonl.gz"


@eval_app.command("quotes")
def eval_quotes(
    gold: Annotated[Path, typer.Argument(help="PolNeAR-style JSON lines (.gz ok).")] = _DEV,
    limit: Annotated[int | None, typer.Option(help="Only the first N articles.")] = None,
    baseline: Annotated[bool, typer.Option(help="Also score textacy's direct_quotations.")] = True,
) -> None:
    """Quote precision/recall and speaker accuracy at content overlap 0.3 and 0.8."""
    from communique.evaluate.quotes import evaluate, format_reports

    print(format_reports(gold, evaluate(gold, limit=limit, baseline=baseline)))


@bench_app.command("quotes")
def bench_quotes(
    corpus: Annotated[Path, typer.Argument(help="JSON lines with `text` (.gz ok).")] = _BBC,
    limit: Annotated[int, typer.Option(help="Number of articles.")] = 300,
) -> None:
    """Time of quote extraction as a share of the parse time of the same articles."""
    from communique.evaluate.quotes import bench

    print(bench(corpus, limit=limit))
