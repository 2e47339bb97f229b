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
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from lishui_desktop.sync import hlc
from lishui_desktop.sync.author import AUTHOR_SQL
from lishui_desktop.sync.tables import synced_columns, table_names

TRIGGER_PREFIX = "sync_capture_"
_DEVICE = AUTHOR_SQL


class _CaptureState:
    __slots__ = ("on", "last")

    def __init__(self) -> None:
        self.on = True
        self.last = 0  # the last clock this connection issued


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

    def reserve_clocks(persisted: int | None, count: int) -> int:
        """The first of `count` consecutive clocks for one statement's ops: above the wall
        clock, the database's last clock and this connection's last one."""
        first = hlc.next_hlc(max(persisted or 0, state.last), hlc.wall_ms() + hlc.skew_for(path))
        if count > 0:
            state.last = first + count - 1
        return first

    conn.create_function("lishui_capture", 0, lambda: 1 if state.on else 0)
    conn.create_function("lishui_hlc", 2, reserve_clocks)
    conn.create_function("lishui_last_hlc", 0, lambda: state.last)


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
def _capture_sql(table: str, row: str, fields: list[tuple[str, str, str | None]]) -> str:
    """Statements appending one op per field `(column, value expression, changed condition)`
    whose condition holds, in one INSERT: consecutive sequence numbers after the device's
    last, consecutive clocks reserved once per row, and as `prev` the clocks each op replaces
    (the field's winner, the highest clock of its ops in the log, or every head of a field in
    conflict; looked up only when the row has ops at all). Then the settled heads go and the
    database's last clock advances."""
    values = ", ".join(
        f"({n}, '{col}', json_quote({value}), {changed or 1})"
        for n, (col, value, changed) in enumerate(fields, 1)
    )
    count = " + ".join(f"({changed})" for _col, _value, changed in fields if changed)
    count = count or str(len(fields))
    prev = (
        "CASE WHEN d.known THEN coalesce(CASE WHEN d.headed THEN ("
        "SELECT group_concat(json_extract(j.value, '$[0]'), ',') "
        "FROM sync_field_heads h, json_each(h.heads) j "
        f"WHERE h.tbl = '{table}' AND h.row_id = {row} AND h.col = c.column2) END, "
        "(SELECT printf('%016x', l.hlc) || l.device_id FROM sync_change_log l "
        f"WHERE l.row_id = {row} AND l.col = c.column2 AND l.tbl = '{table}' "
        "ORDER BY l.hlc DESC, l.device_id DESC LIMIT 1)) END"
    )
    settled = " OR ".join(
        f"(col = '{col}' AND {changed or 1})" for col, _value, changed in fields
    )
    return (
        "INSERT INTO sync_change_log(device_id, seq, hlc, tbl, row_id, col, value, prev) "
        "SELECT d.value, d.seq + row_number() OVER (ORDER BY c.column1), "
        "d.first + row_number() OVER (ORDER BY c.column1) - 1, "
        f"'{table}', {row}, c.column2, c.column3, {prev} "
        "FROM (SELECT s.value, coalesce((SELECT max(seq) FROM sync_change_log "
        "WHERE device_id = s.value), 0) AS seq, "
        f"lishui_hlc((SELECT value FROM sync_state WHERE key = 'hlc'), {count}) AS first, "
        f"EXISTS (SELECT 1 FROM sync_change_log WHERE row_id = {row}) AS known, "
        f"EXISTS (SELECT 1 FROM sync_field_heads WHERE tbl = '{table}' AND row_id = {row}) AS headed "
        "FROM local_settings s WHERE s.key = 'device_id' LIMIT 1) d, "  # LIMIT: evaluated once
        f"(VALUES {values}) c WHERE c.column4 ORDER BY c.column1;\n"
        f"DELETE FROM sync_field_heads WHERE tbl = '{table}' AND row_id = {row} AND ({settled});\n"
        "INSERT INTO sync_state(key, value) VALUES ('hlc', lishui_last_hlc()) "
        "ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value);\n"
    )


def trigger_sql(table: str) -> dict[str, str]:
    """CREATE TRIGGER statements (by name) capturing inserts and updates of `table`."""
    columns = synced_columns(table)
    when = f"WHEN lishui_capture() AND {_DEVICE} IS NOT NULL"
    insert_body = _capture_sql(table, "NEW.id", [(c, f'NEW."{c}"', None) for c in columns])
    update_body = _capture_sql(
        table, "NEW.id", [(c, f'NEW."{c}"', f'NEW."{c}" IS NOT OLD."{c}"') for c in columns]
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
    for statement in _capture_sql(table, row, [(column, value, None)]).split(";\n"):
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


def clock_warning(db: Database) -> str | None:
    """A sentence for the user when this computer's clock is behind what it recorded."""
    behind = clock_behind_ms(db)
    if behind < 60_000:
        return None
    minutes = behind // 60_000
    return translate(
        "Sync",
        QT_TRANSLATE_NOOP(
            "Sync",
            "This computer's clock is %1 minutes behind the last time it recorded. Check the date "
            "and time; edits are still kept in the right order.",
        ),
        minutes,
    )


def _on_open(db: Database) -> None:
    install_triggers(db)
    from lishui_desktop.sync.merge import replay_unknown

    replay_unknown(db)


add_open_hook(_on_open)
