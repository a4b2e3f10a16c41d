"""Open a communique database: WAL mode (readers keep working while a run writes), migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from communique.store.schema import MIGRATIONS, SCHEMA_VERSION


class StoreError(RuntimeError):
    """A database problem the user can act on (wrong file, newer schema, ...)."""


def connect(
    path: str | Path, *, readonly: bool = False, migrate: bool = True
) -> sqlite3.Connection:
    """A connection in autocommit mode; the writer opens its own transactions per batch."""
    path = str(path)
    if readonly and path != ":memory:" and not Path(path).exists():
        raise StoreError(
            f"no database at {path}; create one with `communique run INPUT --db {path}`"
        )
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30,
                                   isolation_level=None)
        else:
            conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    except sqlite3.Error as e:
        raise StoreError(f"cannot open database {path} ({e}); check the folder exists") from e
    conn.row_factory = sqlite3.Row
    try:
        if not readonly:
            conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode: a crash can lose the last commit's durability but never
            # corrupts the file; a re-run then redoes that batch (hash keys stop duplicates).
            conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=30000")
        conn.execute("PRAGMA cache_size=-65536")
        conn.execute("PRAGMA temp_store=MEMORY")
        if migrate and not readonly:
            apply_migrations(conn)
        else:
            check_version(conn)
    except sqlite3.DatabaseError as e:
        conn.close()
        raise StoreError(f"{path} is not a communique database ({e})") from e
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_version(conn: sqlite3.Connection) -> None:
    v = schema_version(conn)
    if v > SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {v} is newer than this communique ({SCHEMA_VERSION}); upgrade"
        )
    if v < SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {v} is older than {SCHEMA_VERSION}; open it once for "
            "writing (e.g. `communique run` with no new input) to migrate it"
        )


def apply_migrations(conn: sqlite3.Connection) -> int:
    """Bring the schema up to date; each migration commits with its version number."""
    v = schema_version(conn)
    if v > SCHEMA_VERSION:
        check_version(conn)
    for n in range(v, SCHEMA_VERSION):
        script = f"BEGIN IMMEDIATE;\n{MIGRATIONS[n]}\nPRAGMA user_version = {n + 1};\nCOMMIT;"
        conn.executescript(script)
    return schema_version(conn)
