"""`communique eval html` and `communique bench read`: the readers' figures."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from communique.cli.app import bench_app, eval_app
from communique.settings import load_settings

_SHARED = Path(__file__).resolve().parents[3].parent / "shared"
_HTML_GOLD = [
    str(_SHARED / "eval" / "html" / "readability.jsonl.gz"),
    str(_SHARED / "eval" / "html" / "newspaper4k.jsonl.gz"),
]
_BBC = str(_SHARED / "corpus" / "bbc.jsonl.gz")


@eval_app.command("html")
def eval_html(
    files: Annotated[
        list[str] | None, typer.Argument(help="Gold JSON lines {id, html, text}.")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Pages per file (quick look).")] = None,
    worst: Annotated[int, typer.Option(help="List the pages where ours trails most.")] = 0,
    config: Annotated[Path | None, typer.Option("--config", help="TOML file of options.")] = None,
) -> None:
    """HTML main text: 4-gram shingle P/R/F1 of ours beside plain trafilatura.extract."""
    from communique.evaluate.html import run_eval

    print(run_eval(files or _HTML_GOLD, settings=load_settings(config), limit=limit, worst=worst))


@bench_app.command("read")
def bench_read(
    inputs: Annotated[list[str] | None, typer.Argument(help="Inputs to read.")] = None,
    limit: Annotated[int | None, typer.Option(help="Stop after this many articles.")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="TOML file of options.")] = None,
) -> None:
    """Read + repair throughput (articles/s, one process, until clean) and peak RSS."""
    from communique.ingest.bench import bench_read as run

    print(run(inputs or [_BBC], limit=limit, settings=load_settings(config)).format())
