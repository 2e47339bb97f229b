"""Showing ledger values: translated labels, masked IDs and phones, yuan, yes/no, errors."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import fill
from lishui_desktop.domain.masking import mask_id, mask_phone
from lishui_desktop.domain.validation import format_fen
from lishui_desktop.services.ledgers.spec import BOOL, CHOICE, DATE, ID, MONEY, PHONE, Column

# Table names behind each kind (hub.data_changed, audit log, history).
TABLES = {
    "pairings": "pairings",
    "activities": "pairing_activities",
    "sessions": "training_sessions",
    "trainees": "enrolments",
    "placements": "placements",
    "followups": "placement_followups",
    "cadres": "secondments",
    "funds": "funds",
    "projects": "fund_projects",
    "events": "events",
    "persons": "persons",
}


def lt(text: str) -> str:
    """A "Ledgers" label (column, field, ledger title) in the interface language."""
    return QCoreApplication.translate("Ledgers", text)


def choice_label(choices: dict[str, str] | None, code: Any) -> str:
    if code is None or code == "":
        return ""
    source = (choices or {}).get(str(code))
    return QCoreApplication.translate("Choices", source) if source else str(code)


def yes_no(value: Any) -> str:
    return QCoreApplication.translate("Ledgers", "yes") if value else QCoreApplication.translate("Ledgers", "no")


def error_text(exc: UserError) -> str:
    """A user error in the interface language (the Qt translator, else the same catalogue read by
    domain/i18n.py: UI tests run without a Qt translator)."""
    text = QCoreApplication.translate(exc.context, exc.message)
    if text == exc.message:
        return exc.text()
    return fill(text, *exc.args_)


def display(column: Column, value: Any, revealed: bool = False) -> str:
    """A cell's text: masked unless revealed, choices as labels, money in yuan."""
    if value is None:
        return ""
    kind = column.kind
    if kind == ID:
        return str(value) if revealed else mask_id(value)
    if kind == PHONE:
        return str(value) if revealed else mask_phone(value)
    if kind == MONEY:
        return format_fen(int(value))
    if kind == CHOICE:
        return choice_label(column.choices, value)
    if kind == BOOL:
        return yes_no(value)
    if kind == DATE and isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
