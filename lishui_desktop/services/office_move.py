"""Moving an office (or lead) store between a SQLite file and a PostgreSQL server.

`move_store` copies every table (records, the change log and sync state, keys, settings) into
an empty PostgreSQL database or a new SQLite file in one transaction (db/transfer.py), then
proves the copy: the canonical dump (sync/dump.py) of both must be equal, byte for byte; their
SHA-256 digests are the proof a person sees. A copy that differs is removed again.

The copy is a new life of the office's device (sync/author.py): the original stays usable,
and the two must never issue the same sequence numbers under one author id. What belongs to a
file and not to the store (its recovery code, where the file was) stays behind.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from lishui_desktop.db import cipher, transfer
from lishui_desktop.db.backup_file import FILE_IDENTITY
from lishui_desktop.db.database import Database
from lishui_desktop.db.engine import make_engine, qmark_execute
from lishui_desktop.db.server import (
    is_server_url,
    make_server_engine,
    server_url,
    shown,
    unreachable,
)
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.domain.masking import scrub
from lishui_desktop.services.database_key import RECOVERY_SETTING
from lishui_desktop.services.setup import SetupError, check_role_for_store, device_info

log = logging.getLogger("lishui.office_move")

# settings of the file, not of the store: they stay behind
FILE_SETTINGS = frozenset({RECOVERY_SETTING, FILE_IDENTITY})


class MoveError(UserError):
    context = "Office"


@dataclass(frozen=True)
class MoveResult:
    source: str
    target: str
    source_sha256: str
    target_sha256: str
    rows: dict[str, int]
    seconds: float

    @property
    def equal(self) -> bool:
        return self.source_sha256 == self.target_sha256

    def as_json(self) -> dict[str, Any]:
        return {
            "from": self.source,
            "to": self.target,
            "dump_sha256": self.source_sha256 if self.equal else None,
            "rows": sum(self.rows.values()),
            "equal": self.equal,
            "from_dump_sha256": self.source_sha256,
            "to_dump_sha256": self.target_sha256,
            "tables": self.rows,
            "seconds": round(self.seconds, 2),
        }


class _Hasher:
    """A text stream that only hashes what is written (the dump of a large store never sits in
    memory)."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()

    def write(self, text: str) -> int:
        self.digest.update(text.encode("utf-8"))
        return len(text)


def dump_digest(db: Database) -> str:
    """SHA-256 of the store's canonical dump (what `lishui dump --json` prints)."""
    from lishui_desktop.sync.dump import write_dump

    out = _Hasher()
    write_dump(db, out)  # type: ignore[arg-type]
    return out.digest.hexdigest()


def check_movable(db: Database) -> str:
    """The store's role; a store that is not set up, and a field laptop's, are refused."""
    info = device_info(db)
    if info is None:
        raise SetupError(
            QT_TRANSLATE_NOOP("Setup", "This database has not been set up yet; run `lishui init` first.")
        )
    check_role_for_store(info.role, on_server=True)
    return info.role


def target_name(target: str | Path) -> str:
    """The target as it may be printed (a server URL without any password)."""
    return shown(str(target)) if is_server_url(str(target)) else str(Path(target))


def check_target(target: str | Path) -> None:
    """Refuse a target that is not empty: a server database with tables, an existing file."""
    if is_server_url(str(target)):
        engine = _server_engine(str(target))
        engine.dispose()
    elif Path(target).exists():
        raise MoveError(
            QT_TRANSLATE_NOOP(
                "Office", "The file %1 already exists; the office store is moved only into a new file."
            ),
            Path(target),
        )


def _server_engine(text: str) -> Engine:
    """An engine on an empty PostgreSQL database; one clear message otherwise."""
    url = server_url(text)
    engine = make_server_engine(url)
    try:
        with engine.connect() as conn:
            found = transfer.table_names_in(conn)
    except OperationalError as exc:
        engine.dispose()
        raise unreachable(url, exc) from None
    if found:
        engine.dispose()
        raise MoveError(
            QT_TRANSLATE_NOOP(
                "Office",
                "The PostgreSQL database %1 is not empty (it has %2 tables); the office store is "
                "moved only into an empty database. Create a new one (see the README: An office "
                "on PostgreSQL).",
            ),
            shown(url),
            len(found),
        )
    return engine


def move_store(
    source: Database,
    target: str | Path,
    settings: dict[str, str] | None = None,
) -> MoveResult:
    """Copy the store `source` into `target` (an empty PostgreSQL database's URL, or a new
    SQLite file whose key, when it is to be encrypted, the caller has created), prove it,
    and return what was done. `settings` are written into the copy (its own policy, recovery
    code)."""
    started = time.perf_counter()
    check_movable(source)
    on_server = is_server_url(str(target))
    if on_server:
        engine = _server_engine(str(target))
        path = None
    else:
        check_target(target)
        path = Path(target)
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(path, cipher.key_for(path))
    name = target_name(target)
    log.info("office move started")
    source_sha = dump_digest(source)
    try:
        rows = _copy(source, engine, path, settings or {})
    except DBAPIError as exc:
        engine.dispose()
        _remove_file(path)
        raise _copy_failed(exc) from None
    except BaseException:
        engine.dispose()
        _remove_file(path)
        raise
    engine.dispose()
    try:
        target_sha = _verified_digest(str(target) if on_server else path)  # type: ignore[arg-type]
    except BaseException:
        _remove_copy(target, path)
        raise
    if target_sha != source_sha:
        log.warning("office move: the copy's dump differs; the copy is removed")
        _remove_copy(target, path)
    seconds = time.perf_counter() - started
    log.info("office move done: %d rows in %.1f s, dumps equal: %s", sum(rows.values()), seconds, target_sha == source_sha)
    return MoveResult(source.location, name, source_sha, target_sha, rows, seconds)


def _verified_digest(target: str | Path) -> str:
    copy = Database.open(target)
    try:
        return dump_digest(copy)
    finally:
        copy.close()


def _remove_copy(target: str | Path, path: Path | None) -> None:
    """The target back as it was: the new file removed, the server database emptied."""
    if path is not None:
        _remove_file(path)
        return
    engine = make_server_engine(server_url(str(target)))
    try:
        transfer.empty_database(engine)
    finally:
        engine.dispose()


def _copy(source: Database, engine: Engine, path: Path | None, settings: dict[str, str]) -> dict[str, int]:
    from lishui_desktop.sync.author import note_file, start_life

    def keep(table: str, row: dict[str, Any]) -> bool:
        return not (table == "local_settings" and row["key"] in FILE_SETTINGS | settings.keys())

    with engine.begin() as conn:
        transfer.create_schema(conn)
        reader = transfer.snapshot(source.engine)
        try:
            rows = transfer.copy_rows(reader, conn, keep)
        finally:
            reader.close()
        execute = qmark_execute(conn)
        for key, value in settings.items():
            execute("INSERT INTO local_settings(key, value) VALUES (?, ?)", (key, value))
        start_life(execute, "move")  # the original stays usable: the copy is a new life
        if path is not None:
            note_file(execute, path)
    return rows


def _remove_file(path: Path | None) -> None:
    if path is None:
        return
    for extra in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + extra).unlink(missing_ok=True)
    cipher.key_file(path).unlink(missing_ok=True)
    cipher.forget_key(path)


def _copy_failed(exc: DBAPIError) -> MoveError:
    """The driver's first line (which says what and where, never a value) in one message."""
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()
    return MoveError(
        QT_TRANSLATE_NOOP("Office", "The copy stopped and the target was left as it was: %1"),
        scrub(detail[0] if detail else type(exc).__name__),
    )
