"""Read functions: every SELECT the query layer, exports and benchmarks need lives here.

Each takes an open connection (`connect(path, readonly=True)`) and returns plain rows
(sqlite3.Row or dicts); the query layer shapes them for the CLI, the API and the web page.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

# Period expressions for `relations --by`; picked from this table, never built from input.
PERIODS = {
    "day": "date",
    "week": "strftime('%Y-W%W', date)",
    "month": "substr(date, 1, 7)",
    "year": "substr(date, 1, 4)",
}

TABLES = (
    "runs", "run_errors", "sources", "articles", "repairs", "entities", "mentions", "quotes",
    "events", "event_actors", "amounts",
)


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table (articles split into originals and linked near-duplicates)."""
    out = {t: int(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in TABLES}
    out["near_duplicates"] = int(
        conn.execute("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
    )
    return out


def runs(conn: sqlite3.Connection, limit: int = 10) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,)).fetchall()


def run_errors(conn: sqlite3.Connection, run_id: int, limit: int = 100) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT * FROM run_errors WHERE run_id = ? ORDER BY id LIMIT ?", (run_id, limit)
    ).fetchall()


def _dates(clauses: list[str], args: list[Any], since: str | None, until: str | None,
           col: str = "date") -> None:
    if since:
        clauses.append(f"{col} >= ?")
        args.append(since)
    if until:
        # Dates are ISO strings; "until 2021-03" includes all of March.
        clauses.append(f"{col} <= ?")
        args.append(until + "\uffff")


def search_articles(conn: sqlite3.Connection, match: str, limit: int = 10) -> list[sqlite3.Row]:
    """Articles whose headline or text match an FTS5 query, best first, with a snippet."""
    return conn.execute(
        "SELECT a.id, a.uid, a.headline, a.date, a.publication, s.snip AS snippet, s.score "
        "FROM (SELECT rowid, snippet(articles_fts, 1, '[', ']', '…', 16) AS snip, "
        "      bm25(articles_fts) AS score FROM articles_fts WHERE articles_fts MATCH ? "
        "      ORDER BY rank LIMIT ?) s JOIN articles a ON a.id = s.rowid ORDER BY s.score",
        (match, limit),
    ).fetchall()


def search_quotes(conn: sqlite3.Connection, match: str, limit: int = 10) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT q.id, q.article_id, a.uid, q.speaker, q.date, s.snip AS snippet, s.score "
        "FROM (SELECT rowid, snippet(quotes_fts, 0, '[', ']', '…', 16) AS snip, "
        "      bm25(quotes_fts) AS score FROM quotes_fts WHERE quotes_fts MATCH ? "
        "      ORDER BY rank LIMIT ?) s JOIN quotes q ON q.id = s.rowid "
        "JOIN articles a ON a.id = q.article_id ORDER BY s.score",
        (match, limit),
    ).fetchall()


def _where(clauses: list[str]) -> str:
    return ("WHERE " + " AND ".join(clauses)) if clauses else ""


def quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
) -> list[sqlite3.Row]:
    clauses: list[str] = []
    args: list[Any] = []
    if speaker:
        clauses.append("(q.speaker LIKE ? OR q.speaker_role LIKE ?)")
        args += [f"%{speaker}%", f"%{speaker}%"]
    if country:
        clauses.append("q.speaker_country = ?")
        args.append(country)
    _dates(clauses, args, since, until, "q.date")
    where = _where(clauses)
    return conn.execute(
        "SELECT q.id, q.article_id, a.uid, q.kind, q.text, q.speaker, q.speaker_role, "
        "q.speaker_country, q.date, q.venue, a.headline, a.publication FROM quotes q "
        f"JOIN articles a ON a.id = q.article_id {where} ORDER BY q.date DESC, q.id LIMIT ?",
        [*args, limit],
    ).fetchall()


def amounts(
    conn: sqlite3.Connection,
    *,
    unit: str | None = None,
    party: str | None = None,
    object: str | None = None,
    limit: int = 50,
) -> list[sqlite3.Row]:
    clauses: list[str] = []
    args: list[Any] = []
    if unit:
        clauses.append("m.unit = ?")
        args.append(unit)
    if party:
        clauses.append("EXISTS (SELECT 1 FROM json_each(m.parties) WHERE value = ?)")
        args.append(party)
    if object:
        clauses.append("m.object LIKE ?")
        args.append(f"%{object}%")
    where = _where(clauses)
    return conn.execute(
        "SELECT m.id, m.article_id, a.uid, a.date, m.value, m.unit, m.comparator, m.object, "
        "m.period, m.parties, m.text FROM amounts m JOIN articles a ON a.id = m.article_id "
        f"{where} ORDER BY a.date DESC, m.id LIMIT ?",
        [*args, limit],
    ).fetchall()


def events(
    conn: sqlite3.Connection,
    *,
    source: str | None = None,
    target: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
) -> list[sqlite3.Row]:
    clauses: list[str] = []
    args: list[Any] = []
    for col, val in (("e.source_country", source), ("e.target_country", target), ("e.type", type)):
        if val:
            clauses.append(f"{col} = ?")
            args.append(val)
    _dates(clauses, args, since, until, "e.date")
    where = _where(clauses)
    return conn.execute(
        "SELECT e.id, e.article_id, a.uid, e.type, e.mode, e.cameo, e.quad, e.goldstein, "
        "e.source_name, e.source_country, e.target_name, e.target_country, e.trigger, e.date, "
        "e.modality, e.confidence FROM events e JOIN articles a ON a.id = e.article_id "
        f"{where} ORDER BY e.date DESC, e.id LIMIT ?",
        [*args, limit],
    ).fetchall()


def relations(
    conn: sqlite3.Connection,
    a: str,
    b: str,
    *,
    by: str = "month",
    since: str | None = None,
    until: str | None = None,
) -> list[sqlite3.Row]:
    """Per period and direction: event counts by quad class and the mean Goldstein score."""
    period = PERIODS[by]
    clauses = ["((source_country = ? AND target_country = ?) OR "
               "(source_country = ? AND target_country = ?))", "date IS NOT NULL"]
    args: list[Any] = [a, b, b, a]
    _dates(clauses, args, since, until)
    return conn.execute(
        f"SELECT {period} AS period, source_country, target_country, COUNT(*) AS events, "
        "SUM(quad = 1) AS q1, SUM(quad = 2) AS q2, SUM(quad = 3) AS q3, SUM(quad = 4) AS q4, "
        "AVG(goldstein) AS goldstein FROM events "
        f"WHERE {' AND '.join(clauses)} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
        args,
    ).fetchall()


def top_pairs(conn: sqlite3.Connection, limit: int = 5) -> list[sqlite3.Row]:
    """The most frequent country pairs (either direction) among events."""
    return conn.execute(
        "SELECT min(source_country, target_country) AS a, "
        "max(source_country, target_country) AS b, "
        "COUNT(*) AS events FROM events WHERE source_country IS NOT NULL AND target_country IS NOT "
        "NULL AND source_country != target_country GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?",
        (limit,),
    ).fetchall()


def actors(conn: sqlite3.Connection, top: int = 20, type: str | None = None) -> list[sqlite3.Row]:
    """Entities by the number of articles naming them, with mentions, quotes and events."""
    where = "WHERE e.type = ?" if type else ""
    args: list[Any] = [type] if type else []
    return conn.execute(
        "SELECT e.name, e.type, max(e.country) AS country, "
        "COUNT(DISTINCT e.article_id) AS articles, "
        "SUM(e.n_mentions) AS mentions FROM entities e "
        f"{where} GROUP BY e.name, e.type ORDER BY articles DESC, mentions DESC, e.name LIMIT ?",
        [*args, top],
    ).fetchall()


def actor_activity(conn: sqlite3.Connection, names: list[str]) -> dict[str, tuple[int, int]]:
    """Quotes spoken and events acted in, per actor name."""
    out: dict[str, tuple[int, int]] = {}
    for n in names:
        q = conn.execute("SELECT COUNT(*) FROM quotes WHERE speaker = ?", (n,)).fetchone()[0]
        ev = conn.execute(
            "SELECT COUNT(DISTINCT event_id) FROM event_actors WHERE name = ?", (n,)
        ).fetchone()[0]
        out[n] = (int(q), int(ev))
    return out


def find_article(conn: sqlite3.Connection, key: str) -> int | None:
    """An article's row id from its row id, its record id, or a prefix of its hash."""
    if key.isdigit():
        row = conn.execute("SELECT id FROM articles WHERE id = ?", (int(key),)).fetchone()
        if row:
            return int(row[0])
    row = conn.execute(
        "SELECT id FROM articles WHERE uid = ? ORDER BY id LIMIT 1", (key,)
    ).fetchone()
    if row is None and len(key) >= 6:
        row = conn.execute(
            "SELECT id FROM articles WHERE hash >= ? AND hash < ? ORDER BY hash LIMIT 1",
            (key, key + "g"),
        ).fetchone()
    return int(row[0]) if row else None


_RECORD_ORDER = (
    "id", "hash", "source", "publication", "headline", "published", "published_not_before",
    "author", "language", "text", "paragraphs", "repairs", "dropped", "entities", "quotes",
    "events", "amounts", "warnings",
)


def _facts(conn: sqlite3.Connection, table: str, ids: list[int]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {i: [] for i in ids}
    marks = ",".join("?" * len(ids))
    for row in conn.execute(
        f"SELECT article_id, data FROM {table} WHERE article_id IN ({marks}) ORDER BY id", ids
    ):
        out[row[0]].append(json.loads(row[1]))
    return out


def records(
    conn: sqlite3.Connection, ids: list[int] | None = None, chunk: int = 200
) -> Iterator[dict[str, Any]]:
    """Article records in the output contract, rebuilt from the tables, in id order.

    A linked near-duplicate comes back with its own text and metadata, no facts, and
    `duplicate_of` naming the first copy's record id.
    """
    if ids is None:
        id_iter: Iterator[list[int]] = _id_chunks(conn, chunk)
    else:
        id_iter = iter([ids[i : i + chunk] for i in range(0, len(ids), chunk)])
    for part in id_iter:
        if not part:
            continue
        marks = ",".join("?" * len(part))
        arts = conn.execute(
            "SELECT a.*, d.uid AS dup_uid FROM articles a LEFT JOIN articles d "
            f"ON d.id = a.duplicate_of WHERE a.id IN ({marks}) ORDER BY a.id", part
        ).fetchall()
        ents = _facts(conn, "entities", part)
        qs = _facts(conn, "quotes", part)
        evs = _facts(conn, "events", part)
        ams = _facts(conn, "amounts", part)
        reps: dict[int, list[dict[str, Any]]] = {i: [] for i in part}
        for r in conn.execute(
            f"SELECT * FROM repairs WHERE article_id IN ({marks}) ORDER BY rowid", part
        ):
            reps[r["article_id"]].append({
                "kind": r["kind"], "before": r["before"], "after": r["after"],
                "span": [r["start"], r["end"]], "raw_span": [r["raw_start"], r["raw_end"]],
            })
        for a in arts:
            aid = a["id"]
            data = json.loads(a["data"])
            rec: dict[str, Any] = {
                "id": a["uid"], "hash": a["hash"], "source": data.pop("source", None),
                "publication": a["publication"], "headline": a["headline"],
                "published": a["published"], "published_not_before": a["published_not_before"],
                "author": a["author"], "language": a["language"], "text": a["text"],
                "paragraphs": data.pop("paragraphs", []), "repairs": reps[aid],
                "dropped": data.pop("dropped", []), "entities": ents[aid], "quotes": qs[aid],
                "events": evs[aid], "amounts": ams[aid], "warnings": data.pop("warnings", []),
            }
            rec.update(data)
            rec["store_id"] = aid
            if a["duplicate_of"] is not None:
                rec["duplicate_of"] = a["dup_uid"]
                rec["similarity"] = a["similarity"]
            yield rec


def _id_chunks(conn: sqlite3.Connection, chunk: int) -> Iterator[list[int]]:
    last = 0
    while True:
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, chunk)
        )]
        if not ids:
            return
        yield ids
        last = ids[-1]


# Columns of the flat tables (CSV / Parquet exports); docs/formats.md describes them.
EXPORT_TABLES: dict[str, str] = {
    "articles": "SELECT a.id AS article_id, a.uid AS record_id, a.hash, a.path, a.format, "
    "a.idx AS source_index, a.url, a.publication, a.headline, a.published, "
    "a.published_not_before, a.date, a.author, a.language, a.duplicate_of, a.similarity, "
    "a.run_id, a.text FROM articles a ORDER BY a.id",
    "repairs": "SELECT article_id, kind, before, after, start, end, raw_start, raw_end "
    "FROM repairs ORDER BY rowid",
    "entities": "SELECT id AS entity_id, article_id, eid AS record_entity_id, name, type, country, "
    "sector, roles, n_mentions FROM entities ORDER BY id",
    "mentions": "SELECT entity_id, article_id, text, start, end, raw_start, raw_end FROM mentions "
    "ORDER BY rowid",
    "quotes": "SELECT id AS quote_id, article_id, ord, kind, text, speaker, speaker_entity, "
    "speaker_role, speaker_country, start, end, date, venue FROM quotes ORDER BY id",
    "events": "SELECT id AS event_id, article_id, ord, type, mode, cameo, quad, goldstein, "
    "source_name, source_country, target_name, target_country, trigger, start, end, date, "
    "date_precision, modality, confidence FROM events ORDER BY id",
    "event_actors": "SELECT event_id, role, ord, name, entity, code, country, sector, text, start, "
    "end, raw_start, raw_end FROM event_actors ORDER BY rowid",
    "amounts": "SELECT id AS amount_id, article_id, ord, value, unit, comparator, object, period, "
    "parties, text, start, end FROM amounts ORDER BY id",
}


def table_rows(conn: sqlite3.Connection, name: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    """Column names and rows of one flat export table."""
    cur = conn.execute(EXPORT_TABLES[name])
    cols = [d[0] for d in cur.description]
    return cols, (tuple(r) for r in cur)


def event_records(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Each event's full JSON with its article's metadata (for GDELT and POLECAT layouts)."""
    cur = conn.execute(
        "SELECT e.id, e.date, e.data, e.article_id, a.uid, a.url, a.path, a.published, "
        "a.date AS article_date, "
        "a.publication, a.language, a.headline FROM events e "
        "JOIN articles a ON a.id = e.article_id "
        "ORDER BY e.id"
    )
    for r in cur:
        d = dict(r)
        d["event"] = json.loads(d.pop("data"))
        yield d


def quote_countries(conn: sqlite3.Connection, limit: int = 5) -> list[sqlite3.Row]:
    """Speaker countries by number of quotes."""
    return conn.execute(
        "SELECT speaker_country AS country, COUNT(*) AS quotes FROM quotes "
        "WHERE speaker_country IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?",
        (limit,),
    ).fetchall()


def entity_names(conn: sqlite3.Connection, article_id: int) -> dict[str, list[str]]:
    """An article's entity names by type, in order of first appearance."""
    out: dict[str, list[str]] = {}
    for r in conn.execute(
        "SELECT name, type FROM entities WHERE article_id = ? ORDER BY id", (article_id,)
    ):
        out.setdefault(r["type"] or "", []).append(r["name"])
    return out
