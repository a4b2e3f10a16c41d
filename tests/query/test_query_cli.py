"""Query commands: tables by default, --json and --csv, errors as messages with exit code 2."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from store.factory import build_db


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "c.db")
    build_db(path, 8)
    return path


@pytest.mark.parametrize(
    ("args", "rows"),
    [
        (["search", "agree"], 10),
        (["quotes", "--country", "RUS"], 4),
        (["events", "--source", "CHN", "--type", "CONSULT"], 4),
        (["relations", "CHN", "RUS", "--by", "year"], 3),
        (["actors", "--top", "5"], 5),
        (["amounts", "--unit", "usd"], 8),
        (["amounts", "--party", "USA", "--object", "trade"], 2),
    ],
)
def test_json_and_csv(db: str, args: list[str], rows: int) -> None:
    r = CliRunner().invoke(app, [*args, "--db", db, "--json"])
    assert r.exit_code == 0, r.output
    assert len(json.loads(r.output)) == rows
    r = CliRunner().invoke(app, [*args, "--db", db, "--csv"])
    assert r.exit_code == 0
    assert len(list(csv.reader(io.StringIO(r.output)))) == rows + 1


def test_table_and_show(db: str) -> None:
    r = CliRunner().invoke(app, ["relations", "CHN", "RUS", "--db", db])
    assert r.exit_code == 0 and "relations CHN RUS by month" in r.output and "2021" in r.output
    r = CliRunner().invoke(app, ["show", "art-1", "--db", db])
    assert r.exit_code == 0 and "Headline 1" in r.output and "CONSULT" in r.output
    r = CliRunner().invoke(app, ["demo-queries", "--db", db])
    assert r.exit_code == 0 and "relations CHN RUS by month" in r.output


@pytest.mark.parametrize(
    "args",
    [
        ["relations", "CHN", "RUS", "--by", "fortnight"],
        ["quotes", "--since", "last week"],
        ["show", "no-such-article"],
    ],
)
def test_bad_arguments_exit_2(db: str, args: list[str]) -> None:
    r = CliRunner().invoke(app, [*args, "--db", db])
    assert r.exit_code == 2


def test_missing_db_exit_2(tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2 and "no database" in r.output


def test_export_cli(db: str, tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["export", "--format", "polecat", "--out",
                                 str(tmp_path / "p.jsonl"), "--db", db])
    assert r.exit_code == 0
    assert len((tmp_path / "p.jsonl").read_text("utf-8").splitlines()) == 8
    r = CliRunner().invoke(app, ["export", "--format", "xml", "--db", db])
    assert r.exit_code == 2
