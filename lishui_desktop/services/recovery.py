"""Crash safety around imports, undoing the last import, and the start-up health check.

Every import runs inside `import_guard`: a verified pre-import backup is taken first and a
marker file says an import is running. The import itself is one SQLite transaction, so a
crash leaves the database as it was before or after; the marker lets the next start say so.
A store on a PostgreSQL server: `server_import_guard`, its pre-import backup a verified pg_dump.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lishui_desktop.db import cipher
from lishui_desktop.db.backup_file import BackupFailed, integrity_ok
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill, translate
from lishui_desktop.files import replace_file
from lishui_desktop.paths import backups_dir
from lishui_desktop.services import backup

if TYPE_CHECKING:
    from lishui_desktop.db.database import Database

log = logging.getLogger("lishui.recovery")

CONTEXT = "Recovery"
CHANGE_LOG = "sync_change_log"
RUNS = "sync_op_runs"


def _marker(db_path: Path) -> Path:
    return backups_dir(db_path) / "import-in-progress.json"


def _last_import(db_path: Path) -> Path:
    return backups_dir(db_path) / "last-import.json"


def _write_json(path: Path, data: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    replace_file(tmp, path)


def _read_json(path: Path) -> dict[str, object] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def guard_for(db: Any, label: str) -> AbstractContextManager[object]:
    """`import_guard` for a database file; `server_import_guard` for a store on a PostgreSQL
    server (its pre-import backup a verified pg_dump, services/server_backup.py)."""
    if getattr(db, "on_server", False):
        return server_import_guard(db, label)
    return import_guard(db.path, label)


@contextmanager
def import_guard(db_path: Path, label: str) -> Iterator[backup.BackupInfo]:
    """Wrap one import: pre-import backup, in-progress marker, and the undo record on success.

    `label` names what is imported (a bundle or workbook file name; never personal data).
    """
    db_path = Path(db_path)
    info = backup.create_backup(db_path, "pre-import")
    now = dt.datetime.now().isoformat(timespec="seconds")
    _write_json(_marker(db_path), {"label": label, "backup": info.id, "started": now})
    try:
        yield info
    finally:
        # also after an error or a cancel: files before it may already be imported
        finished = dt.datetime.now().isoformat(timespec="seconds")
        record: dict[str, object] = {"label": label, "backup": info.id, "finished": finished}
        record.update(_own_ops_so_far(db_path))
        _write_json(_last_import(db_path), record)
        _marker(db_path).unlink(missing_ok=True)


def _own_ops_so_far(db_path: Path) -> dict[str, object]:
    """This computer's last op number when an import ends: what it wrote during the import (an
    Excel import's records, a merge's answers) is the import's, not an edit made after it."""
    from lishui_desktop.sync.author import current_author  # loaded with the database

    try:
        with closing(cipher.connect(db_path, read_only=True)) as con:
            if RUNS not in _tables(con, "main"):
                return {}
            own = current_author(con)
            if own is None:
                return {}
            last = con.execute(f"SELECT coalesce(max(last), 0) FROM {RUNS} WHERE device_id = ?", (own,)).fetchone()[0]
    except cipher.errors():
        return {}  # the undo then counts conservatively, as before
    return {"own": own, "own_last": int(last)}



# --- a store on a PostgreSQL server -----------------------------------------------------------
# The pre-import backup is a verified pg_dump; the undo record (beside it, in this installation's
# backups folder) also keeps the ops the store held before and after the import, per author, so
# the preview counts from the store's own log what the undo would change and what was written
# after the import (the server's dump cannot be attached as a SQLite backup is).
@contextmanager
def server_import_guard(db: Database, label: str) -> Iterator[backup.BackupInfo]:
    from lishui_desktop.services import server_backup

    before = _server_vector(db)  # read before the dump: the preview then never counts too few
    info = server_backup.create_backup(db, "pre-import")
    try:
        yield info
    finally:
        finished = dt.datetime.now().isoformat(timespec="seconds")
        record: dict[str, object] = {
            "label": label, "backup": info.id, "finished": finished, "server": True,
            "before": before, "after": _server_vector(db),
        }
        _write_json(_last_import(db.path), record)


def _server_vector(db: Database) -> dict[str, int]:
    """Each author's highest op number in the store's log."""
    from sqlalchemy import text

    with db.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT device_id, max(last) FROM {RUNS} GROUP BY device_id"))
        return {str(device): int(last) for device, last in rows}


def _ops_beyond(db: Database, vector: object) -> dict[str, object]:
    """Rows touched per table, and ops counted, by the store's ops beyond `vector`."""
    from sqlalchemy import text

    beyond = f"""FROM {RUNS} r LEFT JOIN json_each_text(CAST(:vector AS json)) v ON v.key = r.device_id
                 WHERE r.last > coalesce(CAST(v.value AS bigint), 0)"""
    params = {"vector": json.dumps(vector if isinstance(vector, dict) else {})}
    with db.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT r.tbl, count(DISTINCT r.row_id) {beyond} GROUP BY r.tbl"), params)
        tables = {str(tbl): int(n) for tbl, n in rows}
        ops = conn.execute(text(
            f"SELECT coalesce(sum(r.last - greatest(r.seq, coalesce(CAST(v.value AS bigint), 0) + 1) + 1), 0) {beyond}"
        ), params).scalar_one()
    return {"tables": tables, "ops": int(ops)}


def _server_preview(db: Database, record: dict[str, object]) -> UndoPreview:
    from lishui_desktop.db.models import synced_tables

    preview = UndoPreview(
        str(record.get("label", "")), str(record["backup"]), str(record.get("finished", "")), on_server=True
    )
    changed = _ops_beyond(db, record.get("before"))["tables"]
    assert isinstance(changed, dict)
    preview.changed_rows = {t: n for t, n in changed.items() if t in synced_tables()}
    preview.local_edits_after = int(str(_ops_beyond(db, record.get("after"))["ops"]))
    return preview


@dataclass
class UndoPreview:
    """What undoing the last import would do, for the user to read before confirming."""

    label: str
    backup_id: str
    finished: str
    changed_rows: dict[str, int] = field(default_factory=dict)
    local_edits_after: int = 0
    on_server: bool = False  # edits after the import: this store's, made on any computer

    def statement(self) -> str:
        total = sum(self.changed_rows.values())
        text = fill(translate(
            "Recovery",
            "Undoing the import of %1 (%2) returns the database to the backup taken just before it. "
            "%3 records will go back to their earlier state."),
            self.label,
            self.finished,
            total,
        )
        if self.local_edits_after and self.on_server:
            text += " " + fill(translate(
                "Recovery",
                "This also undoes %1 changes made in this store after that import (on any computer "
                "using it); enter them again afterwards."),
                self.local_edits_after,
            )
        elif self.local_edits_after:
            text += " " + fill(translate(
                "Recovery",
                "This also undoes %1 changes made on this computer after that import; enter them again afterwards."),
                self.local_edits_after,
            )
        text += " " + translate(
            "Recovery", "The current database is kept as a backup, so this step can itself be undone."
        )
        return text


def last_import(db_path: Path) -> dict[str, object] | None:
    """The undo record of the last import whose backup is still there (a server store's too:
    `db_path` its local place)."""
    record = _read_json(_last_import(Path(db_path)))
    if record is None:
        return None
    if record.get("server"):
        dump = backups_dir(Path(db_path)) / f"{record.get('backup')}.pgdump"
        return record if dump.is_file() and dump.with_suffix(".json").is_file() else None
    try:
        backup.find_backup(Path(db_path), str(record.get("backup")))
    except BackupFailed:
        return None
    return record


def undo_preview(db: Database) -> UndoPreview | None:
    """None when there is no import to undo (or its backup is gone)."""
    record = last_import(db.path)
    if record is None:
        return None
    if bool(db.on_server) != bool(record.get("server")):
        return None  # another store's record
    if db.on_server:
        return _server_preview(db, record)
    info = backup.find_backup(db.path, str(record["backup"]))
    preview = UndoPreview(str(record.get("label", "")), info.id, str(record.get("finished", "")))
    own = db.get_setting("author_id") or db.get_setting("device_id")  # ops of this life
    with closing(cipher.connect(db.path, read_only=True)) as con:
        cipher.attach(con, info.path, "bk")  # an encrypted backup: with the database's key
        main_tables = _tables(con, "main")
        bk_tables = _tables(con, "bk")
        from lishui_desktop.db.models import synced_tables  # the window starts without the models

        for table in synced_tables():
            if table in main_tables and table in bk_tables:
                n = con.execute(
                    f'SELECT count(*) FROM (SELECT * FROM main."{table}" EXCEPT SELECT * FROM bk."{table}")'
                ).fetchone()[0]
                if n:
                    preview.changed_rows[table] = int(n)
        if own and CHANGE_LOG in main_tables and CHANGE_LOG in bk_tables:
            during = int(str(record.get("own_last", 0))) if record.get("own") == own else 0
            preview.local_edits_after = _local_ops_after(con, own, during)
    return preview


def _tables(con: sqlite3.Connection, schema: str) -> set[str]:
    rows = con.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type IN ('table', 'view')").fetchall()
    return {r[0] for r in rows}


def _local_ops_after(con: sqlite3.Connection, device_id: str, during: int = 0) -> int:
    """This computer's own ops that the backup does not hold and that the import did not write
    itself (numbers up to `during`): edits the undo would lose."""
    if RUNS not in _tables(con, "main"):
        return 0
    if RUNS in _tables(con, "bk"):
        floor_sql = f"SELECT coalesce(max(last), 0) FROM bk.{RUNS} WHERE device_id = ?"
    else:  # a backup from before the log was kept as runs
        floor_sql = f"SELECT coalesce(max(seq), 0) FROM bk.{CHANGE_LOG} WHERE device_id = ?"
    floor = max(int(con.execute(floor_sql, (device_id,)).fetchone()[0]), during)
    row = con.execute(
        f"SELECT coalesce(sum(last - max(seq, ?) + 1), 0) FROM main.{RUNS} WHERE device_id = ? AND last > ?",
        (floor + 1, device_id, floor),
    ).fetchone()
    return int(row[0])


def undo_last_import(db: Database) -> UndoPreview:
    """Restore the last import's pre-import backup (the current state is kept as a backup)."""
    preview = undo_preview(db)
    if preview is None:
        raise BackupFailed(QT_TRANSLATE_NOOP("Recovery", "There is no import to undo."), context=CONTEXT)
    backup.restore_store(db, preview.backup_id)
    _last_import(db.path).unlink(missing_ok=True)
    log.info("undid the import %s from backup %s", preview.label, preview.backup_id)
    return preview


@dataclass(frozen=True)
class StartupReport:
    """What the start-up check found; `message` is empty when there is nothing to say."""

    ok: bool
    message: str = ""
    good_backup: backup.BackupInfo | None = None
    interrupted_import: str | None = None


def _header_ok(db_path: Path) -> tuple[bool, str]:
    """A cheap check at once: the file opens and its schema reads (the full check runs later).

    Raises WrongKey when the key held opens neither the file nor any of its backups: a key
    file of another database, which no backup can mend (the user is told what to do).
    """
    try:
        with closing(cipher.connect(db_path, read_only=True)) as con:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cipher.WrongKey as exc:
        if backup.newest_good_backup(db_path) is None:
            raise
        return False, exc.text()  # its backups open with this key: the file is damaged
    except cipher.errors() as exc:
        return False, str(exc)
    return True, "ok"


def startup_check(db_path: Path, full: bool = True) -> StartupReport:
    """quick_check the database (only its header when not `full`); report an interrupted import.

    The GUI checks the header before opening and runs the full quick_check in the background
    (`damage_report`), so a large database still opens at once. When the database is damaged,
    `good_backup` is the newest backup that passes integrity_check (the caller offers it).
    """
    db_path = Path(db_path)
    marker = _read_json(_marker(db_path))
    _marker(db_path).unlink(missing_ok=True)
    if not db_path.exists():
        return StartupReport(True)
    ok, detail = integrity_ok(db_path, quick=True) if full else _header_ok(db_path)
    if not ok:
        return damage_report(db_path, detail)
    if marker is not None:
        label = str(marker.get("label", ""))
        message = fill(translate(
            "Recovery",
            "The import of %1 was interrupted. The database is intact and nothing was lost: "
            "the import was either applied completely or not at all. Importing the same file "
            "again is safe."),
            label,
        )
        return StartupReport(True, message, None, label)
    return StartupReport(True)


def quick_check(db_path: Path) -> StartupReport:
    """The full quick_check (seconds on a large file): run it off the UI thread."""
    ok, detail = integrity_ok(Path(db_path), quick=True)
    return StartupReport(True) if ok else damage_report(Path(db_path), detail)


def damage_report(db_path: Path, detail: str) -> StartupReport:
    """What to tell the user about a damaged file, with the newest good backup if any."""
    good = backup.newest_good_backup(db_path)
    if good is not None:
        message = fill(translate(
            "Recovery",
            "The database file is damaged (%1). The newest good backup is %2 from %3. "
            "Restore it? The damaged file is kept in the backups folder."),
            detail,
            good.id,
            good.created.strftime("%Y-%m-%d %H:%M"),
        )
    else:
        message = fill(translate(
            "Recovery",
            "The database file is damaged (%1) and no good backup was found. "
            "Copy the file and ask the office for help before entering more data."),
            detail,
        )
    return StartupReport(False, message, good, None)


def restore_newest_good(db_path: Path) -> backup.BackupInfo:
    """Restore the newest good backup over a (closed) damaged database."""
    good = backup.newest_good_backup(db_path)
    if good is None:
        raise BackupFailed(QT_TRANSLATE_NOOP("Recovery", "No good backup was found."), context=CONTEXT)
    backup.restore_file(db_path, good.id)
    return good
