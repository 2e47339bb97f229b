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
from typing import Any, TextIO

from lishui_desktop.db.database import Database
from lishui_desktop.sync.conflicts import review_items, winning_clocks
from lishui_desktop.sync.ops import value_text
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
    heads = {
        (r[0], r[1], r[2]): r[3]
        for r in conn.execute("SELECT tbl, row_id, col, heads FROM sync_field_heads")
    }
    for table in sorted(table_names()):
        known = set(synced_columns(table))
        for row_id, col, clock, prev in winning_clocks(conn, table):
            if col in known:
                yield [table, row_id, col, clock, prev, heads.get((table, row_id, col))]


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
        conn = sa_conn.connection.dbapi_connection
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
