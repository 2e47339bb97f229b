"""The review queue: fields in conflict, edits to deleted records, people and records entered
twice (sync/duplicates.py), quarantined bundles. All but the last are computed from synced
data, so every replica that holds the same ops shows the same items.
"""

from __future__ import annotations

import json
from typing import Any

from lishui_desktop.db.portable import is_postgresql
from lishui_desktop.sync.duplicates import duplicate_items
from lishui_desktop.sync.hlc import split_clock
from lishui_desktop.sync.tables import table_names


def _base_value(conn: Any, clock: str | None, table: str, row_id: str, col: str) -> Any:
    """The value both sides started from: the op at the highest clock any head had seen."""
    if not clock:
        return None
    hlc, device = split_clock(clock)
    row = conn.execute(
        "SELECT value FROM sync_change_log WHERE device_id = ? AND hlc = ? AND tbl = ? "
        "AND row_id = ? AND col = ?",
        (device, hlc, table, row_id, col),
    ).fetchone()
    return json.loads(row[0]) if row and row[0] else None


def _base_clock(heads: list[list[Any]]) -> str | None:
    """The newest value each side had seen, taking the older side: where they parted."""
    seen = [max(str(h[2]).split(",")) for h in heads if len(h) > 2 and h[2]]
    return min(seen) if len(seen) == len(heads) else None


def field_conflicts(conn: Any, *, with_base: bool = True) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    rows = conn.execute(
        "SELECT tbl, row_id, col, heads FROM sync_field_heads ORDER BY tbl, row_id, col"
    ).fetchall()
    for table, row_id, col, heads_text in rows:
        heads = json.loads(heads_text)
        if len({h[1] for h in heads}) < 2:
            continue
        clock = max(h[0] for h in heads)  # the winner is the highest head
        items.append(
            {
                "kind": "field",
                "table": table,
                "row_id": row_id,
                "column": col,
                "winner": clock,
                "values": [
                    {"clock": h[0], "device": split_clock(h[0])[1], "value": json.loads(h[1])}
                    for h in heads
                ],
                **({"base": _base_value(conn, _base_clock(heads), table, row_id, col)} if with_base else {}),
            }
        )
    return items


def winning_clocks(conn: Any, table: str, where: str = "", args: tuple[Any, ...] = ()) -> Any:
    """(row id, column, winning clock, its prev) of the fields of `table`'s rows matching
    `where` (on `t`, the table), from the change log; ops kept for a later version (unknown
    columns) are no field's state."""
    ops = (
        f'FROM "{table}" t CROSS JOIN sync_change_log l '  # rows first, then their ops by index
        f"WHERE l.tbl = ? AND l.row_id = t.id {where} AND NOT EXISTS (SELECT 1 FROM sync_unknown_op u "
        "WHERE u.device_id = l.device_id AND u.seq = l.seq) "
    )
    if is_postgresql(conn):  # (SQLite's max() picks the other columns of its row; DISTINCT ON there)
        return conn.execute(
            "SELECT DISTINCT ON (l.row_id, l.col) l.row_id, l.col, printf('%016x', l.hlc) || l.device_id, l.prev "
            f"{ops}ORDER BY l.row_id, l.col, l.hlc DESC, l.device_id COLLATE \"C\" DESC",
            (table, *args),
        )
    return conn.execute(
        f"SELECT l.row_id, l.col, max(printf('%016x', l.hlc) || l.device_id), l.prev {ops}"
        "GROUP BY l.row_id, l.col ORDER BY l.row_id, l.col",
        (table, *args),
    )


def deleted_edits(conn: Any) -> list[dict[str, Any]]:
    """Deleted records with a field whose value the delete had not seen: edited elsewhere at
    the same time as the delete, or after it by someone who had not seen it ("deleted on A
    while edited on B"). A delete names the clocks of the row it saw (sync/capture.py); its own
    device's edits count as seen; records merged into another are left out (their late edits
    land on the survivor). Computed from the ops held alone, so the order of arrival does not
    change it; restoring the record, or deleting it again after seeing the edit, settles it."""
    items: list[dict[str, Any]] = []
    merged = _merged_away(conn)
    for table in table_names():
        clocks: dict[str, dict[str, tuple[str, str | None]]] = {}
        for row_id, col, clock, prev in winning_clocks(conn, table, "AND t.deleted = TRUE"):
            if row_id not in merged:
                clocks.setdefault(row_id, {})[col] = (clock, prev)
        for row_id, cols in clocks.items():
            delete = cols.get("deleted")
            if delete is None:
                continue
            seen = set((delete[1] or "").split(","))
            author = delete[0][16:]
            unseen = sorted(
                c for c, (clock, _prev) in cols.items()
                if c != "deleted" and clock not in seen and clock[16:] != author
            )
            if unseen:
                items.append({"kind": "deleted_edit", "table": table, "row_id": row_id, "columns": unseen})
    return items


def _merged_away(conn: Any) -> set[str]:
    rows = conn.execute(
        "SELECT id FROM merged_records WHERE deleted = FALSE AND survivor_id IS NOT NULL AND id != survivor_id"
    )
    return {r[0] for r in rows}


def quarantined(conn: Any) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT id, file_name, source_device, ops_new, reason FROM sync_bundle_log "
        "WHERE status = 'quarantined' ORDER BY id"
    ).fetchall()
    return [
        {"kind": "quarantined_bundle", "log_id": r[0], "file": r[1], "source_device": r[2],
         "ops_new": r[3], "reason": r[4]}
        for r in rows
    ]


def forks(conn: Any) -> list[dict[str, Any]]:
    """Changes refused because they contradict held changes with the same author and number
    (an edited or copied database), grouped per author and bundle."""
    rows = conn.execute(
        "SELECT f.author, min(coalesce(d.name, i.device_id, f.author)), f.bundle_id, min(f.file_name), "
        "min(f.source_device), min(f.seq), max(f.seq), count(*), min(f.at) FROM sync_fork f "  # (one per group)
        "LEFT JOIN incarnations i ON i.author_id = f.author "
        "LEFT JOIN devices d ON d.id = coalesce(i.device_id, f.author) "
        "GROUP BY f.author, f.bundle_id ORDER BY min(f.id)"
    ).fetchall()
    return [
        {"kind": "fork", "author": r[0], "device_name": r[1], "bundle_id": r[2], "file": r[3],
         "source_device": r[4], "first": r[5], "last": r[6], "count": r[7], "at": r[8]}
        for r in rows
    ]


def review_items(conn: Any, *, local: bool = True) -> list[dict[str, Any]]:
    """Everything a person must decide; `local=False` leaves out what only this computer saw
    (its quarantine, the forks it refused)."""
    items = field_conflicts(conn) + deleted_edits(conn) + duplicate_items(conn)
    return items + quarantined(conn) + forks(conn) if local else items
