"""A session's roster typed at the speed of a sign-in sheet: Tab through, Enter saves, next row."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lishui_desktop.services.ledgers import load_record
from lishui_desktop.services.ledgers.people import person_values_for_id
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.ledger.actions import delete_records, record_reveal, save_form
from lishui_desktop.ui.ledger.children import make_table
from lishui_desktop.ui.ledger.form import FormEditor
from lishui_desktop.ui.ledger.table_model import LedgerTableModel
from lishui_desktop.ui.ledger.text import TABLES

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


class RosterPanel(QWidget):
    """The trainees of one session and an entry row; a known resident ID links the same person."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: str | None = None
        self.home_county: str | None = None
        self.record_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        hint = QLabel(self.tr("Type a trainee, Tab to the next field, Enter to save and start the next row."), self)
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
        self.new_button.clicked.connect(self.next_row)
        self.delete_button.clicked.connect(self.delete)
        ctx.hub.data_changed.connect(self._changed)
        self.set_session(None)

    def set_session(self, session_id: str | None, home_county: str | None = None) -> None:
        self.session_id = session_id
        self.home_county = home_county
        self.model.set_parent_id(session_id)
        self.setEnabled(session_id is not None)
        self._count()
        self.next_row(focus=False)

    def _changed(self, table: str) -> None:
        if table in (TABLES["trainees"], "persons", "*"):
            self.model.reload()
            self._count()

    def _count(self) -> None:
        self.count_label.setText(self.tr("%1 on the roster").replace("%1", str(self.model.total())))

    def next_row(self, focus: bool = True) -> None:
        """Clear the entry row (the session's county filled in) and put the cursor on the name."""
        self.record_id = None
        self.view.clearSelection()
        self.form.clear()
        self.form.set_values({"person.county_id": self.home_county})
        if focus:
            self.form.first_widget().setFocus()

    def _select(self, row: int) -> None:
        record_id = self.model.record_id(row)
        if record_id:
            self.record_id = record_id
            self.form.set_values(load_record(self.ctx.db, "trainees", record_id))
            self.message.clear()

    def _known_id(self, id_number: str) -> None:
        values = person_values_for_id(self.ctx.db, id_number)
        if values is None:
            return
        values.pop("person.id_number", None)
        self.form.set_values(values)
        self.message.setText(self.tr("Known person: %1. Their details were filled in; this entry links to them.").replace("%1", str(values["person.name"])))

    def save(self) -> None:
        if self.session_id is None:
            return
        saved = save_form(self, self.ctx, self.form, self.record_id, self.session_id)
        if saved is None:
            error = self.form.error_of("person.name")
            if error:
                self.message.setText(error)
            return
        self.message.setText(self.tr("Saved. Next trainee:"))
        self.next_row()

    def delete(self) -> None:
        if self.record_id and delete_records(self, self.ctx, "trainees", [self.record_id]):
            self.next_row()
