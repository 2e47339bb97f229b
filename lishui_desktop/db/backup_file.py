"""Copying a live SQLite database safely: the backup API, then integrity_check on the copy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lishui_desktop.db import cipher
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.files import replace_file

# local_settings key where a database records which file it is (sync/author.py); a copy made
# here says "copy", so a backup put back is always seen as one and starts a new life.
FILE_IDENTITY = "file_identity"


class BackupFailed(UserError):
    context = "Backup"


def integrity_ok(path: Path, quick: bool = False, key: bytes | None = None) -> tuple[bool, str]:
    """Run integrity_check (or quick_check) on a database file; (ok, first message).

    An encrypted file is checked with `key` (default: the key held for it); a wrong key is
    reported as not ok, and a file whose key is not held raises DatabaseLocked.
    """
    try:
        con = cipher.connect(path, key=key, read_only=True)
    except cipher.WrongKey as exc:
        return False, exc.text()
    except cipher.errors() as exc:
        return False, str(exc)
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = con.execute(f"PRAGMA {pragma}").fetchall()
    except cipher.errors() as exc:
        return False, str(exc)
    finally:
        con.close()
    first = str(rows[0][0]) if rows else "no result"
    return first == "ok", first


def _mark_copy(con: Any) -> None:
    try:
        con.execute("UPDATE local_settings SET value = 'copy' WHERE key = ?", (FILE_IDENTITY,))
        con.commit()
    except cipher.errors():  # not a database of this program (no local_settings)
        pass


def copy_database(source: Path, dest: Path, quick: bool = False) -> Path:
    """Copy `source` to `dest` with SQLite's online backup API and verify the copy
    (integrity_check, or the faster quick_check when `quick`).

    Written to a temporary name first and renamed, so a half-written backup never looks valid.
    The copy of an encrypted database is encrypted with the same key, page by page.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    if tmp.exists():
        tmp.unlink()
    key = cipher.key_for(source)
    src = cipher.connect(source, key=key)
    try:
        out = cipher.connect(tmp, key=key)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
            _mark_copy(out)
        finally:
            out.close()
    finally:
        src.close()
    ok, message = integrity_ok(tmp, quick=quick, key=key)
    if not ok:
        tmp.unlink(missing_ok=True)
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Backup", "The backup copy failed its integrity check: %1"), message
        )
    replace_file(tmp, dest)
    return dest
