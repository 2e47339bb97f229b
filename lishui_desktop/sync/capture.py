"""Change capture in application code, inside the writing transaction, one batch at a time.

Every write of a synced field appends an op `(author, seq, hlc, table, row, column, value,
prev)` to `sync_change_log`. A batch (one ORM flush, one bulk insert of an import or of the
demo) costs a few statements whatever its size: the author's next sequence number and the
clock are reserved once, the clocks each op replaces (`prev`: the field's winner, or every
head of a field in conflict) are read in one query per table, and the ops go in with one
executemany. Nothing calls back into Python per row, and any other tool can write the file
(`lishui check` then reports what it changed, see sync/drift.py).

The write paths:
* the ORM (ledger saves, people, targets, identities, keys): `after_flush` of every Session
  captures the rows the flush inserted and the synced columns it changed;
* bulk Core writes (Excel import, demo, reference data added by an update): `insert_rows`
  and `update_rows` write and capture, or `record` captures what the caller wrote itself;
* merge applies ops that are already in the log and captures nothing.
Writes that must not be captured (the reference rows every laptop seeds identically) run
inside `capture_paused(session)`. Only SQLAlchemy Core and portable SQL are used here.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cache
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Table,
    bindparam,
    event,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session, UOWTransaction

from lishui_desktop.db.base import Base, now_text
from lishui_desktop.db.database import Database
from lishui_desktop.db.sync_models import SyncFieldHeads, SyncOpRun, SyncState
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill, translate
from lishui_desktop.sync import hlc
from lishui_desktop.sync.author import current_author
from lishui_desktop.sync.log import COLUMNS, cols_json, encode_json, expand
from lishui_desktop.sync.ops import MAX_PREVS, Op
from lishui_desktop.sync.tables import synced_columns, table_names

CAPTURE_OFF = "lishui_capture_off"  # Session.info key: writes of this session are not captured
CHUNK = 500  # ids in one IN (...)
_RUNS = cast(Table, SyncOpRun.__table__)
_HEADS = cast(Table, SyncFieldHeads.__table__)
_STATE = cast(Table, SyncState.__table__)
Change = tuple[str, Mapping[str, Any]]  # (row id, {column: value})


def op_value(value: Any) -> Any:
    """A value as ops carry it and SQLite stores it: booleans as 0/1, dates as ISO text."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# --- the batch -----------------------------------------------------------------------------
def record(conn: Connection, table: str, changes: Sequence[Change], *, new: bool = False) -> int:
    """Capture `changes` already written in this transaction: one op per given synced column
    of each row (other keys are ignored). `new`: the rows were just inserted, every synced
    column is captured (missing ones as null) and there is no earlier clock to look up.
    Returns how many ops were appended."""
    if not changes or table not in _synced():
        return 0
    author = current_author(_dbapi(conn))
    if author is None:  # a database not set up yet: nothing is anybody's edit
        return 0
    columns = synced_columns(table)
    if new:
        convert = _converters(table)
        ordered = sorted(changes, key=_first)
        return _append_new(conn, table, author, [row_id for row_id, _values in ordered], [
            [values.get(c) if f is None else f(values.get(c)) for c, f in convert] for _row_id, values in ordered
        ])
    written: list[tuple[str, Sequence[str], Sequence[Any]]] = []  # (row id, columns, values)
    wanted = set(columns)
    for row_id, values in sorted(changes, key=_first):
        cols = [col for col in values if col in wanted]
        if cols:
            written.append((row_id, cols, [op_value(values[col]) for col in cols]))
    return _append(conn, table, author, written)


def _append(conn: Connection, table: str, author: str, written: Sequence[tuple[str, Sequence[str], Sequence[Any]]]) -> int:
    """One run per written row, numbered and clocked after the author's last op."""
    count = sum(len(cols) for _row, cols, _values in written)
    if not count:
        return 0
    prevs, headed = _previous(conn, table, {w[0] for w in written})
    if prevs and "deleted" in synced_columns(table):
        prevs = with_row_seen(prevs, written)
    seq = _last_seq(conn, author) + 1
    clock = _reserve_clocks(conn, count)
    runs = []
    for row_id, cols, vals in written:  # consecutive numbers and clocks, one run per row
        n = len(cols)
        before = [prevs.get((row_id, col)) for col in cols] if prevs else None
        start = clock if not before or not any(before) else max(
            clock, *(hlc.op_clock(clock + i, _top(p)) - i for i, p in enumerate(before) if p)
        )  # above every clock the row's ops replace, even one far ahead (hlc.op_clock)
        runs.append((author, seq, seq + n - 1, start, table, row_id, cols_json(tuple(cols)), encode_json(vals),
                     encode_json(before) if before and any(before) else None))
        seq, clock = seq + n, clock + n
    _executemany(conn, _RUNS, COLUMNS, runs)
    done = {(row_id, col) for row_id, cols, _v in written for col in cols} if headed else set()
    settled = [key for key in headed if key in done]
    if settled:  # an edit that saw every head of a field in conflict settles it
        conn.execute(
            _HEADS.delete().where(
                _HEADS.c.tbl == table, _HEADS.c.row_id == bindparam("r"), _HEADS.c.col == bindparam("c")
            ),
            [{"r": r, "c": c} for r, c in settled],
        )
    return count


def with_row_seen(
    prevs: dict[tuple[str, str], str], written: Sequence[tuple[str, Sequence[str], Sequence[Any]]]
) -> dict[tuple[str, str], str]:
    """A delete names, besides the clocks of `deleted` it replaces, the clocks of every other
    field of the row it had seen: an edit it had not seen (made elsewhere at the same time)
    is then a review item whatever the order bundles arrive in (sync/conflicts.py). The extra
    clocks belong to other fields, so they supersede nothing of `deleted`."""
    deleting = {
        row_id for row_id, cols, vals in written
        for col, value in zip(cols, vals, strict=True) if col == "deleted" and value
    }
    if not deleting:
        return prevs
    seen: dict[str, list[str]] = {}
    for (row_id, col), prev in prevs.items():
        if row_id in deleting and col != "deleted":
            seen.setdefault(row_id, []).extend(prev.split(","))
    out = dict(prevs)
    for row_id in deleting:
        own = [c for c in (prevs.get((row_id, "deleted")) or "").split(",") if c]
        clocks = list(dict.fromkeys([*own, *sorted(seen.get(row_id, []))]))[:MAX_PREVS]
        if clocks:
            out[(row_id, "deleted")] = ",".join(clocks)
    return out


def _top(prev: str) -> int:
    """The highest clock (hlc part) among the clocks an op replaces."""
    return max(int(clock[:16], 16) for clock in prev.split(","))


def insert_rows(conn: Connection, table: str, rows: Sequence[Mapping[str, Any]]) -> int:
    """Insert new rows of a synced table and capture them; returns how many ops were appended.

    Each row is a mapping with its `id`; a column it lacks gets the column's default (display
    stamps: now), so what is captured is exactly what is stored. On SQLite the values are
    converted once (booleans 0/1, dates ISO text) for the row and its ops alike."""
    if not rows:
        return 0
    if conn.dialect.name != "sqlite":  # another store's types: bind as Core does, then capture
        target = _table(table)
        full = [_blank(table) | {"created_at": now_text(), "updated_at": now_text()} | dict(row) for row in rows]
        conn.execute(insert(target), full)
        return record(conn, table, [(str(row["id"]), row) for row in full], new=True)
    names, *_plan, synced = _insert_plan(table)
    stored = stored_rows(table, rows)
    runs_sql = _runs_of_inserted_sql(table)
    if runs_sql:
        before = conn.exec_driver_sql(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').scalar()
    _executemany(conn, _table(table), names, stored)
    author = current_author(_dbapi(conn))
    if author is None or table not in _synced():
        return 0
    if runs_sql:  # the runs made by SQLite from the rows as stored: no value goes through Python again
        size = len(synced_columns(table))
        seq, clock = _last_seq(conn, author) + 1, _reserve_clocks(conn, size * len(stored))
        conn.exec_driver_sql(runs_sql, (author, seq, size, clock, table, cols_json(synced_columns(table)), before))
        return size * len(stored)
    key = names.index("id")
    stored.sort(key=itemgetter(key))
    return _append_new(conn, table, author, [t[key] for t in stored], list(map(itemgetter(*synced), stored)))


@cache
def _runs_of_inserted_sql(table: str) -> str | None:
    """`_append_new` in one statement for rows just inserted into `table` (rowid above ?7):
    one run per row in id order, its values the row's synced columns as a JSON array (as
    `encode_json` writes them, up to spacing and escapes: read back the same). None when
    SQLite cannot (no JSON functions, a table without rowid, not synced)."""
    if table not in _synced() or sqlite3.sqlite_version_info < (3, 38, 0):
        return None
    if _table(table).dialect_options["sqlite"].get("with_rowid") is False:
        return None
    cols = ", ".join(f't."{c}"' for c in synced_columns(table))
    return (  # only ids and rowids sorted (numbering the rows in id order), then each row read by rowid
        f"INSERT INTO {_RUNS.name} ({', '.join(COLUMNS)}) "
        f"SELECT ?1, ?2 + (o.n - 1) * ?3, ?2 + o.n * ?3 - 1, ?4 + (o.n - 1) * ?3, ?5, t.id, ?6, json_array({cols}), NULL "
        f'FROM (SELECT rowid AS r, row_number() OVER (ORDER BY id) AS n FROM "{table}" NOT INDEXED WHERE rowid > ?7) AS o '
        f'JOIN "{table}" AS t ON t.rowid = o.r'
    )


def stored_rows(table: str, rows: Sequence[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
    """New rows as SQLite stores them: tuples in table order (`_insert_plan`), a column a row
    lacks set to its default (display stamps: now), booleans 0/1, dates ISO text. Column by
    column: one pass of each converter over a column, no Python step per value otherwise."""
    names, defaults, convert, _synced_at = _insert_plan(table)
    try:
        stored: list[tuple[Any, ...]] = list(map(itemgetter(*names), rows))  # rows naming every column
    except KeyError:
        blank = dict(zip(names, defaults, strict=True))
        stored = [tuple(map({**blank, **row}.__getitem__, names)) for row in rows]
    if not stored:
        return stored
    columns = list(zip(*stored, strict=True))
    stamp = now_text()
    for name in ("created_at", "updated_at"):  # display stamps not given: now
        index = names.index(name)
        if None in columns[index]:
            columns[index] = tuple(value or stamp for value in columns[index])
    for index, function in convert:
        columns[index] = _stored_column(function, columns[index])
    return list(zip(*columns, strict=True))


def _stored_column(function: Any, values: Sequence[Any]) -> tuple[Any, ...]:
    """`map(function, values)`, in C where the column holds only what it expects (booleans,
    dates, nulls): the demo's and an import's ten thousand values, no Python call each."""
    kinds = set(map(type, values))
    if function is _as_int and kinds <= _BOOL_KINDS:
        return tuple(map(_BITS.get, values, values))  # (null stays null)
    if function is _as_date and kinds == _DATE_KINDS:
        return tuple(map(dt.date.isoformat, values))
    return tuple(map(function, values))


def _append_new(conn: Connection, table: str, author: str, row_ids: Sequence[str],
                values: Sequence[Sequence[Any]]) -> int:
    """`_append` of just inserted rows (every synced column, in storage form; nothing
    replaced): one run per row, numbered and clocked in one pass."""
    size = len(synced_columns(table))
    count = size * len(row_ids)
    if not count:
        return 0
    seq = _last_seq(conn, author) + 1
    clock = _reserve_clocks(conn, count)
    cols = cols_json(synced_columns(table))
    runs = [
        (author, seq + at, seq + at + size - 1, clock + at, table, row_id, cols, encode_json(vals), None)
        for at, row_id, vals in zip(range(0, count, size), row_ids, values, strict=True)
    ]
    _executemany(conn, _RUNS, COLUMNS, runs)
    return count


@cache
def _insert_plan(table: str) -> tuple[tuple[str, ...], tuple[Any, ...], tuple[tuple[int, Any], ...], tuple[int, ...]]:
    """Columns of an insert (in table order), their defaults, the converters to storage form
    by position, and the positions of the synced columns."""
    names = tuple(c.key for c in _table(table).columns)
    blank = _blank(table)
    defaults = tuple(blank.get(n) for n in names)
    kinds = dict(_converters(table))
    convert = tuple((i, kinds[n]) for i, n in enumerate(names) if kinds.get(n) is not None)
    synced = tuple(names.index(c) for c in synced_columns(table))
    return names, defaults, convert, synced


@cache
def _blank(table: str) -> dict[str, Any]:
    """Every column with its scalar default (None where it has none)."""
    out: dict[str, Any] = {}
    for column in _table(table).columns:
        default = column.default
        out[column.key] = default.arg if default is not None and getattr(default, "is_scalar", False) else None  # type: ignore[attr-defined]
    return out


@cache
def _converters(table: str) -> tuple[tuple[str, Any], ...]:
    """(column, function to storage form or None) for the columns of `table` ops carry."""
    target = _table(table)
    out = []
    for column in synced_columns(table) if table in _synced() else [c.key for c in target.columns]:
        kind = type(target.c[column].type).__name__
        out.append((column, _CONVERT.get(kind)))
    return tuple(out)


def _as_int(value: Any) -> Any:
    return None if value is None else int(value)


def _as_date(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


_CONVERT = {"Boolean": _as_int, "Date": _as_date}
_BITS = {False: 0, True: 1}
_BOOL_KINDS = {bool, type(None)}
_DATE_KINDS = {dt.date}


def update_rows(conn: Connection, table: str, changes: Sequence[Change]) -> int:
    """Set the given columns of existing rows (grouped by the columns set) and capture them."""
    target = _table(table)
    groups: dict[tuple[str, ...], list[Change]] = {}
    for row_id, values in changes:
        if values:
            groups.setdefault(tuple(sorted(values)), []).append((row_id, values))
    stamp = now_text()
    statement = update(target).where(target.c.id == bindparam("_id"))  # SET: the keys given
    for group in groups.values():
        conn.execute(statement, [{**values, "_id": row_id, "updated_at": stamp} for row_id, values in group])
    return sum(record(conn, table, group) for group in groups.values())


def record_stored(conn: Connection, table: str, row_ids: Sequence[str]) -> int:
    """Capture what these rows hold where it differs from their latest ops (a row written
    with plain SQL whose changed columns the caller does not know, e.g. an upsert)."""
    stored = _stored(conn, table, row_ids)
    latest = _winning_ops(conn, table, set(stored))
    changes = [
        (row_id, {
            col: value for col, value in values.items()
            if (row_id, col) not in latest or latest[(row_id, col)].value != op_value(value)
        })
        for row_id, values in stored.items()
    ]
    return record(conn, table, [c for c in changes if c[1]])


def record_op(session: Session, table: str, row_id: str, column: str) -> None:
    """Capture the current value of one field as a new op (e.g. keeping a value in conflict)."""
    if table not in _synced() or column not in synced_columns(table):
        raise ValueError(f"not a synced field: {table}.{column}")
    session.flush()
    conn = session.connection()
    target = _table(table)
    value = conn.execute(select(target.c[column]).where(target.c.id == row_id)).scalar()
    record(conn, table, [(row_id, {column: value})])


# --- the ORM's unit of work ----------------------------------------------------------------
@contextmanager
def capture_paused(session: Session) -> Iterator[None]:
    """Writes of this session in this block are not captured (identical reference rows)."""
    session.flush()
    before = session.info.get(CAPTURE_OFF, False)
    session.info[CAPTURE_OFF] = True
    try:
        yield
        session.flush()
    finally:
        session.info[CAPTURE_OFF] = before


def _capture_flush(session: Session, _context: UOWTransaction) -> None:
    """After a flush: the rows it inserted (every synced column, as stored) and the synced
    columns it changed, one batch per table."""
    if session.info.get(CAPTURE_OFF):
        return
    inserted: dict[str, list[str]] = {}
    changed: dict[str, dict[str, tuple[str, ...]]] = {}
    for obj in session.new:
        table = _synced_table_of(obj)
        if table:
            inserted.setdefault(table, []).append(inspect(obj).dict["id"])
    for obj in session.dirty:
        table = _synced_table_of(obj)
        if table:
            attrs = inspect(obj).attrs
            cols = tuple(c for c in synced_columns(table) if attrs[c].history.has_changes())
            if cols:
                changed.setdefault(table, {})[inspect(obj).dict["id"]] = cols
    for obj in session.deleted:
        if _synced_table_of(obj):
            raise RuntimeError("rows of synced tables are never deleted; set `deleted` instead")
    if not inserted and not changed:
        return
    conn = session.connection()
    for table in _synced():  # parents before children, as the log is read back
        if table in inserted:
            stored = _stored(conn, table, inserted[table])
            record(conn, table, [(row_id, stored[row_id]) for row_id in inserted[table]], new=True)
        if table in changed:
            stored = _stored(conn, table, list(changed[table]))
            record(conn, table, [
                (row_id, {c: stored[row_id][c] for c in cols}) for row_id, cols in changed[table].items()
            ])


event.listen(Session, "after_flush", _capture_flush)


def _synced_table_of(obj: Any) -> str | None:
    name = getattr(getattr(obj, "__table__", None), "name", None)
    return name if name in _synced() else None


def _stored(conn: Connection, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The synced columns of these rows as stored (what the flush wrote, with its defaults)."""
    target = _table(table)
    columns = [target.c[c] for c in synced_columns(table)]
    found: dict[str, dict[str, Any]] = {}
    for part in _chunks(list(ids)):
        for row in conn.execute(select(target.c.id, *columns).where(target.c.id.in_(part))):
            found[row[0]] = dict(zip(synced_columns(table), row[1:], strict=True))
    return found


# --- numbers, clocks and previous clocks, once per batch ----------------------------------
def _last_seq(conn: Connection, author: str) -> int:
    last = conn.execute(
        select(_RUNS.c.last).where(_RUNS.c.device_id == author).order_by(_RUNS.c.seq.desc()).limit(1)
    ).scalar()
    return int(last or 0)


def _reserve_clocks(conn: Connection, count: int) -> int:
    """The first of `count` consecutive clocks, above the wall clock and every clock this
    database issued or saw; the last of them is stored in the same transaction."""
    persisted = conn.execute(select(_STATE.c.value).where(_STATE.c.key == "hlc")).scalar()
    first = hlc.next_hlc(persisted, hlc.wall_ms() + hlc.skew_for(conn.engine.url.database or ""))
    last = first + count - 1
    if persisted is None:
        conn.execute(insert(_STATE).values(key="hlc", value=last))
    else:
        conn.execute(update(_STATE).where(_STATE.c.key == "hlc").values(value=last))
    return first


def _previous(
    conn: Connection, table: str, row_ids: set[str]
) -> tuple[dict[tuple[str, str], str], list[tuple[str, str]]]:
    """For the fields of these rows: the clocks a new op replaces ({(row, col): prev}) and the
    fields held in conflict (whose heads the op settles)."""
    winners = _winning_ops(conn, table, row_ids)
    prevs = {key: op.clock for key, op in winners.items()}
    heads: list[tuple[str, str]] = []
    for part in _chunks(sorted(row_ids)):
        for row_id, col, held in conn.execute(
            select(_HEADS.c.row_id, _HEADS.c.col, _HEADS.c.heads).where(
                _HEADS.c.tbl == table, _HEADS.c.row_id.in_(part)
            )
        ):
            prevs[(row_id, col)] = ",".join(str(h[0]) for h in json.loads(held))
            heads.append((row_id, col))
    return prevs, heads


def _winning_ops(conn: Connection, table: str, row_ids: set[str]) -> dict[tuple[str, str], Op]:
    """The op with the highest clock of every field of these rows (one query per chunk)."""
    best: dict[tuple[str, str], Op] = {}
    for part in _chunks(sorted(row_ids)):
        runs = conn.execute(
            select(*(_RUNS.c[c] for c in COLUMNS)).where(_RUNS.c.row_id.in_(part), _RUNS.c.tbl == table)
        )
        for op in expand(runs):
            key = (op.row_id, op.col)
            held = best.get(key)
            if held is None or (op.hlc, op.device) > (held.hlc, held.device):
                best[key] = op
    return best


# --- plumbing ------------------------------------------------------------------------------
@cache
def _synced() -> tuple[str, ...]:
    return table_names()


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _first(change: Change) -> str:
    return change[0]


def _chunks(items: list[Any], size: int = CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _dbapi(conn: Connection) -> Any:
    return conn.connection.dbapi_connection


_INSERTS: dict[tuple[str, tuple[str, ...], str], tuple[str, bool]] = {}


def _insert_sql(conn: Connection, table: Table, names: tuple[str, ...]) -> tuple[str, bool]:
    key = (table.name, names, conn.dialect.name)
    found = _INSERTS.get(key)
    if found is None:
        compiled = insert(table).values({n: bindparam(n) for n in names}).compile(dialect=conn.dialect)
        if compiled.positional and tuple(compiled.positiontup or ()) != names:
            raise RuntimeError(f"insert parameters of {table.name} not in table order: {names}")
        found = _INSERTS[key] = (str(compiled), bool(compiled.positional))
    return found


def _executemany(conn: Connection, table: Table, names: tuple[str, ...], rows: Sequence[Sequence[Any]]) -> None:
    """One executemany of an INSERT that Core compiled for this dialect (no per-row work of
    SQLAlchemy's own: the bulk of an import or of the demo goes through here)."""
    if not rows:
        return
    sql, positional = _insert_sql(conn, table, names)
    if not positional:  # named parameters (e.g. PostgreSQL drivers): let Core bind them
        conn.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])
        return
    conn.exec_driver_sql(sql, rows)


# --- the clock at start-up -----------------------------------------------------------------
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
    return fill(translate(
        "Sync",
        QT_TRANSLATE_NOOP(
            "Sync",
            "This computer's clock is %1 minutes behind the last time it recorded. Check the date "
            "and time; edits are still kept in the right order.",
        )),
        minutes,
    )
