"""Query commands: search, quotes, events, relations, actors, show.

Readable tables by default; `--json` (one JSON array) or `--csv` for other tools.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from communique.cli.app import app
from communique.cli.store_cmd import ConfigOpt, DbOpt, db_path
from communique.query import QueryError, Table

JsonOpt = Annotated[bool, typer.Option("--json", help="JSON instead of a table.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="CSV instead of a table.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="From this date (YYYY[-MM[-DD]]).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Up to this date, inclusive.")]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", help="At most this many rows.")]


def emit(tables: list[Table], fmt: str) -> None:
    """Print tables as rich tables, JSON or CSV."""
    if fmt == "json":
        data: Any = tables[0].as_dicts() if len(tables) == 1 else {
            t.title: t.as_dicts() for t in tables
        }
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return
    if fmt == "csv":
        w = csv.writer(sys.stdout)
        for t in tables:
            w.writerow(t.columns)
            for r in t.as_dicts():
                w.writerow([r[c] for c in t.columns])
        return
    from rich.console import Console
    from rich.table import Table as RichTable

    console = Console()
    for t in tables:
        rt = RichTable(title=t.title, title_justify="left", expand=True)
        cells = [["" if r[c] is None else str(r[c]) for c in t.columns] for r in t.as_dicts()]
        for i, c in enumerate(t.columns):
            # Short values (codes, dates, numbers) stay on one line; prose wraps.
            longest = max([0] + [len(row[i]) for row in cells])
            if longest <= 10:
                rt.add_column(c, overflow="fold", min_width=longest)
            else:
                rt.add_column(c, overflow="fold", min_width=12, ratio=3 if c in (
                    "text", "snippet") else 1)
        for row in cells:
            rt.add_row(*row)
        if not t.rows:
            rt.caption = "no rows"
        console.print(rt)


def _fmt(as_json: bool, as_csv: bool) -> str:
    if as_json and as_csv:
        raise typer.BadParameter("choose one of --json and --csv")
    return "json" if as_json else "csv" if as_csv else "table"


def _query(db: Path | None, config: Path | None, fmt: str, fn: Callable[[Any], Table]) -> None:
    from communique.query import open_db
    from communique.store import StoreError

    try:
        conn = open_db(db_path(db, config))
        emit([fn(conn)], fmt)
    except (QueryError, StoreError) as e:
        print(f"communique: {e}", file=sys.stderr)
        raise typer.Exit(2) from None


@app.command()
def search(
    text: Annotated[str, typer.Argument(help='Words to find; "quoted words" as a phrase.')],
    limit: LimitOpt = 10,
    db: DbOpt = None, config: ConfigOpt = None, as_json: JsonOpt = False, as_csv: CsvOpt = False,
) -> None:
    """Full-text search over article text and quotes, with snippets."""
    from communique import query

    _query(db, config, _fmt(as_json, as_csv), lambda c: query.search(c, text, limit=limit))


@app.command()
def quotes(
    speaker: Annotated[str | None, typer.Option("--speaker", help="Name or role contains.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="Speaker's country.")] = None,
    since: SinceOpt = None, until: UntilOpt = None, limit: LimitOpt = 50,
    db: DbOpt = None, config: ConfigOpt = None, as_json: JsonOpt = False, as_csv: CsvOpt = False,
) -> None:
    """Quotes, newest first, by speaker, speaker's country and date."""
    from communique import query

    _query(db, config, _fmt(as_json, as_csv), lambda c: query.quotes(
        c, speaker=speaker, country=country, since=since, until=until, limit=limit))


@app.command()
def amounts(
    unit: Annotated[str | None, typer.Option("--unit", help="USD, EUR, percent, ...")] = None,
    party: Annotated[str | None, typer.Option("--party", help="A party's country.")] = None,
    object: Annotated[str | None, typer.Option("--object", help="What is measured.")] = None,
    limit: LimitOpt = 50,
    db: DbOpt = None, config: ConfigOpt = None, as_json: JsonOpt = False, as_csv: CsvOpt = False,
) -> None:
    """Amounts (money, percentages, counts), newest first, by unit, party and object."""
    from communique import query

    _query(db, config, _fmt(as_json, as_csv), lambda c: query.amounts(
        c, unit=unit, party=party, object=object, limit=limit))


@app.command()
def events(
    source: Annotated[str | None, typer.Option("--source", help="Source actor country.")] = None,
    target: Annotated[str | None, typer.Option("--target", help="Target actor country.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    since: SinceOpt = None, until: UntilOpt = None, limit: LimitOpt = 50,
    db: DbOpt = None, config: ConfigOpt = None, as_json: JsonOpt = False, as_csv: CsvOpt = False,
) -> None:
    """Events, newest first, by source and target country, PLOVER type and date."""
    from communique import query

    _query(db, config, _fmt(as_json, as_csv), lambda c: query.events(
        c, source=source, target=target, type=type, since=since, until=until, limit=limit))


@app.command()
def relations(
    a: Annotated[str, typer.Argument(help="A country (ISO alpha-3 or name).")],
    b: Annotated[str, typer.Argument(help="Another country.")],
    by: Annotated[str, typer.Option("--by", help="day, week, month or year.")] = "month",
    since: SinceOpt = None, until: UntilOpt = None,
    db: DbOpt = None, config: ConfigOpt = None, as_json: JsonOpt = False, as_csv: CsvOpt = False,
) -> None:
    """Per period and direction: event counts by quad class and the mean Goldstein score."""
    from communique import query

    _query(db, config, _fmt(as_json, as_csv), lambda c: query.relations(
        c, a, b, by=by, since=since, until=until))


actors_app = typer.Typer(
    help="The most named actors (`communique actors [--top N]`), and `actors import FILE`.",
    invoke_without_command=True,
)
app.add_typer(actors_app, name="actors")


@actors_app.callback()
def actors(
    ctx: typer.Context,
    top: Annotated[int, typer.Option("--top", help="How many.")] = 20,
    type: Annotated[str | None, typer.Option("--type", help="PERSON, ORG, ...")] = None,
    db: DbOpt = None, config: ConfigOpt = None, as_json: JsonOpt = False, as_csv: CsvOpt = False,
) -> None:
    """The most named actors, with mentions, quotes and events."""
    if ctx.invoked_subcommand is not None:
        return
    from communique import query

    _query(db, config, _fmt(as_json, as_csv), lambda c: query.actors(c, top=top, type=type))


def _register_actor_import() -> None:
    """`communique actors import FILE`: the same command as `communique kb import`."""
    from communique.cli.actors_kb_cmd import kb_import

    actors_app.command("import")(kb_import)


_register_actor_import()


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Row id, record id or hash prefix.")],
    db: DbOpt = None, config: ConfigOpt = None, as_json: JsonOpt = False,
) -> None:
    """An article's repaired text with entities, quotes, events and amounts highlighted."""
    from rich.console import Console

    from communique import query
    from communique.query.show import render
    from communique.store import StoreError

    try:
        rec = query.article(query.open_db(db_path(db, config)), article_id)
    except (QueryError, StoreError) as e:
        print(f"communique: {e}", file=sys.stderr)
        raise typer.Exit(2) from None
    if as_json:
        print(json.dumps(rec, ensure_ascii=False, indent=1))
        return
    console = Console()
    for part in render(rec):
        console.print(part)
