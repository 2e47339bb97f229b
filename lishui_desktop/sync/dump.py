"""A canonical dump of synced data (records, field clocks, open review items), sorted, without
anything local, so two databases can be compared byte for byte.

`write_dump` streams it: rows and clocks are read from cursors and written one at a time, so
memory stays flat whatever the database holds. The text is exactly what
`json.dumps(dump_data(db), ensure_ascii=False, sort_keys=True, indent=1)` gives.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from typing import Any, TextIO

from lishui_desktop.db import portable
from lishui_desktop.db.database import Database
from lishui_desktop.sync import log
from lishui_desktop.sync.conflicts import review_items
from lishui_desktop.sync.ops import Op, value_text
from lishui_desktop.sync.tables import synced_columns, table_names

FORMAT = 1
BATCH = 2000  # rows fetched at a time


def _rows(conn: Any, table: str) -> Iterator[dict[str, Any]]:
    cols = ("id", *synced_columns(table))
    names = ", ".join(f'"{c}"' for c in cols)
    cursor = conn.execute(f'SELECT {names} FROM "{table}" ORDER BY id')
    while batch := cursor.fetchmany(BATCH):
        for row in batch:
            yield dict(zip(cols, row, strict=True))


def _clocks(conn: Any) -> Iterator[list[Any]]:
    """[table, row id, column, winning clock, its prev, heads] of every field of every stored
    row, from the change log's runs read once per table in row order (what
    conflicts.winning_clocks says field by field, without a query per row)."""
    heads = {
        (r[0], r[1], r[2]): r[3]
        for r in conn.execute("SELECT tbl, row_id, col, heads FROM sync_field_heads")
    }
    kept = set(conn.execute("SELECT device_id, seq FROM sync_unknown_op").fetchall())  # not state yet
    for table in sorted(table_names()):
        known = set(synced_columns(table))
        stored = _ids(conn, table)
        here = next(stored, None)
        runs = conn.cursor().execute(
            f"SELECT {', '.join(log.COLUMNS)} FROM {log.RUNS} WHERE tbl = ? ORDER BY +row_id", (table,)
        )
        for row_id, group in groupby(_batched(runs), key=itemgetter(5)):
            while here is not None and here < row_id:
                here = next(stored, None)
            if here != row_id:
                continue  # ops of a row not stored (a table this version does not know)
            best: dict[str, Op] = {}
            for op in log.expand(group):
                if op.col not in known or (kept and (op.device, op.seq) in kept):
                    continue
                held = best.get(op.col)
                if held is None or (op.hlc, op.device) > (held.hlc, held.device):
                    best[op.col] = op
            for col in sorted(best):
                op = best[col]
                yield [table, row_id, col, op.clock, op.prev, heads.get((table, row_id, col))]


def _ids(conn: Any, table: str) -> Iterator[str]:
    for (row_id,) in _batched(conn.cursor().execute(f'SELECT id FROM "{table}" ORDER BY id')):
        yield row_id


def _batched(cursor: Any) -> Iterator[Any]:
    while batch := cursor.fetchmany(BATCH):
        yield from batch


def dump_data(db: Database) -> dict[str, Any]:
    """The dump as one dict (small databases, tests); `write_dump` streams the same."""
    return json.loads(dump_text(db))


def dump_text(db: Database) -> str:
    out = io.StringIO()
    write_dump(db, out)
    return out.getvalue()


def write_dump(db: Database, out: TextIO) -> None:
    """Write the dump to `out` as it is read (sorted keys, one-space indents)."""
    with db.engine.connect() as sa_conn:
        conn = portable.raw(sa_conn)
        assert conn is not None
        out.write("{\n")
        _write_list(out, "clocks", _clocks(conn), 1)
        out.write(",\n")
        out.write(f' "format": {FORMAT},\n')
        _write_list(out, "review", review_items(conn, local=False), 1)
        out.write(',\n "tables": {')
        for number, table in enumerate(sorted(table_names())):
            out.write(",\n" if number else "\n")
            _write_list(out, table, _rows(conn, table), 2)
        out.write("\n }\n}\n")


def _write_list(out: TextIO, key: str, items: Iterable[Any], depth: int) -> None:
    """`"key": [...]` as json.dumps(indent=1) writes it at this depth, item by item."""
    pad = " " * depth
    out.write(f"{pad}{_scalar(key)}: [")
    inner = "\n" + pad + " "
    empty = True
    for item in items:
        out.write(("," if not empty else "") + inner)
        out.write(_indented(item, inner))
        empty = False
    out.write("]" if empty else "\n" + pad + "]")


_scalar = value_text  # one scalar as JSON text, C-speed for text and integers
_SCALARS = (str, int, float, type(None))


def _indented(item: Any, newline: str) -> str:
    """json.dumps(item, sort_keys=True, indent=1) with each line break followed by the
    indentation in `newline`; records and clock entries (flat lists and dicts of scalars)
    are written without the pure-Python encoder that `indent` otherwise needs."""
    step = newline + " "
    if type(item) is list and all(type(v) in _SCALARS for v in item):
        return "[" + step + ("," + step).join(map(_scalar, item)) + newline + "]" if item else "[]"
    if type(item) is dict and all(type(v) in _SCALARS for v in item.values()):
        if not item:
            return "{}"
        parts = (f"{_scalar(k)}: {_scalar(item[k])}" for k in sorted(item))
        return "{" + step + ("," + step).join(parts) + newline + "}"
    return json.dumps(item, ensure_ascii=False, sort_keys=True, indent=1).replace("\n", newline)
