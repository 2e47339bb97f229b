"""The import wizard's session step: for each sheet of a trainee roster, the session it holds.

County rosters name their session in a title row (平昌县2019年第3期农村致富带头人培训班花名册) and
have no session columns. This page shows, one tab per sheet, what the file says (title, dates,
place from the title rows; the organiser from the county pairing) and asks for the rest once:
category, organiser, dates, place. A field the sheet has as a column is not asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from lishui_desktop.domain import choices as ch
from lishui_desktop.domain.i18n import fill
from lishui_desktop.excel.sessions import GIVEN_KEYS, SessionInput, SheetSession
from lishui_desktop.services.excel_import import Inspection


class SessionForm(QWidget):
    """The session fields of one sheet."""

    def __init__(self, session: SheetSession, has_columns: set[str], organisers: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.fields: dict[str, Any] = {}
        form = QFormLayout(self)
        labels = {
            "title": self.tr("Session title"), "category": self.tr("Category"), "organiser": self.tr("Organiser"),
            "start_date": self.tr("First day"), "end_date": self.tr("Last day"), "place": self.tr("Place"),
        }
        for key in GIVEN_KEYS:
            if key in has_columns:
                form.addRow(labels[key], QLabel(self.tr("(a column of the sheet)"), self))
                continue
            widget: Any
            if key == "category":
                widget = QComboBox(self)
                widget.addItem("", None)
                for code in ch.TRAINING_CATEGORIES:
                    widget.addItem(ch.label(ch.TRAINING_CATEGORIES, code), code)
                widget.setCurrentIndex(max(widget.findData(session.values.get("category")), 0))
            elif key == "organiser":
                widget = QComboBox(self)
                widget.setEditable(True)
                widget.addItems(["", *organisers])
                widget.setCurrentText(session.texts.get("organiser", ""))
            else:
                widget = QLineEdit(session.texts.get(key, ""), self)
                if key in ("start_date", "end_date"):
                    widget.setPlaceholderText("2019-03-01")
            form.addRow(labels[key] + (" *" if key in session.missing else ""), widget)
            self.fields[key] = widget
        if session.heading.texts:
            form.addRow(self.tr("Title rows"), QLabel(" / ".join(session.heading.texts[:3]), self))

    def given(self) -> SessionInput:
        values: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QComboBox) and key == "category":
                values[key] = widget.currentData()
            elif isinstance(widget, QComboBox):
                values[key] = widget.currentText().strip() or None
            else:
                values[key] = widget.text().strip() or None
        return SessionInput(**values)


class SessionPage(QWizardPage):
    """Step 2 for trainees: the session of each sheet, completed by the user."""

    def __init__(self, inspection: Callable[[], Inspection | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inspection = inspection
        self.setTitle(self.tr("Training sessions"))
        self.setSubTitle(self.tr("Each sheet is one session. Fill in what the workbook does not say (fields marked * are required)."))
        self.tabs = QTabWidget(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)
        self.forms: dict[str, SessionForm] = {}

    def initializePage(self) -> None:  # noqa: N802 - Qt override: entered forward, from a new reading
        found = self.inspection()
        if found is not None:
            self.show_inspection(found)

    def show_inspection(self, found: Inspection) -> None:
        self.tabs.clear()
        self.forms = {}
        for sheet, session in zip(found.book.sheets, found.sessions, strict=True):
            form = SessionForm(session, set(sheet.positions), found.organisers, self.tabs)
            self.forms[sheet.title] = form
            self.tabs.addTab(form, sheet.title)
        notes = []
        if found.book.hidden:
            notes.append(fill(self.tr("Hidden sheets, not read: %1"), "、".join(found.book.hidden)))
        if found.book.skipped:
            notes.append(fill(self.tr("Sheets without a roster, not read: %1"), "、".join(found.book.skipped)))
        self.note.setText("\n".join(notes))

    def inputs(self) -> dict[str, SessionInput]:
        return {title: form.given() for title, form in self.forms.items()}
