"""The review queue: fields in conflict, edits to deleted records, possible duplicate people,
quarantined bundles. All but the last are computed from synced data, so every replica that
holds the same ops shows the same items.
"""

from __future__ import annotations

import json
from typing import Any

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
        "SELECT tbl, row_id, col, clock, max_prev, heads FROM sync_field_clock "
        "WHERE heads IS NOT NULL ORDER BY tbl, row_id, col"
    ).fetchall()
    for table, row_id, col, clock, _prev, heads_text in rows:
        heads = json.loads(heads_text)
        if len({h[1] for h in heads}) < 2:
            continue
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


def deleted_edits(conn: Any) -> list[dict[str, Any]]:
    """Deleted records with a field edited after the delete (the editor had not seen it)."""
    items: list[dict[str, Any]] = []
    for table in table_names():
        rows = conn.execute(
            f'SELECT d.row_id, o.col FROM sync_field_clock d JOIN "{table}" t ON t.id = d.row_id '
            "JOIN sync_field_clock o ON o.tbl = d.tbl AND o.row_id = d.row_id "
            "AND o.col != 'deleted' AND o.clock > d.clock "
            "WHERE d.tbl = ? AND d.col = 'deleted' AND t.deleted = 1 ORDER BY d.row_id, o.col",
            (table,),
        ).fetchall()
        by_row: dict[str, list[str]] = {}
        for row_id, col in rows:
            by_row.setdefault(row_id, []).append(col)
        items.extend(
            {"kind": "deleted_edit", "table": table, "row_id": r, "columns": cols}
            for r, cols in by_row.items()
        )
    return items


def person_duplicates(conn: Any) -> list[dict[str, Any]]:
    """Live people with the same name, birth date and village where one lacks a resident ID."""
    rows = conn.execute(
        "SELECT name, birth_date, village, group_concat(id, ' ') FROM ("
        " SELECT id, name, birth_date, village, id_number FROM persons WHERE deleted = 0"
        " ORDER BY id) GROUP BY name, birth_date, village"
        " HAVING count(*) > 1 AND sum(id_number IS NULL) > 0 ORDER BY name, birth_date, village"
    ).fetchall()
    return [
        {"kind": "duplicate_person", "table": "persons", "name": r[0], "birth_date": r[1],
         "village": r[2], "row_ids": sorted(r[3].split(" "))}
        for r in rows
    ]


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


def review_items(conn: Any, *, local: bool = True) -> list[dict[str, Any]]:
    """Everything a person must decide; `local=False` leaves out this computer's quarantine."""
    items = field_conflicts(conn) + deleted_edits(conn) + person_duplicates(conn)
    return items + quarantined(conn) if local else items
