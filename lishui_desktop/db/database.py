"""An open database: engine, session factory and this installation's local settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from lishui_desktop.db import cipher
from lishui_desktop.db.engine import make_engine, make_session_factory
from lishui_desktop.db.migrate import ensure_schema
from lishui_desktop.db.models import LocalSetting


@dataclass
class Database:
    """A database file opened at the current schema."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    schema_action: str = "current"
    encrypted: bool = False

    @classmethod
    def open(cls, path: Path) -> Database:
        """Open (creating or upgrading as needed) the database at `path`. Nothing else runs:
        what follows an upgrade (replaying kept ops) is the caller's step (services.setup).

        An encrypted file opens with the key held for it (`cipher.remember_key`); without one
        it is refused with DatabaseLocked. A new file is created encrypted when a key is held
        for its path."""
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

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: `with db.transaction() as s:` commits on success, rolls back on error."""
        with self.sessions() as session, session.begin():
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
