"""One engine per database file, with the pragmas set on every connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from lishui_desktop.db import cipher
from lishui_desktop.db.sqlite_path import BUSY_TIMEOUT_MS, engine_url

# Functions run on every new DBAPI connection (pragmas of a caller's own, e.g. a key).
ConnectHook = Callable[[sqlite3.Connection], None]
_connect_hooks: list[ConnectHook] = []


def add_connect_hook(hook: ConnectHook) -> None:
    if hook not in _connect_hooks:
        _connect_hooks.append(hook)


# How long a new connection waits for another program's lock; the window makes it short on its
# UI thread (ui/busy.py), so a database held elsewhere never freezes it.
_busy_timeout: list[Callable[[], int]] = [lambda: BUSY_TIMEOUT_MS]


def set_busy_timeout(rule: Callable[[], int]) -> None:
    _busy_timeout[0] = rule


def apply_pragmas(dbapi_connection: sqlite3.Connection) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={int(_busy_timeout[0]())}")
        cursor.execute("PRAGMA page_size=16384")  # new files: bulk writes of ops touch fewer pages
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine on the SQLite file at `path` with WAL, synchronous=FULL, foreign keys on.

    With a `key` the file is opened (or created) with SQLCipher and every connection is keyed
    before anything else runs on it.
    """
    options: dict[str, object] = {}
    if key is not None:
        options["module"] = cipher.driver()
        # the most recently used connection first: its page cache holds decrypted pages
        options["pool_use_lifo"] = True
    engine = create_engine(
        engine_url(path),
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        **options,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        if key is not None:
            cipher.apply_key(dbapi_connection, key)
        # SQLAlchemy's pysqlite driver starts transactions itself; let BEGIN be explicit.
        dbapi_connection.isolation_level = None
        apply_pragmas(dbapi_connection)
        for hook in _connect_hooks:
            hook(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def qmark_execute(conn: Connection) -> Callable[..., Any]:
    """`exec_driver_sql` that takes SQL with `?` placeholders on every dialect (SQLite's own
    style, which the sync code is written in); on PostgreSQL the statement is rewritten in its
    dialect and values come back as SQLite's (db/portable.py), in the connection's transaction."""
    if conn.dialect.paramstyle == "qmark":
        return conn.exec_driver_sql
    from lishui_desktop.db.portable import raw

    return raw(conn).execute  # type: ignore[no-any-return]
