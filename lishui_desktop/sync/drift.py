"""Writes behind the program's back: stored values that differ from their latest captured op.

The program captures every write of a synced field as an op, so a field's stored value is its
winning op's value (or, for a field no op ever touched, the column's default or the shipped
reference value; or, for records merged into another, what sync/survivors.py stores). Anything
else was written by another tool (a SQLite browser, a script) and
will never reach another computer. `find_drift` streams each table and its winning ops side by
side in id order, in portable SQL (a window function), so memory stays flat at any size.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection

from lishui_desktop.db import portable
from lishui_desktop.db.base import Base
from lishui_desktop.sync.capture import op_value
from lishui_desktop.sync.log import COLUMNS, RUNS, expand
from lishui_desktop.sync.ops import Op
from lishui_desktop.sync.survivors import redirected
from lishui_desktop.sync.tables import synced_columns, table_names

BATCH = 2000
# (table, row id) -> {column: value} of rows every installation seeds without an op
Shipped = Mapping[tuple[str, str], Mapping[str, Any]]


@dataclass(frozen=True)
class Drift:
    """One field (or, with `column` None, a whole row) that no captured op explains."""

    table: str
    row_id: str
    column: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"table": self.table, "row_id": self.row_id, "column": self.column}


def find_drift(conn: Connection, shipped: Shipped | None = None) -> Iterator[Drift]:
    """Every field whose stored value differs from its latest op, and every row no op (and
    no shipped reference row) explains, table by table in id order."""
    raw = portable.raw(conn)  # a driver cursor read in batches: 2M ops in seconds
    follows_merge = redirected(raw)  # by design (sync/survivors.py)
    for table in table_names():
        for drift in _table_drift(raw, table, shipped or {}):
            if (drift.table, drift.row_id, drift.column) not in follows_merge:
                yield drift


def _batched(cur: Any) -> Iterator[Any]:
    while batch := cur.fetchmany(BATCH):
        yield from batch


def _table_drift(raw: Any, table: str, shipped: Shipped) -> Iterator[Drift]:
    columns = synced_columns(table)
    defaults = _defaults(table)
    winners = _winners(raw, table)
    pending = next(winners, None)
    names = ", ".join(f'"{c}"' for c in ("id", *columns))
    for row in _batched(raw.cursor().execute(f'SELECT {names} FROM "{table}" ORDER BY id')):
        row_id = row[0]
        while pending is not None and pending[0] < row_id:  # ops of a row not stored: merge's
            pending = next(winners, None)  # own business (unknown tables), not a write here
        logged: dict[str, Any] = {}
        if pending is not None and pending[0] == row_id:
            logged = pending[1]
            pending = next(winners, None)
        reference = shipped.get((table, row_id))
        if not logged and reference is None:
            yield Drift(table, row_id, None)
            continue
        for col, stored in zip(columns, row[1:], strict=True):  # as SQLite stores: as ops carry
            if col in logged:
                if stored != logged[col]:
                    yield Drift(table, row_id, col)
            elif stored != _unlogged(defaults, reference, col):
                yield Drift(table, row_id, col)


def unlogged_value(table: str, column: str, reference: Mapping[str, Any] | None = None) -> Any:
    """What a field no op ever set holds: the shipped reference value, else the default."""
    return _unlogged(_defaults(table), reference, column)


def _unlogged(defaults: dict[str, Any], reference: Mapping[str, Any] | None, column: str) -> Any:
    if reference is not None and column in reference:
        return op_value(reference[column])
    return defaults.get(column)


def _winners(raw: Any, table: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(row id, {column: value of its winning op}) in row id order, a row's runs at a time."""
    known = set(synced_columns(table))
    result = raw.cursor().execute(  # one sort beats a lookup of every run through the row index
        f"SELECT {', '.join(COLUMNS)} FROM {RUNS} WHERE tbl = ? ORDER BY +row_id", (table,)
    )
    for row_id, runs in groupby(_batched(result), key=itemgetter(5)):
        best: dict[str, Op] = {}
        for op in expand(runs):
            held = best.get(op.col)
            if held is None or (op.hlc, op.device) > (held.hlc, held.device):
                best[op.col] = op
        yield row_id, {col: op.value for col, op in best.items() if col in known}


def _defaults(table: str) -> dict[str, Any]:
    """What a column holds when no op set it: its scalar default (as ops carry it), else null."""
    found: dict[str, Any] = {}
    for column in Base.metadata.tables[table].columns:
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            found[column.key] = op_value(default.arg)  # type: ignore[attr-defined]
    return found
