"""Bulk copies of stored rows, for benchmarks: scale a database to N articles in SQL."""

from __future__ import annotations

import sqlite3


def scale(conn: sqlite3.Connection, n: int, countries: list[str], seed: int = 1) -> None:
    """Copy the stored articles (with their quotes and events) until there are `n`.

    Copies get new hashes and record ids, dates shifted by up to ten years, and event actors
    drawn again from `countries`, so indexes see realistic spread. Full-text indexes are
    rebuilt once at the end. Entities, mentions and MinHash bands are not copied.
    """
    base = int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    if base == 0:
        raise ValueError("scale needs at least one stored article")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("CREATE TEMP TABLE cc (i INTEGER PRIMARY KEY, code TEXT)")
    conn.executemany("INSERT INTO cc VALUES (?, ?)", list(enumerate(countries)))
    nc = len(countries)
    total = base
    k = 1
    while total < n:
        take = min(base, n - total)
        off = int(conn.execute("SELECT MAX(id) FROM articles").fetchone()[0])
        qoff = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM quotes").fetchone()[0])
        eoff = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0])
        shift = "(abs(random()) % 3650) - 1825"
        conn.execute(
            "INSERT INTO articles (id, uid, hash, run_id, source_id, path, format, idx, url, "
            "publication, headline, published, published_not_before, date, author, language, "
            "text, duplicate_of, similarity, minhash, data) "
            f"SELECT id + ?, uid || '-c' || ?, hash || '-c' || ?, run_id, source_id, path, "
            f"format, idx, url, publication, headline, date(published, ({shift}) || ' days'), "
            "NULL, NULL, author, language, text, NULL, NULL, NULL, data "
            "FROM articles WHERE id <= ? ORDER BY id LIMIT ?",
            (off, k, k, base, take),
        )
        conn.execute("UPDATE articles SET date = published WHERE id > ? AND date IS NULL", (off,))
        conn.execute(
            "INSERT INTO quotes SELECT q.id + ?, q.article_id + ?, q.ord, q.kind, q.text, "
            "q.speaker, q.speaker_entity, q.speaker_role, "
            f"(SELECT code FROM cc WHERE i = abs(random()) % {nc}), q.start, q.end, a.date, "
            "q.venue, q.data FROM quotes q JOIN articles a ON a.id = q.article_id + ? "
            "WHERE q.article_id <= ? AND q.article_id + ? <= ?",
            (qoff, off, off, base, off, off + take),
        )
        # Most events stay between a few large countries, as in news.
        pick = (f"CASE WHEN abs(random()) % 10 < 7 THEN (SELECT code FROM cc WHERE i = "
                f"abs(random()) % 8) ELSE (SELECT code FROM cc WHERE i = abs(random()) % {nc}) END")
        conn.execute(
            "INSERT INTO events SELECT e.id + ?, e.article_id + ?, e.ord, e.type, e.mode, e.cameo, "
            f"e.quad, e.goldstein, {pick}, {pick}, e.source_name, e.target_name, e.trigger, "
            "e.start, e.end, a.date, e.date_precision, e.modality, e.confidence, e.data "
            "FROM events e JOIN articles a ON a.id = e.article_id + ? "
            "WHERE e.article_id <= ? AND e.article_id + ? <= ?",
            (eoff, off, off, base, off, off + take),
        )
        total += take
        k += 1
    conn.execute("DELETE FROM events WHERE source_country = target_country")
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')")
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
