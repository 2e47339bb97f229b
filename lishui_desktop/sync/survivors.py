"""Late ops for a merged-away record land on its survivor.

When a person merges two records (the same course entered on two laptops), the merged-away
record leaves a pointer in `merged_records` (its own id -> the survivor's). Laptops that had not
seen the merge keep sending ops addressed to the old record: a trainee enrolled on its session,
a corrected place. After ops are applied, `settle` makes the stored data follow the pointers:

1. A reference to a merged-away record (a foreign key such as enrolments.session_id) is stored
   as its survivor's id, following chains (A into B, B into C).
2. A field of a survivor takes the value of the newest op among its own ops and the ops of the
   records merged into it made after their merge (clock above the pointer's first op), except
   `deleted` (a laptop deleting its own copy does not delete the survivor).

Both rules read only the ops held and the pointers, never the order they came in, so every
device holding the same ops stores the same values. Stored values then differ from their
latest op by design (the op keeps what its author wrote): `redirected` names them.
Pointers always go to the smallest id of a merge, so chains cannot loop.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from lishui_desktop.db.base import Base
from lishui_desktop.sync.tables import synced_columns, table_names

POINTERS = "merged_records"
MAX_CHAIN = 64
UNMOVED = frozenset({"deleted"})


@dataclass(frozen=True)
class Pointer:
    table: str
    survivor: str  # the final survivor (chains followed)
    since: str  # clock of the pointer's first op: later ops of the record are "late"


@cache
def references() -> dict[str, tuple[tuple[str, str], ...]]:
    """Table -> the (table, column) foreign keys of synced tables that point at its rows."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    synced = set(table_names())
    for name in table_names():
        for column in Base.metadata.tables[name].c:
            for key in column.foreign_keys:
                target = key.column.table.name
                if target in synced and column.name in synced_columns(name):
                    found[target].append((name, column.name))
    return {target: tuple(sorted(refs)) for target, refs in found.items()}


def pointers(cur: Any) -> dict[str, Pointer]:
    """Every live pointer: merged-away id -> its final survivor, table and merge clock."""
    rows = cur.execute(
        f"SELECT m.id, m.tbl, m.survivor_id, (SELECT min(printf('%016x', l.hlc) || l.device_id) "
        f"FROM sync_change_log l WHERE l.row_id = m.id AND l.col = 'survivor_id' AND l.tbl = '{POINTERS}') "
        f"FROM {POINTERS} m WHERE m.deleted = FALSE AND m.survivor_id IS NOT NULL AND m.id != m.survivor_id"
    ).fetchall()
    direct = {row[0]: (row[1], row[2], row[3] or "") for row in rows}
    out: dict[str, Pointer] = {}
    for merged, (table, survivor, since) in direct.items():
        seen = 0
        while survivor in direct and seen < MAX_CHAIN:
            survivor, seen = direct[survivor][1], seen + 1
        out[merged] = Pointer(table, survivor, since)
    return out


def settle(cur: Any, touched: Iterable[tuple[str, str]]) -> None:
    """Apply both rules after ops were written (inside the importing transaction, capture off).

    `touched`: (table, row id) of the rows the ops changed. Costs one small query when no
    record was ever merged."""
    if not cur.execute(f"SELECT 1 FROM {POINTERS} LIMIT 1").fetchone():
        return
    merged = pointers(cur)
    if not merged:
        return
    survivors = {p.survivor for p in merged.values()}
    again: set[tuple[str, str]] = set()
    for table, row_id in touched:
        if table == POINTERS and row_id in merged:
            pointer = merged[row_id]
            again.add((pointer.table, pointer.survivor))
        elif row_id in merged:
            again.add((table, merged[row_id].survivor))
        elif row_id in survivors:
            again.add((table, row_id))
    for table, survivor in sorted(again):
        _take_late_ops(cur, table, survivor, {m: p for m, p in merged.items() if p.survivor == survivor})
    _repoint(cur, merged)


def _repoint(cur: Any, merged: dict[str, Pointer]) -> None:
    """Rule 1: every stored reference to a merged-away record names its survivor."""
    by_table: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row_id, pointer in merged.items():
        by_table[pointer.table].append((pointer.survivor, row_id))
    for table, moves in by_table.items():
        for child, column in references().get(table, ()):
            cur.executemany(f'UPDATE "{child}" SET "{column}" = ? WHERE "{column}" = ?', moves)


def _take_late_ops(cur: Any, table: str, survivor: str, members: dict[str, Pointer]) -> None:
    """Rule 2 for one survivor: each field's newest op among its own and the late ops of the
    records merged into it; the stored value follows when it differs."""
    if table not in table_names():
        return
    ids = [survivor, *members]
    marks = ",".join("?" * len(ids))
    best: dict[str, tuple[str, Any]] = {}
    for row_id, col, clock, value in cur.execute(
        "SELECT row_id, col, printf('%016x', hlc) || device_id, value FROM sync_change_log "
        f"WHERE row_id IN ({marks}) AND tbl = ?",
        (*ids, table),
    ):
        if col in UNMOVED or col not in synced_columns(table):
            continue
        if row_id != survivor and clock <= members[row_id].since:
            continue
        if col not in best or clock > best[col][0]:
            best[col] = (clock, value)
    if not best:
        return
    cols = sorted(best)
    names = ", ".join(f'"{c}"' for c in cols)
    row = cur.execute(f'SELECT {names} FROM "{table}" WHERE id = ?', (survivor,)).fetchone()
    if row is None:
        return
    changed = {
        col: json.loads(best[col][1]) if best[col][1] is not None else None
        for col, stored in zip(cols, row, strict=True)
        if (json.loads(best[col][1]) if best[col][1] is not None else None) != stored
    }
    if changed:
        sets = ", ".join(f'"{c}" = ?' for c in changed)
        cur.execute(f'UPDATE "{table}" SET {sets} WHERE id = ?', (*changed.values(), survivor))


def redirected(cur: Any) -> set[tuple[str, str, str]]:
    """(table, row id, column) of stored values that follow a merge rather than their own
    latest op (rule 1's references and rule 2's survivor fields), for checks comparing stored
    values with the change log."""
    merged = pointers(cur)
    out: set[tuple[str, str, str]] = set()
    if not merged:
        return out
    by_table: dict[str, list[str]] = defaultdict(list)
    for row_id, pointer in merged.items():
        by_table[pointer.table].append(row_id)
        out.update((pointer.table, pointer.survivor, c) for c in synced_columns(pointer.table))
    for table, ids in by_table.items():
        for child, column in references().get(table, ()):
            for start in range(0, len(ids), 400):
                part = ids[start : start + 400]
                marks = ",".join("?" * len(part))
                rows = cur.execute(
                    f'SELECT c.id FROM "{child}" c WHERE EXISTS (SELECT 1 FROM sync_change_log l '
                    f"WHERE l.row_id = c.id AND l.col = ? AND l.tbl = ? AND json_extract(l.value, '$') IN ({marks}))",
                    (column, child, *part),
                )
                out.update((child, r[0], column) for r in rows)
    return out
