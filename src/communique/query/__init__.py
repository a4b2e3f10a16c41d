"""Read functions shared by the CLI, the HTTP API and the web page.

Each returns a `Table` (a title, column names and rows of plain values) so every front end
renders the same answer: the CLI as a rich table, JSON or CSV; the API as JSON. SQL stays in
`communique.store`; this layer validates arguments and shapes rows.

    conn = open_db("communique.db")
    search(conn, "trade war").rows
    relations(conn, "CHN", "USA", by="year")
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.store import connect, reader
from communique.store.reader import PERIODS

__all__ = [
    "QueryError", "Table", "actors", "article", "demo_queries", "events", "fts_query", "open_db",
    "quotes", "relations", "runs", "search", "stats",
]

QUADS = {1: "verbal coop", 2: "material coop", 3: "verbal conflict", 4: "material conflict"}


class QueryError(ValueError):
    """A query argument the user can fix (the message says how)."""


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)

    def as_dicts(self) -> list[dict[str, Any]]:
        return [{c: r.get(c) for c in self.columns} for r in self.rows]


def open_db(path: str | Path) -> sqlite3.Connection:
    """A read-only connection: queries never block, nor are blocked by, a running `run`."""
    return connect(path, readonly=True)


_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+")


def fts_query(text: str) -> str:
    """User words -> an FTS5 query: every word must match; "quoted words" match as a phrase.

    Words are quoted for FTS5, so punctuation and operator words in user input are searched
    for, never interpreted.
    """
    parts = []
    for m in _TOKEN.finditer(text):
        words = _WORD.findall(m.group(1) if m.group(1) is not None else m.group(2))
        if words:
            parts.append('"' + " ".join(words) + '"')
    if not parts:
        raise QueryError("search needs at least one word")
    return " ".join(parts)


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _date(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not _DATE.match(value):
        raise QueryError(f"--{name} wants YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value


def country_code(value: str | None) -> str | None:
    """An ISO 3166 alpha-3 code from a code (CHN, CN) or a name (China, Russia)."""
    if value is None or value == "":
        return None
    v = value.strip()
    if re.fullmatch(r"[A-Za-z]{3}", v):
        return v.upper()
    import pycountry

    if re.fullmatch(r"[A-Za-z]{2}", v):
        c = pycountry.countries.get(alpha_2=v.upper())
        if c is not None:
            return str(c.alpha_3)
    from communique.kb import KnowledgeBase

    got = KnowledgeBase.load().country(v)
    if got is not None:
        return str(got.code)
    raise QueryError(f"unknown country {value!r}; use an ISO 3166 alpha-3 code such as CHN")


def _rows(rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    return [dict(r) for r in rows]


def search(conn: sqlite3.Connection, text: str, *, limit: int = 10) -> Table:
    """Articles and quotes matching every word of `text`, best first, with snippets."""
    q = fts_query(text)
    rows: list[dict[str, Any]] = []
    for r in reader.search_articles(conn, q, limit):
        rows.append({"kind": "article", "article": r["id"], "record_id": r["uid"],
                     "date": r["date"], "who": r["headline"], "snippet": r["snippet"],
                     "score": round(-r["score"], 3)})
    for r in reader.search_quotes(conn, q, limit):
        rows.append({"kind": "quote", "article": r["article_id"], "record_id": r["uid"],
                     "date": r["date"], "who": r["speaker"], "snippet": r["snippet"],
                     "score": round(-r["score"], 3)})
    rows.sort(key=lambda r: -r["score"])
    return Table(f"search {text!r}", ["kind", "article", "record_id", "date", "who", "snippet",
                                      "score"], rows[:limit])


def quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
) -> Table:
    rows = reader.quotes(conn, speaker=speaker, country=country_code(country),
                         since=_date(since, "since"), until=_date(until, "until"), limit=limit)
    return Table("quotes", ["date", "speaker", "speaker_role", "speaker_country", "kind", "text",
                            "article_id", "uid"], _rows(rows))



def amounts(
    conn: sqlite3.Connection,
    *,
    unit: str | None = None,
    party: str | None = None,
    object: str | None = None,
    limit: int = 50,
) -> Table:
    rows = reader.amounts(conn, unit=unit.upper() if unit and unit != "percent" else unit,
                          party=country_code(party), object=object, limit=limit)
    return Table("amounts", ["date", "value", "unit", "comparator", "object", "period",
                             "parties", "text", "article_id", "uid"], _rows(rows))

def events(
    conn: sqlite3.Connection,
    *,
    source: str | None = None,
    target: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
) -> Table:
    rows = reader.events(conn, source=country_code(source), target=country_code(target),
                         type=type.upper() if type else None, since=_date(since, "since"),
                         until=_date(until, "until"), limit=limit)
    return Table("events", ["date", "type", "mode", "cameo", "quad", "goldstein", "source_name",
                            "source_country", "target_name", "target_country", "trigger",
                            "modality", "article_id"], _rows(rows))


def relations(
    conn: sqlite3.Connection,
    a: str,
    b: str,
    *,
    by: str = "month",
    since: str | None = None,
    until: str | None = None,
) -> Table:
    """Per period and direction: events by quad class and the mean Goldstein score."""
    if by not in PERIODS:
        raise QueryError(f"--by wants one of {', '.join(PERIODS)}, not {by!r}")
    ca, cb = country_code(a), country_code(b)
    assert ca is not None and cb is not None
    rows = []
    for r in reader.relations(conn, ca, cb, by=by, since=_date(since, "since"),
                              until=_date(until, "until")):
        rows.append({
            "period": r["period"], "direction": f"{r['source_country']}->{r['target_country']}",
            "events": r["events"], "verbal_coop": r["q1"], "material_coop": r["q2"],
            "verbal_conflict": r["q3"], "material_conflict": r["q4"],
            "goldstein": None if r["goldstein"] is None else round(r["goldstein"], 2),
        })
    return Table(f"relations {ca} {cb} by {by}", ["period", "direction", "events", "verbal_coop",
                 "material_coop", "verbal_conflict", "material_conflict", "goldstein"], rows)


def actors(conn: sqlite3.Connection, *, top: int = 20, type: str | None = None) -> Table:
    rows = _rows(reader.actors(conn, top, type.upper() if type else None))
    activity = reader.actor_activity(conn, [r["name"] for r in rows])
    for r in rows:
        r["quotes"], r["events"] = activity.get(r["name"], (0, 0))
    return Table("actors", ["name", "type", "country", "articles", "mentions", "quotes", "events"],
                 rows)


def article(conn: sqlite3.Connection, key: str) -> dict[str, Any]:
    """One stored article as a contract record (row id, record id or hash prefix)."""
    aid = reader.find_article(conn, key)
    if aid is None:
        raise QueryError(f"no article {key!r} (give a row id, a record id or a hash prefix)")
    return next(reader.records(conn, [aid]))


def stats(conn: sqlite3.Connection) -> Table:
    c = reader.counts(conn)
    rows = [{"table": k, "rows": v} for k, v in c.items()]
    return Table("rows per table", ["table", "rows"], rows)


def demo_queries(conn: sqlite3.Connection) -> list[Table]:
    """Three example queries chosen from what the database holds (nothing hard-coded).

    A search for the most named actor, the latest quotes of the most quoted country (else the
    latest quotes), and the relations of the most frequent country pair by month.
    """
    out: list[Table] = []
    top = reader.actors(conn, 1)
    if top:
        out.append(search(conn, f'"{top[0]["name"]}"', limit=5))
    country = conn_top_quote_country(conn)
    out.append(quotes(conn, country=country, limit=5))
    pairs = reader.top_pairs(conn, 1)
    if pairs:
        out.append(relations(conn, pairs[0]["a"], pairs[0]["b"], by="month"))
    else:
        out.append(events(conn, limit=5))
    return out


def conn_top_quote_country(conn: sqlite3.Connection) -> str | None:
    rows = reader.quote_countries(conn, 1)
    return rows[0]["country"] if rows else None


def runs(conn: sqlite3.Connection, limit: int = 5) -> Table:
    cols = ["id", "started", "finished", "status", "workers", "read", "stored", "duplicates",
            "near_duplicates", "skipped", "errors", "entities", "quotes", "events", "amounts"]
    return Table("runs", cols, _rows(reader.runs(conn, limit)))
