"""Unsaved typing kept as drafts, so that nothing typed is lost: a half-filled form or roster row
is stored as it is typed (in the database's own never-synced settings, encrypted with it) and
offered back at the next start, even after a crash or a power cut."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select

from lishui_desktop.db.database import Database, put_setting
from lishui_desktop.db.models import LocalSetting

PREFIX = "draft:"


def keep(db: Database, key: str, draft: dict[str, Any] | None) -> None:
    """Store the draft under `key` (a page and its editor); None removes it."""
    with db.transaction() as session:
        if draft is None:
            session.execute(delete(LocalSetting).where(LocalSetting.key == PREFIX + key))
        else:
            put_setting(session, PREFIX + key, json.dumps(draft, ensure_ascii=False, default=str))


def kept(db: Database) -> dict[str, dict[str, Any]]:
    """Every stored draft by key."""
    with db.sessions() as session:
        rows = session.execute(
            select(LocalSetting.key, LocalSetting.value).where(LocalSetting.key.startswith(PREFIX))
        ).all()
    out: dict[str, dict[str, Any]] = {}
    for key, value in rows:
        try:
            draft = json.loads(value or "null")
        except ValueError:
            continue
        if isinstance(draft, dict):
            out[key[len(PREFIX):]] = draft
    return out


def drop_all(db: Database) -> None:
    with db.transaction() as session:
        session.execute(delete(LocalSetting).where(LocalSetting.key.startswith(PREFIX)))
