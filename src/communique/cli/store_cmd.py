"""`communique run`, `export`, `stats`, `demo-queries`, `bench run`, `bench queries`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from communique.cli.app import app, bench_app
from communique.settings import load_settings

DbOpt = Annotated[
    Path | None, typer.Option("--db", help="SQLite database (default: settings [store] db).")
]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="TOML file of options.")]


def db_path(db: Path | None, config: Path | None) -> str:
    return str(db or load_settings(config).get("store.db", "communique.db"))


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    db: DbOpt = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Analysis processes.")] = 1,
    batch_size: Annotated[
        int | None, typer.Option("--batch-size", help="Articles per commit ([store] batch_size).")
    ] = None,
    input_format: Annotated[
        str | None, typer.Option("--input-format", help="txt, html, warc or jsonl (else detected).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    config: ConfigOpt = None,
) -> None:
    """Read, repair, analyse, extract and store into the database (re-runs add only what is new)."""
    from rich.console import Console

    from communique.runner import run as run_inputs
    from communique.runner import summary_table
    from communique.store import StoreError

    settings = load_settings(config)
    console = Console(stderr=True)
    try:
        s = run_inputs(
            inputs, db=db_path(db, config), settings=settings, workers=workers,
            batch_size=batch_size, input_format=input_format,
            progress=not quiet and console.is_terminal, stream=sys.stderr,
        )
    except KeyboardInterrupt:
        console.print("communique: interrupted; committed batches are kept, run again to resume")
        raise typer.Exit(130) from None
    except StoreError as e:
        console.print(f"communique: {e}")
        raise typer.Exit(2) from None
    Console().print(summary_table(s))
    if s.read == 0:
        raise typer.Exit(1)


@app.command("export")
def export_cmd(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv, parquet, gdelt, polecat")],
    out: Annotated[
        str | None, typer.Option("--out", "-o", help="File (jsonl, gdelt, polecat; - for stdout) "
                                 "or folder (csv, parquet).")
    ] = None,
    db: DbOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Export the database: JSON lines (the record contract), CSV, Parquet, GDELT, POLECAT."""
    from communique.export import export

    try:
        res = export(db_path(db, config), fmt, out)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--format") from e
    rows = ", ".join(f"{n:,} {k}" for k, n in res.rows.items())
    print(f"communique: wrote {rows} to {', '.join(res.paths)}", file=sys.stderr)


@app.command()
def stats(db: DbOpt = None, config: ConfigOpt = None) -> None:
    """Rows per table and the latest runs."""
    from communique.cli.query_cmd import emit
    from communique.query import open_db, runs, stats

    conn = open_db(db_path(db, config))
    emit([stats(conn), runs(conn)], "table")


@app.command("demo-queries")
def demo_queries(db: DbOpt = None, config: ConfigOpt = None) -> None:
    """Three example queries, picked from what the database holds."""
    from communique.cli.query_cmd import emit
    from communique.query import demo_queries as demo
    from communique.query import open_db

    emit(demo(open_db(db_path(db, config))), "table")


@bench_app.command("run")
def bench_run(
    n: Annotated[int, typer.Option("--n", help="Articles (first N of the corpus).")] = 500,
    corpus: Annotated[
        Path | None, typer.Option("--corpus", help="JSON lines corpus (default: BBC in ../shared).")
    ] = None,
    workers: Annotated[int, typer.Option("--workers", help="Worker count to compare with 1.")] = 2,
    rounds: Annotated[
        int, typer.Option("--rounds", help="Interleaved run + bare rounds (mean).")
    ] = 2,
    config: ConfigOpt = None,
) -> None:
    """`run` throughput as a ratio to bare nlp.pipe, 1 and N workers, and peak RSS."""
    from communique.evaluate.bench_store import bench_run as bench

    bench(n=n, corpus=corpus, workers=workers, settings=load_settings(config), rounds=rounds)


@bench_app.command("queries")
def bench_queries(
    n: Annotated[int, typer.Option("--n", help="Articles in the scaled database.")] = 100_000,
    corpus: Annotated[
        Path | None, typer.Option("--corpus", help="JSON lines texts (default: BBC in ../shared).")
    ] = None,
    keep: Annotated[Path | None, typer.Option("--keep", help="Keep the database here.")] = None,
) -> None:
    """Median latency of `relations` and `search` on a database scaled to N articles."""
    from communique.evaluate.bench_store import bench_queries as bench

    bench(n=n, corpus=corpus, keep=keep)
