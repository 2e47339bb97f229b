"""A session's roster typed at the speed of a sign-in sheet.

Name, Tab, the ID (an ID-card reader types it and Enter), the phone, Enter: the row is saved in
the background while the next one is typed. Home county, town, village, role and the poor flag
carry over from the row before (one key to change); gender and birth date come from the ID.
A row the write refuses comes back into the form with its errors; nothing typed is lost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.i18n import fill
from lishui_desktop.domain.validation import is_valid_resident_id, parse_resident_id
from lishui_desktop.services.ledgers import load_record
from lishui_desktop.services.ledgers.people import person_values_for_id
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.hub import Changes
from lishui_desktop.ui.ledger.actions import delete_records, record_reveal, save_form
from lishui_desktop.ui.ledger.children import make_table
from lishui_desktop.ui.ledger.form import FormEditor
from lishui_desktop.ui.ledger.table_model import LedgerTableModel
from lishui_desktop.ui.ledger.text import TABLES, error_text

ENTRY_FIELDS = (
    "person.name",
    "person.id_number",
    "person.phone",
    "person.gender",
    "person.county_id",
    "person.town",
    "person.village",
    "person.poor_household",
    "role",
)
# what the next row keeps from the one before (trainees of one session often share them)
CARRIED = ("person.county_id", "person.town", "person.village", "person.poor_household", "role")
# what makes a row someone's (the rest may be carried over)
TYPED = ("person.name", "person.id_number", "person.phone")


class RosterPanel(QWidget):
    """The trainees of one session and an entry row; a known resident ID links the same person."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: str | None = None
        self.home_county: str | None = None
        self.record_id: str | None = None
        self.carried: dict[str, Any] = {}
        self.waiting: list[dict[str, Any]] = []  # rows to bring back after the one in the form
        self.pending = 0  # saves under way
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        hint = QLabel(self.tr("Type a trainee, Tab to the next field, Enter to save and start the next row. "
                              "County, town, village, role and poor-household carry over to the next row."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.form = FormEditor(ctx.db, "trainees", ENTRY_FIELDS, columns=2, submit_on_enter=True, parent=self)
        layout.addWidget(self.form)
        self.message = QLabel(self)
        self.message.setObjectName("rosterMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Next empty row"), self)
        self.delete_button = QPushButton(self.tr("Remove from roster"), self)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.count_label = QLabel(self)
        buttons.addWidget(self.count_label)
        layout.addLayout(buttons)
        self.model = LedgerTableModel(ctx.db, "trainees", parent=self)
        self.model.sort_key = "name"
        self.view = make_table(self, self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        layout.addWidget(self.view, 1)
        self.form.submitted.connect(self.save)
        self.form.id_entered.connect(self._known_id)
        self.form.revealed.connect(lambda: record_reveal(ctx, "trainees", self.record_id))
        self.new_button.clicked.connect(lambda: self.next_row(focus=True))
        self.delete_button.clicked.connect(self.delete)
        ctx.hub.data_changed.connect(self._changed)
        self.set_session(None)

    def set_session(self, session_id: str | None, home_county: str | None = None) -> None:
        if session_id != self.session_id:
            self.carried = {}
            self.waiting = []
            self.message.clear()
        self.session_id = session_id
        self.home_county = home_county
        self.model.set_parent_id(session_id)
        self.setEnabled(session_id is not None)
        self._count()
        self.next_row(focus=False)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(TABLES["trainees"], "persons"):
            self.model.reload()
            self._count()

    def _count(self) -> None:
        self.count_label.setText(fill(self.tr("%1 on the roster"), str(self.model.total())))

    def next_row(self, focus: bool = True) -> None:
        """An empty entry row (county, town, village, role and poor flag carried over); the
        cursor on the name."""
        self.record_id = None
        self.view.clearSelection()
        self.form.clear()
        self.form.set_values({"person.county_id": self.home_county, **self.carried})
        if focus:
            self.form.first_widget().setFocus()

    def focus_entry(self) -> None:
        """The cursor into the name of the entry row (from the session table, by keyboard)."""
        self.form.first_widget().setFocus()

    def has_typing(self) -> bool:
        """Something a person typed and did not save is in the entry row (or waits to return)."""
        values = self.form.values()
        return bool(self.waiting) or any(values.get(name) for name in TYPED)

    def draft(self) -> dict[str, Any] | None:
        """What would be lost if the program closed now, as plain values."""
        rows = ([self.form.values()] if any(self.form.values().get(n) for n in TYPED) else []) + self.waiting
        if not rows or self.session_id is None:
            return None
        return {"session_id": self.session_id, "record_id": self.record_id, "rows": rows}

    def restore_draft(self, draft: dict[str, Any]) -> None:
        rows = list(draft.get("rows") or [])
        if not rows:
            return
        self.record_id = draft.get("record_id")
        self.form.set_values(rows[0])
        self.waiting = rows[1:]
        self.message.setText(self.tr("The row you had not saved is back; press Enter to save it."))

    def _select(self, row: int) -> None:
        record_id = self.model.record_id(row)
        if record_id:
            self.record_id = record_id
            self.form.set_values(load_record(self.ctx.db, "trainees", record_id))
            self.message.clear()

    def _known_id(self, id_number: str) -> None:
        if is_valid_resident_id(id_number):  # gender and birth date are written in the ID
            gender = parse_resident_id(id_number).gender
            self.form.set_values({"person.gender": gender})
        values = person_values_for_id(self.ctx.db, id_number)
        if values is None:
            return
        values.pop("person.id_number", None)
        self.form.set_values(values)
        self.message.setText(fill(self.tr("Known person: %1. Their details were filled in; this entry links to them."), str(values["person.name"])))

    def save(self) -> None:
        if self.session_id is None:
            return
        record_id, values = self.record_id, self.form.values()
        job = save_form(self, self.ctx, self.form, record_id, self.session_id,
                        on_saved=self._saved, on_refused=self._refused)
        if job is None:  # refused at once: the errors are at the fields, the row stays
            error = self.form.error_of("person.name")
            if error:
                self.message.setText(error)
            return
        self.pending += 1
        self.carried = {name: values.get(name) for name in CARRIED}
        self.message.setText(fill(self.tr("Saving %1… Next trainee:"), str(values.get("person.name") or "")))
        self._next_or_waiting()

    def _next_or_waiting(self) -> None:
        if self.waiting:
            self.next_row(focus=True)
            self.form.set_values(self.waiting.pop(0))
        else:
            self.next_row(focus=True)

    def _saved(self, _record_id: str, values: dict[str, Any]) -> None:
        self.pending -= 1
        if self.session_id is not None:
            self.message.setText(fill(self.tr("Saved %1. Next trainee:"), str(values.get("person.name") or "")))

    def _refused(self, values: dict[str, Any], errors: dict[str, ValidationError]) -> None:
        """The write refused a row: it comes back into the form; a row begun since waits."""
        self.pending -= 1
        if any(self.form.values().get(name) for name in TYPED):
            self.waiting.insert(0, self.form.values())
        self.record_id = None
        self.form.set_values(values)
        self.form.show_errors(errors)
        name = str(values.get("person.name") or "")
        reason = error_text(next(iter(errors.values()))) if errors else ""
        text = fill(self.tr("%1 was not saved: %2"), name, reason)
        if self.waiting:
            text += " " + self.tr("The row you had begun comes back after this one.")
        self.message.setText(text)
        if not errors:
            self.form.first_widget().setFocus()

    def delete(self) -> None:
        if self.record_id:
            delete_records(self, self.ctx, "trainees", [self.record_id], on_deleted=self.next_row)
