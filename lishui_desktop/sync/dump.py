"""A canonical dump of synced data (records, field clocks, open review items), sorted, without
anything local, so two databases can be compared byte for byte."""

from __future__ import annotations

import json
from typing import Any

from lishui_desktop.db.database import Database
from lishui_desktop.sync.conflicts import review_items, winning_clocks
from lishui_desktop.sync.tables import synced_columns, table_names


def dump_data(db: Database) -> dict[str, Any]:
    with db.engine.connect() as sa_conn:
        conn = sa_conn.connection.dbapi_connection
        assert conn is not None
        tables: dict[str, list[dict[str, Any]]] = {}
        known = {table: set(synced_columns(table)) for table in table_names()}
        for table in table_names():
            cols = ("id", *synced_columns(table))
            names = ", ".join(f'"{c}"' for c in cols)
            rows = conn.execute(f'SELECT {names} FROM "{table}" ORDER BY id').fetchall()
            tables[table] = [dict(zip(cols, r, strict=True)) for r in rows]
        heads = {
            (r[0], r[1], r[2]): r[3]
            for r in conn.execute("SELECT tbl, row_id, col, heads FROM sync_field_heads")
        }
        clocks = [
            [table, row_id, col, clock, prev, heads.get((table, row_id, col))]
            for table in sorted(table_names())
            for row_id, col, clock, prev in winning_clocks(conn, table)
            if col in known[table]
        ]
        items = review_items(conn, local=False)
    return {"format": 1, "tables": tables, "clocks": clocks, "review": items}


def dump_text(db: Database) -> str:
    return json.dumps(dump_data(db), ensure_ascii=False, sort_keys=True, indent=1) + "\n"
