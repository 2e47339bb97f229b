"""Applying ops: per-column last-writer-wins on (hlc, device), with concurrent edits recorded.

An op names the clocks it replaced in `prev` (comma-separated): the field's winner, or every
head when the field was in conflict. An op is superseded when a held op names it, or when a
later op of the same device touched the field (a device sees its own edits). The heads of a
field are its ops that nothing supersedes; the winner (highest clock) is always one of them.
Winner and heads are functions of the set of ops held, so every replica holding the same ops
agrees on values and on conflicts, whatever order the bundles came in. A field is in conflict
when its heads hold more than one value; an edit made while a conflict shows names every head
and so settles it.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import attrgetter, ne, or_
from typing import Any

from lishui_desktop.db.base import now_text
from lishui_desktop.db.engine import qmark_execute
from lishui_desktop.sync import hlc, log
from lishui_desktop.sync.duplicates import new_people_matching
from lishui_desktop.sync.ops import Columns, Op, columns_of, value_text
from lishui_desktop.sync.survivors import settle
from lishui_desktop.sync.tables import is_known, synced_columns

CHUNK = 400
STAGE = "temp.sync_staged_rows"
_DEVICE, _SEQ, _HLC = attrgetter("device"), attrgetter("seq"), attrgetter("hlc")


@dataclass
class TableStats:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflict: int = 0
    duplicate: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class MergeResult:
    ops_total: int = 0
    ops_new: int = 0
    ops_unknown: int = 0
    max_hlc: int = 0
    tables: dict[str, TableStats] = field(default_factory=dict)
    by_device: dict[str, int] = field(default_factory=dict)  # new ops per origin device


def add_result(total: MergeResult, part: MergeResult) -> None:
    """Fold the result of one batch of an import into the import's."""
    total.ops_total += part.ops_total
    total.ops_new += part.ops_new
    total.ops_unknown += part.ops_unknown
    total.max_hlc = max(total.max_hlc, part.max_hlc)
    for table, stats in part.tables.items():
        into = total.tables.setdefault(table, TableStats())
        for name, value in stats.as_dict().items():
            setattr(into, name, getattr(into, name) + value)
    for device, count in part.by_device.items():
        total.by_device[device] = total.by_device.get(device, 0) + count


class _Field:
    """A field's merge state: its winner's clock and prev; heads [clock, value JSON, prev] when
    more than one."""

    __slots__ = ("clock", "prev", "heads", "dirty", "stored")

    def __init__(self, clock: str, prev: str | None, heads: list[list[Any]] | None) -> None:
        self.clock = clock
        self.prev = prev  # the winner's prev
        self.heads = heads
        self.dirty = False
        self.stored = False  # heads held in sync_field_heads


def prevs(prev: str | None) -> list[str]:
    return prev.split(",") if prev else []


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _spans(ops: Sequence[Op]) -> dict[str, list[int]]:
    spans: dict[str, list[int]] = {}
    devices = set(map(_DEVICE, ops))
    if len(devices) == 1:  # the usual bundle: one device's ops, bounds found in C
        seqs = list(map(_SEQ, ops))
        spans[devices.pop()] = [min(seqs), max(seqs)]
    for op in ops if not spans else ():
        span = spans.setdefault(op.device, [op.seq, op.seq])
        span[0] = min(span[0], op.seq)
        span[1] = max(span[1], op.seq)
    return spans


def known_seqs(cur: sqlite3.Cursor, ops: Sequence[Op]) -> set[tuple[str, int]]:
    """(device, seq) of the given ops that the change log already holds."""
    held: set[tuple[str, int]] = set()
    for device, (low, high) in _spans(ops).items():
        held.update((device, seq) for seq in log.held_seqs(cur, device, low, high))
    return held


def split_held(
    cur: sqlite3.Cursor, ops: Sequence[Op], *, one_run: bool = False
) -> tuple[list[Op], list[tuple[Op, Op]]]:
    """The ops the change log does not hold yet, and the held (author, seq) arriving with other
    content: forks, never skipped unseen. `ops` hold each (author, seq) once. Held ops are
    compared as ops (values as decoded, booleans as 0/1 both sides). `one_run`: the ops are
    one author's in sequence order (as a bundle's segment gives them): their span is read off
    their ends."""
    if not ops:
        return [], []
    spans = {ops[0].device: [ops[0].seq, ops[-1].seq]} if one_run else _spans(ops)
    held: dict[tuple[str, int], Op] = {}
    for device, (low, high) in spans.items():
        for op in log.ops_in_range(cur, device, low, high):
            held[(op.device, op.seq)] = op
    if not held:
        return list(ops), []
    fresh: list[Op] = []
    forks: list[tuple[Op, Op]] = []
    for op in ops:
        mine = held.get((op.device, op.seq))
        if mine is None:
            fresh.append(op)
        elif mine != op:
            forks.append((op, mine))
    return fresh, forks


class Merger:
    """Merge a batch of ops on one cursor inside a transaction the caller owns."""

    def __init__(self, cur: sqlite3.Cursor, replaying: Iterable[tuple[str, int]] = (),
                 counted: set[int] | None = None) -> None:
        self.cur = cur
        self.counted = counted  # records an earlier batch of the same import counted (hashes)
        self.fields: dict[tuple[str, str, str], _Field] = {}
        self.values: dict[tuple[str, str], dict[str, Any]] = defaultdict(dict)  # new winners
        self.existing: dict[str, dict[str, dict[str, Any]]] = {}  # table -> id -> row
        self.hist: dict[tuple[str, str, str], list[tuple[str, int, str | None]]] = {}
        self.headed: set[tuple[str, str, str]] = set()  # fields merged onto an earlier state
        self.replaying = set(replaying)  # logged ops being applied now: not yet state

    # --- loading ---------------------------------------------------------------------
    def _load(self, columns: Columns) -> None:
        """The touched rows, and their fields' states from the change log: the winner is the
        op with the highest clock; every op is kept as the field's history."""
        tables = set(columns.tbls)
        rows_by_table: dict[str, set[str]]
        if len(tables) == 1:  # the usual bundle: its rows gathered in C
            rows_by_table = {next(iter(tables)): set(columns.rows)}
        else:
            rows_by_table = defaultdict(set)
            for table, row_id in zip(columns.tbls, columns.rows, strict=True):
                rows_by_table[table].add(row_id)
        fields, hist, replaying = self.fields, self.hist, self.replaying
        for table, ids in rows_by_table.items():
            id_list = sorted(ids)
            cols = ", ".join(f'"{c}"' for c in synced_columns(table))
            found = self.existing.setdefault(table, {})
            for part in _chunks(id_list):
                marks = ",".join("?" * len(part))
                cursor = self.cur.execute(
                    f'SELECT id, {cols} FROM "{table}" WHERE id IN ({marks})', part
                )
                names = [d[0] for d in cursor.description]
                for row in cursor:
                    found[row[0]] = dict(zip(names[1:], row[1:], strict=True))
                for device, seq, hlc_v, _tbl, row_id, col, _value, prev in log.ops_of_rows(self.cur, table, part):
                    if replaying and (device, seq) in replaying:
                        continue
                    key = (table, row_id, col)
                    clock = "%016x%s" % (hlc_v, device)  # noqa: UP031
                    state = fields.get(key)
                    if state is None:
                        fields[key] = _Field(clock, prev, None)
                        hist[key] = [(device, hlc_v, prev)]
                        continue
                    if clock > state.clock:
                        state.clock, state.prev = clock, prev
                    hist[key].append((device, hlc_v, prev))
                for row_id, col, heads in self.cur.execute(
                    "SELECT row_id, col, heads FROM sync_field_heads "
                    f"WHERE tbl = ? AND row_id IN ({marks})",
                    (table, *part),
                ):
                    state = fields.get((table, row_id, col))
                    if state is not None:
                        state.heads, state.stored = json.loads(heads), True

    def _current_text(self, table: str, row_id: str, col: str) -> str:
        pending = self.values.get((table, row_id))
        if pending is not None and col in pending:
            return value_text(pending[col])
        row = self.existing.get(table, {}).get(row_id)
        return value_text(row.get(col) if row is not None else None)

    # --- merging ---------------------------------------------------------------------
    def _history(self, key: tuple[str, str, str]) -> list[tuple[str, int, str | None]]:
        """(device, hlc, prev) of every held op on the field (loaded with the rows, plus this
        batch's ops merged onto an earlier state; ops merge in clock order, so an earlier op
        of the batch can never supersede a later one)."""
        return self.hist.setdefault(key, [])

    def _superseded(self, key: tuple[str, str, str], op: Op) -> bool:
        clock = op.clock
        return any(
            (dev == op.device and hlc_v > op.hlc) or clock in prevs(prev)
            for dev, hlc_v, prev in self._history(key)
        )

    def merge(self, ops: Sequence[Op], result: MergeResult, columns: Columns | None = None) -> None:
        """Fold known-column ops (already filtered to new ones) into fields and row values.
        `columns`: the ops' columns_of, when the caller has them."""
        columns = columns or columns_of(ops)
        devices, clocks = columns.devices, columns.hlcs
        if devices.count(devices[0] if ops else None) != len(ops) or list(clocks) != sorted(clocks):
            ops = sorted(ops, key=attrgetter("hlc", "device"))  # one device's ops usually come in order
            columns = columns_of(ops)
        self._load(columns)
        touched: dict[tuple[str, str], bool] = {}
        fields, values, headed = self.fields, self.values, self.headed
        slow: list[Op] = []
        if values or not self._set_new_fields(ops, columns, slow):
            slow.clear()
            keys = list(zip(columns.tbls, columns.rows, columns.cols, strict=True))
            if len(set(keys)) == len(keys):
                repeated: set[tuple[str, str, str]] = set()
            else:
                repeated = {key for key, count in Counter(keys).items() if count > 1}
            if fields or repeated:  # fields with a state, or met twice: compared op by op below
                slow = [op for key, op in zip(keys, ops, strict=True) if key in fields or key in repeated]
            # A field never seen and met once in this batch: its op simply wins.
            for key, value in zip(keys, columns.values, strict=True):
                if key not in fields and key not in repeated:
                    values[key[:2]][key[2]] = value
        touched.update(dict.fromkeys(values, True))
        for op in slow:
            tbl, row_id, col = op.tbl, op.row_id, op.col
            key = (tbl, row_id, col)
            state = fields.get(key)
            if state is None:  # a field never seen: its first op wins, nothing to compare
                state = fields[key] = _Field("%016x%s" % (op.hlc, op.device), op.prev, None)  # noqa: UP031
                state.dirty = True
                row = (tbl, row_id)
                values[row][col] = op.value
                touched[row] = True
                continue
            clock = op.clock
            replaced = set(prevs(op.prev))
            headed.add(key)
            heads = state.heads or [[state.clock, None, state.prev]]
            if all(h[0] in replaced for h in heads):  # saw everything: the sole head
                state.heads = None
            else:
                if state.heads is None:
                    heads = [[state.clock, self._current_text(*key), state.prev]]
                kept = [
                    h for h in heads
                    if h[0] not in replaced
                    and not (h[0][16:] == op.device and int(h[0][:16], 16) < op.hlc)
                ]
                if not self._superseded(key, op):
                    kept.append([clock, op.vtext, op.prev])
                kept.sort()
                state.heads = kept if len(kept) > 1 else None
            if clock > state.clock:
                state.clock, state.prev = clock, op.prev
                self._set(op)
            self._history(key).append((op.device, op.hlc, op.prev))
            state.dirty = True
            touched[(op.tbl, op.row_id)] = True
        self._count(touched, result)

    def _set_new_fields(self, ops: Sequence[Op], columns: Columns, slow: list[Op]) -> bool:
        """The usual batch: most records have no field with a state (new records), each field
        met once, so their ops simply win; their values are set a record at a time (the ops
        of a record come one after another). The ops of records with a state go to `slow`.
        False, with nothing set, when a field is met twice."""
        rows, tables = columns.rows, columns.tbls
        count = len(rows)
        if not count:
            return True
        changes = map(ne, rows[1:], rows[:-1])
        if tables.count(tables[0]) != count:  # (a record of another table starts a record too)
            changes = map(or_, changes, map(ne, tables[1:], tables[:-1]))
        starts = [0, *compress(range(1, count), changes), count]
        firsts, spans = starts[:-1], list(map(slice, starts[:-1], starts[1:]))
        records = list(zip(map(tables.__getitem__, firsts), map(rows.__getitem__, firsts), strict=True))
        stated = {key[:2] for key in self.fields}
        cols, values, update = columns.cols, columns.values, self.values
        direct = count
        if not stated and len(set(records)) == len(records):  # the usual: new records, each in one piece
            fields = map(zip, map(cols.__getitem__, spans), map(values.__getitem__, spans))
            update.update(zip(records, map(dict, fields), strict=True))
        else:
            for record, span in zip(records, spans, strict=True):
                if record in stated:
                    slow += ops[span]
                    direct -= span.stop - span.start
                else:
                    update[record].update(zip(cols[span], values[span], strict=True))
        if sum(map(len, update.values())) != direct:
            update.clear()
            return False
        return True

    def _set(self, op: Op) -> None:
        self.values[(op.tbl, op.row_id)][op.col] = op.value

    def _count(self, touched: dict[tuple[str, str], bool], result: MergeResult) -> None:
        conflicted = set()
        for key in self.headed:  # only fields an op met with a state can hold heads
            f = self.fields[key]
            if f.dirty and f.heads and len({h[1] for h in f.heads}) > 1:
                conflicted.add(key[:2])
        counted, tables, existing = self.counted, result.tables, self.existing
        for table, row_id in touched:
            if counted is not None:  # a record is counted once per import, by its first batch
                mark = hash((table, row_id))
                if mark in counted:
                    continue
                counted.add(mark)
            stats = tables.get(table) or tables.setdefault(table, TableStats())
            held = existing.get(table)
            row = held.get(row_id) if held else None
            new_values = self.values.get((table, row_id), {})
            if row is None:
                stats.new += 1
            elif any(row.get(c) != v for c, v in new_values.items()):
                stats.updated += 1
            else:
                stats.unchanged += 1
            if (table, row_id) in conflicted:
                stats.conflict += 1
        duplicates = self._duplicates()
        if duplicates:
            result.tables.setdefault("persons", TableStats()).duplicate += duplicates

    def _duplicates(self) -> int:
        """New people the review queue will offer for merging (sync/duplicates.py: the one
        rule of entry, queue and preview)."""
        known = self.existing.get("persons", {})
        people = [
            {"id": row_id, **values}
            for (table, row_id), values in self.values.items()
            if table == "persons" and row_id not in known and values.get("name")
        ]
        return new_people_matching(self.cur, people)

    # --- writing ---------------------------------------------------------------------
    def write(self) -> None:
        cur = self.cur
        headed = [(key, self.fields[key]) for key in sorted(self.headed)]
        cur.executemany(
            "INSERT OR REPLACE INTO sync_field_heads(tbl, row_id, col, heads) VALUES (?, ?, ?, ?)",
            [(*key, json.dumps(f.heads, ensure_ascii=False)) for key, f in headed if f.heads],
        )
        cur.executemany(
            "DELETE FROM sync_field_heads WHERE tbl = ? AND row_id = ? AND col = ?",
            [key for key, f in headed if f.stored and not f.heads],
        )
        inserts: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = defaultdict(list)
        updates: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = defaultdict(list)
        stamp = now_text()
        existing = self.existing
        for (table, row_id), values in self.values.items():
            cols = tuple(values)  # in the order the ops set them (the records of a batch share it)
            if row_id in existing.get(table, ()):
                updates[(table, cols)].append((*values.values(), stamp, row_id))
            else:
                inserts[(table, cols)].append((row_id, *values.values(), stamp, stamp))
        for (table, cols), rows in inserts.items():  # nothing is captured: one executemany
            names = ", ".join(f'"{c}"' for c in ("id", *cols, "created_at", "updated_at"))
            cur.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(rows[0]))})', rows)
        for (table, cols), rows in updates.items():
            sets = ", ".join(f'"{c}" = ?' for c in (*cols, "updated_at"))
            cur.executemany(f'UPDATE "{table}" SET {sets} WHERE id = ?', rows)


@contextmanager
def _staged(cur: sqlite3.Cursor, names: str, rows: list[tuple[Any, ...]]) -> Iterator[str]:
    """The rows in a temporary table (connection-local, inside the caller's transaction), for
    one statement to compare them all with a table."""
    cur.execute(f"CREATE TEMP TABLE {STAGE} ({names})")  # on error, the rollback drops it
    cur.executemany(f"INSERT INTO {STAGE} VALUES ({', '.join('?' * len(rows[0]))})", rows)
    yield STAGE
    cur.execute(f"DROP TABLE {STAGE}")


def insert_log(cur: sqlite3.Cursor, ops: Sequence[Op], columns: Columns | None = None) -> None:
    """The ops into the change log (grouped into runs as their author wrote them)."""
    log.insert_ops(cur, ops, columns)


def fresh_ops(cur: sqlite3.Cursor, ops: Sequence[Op], *, unique: bool = False) -> list[Op]:
    """The ops the change log does not hold yet (re-import is a no-op). `unique`: the caller
    knows no op comes twice (a bundle's ops are checked against its ranges)."""
    held = known_seqs(cur, ops)
    if not held and (
        unique or len(set(zip(map(_DEVICE, ops), map(_SEQ, ops), strict=True))) == len(ops)
    ):
        return list(ops)  # nothing held, no op twice
    seen: set[tuple[str, int]] = set()
    fresh: list[Op] = []
    for op in ops:
        ident = (op.device, op.seq)
        if ident in held or ident in seen:
            continue
        seen.add(ident)
        fresh.append(op)
    return fresh


def apply_ops(
    cur: sqlite3.Cursor,
    ops: Sequence[Op],
    *,
    write: bool,
    fresh: list[Op] | None = None,
    now_ms: int | None = None,
    counted: set[int] | None = None,
) -> MergeResult:
    """Skip ops already held, merge the rest; with `write`, store them (caller's transaction).
    `now_ms`: this machine's wall clock (the received clocks are taken up to it plus the
    allowed drift). `counted`: records counted by earlier batches of the same import (left
    out of the counts, and the ones counted now added)."""
    result = MergeResult(ops_total=len(ops))
    if fresh is None:
        fresh = fresh_ops(cur, ops)
    result.ops_new = len(fresh)
    columns = columns_of(fresh)
    tables = set(columns.tbls)
    if len(tables) == 1:  # the usual batch: the pairs found without a tuple per op
        pairs = set(zip(repeat(next(iter(tables))), set(columns.cols)))
    else:
        pairs = set(zip(columns.tbls, columns.cols, strict=True))
    known_pairs = {pair for pair in pairs if is_known(*pair)}
    if len(known_pairs) == len(pairs):
        known, unknown, known_columns = list(fresh), [], columns
    else:
        known = [o for o in fresh if (o.tbl, o.col) in known_pairs]
        unknown = [o for o in fresh if (o.tbl, o.col) not in known_pairs]
        known_columns = columns_of(known)
    result.ops_unknown = len(unknown)
    devices = columns.devices
    if fresh and devices.count(devices[0]) == len(devices):  # the usual batch: one device's
        result.by_device[devices[0]] = len(devices)
    else:
        result.by_device.update(Counter(devices))
    result.max_hlc = max(result.max_hlc, max(columns.hlcs, default=0))
    merger = Merger(cur, counted=counted)
    merger.merge(known, result, known_columns)
    if write and fresh:
        insert_log(cur, fresh, columns)
        cur.executemany(
            "INSERT OR IGNORE INTO sync_unknown_op(device_id, seq) VALUES (?, ?)",
            [(o.device, o.seq) for o in unknown],
        )
        merger.write()
        settle(cur, merger.values)  # late ops of merged-away records land on the survivor
        advance_clock(cur, result.max_hlc, now_ms)
    return result


def advance_clock(cur: sqlite3.Cursor, hlc_value: int, now_ms: int | None = None) -> None:
    """Receive: the next local clock will be above every clock seen, but never beyond this
    machine's wall clock plus the allowed drift: a clock far ahead must not drag this
    computer's clock (and every bundle it writes) along. An edit of a field whose value came
    with such a clock still beats it: capture takes a clock above the field's (hlc.op_clock)."""
    hlc_value = min(hlc_value, hlc.limit_for(now_ms))
    if hlc_value:
        cur.execute(
            "INSERT INTO sync_state(key, value) VALUES ('hlc', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = max(sync_state.value, excluded.value)",
            (hlc_value,),
        )


def replay_unknown(db: Any) -> int:
    """Apply kept ops whose table and column this version now knows; returns how many."""
    from lishui_desktop.sync.session import write_cursor

    with db.engine.connect() as conn:
        count = qmark_execute(conn)("SELECT count(*) FROM sync_unknown_op").scalar()
    if not count:
        return 0
    with write_cursor(db) as cur:
        rows = cur.execute(
            "SELECT l.device_id, l.seq, l.hlc, l.tbl, l.row_id, l.col, l.value, l.prev "
            "FROM sync_unknown_op u JOIN sync_change_log l "
            "ON l.device_id = u.device_id AND l.seq = u.seq"
        ).fetchall()
        ops = [Op(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]) if r[6] else None, r[7])
               for r in rows]
        ready = [o for o in ops if is_known(o.tbl, o.col)]
        if not ready:
            return 0
        merger = Merger(cur, replaying=[(o.device, o.seq) for o in ready])
        merger.merge(ready, MergeResult())
        merger.write()
        settle(cur, merger.values)
        cur.executemany(
            "DELETE FROM sync_unknown_op WHERE device_id = ? AND seq = ?",
            [(o.device, o.seq) for o in ready],
        )
    return len(ready)
