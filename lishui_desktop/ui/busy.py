"""A database another program holds (a reader that locks it, a backup tool, a second copy of
the program) must never freeze the window: the UI thread waits at most a tenth of a second for
a lock, the workers the usual ten seconds; what still fails is told in one clear sentence."""

from __future__ import annotations

import threading
from typing import Any

from lishui_desktop.db import sqlite_path

UI_BUSY_TIMEOUT_MS = 100
BUSY_TIMEOUT_MS = sqlite_path.BUSY_TIMEOUT_MS
BUSY_WORDS = ("database is locked", "database table is locked", "locking protocol", "database is busy")
_installed: list[bool] = []


def limit_ui_thread_waits() -> None:
    """Every pooled connection, when taken: a short lock wait on the UI thread, the usual one
    elsewhere (set only when it changes)."""
    from sqlalchemy import event
    from sqlalchemy.pool import Pool

    from lishui_desktop.db import engine

    if not _installed:
        engine.set_busy_timeout(_wanted)  # new connections (their first pragmas wait too)
        event.listen(Pool, "checkout", _on_checkout)
        _installed.append(True)


def usual_waits() -> None:
    """Back to the usual wait everywhere (a test that installed the window's rule, in a
    process that goes on with other work)."""
    from sqlalchemy import event
    from sqlalchemy.pool import Pool

    from lishui_desktop.db import engine

    if _installed:
        engine.set_busy_timeout(lambda: sqlite_path.BUSY_TIMEOUT_MS)
        event.remove(Pool, "checkout", _on_checkout)
        _installed.clear()


def _wanted() -> int:
    main = threading.current_thread() is threading.main_thread()
    return UI_BUSY_TIMEOUT_MS if main else BUSY_TIMEOUT_MS


def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    if type(dbapi_connection).__module__.startswith("psycopg"):
        return  # a server store: its own timeouts apply (a failed PRAGMA would abort its transaction)
    wanted = _wanted()
    if record.info.get("busy_timeout_ms") != wanted and hasattr(dbapi_connection, "execute"):
        try:
            dbapi_connection.execute(f"PRAGMA busy_timeout={int(wanted)}")
        except Exception:  # noqa: BLE001 - not SQLite (a server store): its own timeouts apply
            return
        record.info["busy_timeout_ms"] = wanted


def says_busy(text: str) -> bool:
    """An error text that means: another program holds the database."""
    lowered = text.lower()
    return any(word in lowered for word in BUSY_WORDS)
