"""Backups of the database: made with SQLite's backup API, verified, kept in rotation, restored.

Each backup is one verified SQLite file in `paths.backups_dir(db_path)` named
`<kind>-<YYYYmmdd-HHMMSS>[-n].sqlite3`; its id is the file name without the extension.
Kinds: daily and weekly (rotated 7 + 4), manual, and the safety copies taken automatically
before an import, a migration or a restore.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lishui_desktop.db import cipher
from lishui_desktop.db.backup_file import BackupFailed, copy_database, integrity_ok
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.files import FileInUse, replace_file
from lishui_desktop.paths import backups_dir

if TYPE_CHECKING:
    from lishui_desktop.db.database import Database

log = logging.getLogger("lishui.backup")

KINDS = ("daily", "weekly", "manual", "pre-import", "pre-migration", "pre-restore", "damaged")
# how many of each kind are kept (the newest); damaged copies are never deleted automatically
KEEP = {
    "daily": 7,
    "weekly": 4,
    "manual": 20,
    "pre-import": 10,
    "pre-migration": 5,
    "pre-restore": 5,
}
_NAME = re.compile(r"^(?P<kind>[a-z-]+?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<extra>[\w.-]+))?$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file."""

    id: str
    kind: str
    created: dt.datetime
    path: Path
    size: int

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "created": self.created.isoformat(timespec="seconds"),
            "size": self.size,
            "path": str(self.path),
        }


def _info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.stem)
    if path.suffix != ".sqlite3" or match is None or match["kind"] not in KINDS:
        return None
    try:
        created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path.stem, match["kind"], created, path, size)


def list_backups(db_path: Path, kind: str | None = None) -> list[BackupInfo]:
    """Backups of the database at `db_path`, newest first."""
    folder = backups_dir(Path(db_path))
    if not folder.is_dir():
        return []
    found = [info for p in folder.glob("*.sqlite3") if (info := _info(p)) is not None]
    if kind is not None:
        found = [b for b in found if b.kind == kind]
    return sorted(found, key=lambda b: (b.created, b.id), reverse=True)


def _new_path(db_path: Path, kind: str, now: dt.datetime | None = None) -> Path:
    folder = backups_dir(db_path)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    path = folder / f"{kind}-{stamp}.sqlite3"
    n = 2
    while path.exists():
        path = folder / f"{kind}-{stamp}-{n}.sqlite3"
        n += 1
    return path


def create_backup(
    db_path: Path, kind: str = "manual", now: dt.datetime | None = None
) -> BackupInfo:
    """Copy the (possibly open) database with the backup API, verify it, then rotate."""
    if kind not in KEEP:
        raise ValueError(kind)
    db_path = Path(db_path)
    if not db_path.exists():
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Backup", "There is no database at %1 to back up."), db_path
        )
    # before an import the user waits: quick_check (seconds less on a large file) is enough there
    dest = copy_database(db_path, _new_path(db_path, kind, now), quick=kind == "pre-import")
    info = _info(dest)
    assert info is not None
    log.info("backup %s created (%d bytes)", info.id, info.size)
    rotate(db_path)
    return info


def rotate(db_path: Path) -> list[str]:
    """Delete the oldest backups beyond each kind's quota; returns the ids removed."""
    removed: list[str] = []
    for kind, keep in KEEP.items():
        for old in list_backups(db_path, kind)[keep:]:
            try:
                old.path.unlink()
                removed.append(old.id)
            except OSError as exc:  # a file held open on Windows: try again next time
                log.warning("could not remove old backup %s: %s", old.id, exc)
    return removed


def daily_if_due(db_path: Path, now: dt.datetime | None = None) -> list[BackupInfo]:
    """A daily backup if none was made today, and a weekly one if none in the last 7 days."""
    now = now or dt.datetime.now()
    made: list[BackupInfo] = []
    dailies = list_backups(db_path, "daily")
    if not dailies or dailies[0].created.date() != now.date():
        made.append(create_backup(db_path, "daily", now))
    weeklies = list_backups(db_path, "weekly")
    if not weeklies or (now - weeklies[0].created) >= dt.timedelta(days=7):
        made.append(create_backup(db_path, "weekly", now))
    return made


def find_backup(db_path: Path, backup_id: str) -> BackupInfo:
    for info in list_backups(db_path):
        if info.id == backup_id or info.path.name == backup_id:
            return info
    raise BackupFailed(
        QT_TRANSLATE_NOOP("Backup", "There is no backup %1 (see `lishui backup list`)."), backup_id
    )


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes integrity_check (damaged copies are skipped)."""
    for info in list_backups(db_path):
        if info.kind != "damaged" and integrity_ok(info.path)[0]:
            return info
    return None


def keep_damaged(db_path: Path) -> Path:
    """Move a database that cannot be copied safely aside (with its WAL) as a `damaged` file."""
    dest = _new_path(db_path, "damaged")
    dest.parent.mkdir(parents=True, exist_ok=True)
    os.replace(db_path, dest)
    for suffix in ("-wal", "-shm"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            os.replace(side, Path(str(dest) + suffix))
    return dest


def restore_file(db_path: Path, backup_id: str) -> BackupInfo | None:
    """Replace the CLOSED database at `db_path` by a verified backup, atomically.

    The current database is kept first as a `pre-restore` backup (or moved aside as `damaged`
    when it cannot be read). Returns the backup of the replaced database.
    """
    db_path = Path(db_path)
    source = find_backup(db_path, backup_id)
    ok, message = integrity_ok(source.path)
    if not ok:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Backup", "Backup %1 is damaged (%2); it was not restored."),
            source.id,
            message,
        )
    kept: BackupInfo | None = None
    if db_path.exists():
        try:
            kept = create_backup(db_path, "pre-restore")
        except cipher.with_errors(BackupFailed):
            keep_damaged(db_path)
    if db_path.exists():
        _flush_wal(db_path)
    staged = db_path.with_name(db_path.name + ".restoring")
    copy_database(source.path, staged)
    try:
        replace_file(staged, db_path)  # retried a moment: an antivirus scan lets go quickly
    except (FileInUse, OSError):  # Windows: the file is still open somewhere
        staged.unlink(missing_ok=True)
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "Backup",
                "The database is still in use, so the backup was not restored. Close other windows "
                "and programs that use it, then try again.",
            )
        ) from None
    # a WAL left beside the old file must never be replayed onto the restored one
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    log.info("database restored from backup %s", source.id)
    return kept


def _flush_wal(db_path: Path) -> None:
    """Checkpoint and empty the WAL so that nothing of the old file remains beside it."""
    try:
        con = cipher.connect(db_path)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    except cipher.errors() as exc:
        log.warning("could not checkpoint before restore: %s", exc)


def restore(db: Database, backup_id: str) -> BackupInfo | None:
    """Restore a backup under an open Database: dispose its engine, swap, reopen in place.

    Everything holding `db` keeps working and sees the restored data afterwards.
    """
    db.engine.dispose()
    try:
        kept = restore_file(db.path, backup_id)
    finally:
        from lishui_desktop.services.setup import open_database

        reopened = open_database(db.path)
        db.engine, db.sessions, db.schema_action = (
            reopened.engine,
            reopened.sessions,
            reopened.schema_action,
        )
    return kept


# --- the open store, on a file or on a server (the window and the command line alike) ---------
def backups_of(db: Database) -> list[BackupInfo]:
    """The backups of the open store: its file's, or a server store's verified dumps."""
    if db.on_server:
        from lishui_desktop.services import server_backup

        return server_backup.list_backups(db)
    return list_backups(db.path)


def back_up_now(db: Database, kind: str = "manual") -> BackupInfo:
    if db.on_server:
        from lishui_desktop.services import server_backup

        return server_backup.create_backup(db, kind)
    return create_backup(db.path, kind)


def restore_store(db: Database, backup_id: str) -> BackupInfo | None:
    """Restore under the open store (`restore` for a file; a server store's dump in one
    transaction); returns the backup of what was replaced."""
    if db.on_server:
        from lishui_desktop.services import server_backup

        return server_backup.restore(db, backup_id)
    return restore(db, backup_id)
