"""Change capture at one choke point: SQLite triggers generated from the metadata.

Every insert or update of a synced column, whatever wrote it (ORM, raw SQL, bulk update),
appends an op to `sync_change_log` and advances the field's clock in the same transaction.
The per-device sequence number and the hybrid logical clock are computed in SQL from what is
committed, so a rolled-back transaction leaves no gap. Two SQL functions are registered on
every connection: `lishui_capture()` (off while an import applies ops) and `lishui_hlc(last)`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from lishui_desktop.db.database import Database, add_open_hook
from lishui_desktop.db.engine import add_connect_hook
from lishui_desktop.sync import hlc
from lishui_desktop.sync.tables import synced_columns, table_names

TRIGGER_PREFIX = "sync_capture_"
_DEVICE = "(SELECT value FROM local_settings WHERE key='device_id')"
_LAST_OP = (
    f"FROM sync_change_log l WHERE l.device_id = {_DEVICE} AND l.seq = "
    f"(SELECT max(seq) FROM sync_change_log WHERE device_id = {_DEVICE})"
)


class _CaptureState:
    __slots__ = ("on",)

    def __init__(self) -> None:
        self.on = True


_states: dict[int, _CaptureState] = {}


def _register_functions(conn: sqlite3.Connection) -> None:
    state = _CaptureState()
    _states[id(conn)] = state
    path = ""
    try:
        for row in conn.execute("PRAGMA database_list"):
            if row[1] == "main":
                path = row[2] or ""
    except sqlite3.Error:
        pass

    def next_clock(last: int | None) -> int:
        return hlc.next_hlc(last, hlc.wall_ms() + hlc.skew_for(path))

    conn.create_function("lishui_capture", 0, lambda: 1 if state.on else 0)
    conn.create_function("lishui_hlc", 1, next_clock)


add_connect_hook(_register_functions)


def _state(dbapi_conn: Any) -> _CaptureState:
    state = _states.get(id(dbapi_conn))
    if state is None:
        _register_functions(dbapi_conn)
        state = _states[id(dbapi_conn)]
    return state


@contextmanager
def paused_on(dbapi_conn: Any) -> Iterator[None]:
    state = _state(dbapi_conn)
    before = state.on
    state.on = False
    try:
        yield
    finally:
        state.on = before


@contextmanager
def capture_paused(session: Session) -> Iterator[None]:
    """Writes in this block are not captured (identical reference rows; applying imports)."""
    session.flush()
    dbapi_conn = session.connection().connection.dbapi_connection
    with paused_on(dbapi_conn):
        yield
        session.flush()


# --- triggers ----------------------------------------------------------------------------
def _op_statements(table: str, column: str, row_expr: str, value_expr: str, guard: str) -> str:
    """Insert the op (naming the clocks it replaces: the winner, or every head of a field in
    conflict), make it the field's winner, advance the database's last clock."""
    where = f" AND {guard}" if guard else ""
    return (
        "INSERT INTO sync_change_log(device_id, seq, hlc, tbl, row_id, col, value, prev) "
        f"SELECT s.value, coalesce((SELECT max(seq) FROM sync_change_log WHERE device_id = s.value), 0) + 1, "
        "lishui_hlc((SELECT value FROM sync_state WHERE key = 'hlc')), "
        f"'{table}', {row_expr}, '{column}', json_quote({value_expr}), "
        "(SELECT CASE WHEN f.heads IS NULL THEN f.clock ELSE (SELECT group_concat("
        "json_extract(j.value, '$[0]'), ',') FROM json_each(f.heads) j) END FROM sync_field_clock f "
        f"WHERE f.tbl = '{table}' AND f.row_id = {row_expr} AND f.col = '{column}') "
        f"FROM local_settings s WHERE s.key = 'device_id'{where};\n"
        "INSERT INTO sync_field_clock(tbl, row_id, col, clock, max_prev, heads) "
        f"SELECT l.tbl, l.row_id, l.col, printf('%016x', l.hlc) || l.device_id, l.prev, NULL {_LAST_OP}{where} "
        "ON CONFLICT(tbl, row_id, col) DO UPDATE SET clock = excluded.clock, "
        "max_prev = excluded.max_prev, heads = NULL;\n"
        f"INSERT INTO sync_state(key, value) SELECT 'hlc', l.hlc {_LAST_OP}{where} "
        "ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value);\n"
    )


def trigger_sql(table: str) -> dict[str, str]:
    """CREATE TRIGGER statements (by name) capturing inserts and updates of `table`."""
    columns = synced_columns(table)
    when = f"WHEN lishui_capture() AND {_DEVICE} IS NOT NULL"
    insert_body = "".join(
        _op_statements(table, c, "NEW.id", f'NEW."{c}"', "") for c in columns
    )
    update_body = "".join(
        _op_statements(table, c, "NEW.id", f'NEW."{c}"', f'NEW."{c}" IS NOT OLD."{c}"')
        for c in columns
    )
    ins, upd = f"{TRIGGER_PREFIX}{table}_ins", f"{TRIGGER_PREFIX}{table}_upd"
    return {
        ins: f'CREATE TRIGGER "{ins}" AFTER INSERT ON "{table}" {when}\nBEGIN\n{insert_body}END',
        upd: f'CREATE TRIGGER "{upd}" AFTER UPDATE ON "{table}" {when}\nBEGIN\n{update_body}END',
    }


def install_triggers(db: Database) -> int:
    """Create or refresh the capture triggers; returns how many were (re)created."""
    wanted: dict[str, str] = {}
    for table in table_names():
        wanted.update(trigger_sql(table))
    changed = 0
    with db.engine.begin() as conn:
        existing = {
            row[0]: row[1]
            for row in conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            )
        }
        for name, sql in existing.items():
            if name.startswith(TRIGGER_PREFIX) and wanted.get(name) != sql:
                conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        for name, sql in wanted.items():
            if existing.get(name) != sql:
                conn.exec_driver_sql(sql)
                changed += 1
    return changed


def record_op(session: Session, table: str, row_id: str, column: str) -> None:
    """Capture the current value of one field as a new op (e.g. keeping a value in conflict)."""
    if table not in table_names() or column not in synced_columns(table):
        raise ValueError(f"not a synced field: {table}.{column}")
    row = f"'{row_id.replace(chr(39), '')}'"
    value = f'(SELECT "{column}" FROM "{table}" WHERE id = {row})'
    for statement in _op_statements(table, column, row, value, "").split(";\n"):
        if statement.strip():
            session.execute(text(statement.replace(":", "\\:")))


def clock_behind_ms(db: Database) -> int:
    """How far this machine's clock is behind the last clock this database issued or saw."""
    with db.sessions() as session:
        last = session.execute(text("SELECT value FROM sync_state WHERE key = 'hlc'")).scalar()
    if not last:
        return 0
    now = hlc.wall_ms() + hlc.skew_for(str(db.path))
    return max(0, hlc.physical_ms(int(last)) - now)


def _on_open(db: Database) -> None:
    install_triggers(db)
    from lishui_desktop.sync.merge import replay_unknown

    replay_unknown(db)


add_open_hook(_on_open)
