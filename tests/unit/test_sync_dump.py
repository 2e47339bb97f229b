"""`dump --json` streamed: the same text as the whole dump serialised at once, in flat memory."""

from __future__ import annotations

import json
from typing import Any

from lishui_desktop.db.database import Database
from lishui_desktop.services.demo import generate
from lishui_desktop.services.ledgers import save_record
from lishui_desktop.sync.conflicts import review_items, winning_clocks
from lishui_desktop.sync.dump import dump_text
from lishui_desktop.sync.tables import synced_columns, table_names


def whole(db: Database) -> str:
    """The dump built in memory and serialised in one go (how it was written before)."""
    with db.engine.connect() as sa_conn:
        conn = sa_conn.connection.dbapi_connection
        tables: dict[str, list[dict[str, Any]]] = {}
        for table in table_names():
            cols = ("id", *synced_columns(table))
            names = ", ".join(f'"{c}"' for c in cols)
            tables[table] = [dict(zip(cols, r, strict=True))
                             for r in conn.execute(f'SELECT {names} FROM "{table}" ORDER BY id')]
        heads = {(r[0], r[1], r[2]): r[3] for r in conn.execute("SELECT tbl, row_id, col, heads FROM sync_field_heads")}
        clocks = [[t, r, c, k, p, heads.get((t, r, c))] for t in sorted(table_names())
                  for r, c, k, p in winning_clocks(conn, t) if c in synced_columns(t)]
        data = {"format": 1, "tables": tables, "clocks": clocks, "review": review_items(conn, local=False)}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def test_streamed_dump_is_the_whole_dump(db: Database) -> None:
    assert dump_text(db) == whole(db)  # reference data only (empty ledgers too)
    generate(db, scale=0.03, seed=5)
    save_record(db, "events", {"kind": "hearing", "date": "2019-05-01", "title": "引号\"与\n换行", "county_id": "平昌县"})
    text = dump_text(db)
    assert text == whole(db)
    assert json.loads(text)["tables"]["events"]
