"""`communique eval ner`, `communique eval actors`, `communique bench entities`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from communique.cli.app import bench_app, eval_app
from communique.settings import load_settings

_Config = Annotated[Path | None, typer.Option("--config", help="TOML file of options.")]


@eval_app.command("ner")
def eval_ner(
    data: Annotated[
        Path, typer.Argument(help="CoNLL-style JSON lines {id, text, entities}.")
    ] = Path("../shared/eval/ner/conll2003-dev.jsonl.gz"),
    damage_tool: Annotated[
        Path | None, typer.Option("--damage-tool", help="tools/damage_case.py; 'none' to skip.")
    ] = Path("../shared/tools/damage_case.py"),
    seed: Annotated[int, typer.Option(help="Seed of the case damage.")] = 13,
    limit: Annotated[int | None, typer.Option(help="Only the first N documents.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    config: _Config = None,
) -> None:
    """Typed exact-span NER F1, ours beside the bare spaCy model, clean and case-damaged."""
    from communique.evaluate.ner import evaluate_ner

    tool = None if damage_tool is None or str(damage_tool) == "none" else damage_tool
    rep = evaluate_ner(
        data, damage_tool=tool, seed=seed, limit=limit, settings=load_settings(config)
    )
    print(json.dumps(rep.as_dict(), indent=1) if as_json else "\n".join(rep.lines()))


@eval_app.command("actors")
def eval_actors(
    data: Annotated[Path, typer.Argument(help="CAMEO-manual JSON lines.")] = Path(
        "../shared/eval/events/cameo-manual.jsonl"
    ),
    misses: Annotated[
        Path | None, typer.Option("--misses", help="Write the misses here (JSON lines).")
    ] = Path("actor-misses.jsonl"),
    config: _Config = None,
) -> None:
    """Share of gold actors whose entity at the actor text has the gold country code."""
    from communique.evaluate.actors import evaluate_actors

    rep = evaluate_actors(data, misses_path=misses, settings=load_settings(config))
    print("\n".join(rep.lines()))


@bench_app.command("entities")
def bench_entities(
    corpus: Annotated[Path, typer.Argument(help="JSON lines with a text field.")] = Path(
        "../shared/corpus/bbc.jsonl.gz"
    ),
    n: Annotated[int, typer.Option("-n", help="First N articles.")] = 500,
    repeats: Annotated[int, typer.Option(help="Alternating timing rounds.")] = 2,
    config: _Config = None,
) -> None:
    """Parse + entity throughput as a ratio to bare nlp.pipe on the same cleaned texts."""
    from communique.nlp.bench import bench_entities as run

    rep = run(corpus, n=n, repeats=repeats, settings=load_settings(config))
    print("\n".join(rep.lines()))
