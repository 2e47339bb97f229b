"""Export: the ops a recipient is not known to hold (own and relayed), or all of them.

What a recipient holds is what its own bundles said (their version vectors, per life of the
device): nothing is assumed, not even that a laptop holds its own edits (after a restore it
does not; its new life's first bundle says so, and the office sends them back).
Own ops go out in segments this computer signs now; other authors' ops in the segments their
authors signed, as this computer received them (sync/segments.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lishui_desktop.db import portable
from lishui_desktop.db.base import now_text
from lishui_desktop.db.database import Database
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.domain.ids import new_id
from lishui_desktop.sync import bundle as bundle_mod
from lishui_desktop.sync import identities, keys, log, segments
from lishui_desktop.sync.author import current_author
from lishui_desktop.sync.bundle import PartToWrite
from lishui_desktop.sync.ops import Op, line_from_op
from lishui_desktop.sync.vectors import (
    Ranges,
    after,
    held_ranges,
    min_vector,
    note_peer,
    vector_of,
)

HUB_ROLES = ("office", "lead")
log_name = "lishui.sync.exporter"


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
    to_names: tuple[str, ...] = ()
    unsigned: int = 0  # ops held without their author's signature (cannot be forwarded)

    @property
    def op_count(self) -> int:
        return sum(b - a + 1 for spans in self.ranges.values() for a, b in spans)


def _devices(conn: Any) -> list[dict[str, Any]]:
    """Issued devices this computer knows, not revoked."""
    rows = conn.execute(
        "SELECT id, name, role FROM devices WHERE certificate IS NOT NULL AND revoked_at IS NULL "
        "ORDER BY id"
    ).fetchall()
    return [{"id": r[0], "name": r[1], "role": r[2]} for r in rows]


def find_device(conn: Any, name_or_id: str) -> dict[str, Any]:
    for device in _devices(conn):
        if name_or_id in (device["id"], device["name"]):
            return device
    raise UnknownDevice(
        QT_TRANSLATE_NOOP("Bundle", "No device called %1 is known to this database."), name_or_id
    )


def device_vector(conn: Any, device_id: str) -> dict[str, int]:
    """What a device holds, from what its lives said in their latest bundles: the least of
    the lives still current. A life is over once a later-heard life of the device holds all
    it said it had written (a restored laptop that took its earlier edits back); a copy that
    goes on writing stays current, so both copies get what they lack."""
    lives: list[tuple[str, str, dict[str, int]]] = []  # (author, last heard, vector)
    for author, heard, vector in conn.execute(
        "SELECT p.device_id, p.last_in_at, p.vector FROM sync_peer p WHERE p.vector IS NOT NULL AND "
        "(p.device_id = ? OR p.device_id IN (SELECT author_id FROM incarnations WHERE device_id = ?))",
        (device_id, device_id),
    ):
        lives.append((author, heard or "", json.loads(vector)))
    current = [
        vector for author, heard, vector in lives
        if not any(
            other != author and later > heard and seen.get(author, 0) >= vector.get(author, 0)
            for other, later, seen in lives
        )
    ]
    return min_vector(current) if current else {}


def own_authors(conn: Any, device_id: str) -> set[str]:
    rows = conn.execute("SELECT author_id FROM incarnations WHERE device_id = ?", (device_id,))
    return {r[0] for r in rows} | {device_id}


def plan_export(db: Database, conn: Any, *, full: bool = False, for_device: str | None = None) -> ExportPlan:
    me = db.get_setting("device_id") or ""
    ranges = held_ranges(conn)
    devices = _devices(conn)
    if for_device:
        targets = [find_device(conn, for_device)]
    else:
        my_role = next((d["role"] for d in devices if d["id"] == me), "field")
        hub = my_role in HUB_ROLES
        targets = [d for d in devices if d["id"] != me and (hub or d["role"] in HUB_ROLES)]
    known = {} if full or not targets else min_vector([device_vector(conn, t["id"]) for t in targets])
    return ExportPlan(
        bundle_id=new_id(),
        source_device=me,
        source_name=db.get_setting("device_name") or "",
        for_device=targets[0]["id"] if for_device else None,
        full=full,
        ranges=after(ranges, known),
        vector=vector_of(ranges),
        created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        to_names=tuple(t["name"] for t in targets),
    )


WINDOW = 10_000  # ops read from the change log at a time


def _windows(conn: Any, author: str, low: int, high: int) -> Iterator[list[Op]]:
    """The ops of `author` numbered low..high, WINDOW at a time."""
    for start in range(low, high + 1, WINDOW):
        yield list(log.ops_in_range(conn, author, start, min(high, start + WINDOW - 1)))


def op_lines(conn: Any, ranges: Ranges) -> list[str]:
    lines: list[str] = []
    for device, spans in sorted(ranges.items()):
        for low, high in spans:
            for ops in _windows(conn, device, low, high):
                lines.extend(map(line_from_op, ops))
    return lines


def _own_part(conn: Any, private: bytes, me: str, author: str, low: int, high: int) -> PartToWrite:
    """An own run: its lines read as they are written, signed over their digest afterwards."""
    digester = segments.Digester()

    def lines() -> Iterator[list[str]]:
        for ops in _windows(conn, author, low, high):
            digester.update(ops)
            yield list(map(line_from_op, ops))

    def header() -> dict[str, Any]:
        return segments.sign(private, author=author, device=me, first=low, last=high,
                             digest_hex=digester.hexdigest())

    return PartToWrite(author, low, high, lines(), header)


def _relayed_part(conn: Any, header: dict[str, Any]) -> PartToWrite:
    """A segment as its author signed it (received here)."""
    author, low, high = str(header["author"]), int(header["first"]), int(header["last"])
    lines = (list(map(line_from_op, ops)) for ops in _windows(conn, author, low, high))
    return PartToWrite(author, low, high, lines, lambda: header)


def segment_parts(db: Database, conn: Any, ranges: Ranges) -> tuple[list[PartToWrite], int]:
    """The signed segments holding `ranges` (their ops read as the bundle is written): own
    lives signed then, others as received; and how many ops could not go (held without their
    author's signature)."""
    me = db.get_setting("device_id") or ""
    mine = own_authors(conn, me)
    private = keys.signing_key(db)
    parts: list[PartToWrite] = []
    missing = 0
    for author, spans in sorted(ranges.items()):
        if author in mine:
            parts += [_own_part(conn, private, me, author, low, high) for low, high in spans]
            continue
        chosen, lacking = segments.cover(conn.execute, author, spans)
        missing += lacking
        parts += [_relayed_part(conn, header) for header in chosen]
    return parts, missing


_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*\s]+')


def _safe(name: str, limit: int = 24) -> str:
    """A name as a file name part: Chinese kept, separators and spaces out."""
    return _UNSAFE.sub("", name).strip(".")[:limit] or "device"


def file_name(plan: ExportPlan) -> str:
    """lishui_<sender>_to_<addressee>_<date-time>_<own range or relay count>.lsbundle"""
    names = list(plan.to_names)
    to = _safe(names[0]) if len(names) == 1 else f"{_safe(names[0], 16)}+{len(names) - 1}" if names else "all"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kind = "full_" if plan.full else ""
    return f"lishui_{_safe(plan.source_name)}_to_{to}_{stamp}_{kind}{plan.op_count}ops.lsbundle"


def build_export(
    db: Database, *, full: bool = False, for_device: str | None = None
) -> tuple[bytes, ExportPlan]:
    """The bundle bytes and what they hold; the export is recorded in the bundle history."""
    with db.engine.connect() as sa_conn:
        conn = portable.raw(sa_conn)
        assert conn is not None
        plan = plan_export(db, conn, full=full, for_device=for_device)
        parts, missing = segment_parts(db, conn, plan.ranges)
        docs = identities.all_documents(conn.execute)
        author = current_author(conn)
        sent = bundle_mod.ranges_of([{"author": p.author, "first": p.first, "last": p.last} for p in parts])
        plan = dataclasses.replace(
            plan, ranges={a: [(s[0], s[1]) for s in spans] for a, spans in sent.items()}, unsigned=missing
        )
        manifest = {
            "bundle_id": plan.bundle_id,
            "source_device": plan.source_device,
            "source_author": author,
            "source_name": plan.source_name,
            "for_device": plan.for_device,
            "full": plan.full,
            "created": plan.created,
            "vector": dict(sorted(plan.vector.items())),
        }
        from lishui_desktop.sync import security

        data = bundle_mod.write_bundle(manifest, parts, docs, sign_manifest=lambda m: security.sign(db, m))
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
