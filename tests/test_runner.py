"""`run` end to end on small generated inputs: re-runs, SIGKILL and resume, workers, errors."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from communique.runner import run
from communique.store import connect, reader
from store.factory import filler

pytestmark = pytest.mark.slow  # needs the spaCy model
BIN = Path(sys.executable).parent / "communique"


def _write(path: Path, n: int, words: int = 150, extra: list[str] | None = None) -> Path:
    lines = [json.dumps({"id": f"g{i}", "title": f"Story {i}", "date": f"2021-03-{1 + i % 28:02d}",
                         "text": f"Story {i}\n\n" + filler(1000 + i, words)}) for i in range(n)]
    lines += extra or []
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _counts(db: Path) -> dict[str, int]:
    c = reader.counts(connect(db, readonly=True))
    return {k: v for k, v in c.items() if k not in ("runs", "run_errors")}


def test_run_twice_adds_nothing_and_keeps_errors(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", 5, extra=["{not json"])
    db = tmp_path / "r.db"
    s1 = run([str(src)], db=db, batch_size=2)
    first = _counts(db)
    s2 = run([str(src)], db=db, batch_size=2)
    assert (s1.read, s1.stored, s1.skipped["json"]) == (5, 5, 1)
    assert (s2.stored, s2.duplicates) == (0, 5)
    assert _counts(db) == first and first["articles"] == 5
    conn = connect(db, readonly=True)
    runs = reader.runs(conn)
    assert [r["status"] for r in runs] == ["done", "done"]
    assert (runs[1]["stored"], runs[1]["skipped"], runs[1]["errors"]) == (5, 1, 1)
    assert reader.run_errors(conn, runs[1]["id"])[0]["reason"] == "json"


def test_syndicated_copy_is_linked(tmp_path: Path) -> None:
    body = filler(5, 300)
    copy = "From our wire service\n\n" + body.rsplit(".", 2)[0].replace("harbour", "Harbour") + "."
    lines = [json.dumps({"id": "first", "text": body}), json.dumps({"id": "copy", "text": copy}),
             json.dumps({"id": "other", "text": filler(6, 300)})]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", "utf-8")
    s = run([str(src)], db=tmp_path / "n.db")
    assert (s.stored, s.near_duplicates) == (2, 1)
    row = connect(tmp_path / "n.db", readonly=True).execute(
        "SELECT d.uid FROM articles a JOIN articles d ON d.id = a.duplicate_of WHERE a.uid = 'copy'"
    ).fetchone()
    assert row[0] == "first"


def _batches(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as c:
            got = c.execute("SELECT max(batches) FROM runs").fetchone()
        return int(got[0] or 0)
    except sqlite3.Error:
        return 0  # schema not there yet


def test_sigkill_mid_run_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    n = 60
    src = _write(tmp_path / "in.jsonl", n, words=250)
    db = tmp_path / "k.db"
    cmd = [str(BIN), "run", str(src), "--db", str(db), "--batch-size", "2", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _batches(db) < 1 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    killed = _counts(db)["articles"]
    assert 2 <= killed < n, "the run should have been killed after its first batch"
    status = connect(db, readonly=True).execute("SELECT status FROM runs").fetchone()[0]
    assert status == "running"  # nothing got to mark it: it was killed

    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    resumed = _counts(db)
    conn = connect(db, readonly=True)
    statuses = [r["status"] for r in reader.runs(conn)]
    assert statuses == ["done", "interrupted"]
    row = conn.execute("SELECT stored, duplicates FROM runs WHERE id = 2").fetchone()
    assert tuple(row) == (n - killed, killed)
    assert conn.execute("SELECT COUNT(DISTINCT uid) FROM articles").fetchone()[0] == n

    # The same input in one go (two workers) gives the same rows: nothing lost or doubled.
    ref = tmp_path / "ref.db"
    s = run([str(src)], db=ref, batch_size=7, workers=2)
    assert s.stored == n and len([k for k in s.peak_rss if k.startswith("worker")]) == 2
    assert resumed == _counts(ref)


def test_cli_run_prints_summary(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", 3)
    db = tmp_path / "c.db"
    out = subprocess.run([str(BIN), "run", str(src), "--db", str(db)], capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "stored" in out.stdout and "near-duplicates" in out.stdout
    q = subprocess.run([str(BIN), "search", "Story", "--db", str(db), "--json"],
                       capture_output=True, text=True, timeout=60)
    assert q.returncode == 0 and len(json.loads(q.stdout)) == 3
    miss = subprocess.run([str(BIN), "run", str(tmp_path / "none.txt"), "--db", str(db)],
                          capture_output=True, text=True, timeout=300)
    assert miss.returncode == 1


def test_runaway_article_is_skipped_not_fatal(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from communique.pipeline import Pipeline
    from communique.settings import Settings

    real = Pipeline.analyze_extract

    def spin(self, batch):  # type: ignore[no-untyped-def]
        if any("RUNAWAY" in a.text for a in batch):
            while True:  # an extractor stuck on one text
                pass
        return real(self, batch)

    monkeypatch.setattr(Pipeline, "analyze_extract", spin)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"t{i}", "text": t}) for i, t in enumerate(
        [filler(1), "RUNAWAY " + filler(2), filler(3)])) + "\n", "utf-8")
    settings = Settings().with_overrides({"store": {"article_timeout": 0.3}})
    s = run([str(src)], db=tmp_path / "t.db", settings=settings, until="clean", batch_size=10)
    assert (s.stored, s.skipped["timeout"]) == (2, 1)
    err = reader.run_errors(connect(tmp_path / "t.db", readonly=True), s.run_id)[0]
    assert err["reason"] == "timeout" and err["record"] == "t1"
