"""Who authors the ops this database writes now: one function, shared by capture and trust.

Capture (application code, inside the writing transaction) names every op it builds with
`current_author(...)` and numbers it after that author's highest sequence number. Nothing else
may read `local_settings.device_id` to name an op's author.

An author is one *life* (incarnation) of the issued device: a random id bound to the device
(`certs.author_id`), stated in a document the device signs with its issued key, so any relay
or office checks it offline. A database starts a new life when it is set up, when it is
restored from a backup (or an import is undone), and when it finds itself opened as a copy
(another computer, another file): the copy cannot know which sequence numbers its original
issued since, so it never issues them again under the old author id. A database from before
lives wrote its ops under the device id itself; that stays its author until its next life.
"""

from __future__ import annotations

import json
import os
import platform
import secrets
from typing import Any

from lishui_desktop.db.backup_file import FILE_IDENTITY
from lishui_desktop.db.base import now_text
from lishui_desktop.db.engine import qmark_execute

AUTHOR_KEY = "author_id"
AUTHOR_SQL = (
    "(SELECT coalesce((SELECT value FROM local_settings WHERE key='author_id'), "
    "(SELECT value FROM local_settings WHERE key='device_id')))"
)


def current_author(cur: Any) -> str | None:
    """The author id for ops written now through a DB-API cursor or connection (None before
    init)."""
    row = cur.execute(f"SELECT {AUTHOR_SQL}").fetchone()
    return None if row is None else row[0]


def _setting(execute: Any, key: str) -> str | None:
    row = execute("SELECT value FROM local_settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def _put(execute: Any, key: str, value: str) -> None:
    execute(
        "INSERT INTO local_settings(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def start_life(execute: Any, reason: str) -> str | None:
    """Begin a new life of this database's device (inside the caller's transaction): a new
    author id, stated and signed with the device's key. Returns the author id (None when the
    database has no device yet)."""
    from lishui_desktop.sync import certs, keys

    device_id = _setting(execute, "device_id")
    row = execute("SELECT blob FROM local_settings WHERE key = ?", (keys.SIGN_KEY,)).fetchone()
    if not device_id or row is None or not row[0]:
        return None
    number = execute(
        "SELECT coalesce(max(number), 0) + 1 FROM incarnations WHERE device_id = ?", (device_id,)
    ).fetchone()[0]
    doc = certs.new_incarnation(
        bytes(row[0]),
        device_id=device_id,
        nonce=secrets.token_hex(16),
        number=int(number),
        created=now_text(),
        reason=reason,
    )
    execute(
        "INSERT INTO incarnations(author_id, device_id, number, created, certificate) "
        "VALUES (?, ?, ?, ?, ?)",
        (doc["author"], device_id, doc["number"], doc["created"], json.dumps(doc, sort_keys=True)),
    )
    _put(execute, AUTHOR_KEY, doc["author"])
    return str(doc["author"])


def restart_life(db: Any, reason: str) -> str | None:
    """A new life of the device of the open database `db`, in a transaction of its own (after
    its content was replaced from a server's dump, which holds the old life's author id)."""
    with db.engine.begin() as conn:
        return start_life(qmark_execute(conn), reason)


def file_identity(path: Any) -> str:
    """Where this database file is: computer, path and file number. A copy (another computer,
    another file, a backup put back) never has the identity its original recorded."""
    real = os.path.normcase(os.path.realpath(str(path)))
    try:
        st = os.stat(real)
        dev, ino = st.st_dev, st.st_ino
    except OSError:
        dev = ino = 0
    return json.dumps({"host": platform.node(), "path": real, "dev": dev, "ino": ino}, sort_keys=True)


def note_file(execute: Any, path: Any) -> None:
    _put(execute, FILE_IDENTITY, file_identity(path))


def check_life(db: Any) -> None:
    """On open: a database that finds itself a copy starts a new life."""
    copy_reason(db)


def copy_reason(db: Any) -> str | None:
    """Start a new life when the database finds itself a copy; returns why ("copy" or
    "restore"), else None."""
    if getattr(db, "on_server", False):
        return None  # a store on a server is no file that can be copied behind its back
    with db.engine.begin() as conn:
        execute = qmark_execute(conn)
        if not _setting(execute, "device_id"):
            return None
        stored = _setting(execute, FILE_IDENTITY)
        here = file_identity(db.path)
        if stored == here:
            return None
        reason = None
        if stored is not None:
            reason = "restore" if stored == "copy" else "copy"
            start_life(execute, reason)
        _put(execute, FILE_IDENTITY, here)
    return reason
