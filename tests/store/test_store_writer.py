"""The store: schema, batch writes, exact and near de-duplication, runs, concurrent readers."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from communique.store import RunError, Store, StoreError, connect, reader
from communique.store.schema import SCHEMA_VERSION
from store.factory import filler, make_article


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "t.db")


def test_migrations_set_version_and_wal(db: str) -> None:
    conn = connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    connect(db).close()  # migrating twice is a no-op


def test_newer_schema_is_refused(db: str) -> None:
    conn = connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        connect(db)


def test_not_a_database(tmp_path: Path) -> None:
    p = tmp_path / "x.db"
    p.write_text("hello, this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a communique database"):
        connect(p)


def test_full_record_lands_in_every_table(db: str) -> None:
    with Store(db) as st:
        run = st.start_run(["x"])
        res = st.write_batch(run, [make_article(1).to_dict(), make_article(2).to_dict()],
                             counters={"read": 2})
        st.finish_run(run)
    assert res.counts["stored"] == 2
    c = reader.counts(connect(db, readonly=True))
    assert (c["articles"], c["entities"], c["mentions"], c["quotes"]) == (2, 4, 4, 2)
    assert (c["events"], c["event_actors"], c["amounts"], c["repairs"]) == (2, 4, 2, 2)
    conn = connect(db, readonly=True)
    r = reader.runs(conn)[0]
    assert (r["status"], r["read"], r["stored"], r["batches"], r["events"]) == ("done", 2, 2, 1, 2)
    q = conn.execute("SELECT speaker, speaker_country, date FROM quotes ORDER BY id").fetchone()
    assert tuple(q) == ("Beta1", "RUS", "2021-06-01")  # country from the speaker's entity


def test_records_round_trip(db: str) -> None:
    arts = [make_article(i) for i in range(3)]
    with Store(db) as st:
        st.write_batch(None, [a.to_dict() for a in arts])
    got = list(reader.records(connect(db, readonly=True)))
    for art, rec in zip(arts, got, strict=True):
        rec.pop("store_id")
        want = json.loads(json.dumps(art.to_dict()))  # tuples -> lists, as JSON has them
        assert rec == want


@pytest.mark.parametrize("same_batch", [True, False])
def test_same_hash_is_stored_once(db: str, same_batch: bool) -> None:
    rec = make_article(1).to_dict()
    with Store(db) as st:
        if same_batch:
            res = st.write_batch(None, [rec, rec])
            assert (res.counts["stored"], res.counts["duplicates"]) == (1, 1)
        else:
            st.write_batch(None, [rec])
            res = st.write_batch(None, [rec])
            assert res.article_ids == [None]
        assert st.known_hashes([rec["hash"], "nope"]) == {rec["hash"]}
    c = reader.counts(connect(db, readonly=True))
    assert (c["articles"], c["events"], c["quotes"]) == (1, 1, 1)


def _syndicated(text: str) -> str:
    """A syndicated copy: another header line, a re-cased word, a trimmed last sentence."""
    body = text.rsplit(".", 2)[0] + "."
    return "By Staff Reporter, Wire Service\n\n" + body.replace("harbour", "Harbour", 1)


def test_near_duplicate_is_linked_not_refacted(db: str) -> None:
    body = filler(7, 400)
    first = make_article(1, text=body)
    copy = make_article(1, text=_syndicated(body))
    copy.raw_text = copy.text  # a different raw text, so a different content hash
    other = make_article(2, text=filler(8, 400))
    assert first.hash != copy.hash
    with Store(db) as st:
        st.write_batch(None, [first.to_dict()])
        res = st.write_batch(None, [copy.to_dict(), other.to_dict()])
    assert (res.counts["near_duplicates"], res.counts["stored"]) == (1, 1)
    conn = connect(db, readonly=True)
    row = conn.execute("SELECT duplicate_of, similarity FROM articles WHERE id = 2").fetchone()
    assert row[0] == 1 and row[1] >= 0.8
    c = reader.counts(conn)
    assert (c["articles"], c["near_duplicates"], c["events"], c["quotes"]) == (3, 1, 2, 2)
    recs = {r["store_id"]: r for r in reader.records(conn)}
    assert recs[2]["duplicate_of"] == "art-1" and recs[2]["events"] == []


def test_unrelated_articles_are_not_near_duplicates(db: str) -> None:
    with Store(db) as st:
        res = st.write_batch(None, [make_article(i).to_dict() for i in range(30)])
    assert res.counts["stored"] == 30 and res.counts["near_duplicates"] == 0


def test_failed_batch_rolls_back_whole(db: str) -> None:
    good = make_article(1).to_dict()
    bad = make_article(2).to_dict()
    bad["events"][0]["quad"] = object()  # not storable: the batch must not half-land
    with Store(db) as st:
        run = st.start_run(["x"])
        with pytest.raises((sqlite3.Error, TypeError)):
            st.write_batch(run, [good, bad], counters={"read": 2})
        st.write_batch(run, [good], errors=[RunError("json", "bad line", "x.jsonl", "line 3")])
    conn = connect(db, readonly=True)
    assert reader.counts(conn)["articles"] == 1
    r = reader.runs(conn)[0]
    assert (r["stored"], r["errors"], r["batches"]) == (1, 1, 1)
    err = reader.run_errors(conn, r["id"])[0]
    assert (err["reason"], err["record"]) == ("json", "line 3")


def test_readers_work_while_a_batch_is_open(db: str) -> None:
    with Store(db) as st:
        st.write_batch(None, [make_article(1).to_dict()])
        st.conn.execute("BEGIN IMMEDIATE")
        st.conn.execute("INSERT INTO sources (name) VALUES ('uncommitted')")
        ro = connect(db, readonly=True)
        # The reader sees the last commit, neither blocking nor blocked.
        assert reader.counts(ro)["articles"] == 1
        assert ro.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 1
        st.conn.execute("COMMIT")
        assert ro.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 2


def test_stale_running_run_is_marked_interrupted(db: str) -> None:
    with Store(db) as st:
        run = st.start_run(["x"])
        st.conn.execute("UPDATE runs SET pid = 999999999 WHERE id = ?", (run,))
        st.start_run(["x"])
    rows = {r["id"]: r["status"] for r in reader.runs(connect(db, readonly=True))}
    assert rows[run] == "interrupted"
