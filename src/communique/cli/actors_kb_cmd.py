"""`communique kb import FILE` (alias `communique actors-import FILE`): PETRARCH/CAMEO actor
dictionaries into a user knowledge-base file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from communique.cli.app import app
from communique.settings import load_settings

kb_app = typer.Typer(help="The knowledge base: countries, organisations, office holders.")
app.add_typer(kb_app, name="kb")

_File = Annotated[Path, typer.Argument(help="A PETRARCH/TABARI actor dictionary (*.actors.txt).")]
_Out = Annotated[
    Path | None,
    typer.Option("--out", help="KB file to write (JSON lines); default: settings kb.import_path, "
                 "else ~/.config/communique/kb/actors.jsonl."),
]  # fmt: skip
_Kind = Annotated[
    str,
    typer.Option(
        "--kind", help="auto | person | organisation | country (auto: by code and dates)."
    ),
]
_Config = Annotated[Path | None, typer.Option("--config", help="TOML file of options.")]


@kb_app.command("import")
def kb_import(file: _File, out: _Out = None, kind: _Kind = "auto", config: _Config = None) -> None:
    """Add the actors of a CAMEO actor dictionary to a user knowledge-base file."""
    from communique.kb.petrarch import import_actor_dictionary

    settings = load_settings(config)
    rep = import_actor_dictionary(file, out=out, settings=settings, kind=kind)
    typer.echo(
        f"{rep.path}: {rep.entries} entries -> {rep.written} new records in {rep.out} "
        f"({rep.people} office terms, {rep.organisations} organisations, "
        f"{rep.countries} country names; {rep.skipped} entries without a usable code)"
    )
    listed = [str(Path(p).expanduser()) for p in (settings.get("kb.paths", []) or [])]
    if str(Path(rep.out).expanduser()) not in listed:
        typer.echo(f'To use it, list it in your settings: [kb] paths = ["{rep.out}"]')


@app.command("actors-import")
def actors_import(
    file: _File, out: _Out = None, kind: _Kind = "auto", config: _Config = None
) -> None:
    """Alias of `communique kb import`."""
    kb_import(file, out=out, kind=kind, config=config)
