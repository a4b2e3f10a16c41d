"""`communique eval amounts-sample` and `communique bench amounts`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from communique.cli.app import bench_app, eval_app

_BBC = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "bbc.jsonl.gz"
_CATEGORIES = "business,politics"


def _cats(text: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in text.split(",") if c.strip())


@eval_app.command("amounts-sample")
def eval_amounts_sample(
    corpus: Annotated[
        Path, typer.Argument(help="JSON lines with `id`, `text`, `category`.")
    ] = _BBC,
    n: Annotated[int, typer.Option("-n", help="Amounts to draw.")] = 50,
    seed: Annotated[int, typer.Option(help="Random seed of the draw.")] = 7,
    limit: Annotated[int, typer.Option(help="First N articles of the categories.")] = 300,
    categories: Annotated[
        str, typer.Option(help="Comma-separated `category` values.")
    ] = _CATEGORIES,
    offset: Annotated[
        int, typer.Option(help="Skip the first N articles of the categories first.")
    ] = 0,
) -> None:
    """Print a fixed random sample of extracted amounts with their sentences, to judge by eye."""
    from communique.evaluate.amounts import sample_amounts

    sample = sample_amounts(
        corpus, n=n, seed=seed, limit=limit, categories=_cats(categories), offset=offset
    )
    print("\n".join(sample.lines()))


@bench_app.command("amounts")
def bench_amounts(
    corpus: Annotated[Path, typer.Argument(help="JSON lines with `text` (.gz ok).")] = _BBC,
    limit: Annotated[int, typer.Option(help="Number of articles.")] = 300,
    rounds: Annotated[int, typer.Option(help="Rounds; the best of each side is kept.")] = 2,
    categories: Annotated[
        str, typer.Option(help="Comma-separated `category` values.")
    ] = _CATEGORIES,
) -> None:
    """CPU time of amount extraction as a ratio to the bare parse of the same texts."""
    from communique.evaluate.amounts import bench_amounts as run

    print("\n".join(run(corpus, limit=limit, rounds=rounds, categories=_cats(categories)).lines()))
