"""The sync layer's SQL on either store: SQLite's own DB-API connection, or a thin cursor on a
PostgreSQL connection that takes the same SQL and returns the same values.

The sync code is written in SQLite's dialect with `?` parameters on a raw DB-API cursor (its
hot path: one executemany per table, nothing per row in Python). On SQLite nothing changes: the
raw sqlite3 connection is used as it always was. On PostgreSQL `PgCursor` rewrites each
statement once (cached) into PostgreSQL's dialect:

- `?` → `%s` (outside quoted text), `%` doubled;
- `INSERT OR IGNORE` → `INSERT … ON CONFLICT DO NOTHING`;
- `INSERT OR REPLACE INTO t(cols)` → `INSERT … ON CONFLICT (t's key) DO UPDATE SET` the other
  columns (every table the sync layer writes that way has a primary key);
- SQLite's two-argument scalar `max(a, b)` → `greatest(a, b)`, `printf('%016x', x)` (a
  clock's fixed-width hex) → `lpad(to_hex(x), 16, '0')`, `json_extract(v, '$')` → `(v::jsonb #>> '{}')`;
- `PRAGMA …` is SQLite's alone: it runs nothing there.

Values come back as SQLite gives them (dates as ISO text, booleans as 0/1), and integers go
out untyped so PostgreSQL takes 0/1 into a boolean column as SQLite does: the merge, the dump
and every comparison of held values see the same values on both stores.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection

POSTGRESQL = "postgresql"


def is_postgresql(conn: Any) -> bool:
    """True for a PostgreSQL connection or cursor of this module (or a SQLAlchemy connection
    on PostgreSQL)."""
    dialect = getattr(conn, "dialect", None)
    if isinstance(dialect, str):
        return dialect == POSTGRESQL
    return getattr(dialect, "name", None) == POSTGRESQL


def raw(conn: Connection) -> Any:
    """The DB-API connection under a SQLAlchemy connection, for the sync layer's `?` SQL:
    SQLite's own, or a `PgConnection` on PostgreSQL (in the same transaction)."""
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    if conn.dialect.name == POSTGRESQL:
        return PgConnection(dbapi)
    return dbapi


# --- the statements ------------------------------------------------------------------------
_QUOTED = re.compile(r"('(?:[^']|'')*')")
_INSERT_OR = re.compile(r"^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+(\"?[\w.]+\"?)\s*\(([^)]*)\)", re.I | re.S)
_NO_INDEX = re.compile(r"(?<=[\s,(])\+(?=[A-Za-z_\"])")  # SQLite's `ORDER BY +col` (no index)
_MAX2 = re.compile(r"\bmax\(\s*([\w.]+)\s*,\s*([\w.]+)\s*\)", re.I)
_PRINTF_HEX = re.compile(r"printf\('%016x',\s*([\w.]+)\)", re.I)
_JSON_EXTRACT = re.compile(r"json_extract\(\s*([\w.]+)\s*,\s*'\$'\s*\)", re.I)


def primary_key(table: str) -> tuple[str, ...]:
    from lishui_desktop.db import models, sync_models  # noqa: F401  (every table in the metadata)
    from lishui_desktop.db.base import Base

    return tuple(c.name for c in Base.metadata.tables[table.strip('"')].primary_key.columns)


@lru_cache(maxsize=2048)
def pg_sql(sql: str) -> str:
    """`sql` (SQLite's dialect, `?` parameters) in PostgreSQL's, `%s` parameters."""
    sql = _PRINTF_HEX.sub(r"lpad(to_hex(\1), 16, '0')", sql)
    parts = _QUOTED.split(_JSON_EXTRACT.sub(r"(\1::jsonb #>> '{}')", sql))
    for i in range(0, len(parts), 2):  # outside quoted text
        text = parts[i].replace("%", "%%").replace("?", "%s")
        parts[i] = _NO_INDEX.sub("", _MAX2.sub(r"greatest(\1, \2)", text))
    for i in range(1, len(parts), 2):
        parts[i] = parts[i].replace("%", "%%")
    out = "".join(parts)
    match = _INSERT_OR.match(out)
    if match:
        action, table, cols = match.group(1).upper(), match.group(2), match.group(3)
        out = f"INSERT INTO {table} ({cols})" + out[match.end():]
        if action == "IGNORE":
            out += " ON CONFLICT DO NOTHING"
        else:
            key = primary_key(table)
            names = [c.strip().strip('"') for c in cols.split(",")]
            others = [c for c in names if c not in key]
            keys = ", ".join(f'"{k}"' for k in key)
            if others:
                sets = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in others)
                out += f" ON CONFLICT ({keys}) DO UPDATE SET {sets}"
            else:
                out += f" ON CONFLICT ({keys}) DO NOTHING"
    return out


# --- values as SQLite gives them -----------------------------------------------------------
@lru_cache(maxsize=1)
def _adapter_classes() -> tuple[Any, Any, Any]:
    """psycopg adapters: integers sent untyped (PostgreSQL types each from its statement: a
    bigint, or 0/1 into a boolean column, as SQLite stores them), dates loaded as ISO text,
    booleans as 0/1."""
    from psycopg import adapt

    class IntUntyped(adapt.Dumper):
        oid = 0  # unknown: typed by the statement

        def dump(self, obj: Any) -> bytes:
            return str(int(obj)).encode()

    class TextLoad(adapt.Loader):
        def load(self, data: Any) -> str:
            return bytes(data).decode()

    class BoolAsInt(adapt.Loader):
        def load(self, data: Any) -> int:
            return 1 if bytes(data) == b"t" else 0

    return IntUntyped, TextLoad, BoolAsInt


def _sqlite_values(cursor: Any) -> None:
    untyped, text, as_int = _adapter_classes()
    adapters = cursor.adapters
    adapters.register_dumper(int, untyped)
    adapters.register_dumper(bool, untyped)
    adapters.register_loader("date", text)
    adapters.register_loader("bool", as_int)


class PgCursor:
    """A psycopg cursor that takes and returns what a sqlite3 cursor does."""

    dialect = POSTGRESQL

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self._cur = connection.cursor()
        _sqlite_values(self._cur)  # (the cursor's own copy of the connection's adapters)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> PgCursor:
        if sql.lstrip()[:6].upper() == "PRAGMA":
            self._cur.execute("SELECT 1 WHERE false")
            return self
        self._cur.execute(pg_sql(sql), tuple(params))
        return self

    def executemany(self, sql: str, rows: Any) -> PgCursor:
        rows = rows if isinstance(rows, list) else list(rows)
        if rows:
            self._cur.executemany(pg_sql(sql), rows)
        return self

    def fetchone(self) -> Any:
        return self._cur.fetchone() if self._cur.description is not None else None

    def fetchall(self) -> list[Any]:
        return self._cur.fetchall() if self._cur.description is not None else []

    def fetchmany(self, size: int) -> list[Any]:
        return self._cur.fetchmany(size) if self._cur.description is not None else []

    def scalar(self) -> Any:
        row = self.fetchone()
        return None if row is None else row[0]

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall()) if self._cur.description is None else iter(self._cur)

    @property
    def description(self) -> Any:
        return self._cur.description

    @property
    def rowcount(self) -> int:
        return int(self._cur.rowcount)

    def close(self) -> None:
        self._cur.close()


class PgConnection:
    """A psycopg connection with sqlite3's shortcuts (`execute` on the connection)."""

    dialect = POSTGRESQL

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def cursor(self) -> PgCursor:
        return PgCursor(self.connection)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> PgCursor:
        return self.cursor().execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> PgCursor:
        return self.cursor().executemany(sql, rows)

    def commit(self) -> None:
        self.connection.commit()

    def rollback(self) -> None:
        self.connection.rollback()
