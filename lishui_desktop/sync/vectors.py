"""What each database holds: sequence ranges per device, version vectors, peers' vectors.

A version vector maps a device to the highest sequence number held without a gap from 1.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

Ranges = dict[str, list[tuple[int, int]]]
Vector = dict[str, int]

def held_ranges(conn: Any) -> Ranges:
    """Per device, the runs of sequence numbers held (gaps are bundles that never arrived)."""
    from lishui_desktop.sync.log import held_ranges as held

    return held(conn)


def vector_of(ranges: Ranges) -> Vector:
    return {d: spans[0][1] for d, spans in ranges.items() if spans and spans[0][0] == 1}


def gaps_of(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The missing runs between held runs (and before the first one)."""
    gaps, expected = [], 1
    for low, high in spans:
        if low > expected:
            gaps.append((expected, low - 1))
        expected = high + 1
    return gaps


def after(ranges: Ranges, known: Vector, skip: set[str] = frozenset()) -> Ranges:  # type: ignore[assignment]
    """The parts of `ranges` above what a recipient is known to hold."""
    out: Ranges = {}
    for device, spans in ranges.items():
        if device in skip:
            continue
        floor = known.get(device, 0)
        kept = [(max(low, floor + 1), high) for low, high in spans if high > floor]
        if kept:
            out[device] = kept
    return out


def merge_vectors(a: Vector, b: Vector) -> Vector:
    out = dict(a)
    for device, seq in b.items():
        out[device] = max(out.get(device, 0), seq)
    return out


def min_vector(vectors: list[Vector]) -> Vector:
    if not vectors:
        return {}
    devices = set().union(*vectors)
    return {d: min(v.get(d, 0) for v in vectors) for d in devices if all(v.get(d, 0) for v in vectors)}


def peer_vector(conn: sqlite3.Connection | sqlite3.Cursor, device_id: str) -> Vector:
    row = conn.execute("SELECT vector FROM sync_peer WHERE device_id = ?", (device_id,)).fetchone()
    vector: Vector = json.loads(row[0]) if row and row[0] else {}
    return vector


def note_peer(
    cur: sqlite3.Cursor,
    device_id: str,
    *,
    vector: Vector | None = None,
    received: tuple[str, str] | None = None,
    sent: tuple[str, str] | None = None,
) -> None:
    """Record what a peer holds (merged with what we knew) and the last bundle in or out."""
    cur.execute("INSERT OR IGNORE INTO sync_peer(device_id) VALUES (?)", (device_id,))
    if vector is not None:
        merged = merge_vectors(peer_vector(cur, device_id), vector)
        cur.execute(
            "UPDATE sync_peer SET vector = ? WHERE device_id = ?",
            (json.dumps(merged, sort_keys=True), device_id),
        )
    if received is not None:
        cur.execute(
            "UPDATE sync_peer SET last_in_at = ?, last_in_bundle = ? WHERE device_id = ?",
            (*received, device_id),
        )
    if sent is not None:
        cur.execute(
            "UPDATE sync_peer SET last_out_at = ?, last_out_bundle = ? WHERE device_id = ?",
            (*sent, device_id),
        )
