"""One transaction on a raw cursor of the database's own engine, for applying ops in bulk.

Nothing written here is captured (capture is application code, and applied ops are already
in the log). Foreign keys are not enforced while ops apply: a row may arrive before the row it
points to (another bundle carries it), and sync never deletes rows, so nothing can be orphaned
by it. On SQLite they are switched off for the transaction; on PostgreSQL the synced tables
carry no foreign-key constraints at all (migration 0009) and `check` reports references still
waiting for their record, as SQLite's foreign_key_check does.

On PostgreSQL the transaction first takes the store's writer lock (db/store_lock.py): writers
run one at a time, as SQLite's IMMEDIATE transaction makes them on a file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from lishui_desktop.db import store_lock
from lishui_desktop.db.database import Database
from lishui_desktop.db.portable import PgCursor

CACHE_KIB = 16 * 1024  # (64 MB of cache took 20 MB more at peak, for no measurable speed)


@contextmanager
def write_cursor(db: Database, *, commit: bool = True, kind: str = store_lock.EDIT) -> Iterator[Any]:
    """A cursor in one IMMEDIATE transaction: committed on success (unless `commit` is
    False, for a dry run), rolled back on any error. `kind`: what the writer does (what one
    waiting for it on a PostgreSQL store is told)."""
    if db.on_server:
        with _server_cursor(db, commit=commit, kind=kind) as server:
            yield server
        return
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute(f"PRAGMA cache_size=-{CACHE_KIB}")  # bulk inserts into large indexes
        cur: sqlite3.Cursor = raw.cursor()  # type: ignore[assignment]
        try:
            cur.execute("BEGIN IMMEDIATE")
            try:
                yield cur
            except BaseException:
                cur.execute("ROLLBACK")
                raise
            cur.execute("COMMIT" if commit else "ROLLBACK")
        finally:
            cur.close()
            raw.execute("PRAGMA foreign_keys=ON")


@contextmanager
def _server_cursor(db: Database, *, commit: bool, kind: str) -> Iterator[PgCursor]:
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.rollback()  # (nothing of the pool's check-out stays open: our transaction starts here)
        cur = PgCursor(raw)
        try:
            store_lock.take(cur.execute, kind)
            try:
                yield cur
            except BaseException:
                raw.rollback()
                raise
            if commit:
                raw.commit()
            else:
                raw.rollback()
        finally:
            cur.close()
