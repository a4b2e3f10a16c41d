"""Write article records (the DESIGN.md contract, as `Article.to_dict()` gives them).

One transaction per batch: a batch is stored whole or not at all, and the run's counters in
`runs` move with it, so a killed run leaves exactly the committed batches behind and a
re-run (articles keyed by content hash) adds only what is missing.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from communique.store import near
from communique.store.db import connect

# Keys of the record that have columns or tables of their own; the rest go to `data`.
_ARTICLE_KEYS = {
    "id", "hash", "publication", "headline", "published", "published_not_before", "author",
    "language", "text", "repairs", "entities", "quotes", "events", "amounts",
}
COUNTERS = (
    "batches", "read", "stored", "duplicates", "near_duplicates", "skipped", "entities",
    "mentions", "quotes", "events", "amounts", "errors",
)


@dataclass(frozen=True, slots=True)
class RunError:
    """A record or file a run could not store, with what the user can do about it."""

    reason: str
    message: str
    path: str | None = None
    record: str | None = None


@dataclass
class BatchResult:
    counts: Counter[str] = field(default_factory=Counter)
    article_ids: list[int | None] = field(default_factory=list)  # None: exact duplicate


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# One encoder for every fact (json.dumps with options builds a new one per call).
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_PAIR = (list, tuple)


def _span(obj: Mapping[str, Any] | None, key: str = "span") -> tuple[int | None, int | None]:
    sp = (obj or {}).get(key)
    if isinstance(sp, _PAIR) and len(sp) == 2:
        return int(sp[0]), int(sp[1])
    return None, None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Store:
    """The writer: one per run, in the process that owns the database file."""

    def __init__(self, path: str | Path, *, near_threshold: float = 0.8) -> None:
        self.path = str(path)
        self.conn = connect(path)
        self.near_threshold = near_threshold
        self._sources: dict[str, int] = {}

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs -----------------------------------------------------------------------------

    def start_run(self, inputs: list[str], workers: int = 1) -> int:
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        # A run whose process is gone (killed, machine stopped) never finished.
        for row in c.execute("SELECT id, pid FROM runs WHERE status = 'running'").fetchall():
            if row["pid"] is None or not _pid_alive(int(row["pid"])):
                c.execute("UPDATE runs SET status = 'interrupted' WHERE id = ?", (row["id"],))
        cur = c.execute(
            "INSERT INTO runs (started, pid, inputs, workers) VALUES (?, ?, ?, ?)",
            (_now(), os.getpid(), _dumps(inputs), workers),
        )
        c.execute("COMMIT")
        assert cur.lastrowid is not None
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, status: str = "done") -> None:
        self.conn.execute(
            "UPDATE runs SET status = ?, finished = ? WHERE id = ?", (status, _now(), run_id)
        )

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are stored already (a re-run skips them unparsed)."""
        hs = list(hashes)
        found: set[str] = set()
        for i in range(0, len(hs), 500):
            chunk = hs[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(f"SELECT hash FROM articles WHERE hash IN ({marks})", chunk)
            found.update(r[0] for r in rows)
        return found

    # -- batches --------------------------------------------------------------------------

    def write_batch(
        self,
        run_id: int | None,
        records: list[dict[str, Any]],
        *,
        signatures: list[bytes | None] | None = None,
        errors: Iterable[RunError] = (),
        counters: Mapping[str, int] | None = None,
    ) -> BatchResult:
        """Store a batch in one transaction; `counters` add to the run's figures with it."""
        c = self.conn
        result = BatchResult()
        errs = list(errors)
        c.execute("BEGIN IMMEDIATE")
        try:
            facts = _Facts(c)
            for i, rec in enumerate(records):
                sig = signatures[i] if signatures is not None else None
                aid = self._write_article(run_id, rec, sig, facts, result.counts)
                result.article_ids.append(aid)
            facts.flush()
            if run_id is not None:
                for e in errs:
                    c.execute(
                        "INSERT INTO run_errors (run_id, path, record, reason, message) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (run_id, e.path, e.record, e.reason, e.message),
                    )
                # The run's figures: this batch's writes plus what the caller counted.
                add = Counter(result.counts)
                add.update(counters or {})
                add["errors"] += len(errs)
                add["batches"] += 1
                sets = ", ".join(f"{k} = {k} + ?" for k in COUNTERS)
                c.execute(
                    f"UPDATE runs SET {sets} WHERE id = ?",
                    [add.get(k, 0) for k in COUNTERS] + [run_id],
                )
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            self._sources.clear()  # ids handed out inside the rolled-back transaction
            raise
        return result

    def _source_id(self, name: str) -> int:
        sid = self._sources.get(name)
        if sid is None:
            self.conn.execute("INSERT OR IGNORE INTO sources (name) VALUES (?)", (name,))
            row = self.conn.execute("SELECT id FROM sources WHERE name = ?", (name,)).fetchone()
            sid = self._sources[name] = int(row[0])
        return sid

    def _near_duplicate(self, sig: bytes) -> tuple[int, float] | None:
        keys = near.band_keys(sig)
        marks = ",".join("?" * len(keys))
        rows = self.conn.execute(
            "SELECT a.id, a.minhash FROM articles a WHERE a.id IN "
            f"(SELECT article_id FROM minhash_bands WHERE key IN ({marks}))",
            keys,
        ).fetchall()
        best: tuple[int, float] | None = None
        for row in rows:
            sim = near.similarity(sig, row["minhash"])
            if sim >= self.near_threshold and (best is None or sim > best[1]):
                best = (int(row["id"]), sim)
        return best

    def _write_article(
        self,
        run_id: int | None,
        rec: Mapping[str, Any],
        sig: bytes | None,
        facts: _Facts,
        counts: Counter[str],
    ) -> int | None:
        c = self.conn
        h = rec["hash"]
        if c.execute("SELECT 1 FROM articles WHERE hash = ?", (h,)).fetchone():
            counts["duplicates"] += 1
            return None
        text = rec.get("text") or ""
        if sig is None:
            sig = near.signature(text)
        dup = self._near_duplicate(sig) if sig is not None else None
        src = rec.get("source") or {}
        pub = rec.get("publication")
        date = rec.get("published") or rec.get("published_not_before")
        data = {k: v for k, v in rec.items() if k not in _ARTICLE_KEYS}
        cur = c.execute(
            "INSERT INTO articles (uid, hash, run_id, source_id, path, format, idx, url, "
            "publication, headline, published, published_not_before, date, author, language, "
            "text, duplicate_of, similarity, minhash, data) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                str(rec.get("id")), h, run_id, self._source_id(pub or src.get("path") or "?"),
                src.get("path"), src.get("format"), src.get("index"), src.get("url"), pub,
                rec.get("headline"), rec.get("published"), rec.get("published_not_before"),
                date, rec.get("author"), rec.get("language"), text,
                dup[0] if dup else None, dup[1] if dup else None, sig, _dumps(data),
            ),
        )
        aid = int(cur.lastrowid or 0)
        if dup is not None:
            # A syndicated copy: kept and linked, but its facts are the first copy's.
            counts["near_duplicates"] += 1
            return aid
        counts["stored"] += 1
        if sig is not None:
            c.executemany(
                "INSERT INTO minhash_bands (key, article_id) VALUES (?, ?)",
                [(k, aid) for k in near.band_keys(sig)],
            )
        c.execute(
            "INSERT INTO articles_fts (rowid, headline, text) VALUES (?, ?, ?)",
            (aid, rec.get("headline") or "", text),
        )
        facts.add(aid, rec, date, counts)
        return aid


class _Facts:
    """Fact rows of one batch, written with one executemany per table at the end."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.rows: dict[str, list[tuple[Any, ...]]] = {
            k: [] for k in ("repairs", "entities", "mentions", "quotes", "quotes_fts", "events",
                            "event_actors", "amounts")
        }
        self.next_id = {
            t: int(conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {t}").fetchone()[0]) + 1
            for t in ("entities", "quotes", "events", "amounts")
        }

    def _id(self, table: str) -> int:
        i = self.next_id[table]
        self.next_id[table] = i + 1
        return i

    def add(self, aid: int, rec: Mapping[str, Any], date: str | None, counts: Counter[str]) -> None:
        R = self.rows
        for r in rec.get("repairs") or []:
            s, e = _span(r)
            rs, re_ = _span(r, "raw_span")
            R["repairs"].append(
                (aid, r.get("kind"), r.get("before"), r.get("after"), s, e, rs, re_)
            )
        countries: dict[str, str | None] = {}
        for ent in rec.get("entities") or []:
            eid = self._id("entities")
            mentions = ent.get("mentions") or []
            countries[str(ent.get("id"))] = ent.get("country")
            R["entities"].append((
                eid, aid, ent.get("id"), ent.get("name") or "", ent.get("type"), ent.get("country"),
                ent.get("sector"), _dumps(ent.get("roles") or []), len(mentions), _dumps(ent),
            ))
            for m in mentions:
                s, e = _span(m)
                rs, re_ = _span(m, "raw_span")
                R["mentions"].append((eid, aid, m.get("text"), s, e, rs, re_))
            counts["entities"] += 1
            counts["mentions"] += len(mentions)
        for n, q in enumerate(rec.get("quotes") or []):
            qid = self._id("quotes")
            spk = q.get("speaker") or {}
            spans = q.get("spans") or []
            s, e = (spans[0][0], spans[0][1]) if spans else (None, None)
            country = spk.get("country") or countries.get(str(spk.get("entity")))
            text = q.get("text") or ""
            R["quotes"].append((
                qid, aid, n, q.get("kind"), text, spk.get("name") or spk.get("text"),
                spk.get("entity"), spk.get("role"), country, s, e, q.get("date") or date,
                q.get("venue"), _dumps(q),
            ))
            R["quotes_fts"].append((qid, text))
            counts["quotes"] += 1
        for n, ev in enumerate(rec.get("events") or []):
            evid = self._id("events")
            src = ev.get("source") or []
            tgt = ev.get("target") or []
            s, e = _span(ev.get("trigger"))
            ls, lt = _lead(src), _lead(tgt)
            R["events"].append((
                evid, aid, n, ev.get("type"), ev.get("mode"), ev.get("cameo"), ev.get("quad"),
                ev.get("goldstein"), ls.get("country"), lt.get("country"), ls.get("name"),
                lt.get("name"), (ev.get("trigger") or {}).get("text"),
                s, e, ev.get("date") or date, ev.get("date_precision"), ev.get("modality"),
                ev.get("confidence"), _dumps(ev),
            ))
            for role, actors in (("source", src), ("target", tgt)):
                for k, a in enumerate(actors):
                    s, e = _span(a)
                    rs, re_ = _span(a, "raw_span")
                    R["event_actors"].append((
                        evid, role, k, a.get("name"), a.get("entity"), a.get("code"),
                        a.get("country"), a.get("sector"), a.get("text"), s, e, rs, re_,
                    ))
            counts["events"] += 1
        for n, am in enumerate(rec.get("amounts") or []):
            s, e = _span(am)
            R["amounts"].append((
                self._id("amounts"), aid, n, am.get("value"), am.get("unit"), am.get("comparator"),
                am.get("object"), am.get("period"), _dumps(am.get("parties") or []), am.get("text"),
                s, e, _dumps(am),
            ))
            counts["amounts"] += 1

    def flush(self) -> None:
        c = self.conn
        R = self.rows
        c.executemany("INSERT INTO repairs VALUES (?,?,?,?,?,?,?,?)", R["repairs"])
        c.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?)", R["entities"])
        c.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?,?)", R["mentions"])
        c.executemany("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", R["quotes"])
        c.executemany("INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)", R["quotes_fts"])
        c.executemany(
            "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", R["events"]
        )
        c.executemany(
            "INSERT INTO event_actors VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", R["event_actors"]
        )
        c.executemany("INSERT INTO amounts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", R["amounts"])


def _lead(actors: list[Mapping[str, Any]]) -> Mapping[str, Any]:
    """The actor that stands for a side in queries: the first with a country, else the first."""
    for a in actors:
        if a.get("country"):
            return a
    return actors[0] if actors else {}
