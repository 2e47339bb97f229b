"""One writer at a time on a store on a PostgreSQL server, and who it is.

Several office staff share one store. Imports and edits take the store's writer lock — a
PostgreSQL advisory lock held until their transaction ends (`pg_advisory_xact_lock`, which any
role may take; nothing superuser-only) — as the first thing they do, so they run one after the
other: every op applied once, the result the same as in some serial order, and no two writers
ever wait for each other's rows (no deadlock to surface as an error). SQLite's own
`BEGIN IMMEDIATE` does the same for a file.

Whoever holds it says who they are and what they do in their session's `application_name`
(visible to every role in pg_stat_activity; set for the transaction only). One who has to wait
learns it first and is told through `on_wait` callbacks: the CLI prints "Waiting for 王主任's
import…" once, the window can show the same sentence (`waiting_message`).
"""

from __future__ import annotations

import base64
import binascii
import getpass
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill, translate

KEYS = (0x6C697368, 1)  # ("lish", 1): the store's writer lock in this database
TAG = "lishui:"
APP_NAME_BYTES = 63  # PostgreSQL keeps this much of application_name (ASCII only)

IMPORT, EDIT = "import", "edit"


@dataclass(frozen=True)
class Holder:
    person: str
    kind: str  # IMPORT | EDIT


_person: list[str | None] = [None]
_waiters: list[Callable[[Holder | None], None]] = []


def set_person(name: str | None) -> None:
    """The name this program's writers give (the window: the person signed in); by default
    the computer's login name."""
    _person[0] = name


def person() -> str:
    if _person[0]:
        return _person[0]
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # pragma: no cover - no login name (a service account)
        return "?"


def add_waiter(callback: Callable[[Holder | None], None]) -> None:
    """`callback(holder)` is called once whenever a writer of this program has to wait."""
    if callback not in _waiters:
        _waiters.append(callback)


def remove_waiter(callback: Callable[[Holder | None], None]) -> None:
    if callback in _waiters:
        _waiters.remove(callback)


def tag(who: str, kind: str) -> str:
    """`application_name` naming the holder: ASCII only (PostgreSQL replaces anything else),
    the name in base64 of its UTF-8, shortened to fit."""
    head = f"{TAG}{kind[0]}:"
    encoded = base64.b64encode(who.encode("utf-8")).decode("ascii")
    while len(head) + len(encoded) > APP_NAME_BYTES:
        who = who[:-1]
        encoded = base64.b64encode(who.encode("utf-8")).decode("ascii")
    return head + encoded


def read_tag(text: str | None) -> Holder | None:
    if not text or not text.startswith(TAG) or text[len(TAG) + 1 : len(TAG) + 2] != ":":
        return None
    kind = IMPORT if text[len(TAG)] == "i" else EDIT
    try:
        who = base64.b64decode(text[len(TAG) + 2 :], validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return Holder(who, kind)


NAMING_ATTEMPTS = 5  # tries at the lock before a wait is announced without a name


_HOLDER_SQL = (
    "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
    "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ? AND l.objsubid = 2 "
    "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
    "AND l.pid <> pg_backend_pid()"
)


def holder(execute: Any) -> Holder | None:
    """Who holds the writer lock now (None: nobody, or not one of this program's writers)."""
    row = execute(_HOLDER_SQL, KEYS).fetchone()
    return read_tag(row[0]) if row else None


def take(execute: Any, kind: str) -> None:
    """Take the writer lock in the transaction `execute` runs in (`?` SQL, portable.PgCursor
    or qmark_execute), waiting for the present holder after telling the waiters who it is."""
    execute("SELECT set_config('application_name', ?, true)", (tag(person(), kind),))
    busy = None
    for _attempt in range(NAMING_ATTEMPTS):
        if execute("SELECT pg_try_advisory_xact_lock(?, ?)", KEYS).fetchone()[0]:
            return
        busy = holder(execute)
        if busy is not None:
            break  # else the holder let go between the two questions: try again, then name it
    for callback in list(_waiters):
        callback(busy)
    execute("SELECT pg_advisory_xact_lock(?, ?)", KEYS)


def waiting_message(busy: Holder | None) -> str:
    """The sentence for a person whose work waits for another's."""
    if busy is None:
        return translate("Database", QT_TRANSLATE_NOOP("Database", "Waiting for another person's work on this store…"))
    if busy.kind == IMPORT:
        return fill(translate("Database", QT_TRANSLATE_NOOP("Database", "Waiting for %1's import…")), busy.person)
    return fill(translate("Database", QT_TRANSLATE_NOOP("Database", "Waiting for %1's changes to be saved…")), busy.person)
