"""Export: the ops a recipient is not known to hold (own and relayed), or all of them."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from lishui_desktop.db.base import now_text
from lishui_desktop.db.database import Database
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.domain.ids import new_id
from lishui_desktop.sync import bundle as bundle_mod
from lishui_desktop.sync import log
from lishui_desktop.sync.ops import line_from_op
from lishui_desktop.sync.vectors import (
    Ranges,
    after,
    held_ranges,
    merge_vectors,
    min_vector,
    note_peer,
    peer_vector,
    vector_of,
)

HUB_ROLES = ("office", "lead")


class UnknownDevice(UserError):
    context = "Bundle"


@dataclass(frozen=True)
class ExportPlan:
    bundle_id: str
    source_device: str
    source_name: str
    for_device: str | None
    full: bool
    ranges: Ranges
    vector: dict[str, int]
    created: str

    @property
    def op_count(self) -> int:
        return sum(b - a + 1 for spans in self.ranges.values() for a, b in spans)


def _devices(conn: Any) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT id, name, role, deleted FROM devices ORDER BY id").fetchall()
    return [{"id": r[0], "name": r[1], "role": r[2], "deleted": bool(r[3])} for r in rows]


def find_device(conn: Any, name_or_id: str) -> dict[str, Any]:
    for device in _devices(conn):
        if name_or_id in (device["id"], device["name"]) and not device["deleted"]:
            return device
    raise UnknownDevice(
        QT_TRANSLATE_NOOP("Bundle", "No device called %1 is known to this database."), name_or_id
    )


def plan_export(db: Database, conn: Any, *, full: bool = False, for_device: str | None = None) -> ExportPlan:
    me = db.get_setting("device_id") or ""
    ranges = held_ranges(conn)
    devices = _devices(conn)
    target_id: str | None = None
    if for_device:
        target = find_device(conn, for_device)
        target_id = target["id"]
        targets = [target]
    else:
        my_role = next((d["role"] for d in devices if d["id"] == me), "field")
        hub = my_role in HUB_ROLES
        targets = [
            d for d in devices
            if d["id"] != me and not d["deleted"] and (hub or d["role"] in HUB_ROLES)
        ]
    if full or not targets:
        known: dict[str, int] = {}
    else:
        vectors = []
        for t in targets:
            own = {t["id"]: ranges[t["id"]][-1][1]} if t["id"] in ranges else {}
            vectors.append(merge_vectors(peer_vector(conn, t["id"]), own))
        known = min_vector(vectors)
    skip = {target_id} if target_id and not full else set()
    return ExportPlan(
        bundle_id=new_id(),
        source_device=me,
        source_name=db.get_setting("device_name") or "",
        for_device=target_id,
        full=full,
        ranges=after(ranges, known, skip),
        vector=vector_of(ranges),
        created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )


def op_lines(conn: Any, ranges: Ranges) -> list[str]:
    lines: list[str] = []
    for device, spans in sorted(ranges.items()):
        for low, high in spans:
            lines.extend(map(line_from_op, log.ops_in_range(conn, device, low, high)))
    return lines


def file_name(plan: ExportPlan) -> str:
    """ASCII: lishui_<name>-<device>_<date-time>_<own range or relay count>.lsbundle"""
    ascii_name = re.sub(r"[^A-Za-z0-9]+", "", plan.source_name)[:16] or "device"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
    own = plan.ranges.get(plan.source_device)
    span = f"s{own[0][0]}-{own[-1][1]}" if own else "s0"
    relayed = plan.op_count - sum(b - a + 1 for a, b in own or [])
    extra = f"+r{relayed}" if relayed else ""
    kind = "full_" if plan.full else ""
    return f"lishui_{ascii_name}-{plan.source_device[:8]}_{stamp}_{kind}{span}{extra}.lsbundle"


def build_export(
    db: Database, *, full: bool = False, for_device: str | None = None
) -> tuple[bytes, ExportPlan]:
    """The bundle bytes and what they hold; the export is recorded in the bundle history."""
    with db.engine.connect() as sa_conn:
        conn = sa_conn.connection.dbapi_connection
        assert conn is not None
        plan = plan_export(db, conn, full=full, for_device=for_device)
        lines = op_lines(conn, plan.ranges)
        devices = [
            {"id": d["id"], "name": d["name"], "role": d["role"]}
            for d in _devices(conn)
            if d["id"] in plan.ranges or d["id"] == plan.source_device
        ]
    manifest = {
        "bundle_id": plan.bundle_id,
        "source_device": plan.source_device,
        "source_name": plan.source_name,
        "for_device": plan.for_device,
        "full": plan.full,
        "created": plan.created,
        "ranges": {d: [list(s) for s in spans] for d, spans in sorted(plan.ranges.items())},
        "vector": dict(sorted(plan.vector.items())),
    }
    from lishui_desktop.sync import security

    data = bundle_mod.build_bundle(manifest, lines, devices, sign_manifest=lambda m: security.sign(db, m))
    return data, plan


def record_export(db: Database, plan: ExportPlan, name: str) -> None:
    from lishui_desktop.sync.session import write_cursor

    with write_cursor(db) as cur:
        cur.execute(
            "INSERT INTO sync_bundle_log(at, direction, status, bundle_id, file_name, "
            "source_device, for_device, created, ops_total, ops_new, ranges) "
            "VALUES (?, 'out', 'exported', ?, ?, ?, ?, ?, ?, 0, ?)",
            (now_text(), plan.bundle_id, name, plan.source_device, plan.for_device,
             plan.created, plan.op_count,
             json.dumps({d: [list(s) for s in v] for d, v in plan.ranges.items()})),
        )
        if plan.for_device:
            note_peer(cur, plan.for_device, sent=(now_text(), plan.bundle_id))
