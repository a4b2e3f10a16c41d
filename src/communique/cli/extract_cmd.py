"""`communique extract`: one JSON line per article, in the record contract."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from communique.cli.app import app
from communique.ingest import ReadReport
from communique.pipeline import STAGES, extract_inputs
from communique.settings import load_settings


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, globs, or -.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here, not stdout.")
    ] = None,
    input_format: Annotated[
        str | None, typer.Option("--input-format", help="txt, html, warc or jsonl (else detected).")
    ] = None,
    until: Annotated[
        str, typer.Option(help=f"Last stage to run: {', '.join(STAGES)}.")
    ] = "extract",
    config: Annotated[Path | None, typer.Option("--config", help="TOML file of options.")] = None,
) -> None:
    """Read, repair and extract; write one JSON object per article."""
    settings = load_settings(config)
    report = ReadReport()
    out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    written = 0
    try:
        for art in extract_inputs(
            inputs, settings=settings, input_format=input_format, report=report, until=until
        ):
            out.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
            written += 1
    finally:
        if output:
            out.close()
    print(f"communique: {report.summary()}", file=sys.stderr)
    if written == 0:
        raise typer.Exit(1)
