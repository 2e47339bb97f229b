"""Import of one bundle held in memory: check, preview or apply in one transaction, log it.

Anything wrong with a bundle (damaged zip, hash mismatch, bad JSON, invalid op, lying
manifest, format too new) changes nothing but a `rejected` row in the bundle history with the
reason. A bundle whose new ops are more than 24 hours ahead of this machine's clock is
`quarantined` (kept, not applied) until a person accepts it.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from lishui_desktop.db.base import now_text
from lishui_desktop.db.database import Database
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from lishui_desktop.sync import hlc, log, security
from lishui_desktop.sync.bundle import Bundle, read_bundle
from lishui_desktop.sync.merge import apply_ops, fresh_ops
from lishui_desktop.sync.session import write_cursor
from lishui_desktop.sync.vectors import note_peer

FUTURE_LIMIT_MS = hlc.DAY_MS


@dataclass
class ImportReport:
    file: str
    status: str  # imported | known | rejected | quarantined | preview
    reason: str | None = None
    bundle_id: str | None = None
    source_device: str | None = None
    source_name: str | None = None
    ops_total: int = 0
    ops_new: int = 0
    ops_unknown: int = 0  # new ops for fields this version does not know: kept, applied after an update
    tables: dict[str, dict[str, int]] = field(default_factory=dict)
    by_device: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def unknown_note(self) -> str | None:
        return unknown_note(self.ops_unknown)


def unknown_note(count: int) -> str | None:
    """The sentence telling the user about `count` ops kept for a newer version (None for 0)."""
    if not count:
        return None
    return translate("Bundle", QT_TRANSLATE_NOOP(
        "Bundle", "%1 changes for fields this version does not know; kept and applied after an update."), count)


def _log(cur: Any, report: ImportReport, bundle: Bundle | None, data: bytes | None = None) -> None:
    manifest = bundle.manifest if bundle else {}
    cur.execute(
        "INSERT INTO sync_bundle_log(at, direction, status, bundle_id, file_name, source_device, "
        "for_device, created, ops_total, ops_new, ranges, reason, data) "
        "VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            now_text(), report.status, report.bundle_id, report.file, report.source_device,
            manifest.get("for_device"), manifest.get("created"), report.ops_total, report.ops_new,
            json.dumps(manifest.get("ranges")) if manifest else None, report.reason, data,
        ),
    )


def _note_sender(cur: Any, bundle: Bundle) -> None:
    note_peer(
        cur,
        bundle.source_device,
        vector={str(k): int(v) for k, v in bundle.manifest["vector"].items()},
        received=(now_text(), bundle.bundle_id),
    )


def _all_held(db: Database, ranges: dict[str, list[tuple[int, int]]]) -> bool:
    """True when the change log holds every op of these ranges (a re-import)."""
    if not ranges:
        return False
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        for device, spans in ranges.items():
            for low, high in spans:
                if log.count_held(raw, device, low, high) != high - low + 1:
                    return False
    return True


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a bundle's ops are decoded and merged: they are
    hundreds of thousands of small acyclic objects (freed by reference counting), and each
    full collection would walk them all again, repeatedly, for nothing."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def import_bytes(
    db: Database,
    data: bytes,
    *,
    file_name: str,
    dry_run: bool = False,
    allow_future: bool = False,
    unwrap: Any = None,
) -> ImportReport:
    """Preview (`dry_run`) or import one bundle; never raises for a bad bundle."""
    with _gc_paused():
        return _import_bytes(
            db, data, file_name=file_name, dry_run=dry_run, allow_future=allow_future, unwrap=unwrap
        )


def _import_bytes(
    db: Database,
    data: bytes,
    *,
    file_name: str,
    dry_run: bool,
    allow_future: bool,
    unwrap: Any,
) -> ImportReport:
    report = ImportReport(file=file_name, status="preview" if dry_run else "imported")
    if unwrap is None:  # encrypted bundles, also when re-read from quarantine
        unwrap = lambda raw: security.unseal(db, raw)[0]  # noqa: E731
    try:
        bundle = read_bundle(data, unwrap=unwrap, all_held=lambda ranges: _all_held(db, ranges))
        registration = security.verify_bundle_sender(db, bundle.manifest)
    except UserError as exc:
        report.status, report.reason = "rejected", exc.text()
        if not dry_run:
            with write_cursor(db) as cur:
                _log(cur, report, None)
        return report
    report.bundle_id, report.source_device = bundle.bundle_id, bundle.source_device
    report.source_name = str(bundle.manifest.get("source_name") or "")[:80]
    report.ops_total = len(bundle.ops)
    if bundle.all_known:
        report.ops_total = int((bundle.manifest.get("counts") or {}).get("ops", 0))
        report.status = "preview" if dry_run else "known"
        if not dry_run:
            with write_cursor(db) as cur:
                _note_sender(cur, bundle)
                _log(cur, report, bundle)
        return report
    with write_cursor(db, commit=not dry_run) as cur:
        fresh = fresh_ops(cur, bundle.ops, unique=True)  # read_bundle refuses an op twice
        newest = max(map(attrgetter("hlc"), fresh), default=0)
        now = hlc.wall_ms() + hlc.skew_for(str(db.path))
        if not allow_future and hlc.physical_ms(newest) > now + FUTURE_LIMIT_MS:
            report.status = "quarantined"
            report.ops_new = len(fresh)
            report.reason = translate(
                "Bundle",
                QT_TRANSLATE_NOOP(
                    "Bundle",
                    "Its clock is more than 24 hours ahead of this computer's; a person must decide.",
                ),
            )
            if not dry_run:
                _log(cur, report, bundle, data)
            return report
        if registration is not None and not dry_run:  # first bundle of an enrolled laptop
            security.complete_registration(cur.execute, registration)  # before its ops apply
        result = apply_ops(cur, bundle.ops, write=not dry_run, fresh=fresh)
        report.ops_new = result.ops_new
        report.ops_unknown = result.ops_unknown
        report.tables = {t: s.as_dict() for t, s in sorted(result.tables.items())}
        report.by_device = dict(sorted(result.by_device.items()))
        if not dry_run:
            if not result.ops_new:
                report.status = "known"
            _note_sender(cur, bundle)
            _log(cur, report, bundle)
    return report


def accept_quarantined(db: Database, log_id: int) -> ImportReport:
    """A person accepts a quarantined bundle: import it despite its clock."""
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT data, file_name FROM sync_bundle_log WHERE id = ? AND status = 'quarantined'",
            (log_id,),
        ).fetchone()
    if row is None or row[0] is None:
        raise UserError(QT_TRANSLATE_NOOP("Bundle", "There is no quarantined bundle %1."), log_id)
    report = import_bytes(db, bytes(row[0]), file_name=row[1] or "", allow_future=True)
    if report.status in ("imported", "known"):
        with write_cursor(db) as cur:
            cur.execute(
                "UPDATE sync_bundle_log SET status = 'accepted', data = NULL WHERE id = ?", (log_id,)
            )
    return report


def reject_quarantined(db: Database, log_id: int) -> None:
    with write_cursor(db) as cur:
        cur.execute(
            "UPDATE sync_bundle_log SET status = 'rejected', data = NULL WHERE id = ? "
            "AND status = 'quarantined'",
            (log_id,),
        )
