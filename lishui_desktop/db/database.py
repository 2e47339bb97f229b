"""An open database: engine, session factory and this installation's local settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from lishui_desktop.db import cipher, run_before_first_open, store_lock
from lishui_desktop.db.engine import make_engine, make_session_factory, qmark_execute
from lishui_desktop.db.migrate import ensure_schema
from lishui_desktop.db.models import LocalSetting
from lishui_desktop.db.server import (
    local_path,
    make_server_engine,
    server_url,
    shown,
    unreachable,
)
from lishui_desktop.db.server_url import is_server_url


@dataclass
class Database:
    """A database (a SQLite file, or a store on a PostgreSQL server) at the current schema.

    For a server store `path` is this installation's local place beside it (backups, caches:
    db.server.local_path) and `url` the server URL without any password."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    schema_action: str = "current"
    encrypted: bool = False
    url: str | None = None

    @property
    def on_server(self) -> bool:
        return self.url is not None

    @property
    def location(self) -> str:
        """What names this database to a person: the file, or the server URL."""
        return self.url if self.url is not None else str(self.path)

    @classmethod
    def open(cls, path: Path | str) -> Database:
        """Open (creating or upgrading as needed) the database at `path`. Nothing else runs:
        what follows an upgrade (replaying kept ops) is the caller's step (services.setup).

        An encrypted file opens with the key held for it (`cipher.remember_key`); without one
        it is refused with DatabaseLocked. A new file is created encrypted when a key is held
        for its path. A PostgreSQL URL opens the store on that server."""
        run_before_first_open()  # the services' change capture, when they were imported first
        if isinstance(path, str) and is_server_url(path):
            return cls.open_server(path)
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        key = cipher.key_for(path)
        if cipher.needs_key(path):
            raise cipher.locked_error(path)
        engine = make_engine(path, key)
        try:
            action = ensure_schema(engine, path)
        except Exception:
            engine.dispose()
            raise
        db = cls(path=path, engine=engine, sessions=make_session_factory(engine), schema_action=action)
        db.encrypted = key is not None
        return db

    @classmethod
    def open_server(cls, text: str) -> Database:
        """Open (creating the schema, or upgrading it, with Alembic) the store at a PostgreSQL URL."""
        run_before_first_open()
        url = server_url(text)
        engine = make_server_engine(url)
        local = local_path(url)
        try:
            action = ensure_schema(engine, local)
        except OperationalError as exc:  # no server there, refused, bad credentials
            engine.dispose()
            raise unreachable(url, exc) from None
        except Exception:
            engine.dispose()
            raise
        return cls(
            path=local, engine=engine, sessions=make_session_factory(engine), schema_action=action, url=shown(url)
        )

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: `with db.transaction() as s:` commits on success, rolls back on error."""
        with self.sessions() as session, session.begin():
            if self.on_server:  # writers one at a time (db/store_lock.py), as SQLite makes them
                store_lock.take(qmark_execute(session.connection()), store_lock.EDIT)
            yield session

    def close(self) -> None:
        self.engine.dispose()

    # local settings (never synced)
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self.sessions() as session:
            row = session.get(LocalSetting, key)
            return row.value if row is not None and row.value is not None else default

    def get_blob(self, key: str) -> bytes | None:
        with self.sessions() as session:
            row = session.get(LocalSetting, key)
            return row.blob if row is not None else None

    def set_setting(self, key: str, value: str | None = None, blob: bytes | None = None) -> None:
        with self.transaction() as session:
            put_setting(session, key, value, blob)

    def settings(self) -> dict[str, str | None]:
        with self.sessions() as session:
            return {row.key: row.value for row in session.scalars(select(LocalSetting))}


def put_setting(session: Session, key: str, value: str | None = None, blob: bytes | None = None) -> None:
    row = session.get(LocalSetting, key)
    if row is None:
        session.add(LocalSetting(key=key, value=value, blob=blob))
    else:
        row.value = value
        if blob is not None:
            row.blob = blob
