"""`communique eval casing` and `communique casing build-stats`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from communique.cli.app import app, eval_app

casing_app = typer.Typer(help="Letter-case repair: the statistics table behind it.")
app.add_typer(casing_app, name="casing")


@eval_app.command("casing")
def eval_casing(
    gold: Annotated[
        Path | None, typer.Argument(help="{id, clean, damaged} JSON lines (.gz); default: gold.")
    ] = None,
    heldout: Annotated[
        str | None,
        typer.Option(help="Score a held-out set damaged afresh instead: bbc or polnear."),
    ] = None,
    shared: Annotated[Path | None, typer.Option(help="The shared/ folder.")] = None,
    seed: Annotated[int, typer.Option(help="Damage seed for --heldout.")] = 20260,
    limit: Annotated[int | None, typer.Option(help="Only the first N articles.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """F1 over damaged words and harm rate of case repair, against no repair."""
    from communique.evaluate.casing import evaluate

    print(evaluate(gold, heldout=heldout, shared=shared, seed=seed, limit=limit, as_json=as_json))


@casing_app.command("build-stats")
def build_stats(
    shared: Annotated[Path | None, typer.Option(help="The shared/ folder.")] = None,
    out: Annotated[Path | None, typer.Option(help="Write here, not the shipped file.")] = None,
) -> None:
    """Rebuild the shipped casing statistics from well-cased corpora in shared/."""
    from communique.clean.casing_stats import build_shipped_stats
    from communique.evaluate.casing import default_shared

    st, path = build_shipped_stats(shared or default_shared(), out)
    print(f"{path}: {len(st.counts):,} words, {len(st.left) + len(st.right):,} context pairs")
