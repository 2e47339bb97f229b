"""Sync use cases shared by the GUI and the CLI: export, preview/import files, review queue.

Security hooks: `SEAL(db, data, for_device) -> bytes` wraps a written bundle (encryption) and
`UNSEAL(db, data) -> bytes` unwraps a read one; both are identity until the trust layer sets
them. Manifest signing hooks live in `lishui_desktop.sync.bundle` (SIGNER / VERIFIER).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

from lishui_desktop.db import portable
from lishui_desktop.db.database import Database
from lishui_desktop.db.engine import qmark_execute
from lishui_desktop.db.store_lock import IMPORT
from lishui_desktop.domain.errors import UserError, file_problem
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.files import FileExists, write_new, write_unique
from lishui_desktop.services import recovery
from lishui_desktop.sync import conflicts, exporter, importer, limits, security
from lishui_desktop.sync.capture import clock_warning as clock_warning  # the GUI asks here
from lishui_desktop.sync.capture import record_op, update_rows
from lishui_desktop.sync.exporter import ExportPlan
from lishui_desktop.sync.importer import ImportReport
from lishui_desktop.sync.session import write_cursor
from lishui_desktop.sync.tables import is_known

CONTEXT = "Sync"
SEAL: Callable[[Database, bytes, str | None], bytes] | None = security.seal_hook
UNSEAL: Callable[[Database, bytes], bytes] | None = security.unseal_hook
Progress = tuple[int, int, str]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    plan: ExportPlan
    size: int


class ExportError(UserError):
    context = CONTEXT


def export_bundle(
    db: Database, out: Path, *, full: bool = False, for_device: str | None = None
) -> ExportResult:
    """Write a bundle; `out` may be a folder (the file is named by sender, addressee, time and
    size, with a number added when the name is taken). A file is never overwritten."""
    out = Path(out)
    if not out.is_dir() and out.exists():
        raise ExportError(
            QT_TRANSLATE_NOOP("Sync", "%1 exists already; a bundle never replaces a file. Choose another name or a folder."),
            out,
        )
    data, plan = exporter.build_export(db, full=full, for_device=for_device)
    if SEAL is not None:
        data = SEAL(db, data, plan.for_device)
    try:
        if out.is_dir():
            path = write_unique(out, exporter.file_name(plan), data)
        else:
            path = write_new(out, data, make_parents=True)
    except FileExists:
        raise ExportError(
            QT_TRANSLATE_NOOP("Sync", "%1 exists already; a bundle never replaces a file. Choose another name or a folder."),
            out,
        ) from None
    exporter.record_export(db, plan, path.name)
    return ExportResult(path, plan, len(data))


def _read_file(path: Path) -> bytes:
    size = path.stat().st_size
    if size > limits.DEFAULT_LIMITS.max_archive_bytes:
        raise limits.UnsafeBundle(
            QT_TRANSLATE_NOOP("Bundle", "The bundle is too large (%1 bytes)."), size
        )
    return path.read_bytes()


def expand_paths(paths: Sequence[Path]) -> list[Path]:
    """Files as given; a folder stands for the bundles in it (the office's folder of bundles)."""
    out: list[Path] = []
    for path in map(Path, paths):
        out.extend(sorted(path.glob("*.lsbundle")) if path.is_dir() else [path])
    return out


def iter_import(
    db: Database, paths: Sequence[Path], *, dry_run: bool = False
) -> Generator[Progress, None, list[ImportReport]]:
    """Preview or import files one by one (each in its own transaction), yielding progress.
    A preview of several files shows each one as it would be after the ones before it (they
    are applied in one transaction that is rolled back at the end)."""
    paths = expand_paths(paths)
    reports: list[ImportReport] = []
    total = len(paths)
    # one verified backup before the batch: "undo the last import" restores it (a file's; a
    # store on a server: a verified pg_dump)
    guard = nullcontext() if dry_run else recovery.guard_for(db, _batch_label(paths))
    shared: AbstractContextManager[Any] = (
        write_cursor(db, commit=False, kind=IMPORT) if dry_run and total > 1 else nullcontext()
    )
    with guard, shared as cursor:
        for done, path in enumerate(paths):
            path = Path(path)
            yield done, total, path.name
            try:
                data = _read_file(path)
            except (OSError, UserError) as exc:
                reason = exc.text() if isinstance(exc, UserError) else file_problem(exc)
                reports.append(ImportReport(file=path.name, status="rejected", reason=reason))
                continue
            unwrap = (lambda raw: UNSEAL(db, raw)) if UNSEAL is not None else None
            reports.append(
                importer.import_bytes(
                    db, data, file_name=path.name, dry_run=dry_run, unwrap=unwrap, cursor=cursor
                )
            )
    yield total, total, ""
    return reports


def _batch_label(paths: Sequence[Path]) -> str:
    names = [Path(p).name for p in paths]
    return names[0] if len(names) == 1 else f"{len(names)} files: " + ", ".join(names[:3])[:200]


def import_files(db: Database, paths: Sequence[Path], *, dry_run: bool = False) -> list[ImportReport]:
    gen = iter_import(db, paths, dry_run=dry_run)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            result: list[ImportReport] = stop.value
            return result


# --- review queue ------------------------------------------------------------------------
def review_items(db: Database) -> list[dict[str, Any]]:
    with db.engine.connect() as sa_conn:
        conn = portable.raw(sa_conn)
        return conflicts.review_items(conn)


class ResolveError(UserError):
    context = CONTEXT


def resolve_field(db: Database, table: str, row_id: str, column: str, value: Any) -> None:
    """Settle a field in conflict with `value` (one of the heads, or any value): a new edit."""
    if not is_known(table, column):
        raise ResolveError(QT_TRANSLATE_NOOP("Sync", "%1 is not a field that syncs."), f"{table}.{column}")
    with db.transaction() as session:
        current = session.execute(
            text(f'SELECT "{column}" FROM "{table}" WHERE id = :id'), {"id": row_id}
        ).first()
        if current is None:
            raise ResolveError(QT_TRANSLATE_NOOP("Sync", "The record %1 does not exist."), row_id)
        if current[0] == value:
            record_op(session, table, row_id, column)  # the value kept, as a new edit
        else:
            update_rows(session.connection(), table, [(row_id, {column: value})])


def restore_record(db: Database, table: str, row_id: str) -> None:
    """Undelete a record (one action from the review queue: "deleted on A while edited on B"):
    an edit that syncs; the record comes back with the edits made elsewhere."""
    resolve_field(db, table, row_id, "deleted", 0)


def merge_persons(db: Database, row_ids: Sequence[str]) -> str:
    """The same person entered twice: merged like any record (services/record_merge.py); the
    survivor is the one holding a resident ID, else the smallest id."""
    from lishui_desktop.services.record_merge import merge_records

    return merge_records(db, "persons", row_ids)


def merge_records(db: Database, kind: str, row_ids: Sequence[str]) -> str:
    """The same course, placement, pairing... entered twice, merged into one (a synced edit)."""
    from lishui_desktop.services import record_merge

    return record_merge.merge_records(db, kind, row_ids)


def twins(db: Database, kind: str, row_id: str) -> list[str]:
    """Other records of a ledger `kind` (sessions, placements...) that look like this one
    entered twice (its natural key): the review queue offers them for a merge."""
    from lishui_desktop.sync.duplicates import KIND_TABLES
    from lishui_desktop.sync.duplicates import twins as find

    table = KIND_TABLES.get(kind)
    if table is None or table == "persons":
        return []
    with db.engine.connect() as sa_conn:
        return find(portable.raw(sa_conn), table, row_id)


def accept_quarantined(db: Database, log_id: int) -> ImportReport:
    return importer.accept_quarantined(db, log_id)


def reject_quarantined(db: Database, log_id: int) -> None:
    importer.reject_quarantined(db, log_id)


# --- overview for the sync page ----------------------------------------------------------
@dataclass(frozen=True)
class DeviceOverview:
    device_id: str
    name: str
    role: str
    held: list[tuple[int, int]]
    gaps: list[tuple[int, int]]
    last_in_at: str | None
    last_out_at: str | None
    is_me: bool


def devices_overview(db: Database) -> list[DeviceOverview]:
    """Every known device: what we hold of its ops (of all its lives), the gaps, the last
    bundle in and out."""
    from lishui_desktop.sync.vectors import gaps_of, held_ranges

    me = db.get_setting("device_id")
    with db.engine.connect() as sa_conn:
        conn = portable.raw(sa_conn)
        assert conn is not None
        ranges = held_ranges(conn)
        devices = conn.execute(
            "SELECT id, name, role FROM devices WHERE certificate IS NOT NULL AND revoked_at IS NULL"
        ).fetchall()
        lives = dict(conn.execute("SELECT author_id, device_id FROM incarnations").fetchall())
        peers: dict[str, tuple[Any, Any]] = {}
        for key, last_in, last_out in conn.execute(
            "SELECT device_id, last_in_at, last_out_at FROM sync_peer"
        ):
            device = lives.get(key, key)
            held_in, held_out = peers.get(device, (None, None))
            peers[device] = (max(filter(None, (held_in, last_in)), default=None),
                             max(filter(None, (held_out, last_out)), default=None))
    known = {d[0]: (d[1] or "", d[2] or "") for d in devices}
    held: dict[str, list[tuple[int, int]]] = {}
    gaps: dict[str, list[tuple[int, int]]] = {}
    for author, spans in ranges.items():  # a device's lives one after the other
        device = lives.get(author, author)
        known.setdefault(device, ("", ""))
        held[device] = held.get(device, []) + list(spans)
        gaps[device] = gaps.get(device, []) + gaps_of(spans)
    out = []
    for device, (name, role) in known.items():
        last_in, last_out = peers.get(device, (None, None))
        out.append(
            DeviceOverview(device, name, role, held.get(device, []), gaps.get(device, []),
                           last_in, last_out, device == me)
        )
    return sorted(out, key=lambda d: (not d.is_me, d.role != "office", d.name))


def bundle_history(db: Database, limit: int = 500) -> list[dict[str, Any]]:
    with db.engine.connect() as conn:
        rows = qmark_execute(conn)(
            "SELECT id, at, direction, status, file_name, source_device, for_device, ops_total, "
            "ops_new, reason FROM sync_bundle_log ORDER BY id DESC LIMIT ?",
            (limit,),
        ).mappings().all()
    return [dict(r) for r in rows]


def device_names(db: Database) -> dict[str, str]:
    with db.engine.connect() as conn:
        return {r[0]: r[1] for r in qmark_execute(conn)("SELECT id, name FROM devices")}


LABEL_COLUMNS = ("name", "title", "employer", "lishui_party", "measure")


def record_label(db: Database, table: str, row_id: str) -> str:
    """A short human name for a record (a person's name, a session's title), else its id."""
    from lishui_desktop.sync.tables import synced_columns, table_names

    if table in table_names():
        column = next((c for c in LABEL_COLUMNS if c in synced_columns(table)), None)
        if column is not None:
            with db.engine.connect() as conn:
                value = qmark_execute(conn)(
                    f'SELECT "{column}" FROM "{table}" WHERE id = ?', (row_id,)
                ).scalar()
            if value:
                return str(value)
    return row_id[:8]


# --- several office staff on one PostgreSQL store --------------------------------------------
def when_waiting(callback: Callable[[str], None]) -> Callable[[Any], None]:
    """`callback(sentence)` each time this program's work on a PostgreSQL store has to wait for
    another person's ("正在等待 王主任 的导入完成…", db/store_lock.py), called from the waiting
    thread before it waits: the window shows it instead of freezing. Returns the hook
    (`stop_waiting_notes(hook)` removes it)."""
    from lishui_desktop.db import store_lock

    def hook(holder: Any) -> None:
        callback(store_lock.waiting_message(holder))

    store_lock.add_waiter(hook)
    return hook


def work_as(name: str | None) -> None:
    """The name this program's writes on a shared PostgreSQL store carry, so that a colleague
    who has to wait is told whose work it is (the window: the person using it)."""
    from lishui_desktop.db import store_lock

    store_lock.set_person(name)


def stop_waiting_notes(hook: Callable[[Any], None]) -> None:
    from lishui_desktop.db import store_lock

    store_lock.remove_waiter(hook)


def busy_with(db: Database) -> str | None:
    """The sentence naming whose import or edit holds a PostgreSQL store now (None: nobody, or
    a file): the window may say it before starting an import that would wait."""
    if not db.on_server:
        return None
    from lishui_desktop.db import store_lock

    with db.engine.connect() as conn:
        holder = store_lock.holder(qmark_execute(conn))
    return store_lock.waiting_message(holder) if holder is not None else None
