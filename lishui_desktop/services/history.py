"""A record's history from the sync change log: who changed which field when, old → new.

Every captured write is an op in the change log (device, clock, table, row, column, value);
a field's old value is the value of the op before it on the same field. The office answers
"who changed this ID number" from here.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from lishui_desktop.db.base import LOCAL_COLUMNS
from lishui_desktop.db.database import Database
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from lishui_desktop.domain.masking import mask_id, mask_phone

CONTEXT = "Field"
SENSITIVE_ID = frozenset({"id_number"})
SENSITIVE_PHONE = frozenset({"phone"})

LABELS = {
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "gender": QT_TRANSLATE_NOOP("Field", "Gender"),
    "id_number": QT_TRANSLATE_NOOP("Field", "Resident ID"),
    "birth_date": QT_TRANSLATE_NOOP("Field", "Birth date"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "county_id": QT_TRANSLATE_NOOP("Field", "County"),
    "town": QT_TRANSLATE_NOOP("Field", "Town"),
    "village": QT_TRANSLATE_NOOP("Field", "Village"),
    "poor_household": QT_TRANSLATE_NOOP("Field", "Registered poor household"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "deleted": QT_TRANSLATE_NOOP("Field", "Deleted"),
    "employer": QT_TRANSLATE_NOOP("Field", "Employer"),
    "start_date": QT_TRANSLATE_NOOP("Field", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("Field", "End date"),
    "monthly_wage_fen": QT_TRANSLATE_NOOP("Field", "Monthly wage"),
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "date": QT_TRANSLATE_NOOP("Field", "Date"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "amount_fen": QT_TRANSLATE_NOOP("Field", "Amount"),
    "allocated_fen": QT_TRANSLATE_NOOP("Field", "Allocated"),
    "disbursed_fen": QT_TRANSLATE_NOOP("Field", "Disbursed"),
    "person_id": QT_TRANSLATE_NOOP("Field", "Person"),
    "category": QT_TRANSLATE_NOOP("Field", "Category"),
    "level": QT_TRANSLATE_NOOP("Field", "Level"),
}


@dataclass(frozen=True)
class FieldChange:
    """One change of one field."""

    at: str  # local time, for display
    device_id: str
    device_name: str
    user_name: str | None
    table: str
    column: str
    old_value: Any
    new_value: Any


def field_label(table: str, column: str) -> str:
    source = LABELS.get(column)
    return translate("Field", source) if source else column


def is_sensitive(column: str) -> bool:
    return column in SENSITIVE_ID or column in SENSITIVE_PHONE


def display_value(column: str, value: Any, full: bool = False) -> str:
    """The value as text, with IDs and phones masked unless `full`."""
    if value is None:
        return ""
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if full:
        return shown
    if column in SENSITIVE_ID:
        return mask_id(shown)
    if column in SENSITIVE_PHONE:
        return mask_phone(shown)
    return shown


def hlc_time(hlc: int) -> str:
    """The wall-clock part of a hybrid logical clock (48-bit milliseconds), as local time."""
    millis = int(hlc) >> 16  # sync.hlc: 48-bit milliseconds, 16-bit counter
    return dt.datetime.fromtimestamp(millis / 1000).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def record_history(db: Database, table: str, row_id: str) -> list[FieldChange]:
    """Every captured change of the record, newest first."""
    rows = _ops(db, table, row_id)
    changes: list[FieldChange] = []
    last: dict[str, Any] = {}
    for row in rows:  # oldest first
        column = row["column"]
        if column in LOCAL_COLUMNS:
            continue
        value = _decode(row["value"])
        changes.append(
            FieldChange(
                at=row["at"],
                device_id=row["device_id"],
                device_name=row["device_name"] or row["device_id"][:8],
                user_name=row["user_name"],
                table=table,
                column=column,
                old_value=last.get(column),
                new_value=value,
            )
        )
        last[column] = value
    changes.reverse()
    return changes


def _decode(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _ops(db: Database, table: str, row_id: str) -> list[dict[str, Any]]:
    """The change log's ops on one record, oldest first, with device and user names."""
    query = text(
        "SELECT l.device_id AS device_id, l.hlc AS hlc, l.col AS col, l.value AS value, "
        "d.name AS device_name, d.user_name AS user_name "
        "FROM sync_change_log l LEFT JOIN incarnations i ON i.author_id = l.device_id "
        "LEFT JOIN devices d ON d.id = coalesce(i.device_id, l.device_id) "
        "WHERE l.tbl = :table AND l.row_id = :row ORDER BY l.hlc, l.device_id"
    )
    with db.sessions() as session:
        present = db.on_server or session.execute(  # (a PostgreSQL store always has it)
            text("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name='sync_change_log'")
        ).first()
        if not present:  # change capture not installed in this database
            return []
        rows = session.execute(query, {"table": table, "row": row_id}).mappings().all()
    return [
        {
            "at": hlc_time(r["hlc"]),
            "device_id": r["device_id"],
            "device_name": r["device_name"],
            "user_name": r["user_name"],
            "column": r["col"],
            "value": r["value"],
        }
        for r in rows
    ]
