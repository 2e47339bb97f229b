"""Recording when full resident IDs or phones are revealed, printed or exported.

Only who, when, what kind and which record are kept: never the value itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.db.base import now_text
from lishui_desktop.db.database import Database
from lishui_desktop.db.models import AuditLog, LocalSetting

KINDS = ("reveal", "print", "export", "copy", "decrypt")


@dataclass(frozen=True)
class AuditEntry:
    at: str
    user_name: str | None
    device_id: str | None
    kind: str
    table_name: str
    row_id: str | None
    row_count: int


def _setting(session: Session, key: str) -> str | None:
    row = session.get(LocalSetting, key)
    return row.value if row is not None else None


def record_reveal(
    session: Session,
    kind: str,
    table: str,
    row_id: str | None,
    user: str | None = None,
    row_count: int = 1,
) -> None:
    """Record that full values of `table` (one row, or `row_count` rows) were shown or output.

    `kind` is reveal (shown on screen), print (a PDF with full IDs), export (a file with full
    IDs), copy (to the clipboard) or decrypt (a plain copy of the whole encrypted database). `user` defaults to this computer's user name.
    """
    if kind not in KINDS:
        raise ValueError(kind)
    session.add(
        AuditLog(
            at=now_text(),
            device_id=_setting(session, "device_id"),
            user_name=user if user is not None else _setting(session, "user_name"),
            kind=kind,
            table_name=table,
            row_id=row_id,
            row_count=row_count,
        )
    )


def record(
    db: Database,
    kind: str,
    table: str,
    row_id: str | None,
    user: str | None = None,
    row_count: int = 1,
) -> None:
    """`record_reveal` in its own transaction."""
    with db.transaction() as session:
        record_reveal(session, kind, table, row_id, user, row_count)


def entries(
    db: Database, table: str | None = None, row_id: str | None = None, limit: int = 500
) -> list[AuditEntry]:
    """Newest first; optionally only for one table or one record."""
    query = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
    if table is not None:
        query = query.where(AuditLog.table_name == table)
    if row_id is not None:
        query = query.where(AuditLog.row_id == row_id)
    with db.sessions() as session:
        return [
            AuditEntry(a.at, a.user_name, a.device_id, a.kind, a.table_name, a.row_id, a.row_count)
            for a in session.scalars(query)
        ]
