"""Write exports from the store's read API (no SQL here)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from communique.store import connect, reader

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "polecat")
DEFAULT_OUT = {
    "jsonl": "communique.jsonl",
    "csv": "communique-csv",
    "parquet": "communique-parquet",
    "gdelt": "communique.gdelt.tsv",
    "polecat": "communique.polecat.jsonl",
}

# Column types for Parquet; any column not named here is a string.
_INT = {
    "article_id", "entity_id", "quote_id", "event_id", "amount_id", "source_index", "run_id",
    "duplicate_of", "ord", "quad", "n_mentions", "start", "end", "raw_start", "raw_end",
}
_FLOAT = {"goldstein", "confidence", "value", "similarity"}

# GDELT 2.0 event table columns, in file order (GDELT-Event_Codebook-V2.0).
_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR] + [f"Actor2{c}" for c in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO] + [f"Actor2Geo_{c}" for c in _GEO]
    + [f"ActionGeo_{c}" for c in _GEO] + ["DATEADDED", "SOURCEURL"]
)

POLECAT_KEYS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
    "Actor Title", "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "State", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People",
    "Story Organizations", "Story Locations", "Language", "Version",
    # Not in POLECAT: where the event came from, for provenance.
    "Story ID", "Trigger", "Trigger Span", "Modality", "Confidence", "CAMEO",
)


@dataclass
class ExportResult:
    format: str
    paths: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


def export(db: str | Path, fmt: str, out: str | Path | None = None) -> ExportResult:
    """Write the database `db` in format `fmt` to `out` (a file, a folder, or "-")."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    conn = connect(db, readonly=True)
    target = str(out or DEFAULT_OUT[fmt])
    res = ExportResult(fmt)
    try:
        if fmt in ("csv", "parquet"):
            folder = Path(target)
            folder.mkdir(parents=True, exist_ok=True)
            for name in reader.EXPORT_TABLES:
                cols, rows = reader.table_rows(conn, name)
                path = folder / f"{name}.{fmt}"
                if fmt == "csv":
                    res.rows[name] = _write_csv(path, cols, rows)
                else:
                    res.rows[name] = _write_parquet(path, cols, rows)
                res.paths.append(str(path))
        else:
            with _open(target) as f:
                if fmt == "jsonl":
                    lines: Iterator[dict[str, Any]] = reader.records(conn)
                elif fmt == "gdelt":
                    lines = iter(())
                    res.rows["events"] = _write_gdelt(f, reader.event_records(conn))
                else:
                    lines = _polecat(conn)
                n = 0
                for obj in lines:
                    f.write(json.dumps(obj, ensure_ascii=False) + "\n")
                    n += 1
                if fmt != "gdelt":
                    res.rows["articles" if fmt == "jsonl" else "events"] = n
            res.paths.append(target)
    finally:
        conn.close()
    return res


def _open(target: str) -> AbstractContextManager[IO[str]]:
    if target == "-":
        return nullcontext(sys.stdout)
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    return open(target, "w", encoding="utf-8", newline="")


def _write_csv(path: Path, cols: list[str], rows: Iterator[tuple[Any, ...]]) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(r)
            n += 1
    return n


def _write_parquet(path: Path, cols: list[str], rows: Iterator[tuple[Any, ...]]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    def typ(c: str) -> Any:
        return pa.int64() if c in _INT else pa.float64() if c in _FLOAT else pa.string()

    schema = pa.schema([(c, typ(c)) for c in cols])
    n = 0
    with pq.ParquetWriter(path, schema) as w:
        while True:
            chunk = [r for _, r in zip(range(10_000), rows, strict=False)]
            if not chunk and n:
                break
            data = {c: [r[i] for r in chunk] for i, c in enumerate(cols)}
            w.write_table(pa.table(data, schema=schema))
            n += len(chunk)
            if not chunk:
                break
    return n


def _ymd(d: str | None) -> date | None:
    if not d:
        return None
    try:
        return date.fromisoformat(d[:10]) if len(d) >= 10 else date(int(d[:4]), int(d[5:7] or 1), 1)
    except ValueError:
        return None


def _write_gdelt(f: IO[str], events: Iterator[dict[str, Any]]) -> int:
    """GDELT 2.0 layout, tab-separated, no header (as GDELT ships it)."""
    added = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    n = 0
    for r in events:
        ev = r["event"]
        row: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS, "")
        d = _ymd(r["date"])
        row["GLOBALEVENTID"] = r["id"]
        if d:
            row["SQLDATE"] = d.strftime("%Y%m%d")
            row["MonthYear"] = d.strftime("%Y%m")
            row["Year"] = d.year
            row["FractionDate"] = f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"
        for n_, role in ((1, "source"), (2, "target")):
            actors = ev.get(role) or []
            if actors:
                a = actors[0]
                country = a.get("country") or ""
                row[f"Actor{n_}Code"] = a.get("code") or (country + (a.get("sector") or ""))
                row[f"Actor{n_}Name"] = (a.get("name") or "").upper()
                row[f"Actor{n_}CountryCode"] = country
                row[f"Actor{n_}Type1Code"] = a.get("sector") or ""
        cameo = str(ev.get("cameo") or "")
        row["EventCode"] = cameo
        row["EventBaseCode"] = cameo[:3]
        row["EventRootCode"] = cameo[:2]
        row["QuadClass"] = ev.get("quad") if ev.get("quad") is not None else ""
        row["GoldsteinScale"] = ev.get("goldstein") if ev.get("goldstein") is not None else ""
        row["NumMentions"] = row["NumSources"] = row["NumArticles"] = 1
        loc = ev.get("location") or {}
        if loc.get("name"):
            row["ActionGeo_FullName"] = loc["name"]
        row["DATEADDED"] = added
        row["SOURCEURL"] = r.get("url") or r.get("path") or ""
        f.write("\t".join(_cell(row[c]) for c in GDELT_COLUMNS) + "\n")
        n += 1
    return n


def _cell(v: Any) -> str:
    return str(v).replace("\t", " ").replace("\n", " ")


def _polecat(conn: Any) -> Iterator[dict[str, Any]]:
    story: dict[int, dict[str, list[str]]] = {}
    for r in reader.event_records(conn):
        ev = r["event"]
        aid = r["article_id"]
        if aid not in story:
            story.clear()  # events come in article order: one article's names at a time
            story[aid] = reader.entity_names(conn, aid)
        names = story[aid]
        loc = ev.get("location") or {}
        out: dict[str, Any] = dict.fromkeys(POLECAT_KEYS)
        out.update({
            "Event ID": f"{r['uid']}-{r['id']}",
            "Event Date": r["date"],
            "Event Type": ev.get("type"),
            "Event Mode": ev.get("mode"),
            "Intensity": ev.get("goldstein"),
            "Quad Code": ev.get("quad"),
            "Contexts": [],
            "Actor Sectors": [],
            "Recipient Sectors": [],
            "Placename": loc.get("name"),
            "Country": loc.get("country"),
            "Raw Placename": loc.get("name"),
            "Source": r.get("publication"),
            "Publication Date": r.get("published"),
            "Story People": names.get("PERSON", []),
            "Story Organizations": names.get("ORG", []),
            "Story Locations": names.get("COUNTRY", []) + names.get("PLACE", []),
            "Language": r.get("language"),
            "Version": "communique-plover-2.0",
            "Story ID": r["uid"],
            "Trigger": (ev.get("trigger") or {}).get("text"),
            "Trigger Span": (ev.get("trigger") or {}).get("raw_span"),
            "Modality": ev.get("modality"),
            "Confidence": ev.get("confidence"),
            "CAMEO": ev.get("cameo"),
        })
        for prefix, role in (("Actor", "source"), ("Recipient", "target")):
            actors = ev.get(role) or []
            if not actors:
                continue
            a = actors[0]
            sectors = [x.get("sector") for x in actors if x.get("sector")]
            out[f"{prefix} Name"] = a.get("name")
            out[f"{prefix} Country"] = a.get("country")
            out[f"Primary {prefix} Sector"] = a.get("sector")
            out[f"{prefix} Sectors"] = sectors
            out[f"{prefix} Name Raw"] = a.get("text")
        yield out
