"""Exports load in pandas and DuckDB with the documented columns."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from communique.export import FORMATS, export
from communique.export.run import GDELT_COLUMNS, POLECAT_KEYS
from communique.store.reader import EXPORT_TABLES
from store.factory import build_db

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("x") / "x.db")
    build_db(path, 6)
    return path


def _documented(table: str) -> list[str]:
    """Column names listed under `### table` in docs/formats.md."""
    text = (ROOT / "docs" / "formats.md").read_text("utf-8")
    section = text.split(f"### {table}\n", 1)[1].split("\n### ", 1)[0].split("\n## ", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.M)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables_load_in_pandas_and_duckdb(db: str, tmp_path: Path, fmt: str) -> None:
    import duckdb
    import pandas as pd

    res = export(db, fmt, tmp_path / fmt)
    assert res.rows["articles"] == 6 and res.rows["events"] == 6
    for table in EXPORT_TABLES:
        path = tmp_path / fmt / f"{table}.{fmt}"
        df = pd.read_csv(path) if fmt == "csv" else pd.read_parquet(path)
        assert list(df.columns) == _documented(table), table
        reader = "read_csv_auto" if fmt == "csv" else "read_parquet"
        rel = duckdb.sql(f"SELECT * FROM {reader}('{path}')")
        assert rel.columns == list(df.columns)
        assert len(rel.fetchall()) == len(df) == res.rows[table]
    ev = pd.read_parquet(tmp_path / "parquet" / "events.parquet") if fmt == "parquet" else None
    if ev is not None:
        assert str(ev["goldstein"].dtype) == "float64" and str(ev["quad"].dtype) == "int64"
    n = duckdb.sql(
        f"SELECT count(*) FROM {'read_csv_auto' if fmt == 'csv' else 'read_parquet'}"
        f"('{tmp_path / fmt / 'quotes'}.{fmt}') WHERE speaker_country = 'RUS'"
    ).fetchall()
    assert n == [(3,)]


def test_jsonl_is_the_record_contract(db: str, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    export(db, "jsonl", out)
    recs = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(recs) == 6
    need = {"id", "hash", "source", "publication", "headline", "published",
            "published_not_before", "language", "text", "repairs", "dropped", "entities",
            "quotes", "events", "amounts", "warnings"}
    assert all(need <= r.keys() for r in recs)
    ev = recs[0]["events"][0]
    assert ev["source"][0]["country"] == "CHN" and ev["trigger"]["text"] == "met"


def test_gdelt_layout(db: str, tmp_path: Path) -> None:
    out = tmp_path / "g.tsv"
    export(db, "gdelt", out)
    rows = [line.split("\t") for line in out.read_text("utf-8").splitlines()]
    assert len(GDELT_COLUMNS) == 61
    assert len(rows) == 6 and all(len(r) == 61 for r in rows)
    r = dict(zip(GDELT_COLUMNS, rows[0], strict=True))
    assert (r["SQLDATE"], r["EventCode"], r["EventRootCode"], r["QuadClass"]) == (
        "20210115", "040", "04", "1")
    assert (r["Actor1CountryCode"], r["Actor2CountryCode"], r["GoldsteinScale"]) == (
        "CHN", "RUS", "1.0")
    assert r["AvgTone"] == ""  # a column we do not have stays empty


def test_polecat_layout(db: str, tmp_path: Path) -> None:
    out = tmp_path / "p.jsonl"
    export(db, "polecat", out)
    recs = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(recs) == 6 and list(recs[0]) == list(POLECAT_KEYS)
    r = recs[0]
    assert (r["Event Type"], r["Event Mode"], r["Actor Country"], r["Recipient Country"]) == (
        "CONSULT", "visit", "CHN", "RUS")
    assert r["Story People"] == ["Beta0"] and r["Placename"] == "Gamma"


def test_unknown_format(db: str) -> None:
    assert "parquet" in FORMATS
    with pytest.raises(ValueError, match="choose from"):
        export(db, "xml")
