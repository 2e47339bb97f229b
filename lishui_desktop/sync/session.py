"""One transaction on a raw cursor of the database's own engine, for applying ops in bulk.

Nothing written here is captured (capture is application code, and applied ops are already
in the log). Foreign keys are not enforced while ops apply: a row may arrive before the row it points to (another
bundle carries it), and sync never deletes rows, so nothing can be orphaned by it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from lishui_desktop.db.database import Database

CACHE_KIB = 16 * 1024  # (64 MB of cache took 20 MB more at peak, for no measurable speed)


@contextmanager
def write_cursor(db: Database, *, commit: bool = True) -> Iterator[sqlite3.Cursor]:
    """A cursor in one IMMEDIATE transaction: committed on success (unless `commit` is
    False, for a dry run), rolled back on any error."""
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
