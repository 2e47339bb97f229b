"""One generic ledger page: toolbar, filter bar, SQL-paged table, editor and the record's parts.

Each ledger page is this class with a KIND (and the kind its Excel export uses).
"""

from __future__ import annotations

import importlib.util
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import fill
from lishui_desktop.services.ledgers import filters_from, load_record
from lishui_desktop.services.ledgers.entry import partner_county
from lishui_desktop.ui import workers
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.hub import Changes
from lishui_desktop.ui.ledger.actions import delete_records, record_reveal, save_form
from lishui_desktop.ui.ledger.children import AppearancesPanel, ChildPanel, make_table
from lishui_desktop.ui.ledger.fields import set_value
from lishui_desktop.ui.ledger.filter_bar import FilterBar
from lishui_desktop.ui.ledger.form import FormEditor
from lishui_desktop.ui.ledger.recycle import RecycleDialog
from lishui_desktop.ui.ledger.roster import RosterPanel
from lishui_desktop.ui.ledger.table_model import LedgerTableModel
from lishui_desktop.ui.ledger.text import TABLES, error_text, lt

EXCEL_MODULE = "lishui_desktop.ui.excel_dialogs"


class LedgerPage(QWidget):
    """Browse, search, filter, add, correct, delete and restore the records of one ledger."""

    KIND = ""
    EXPORT_KIND = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        self.person_id: str | None = None
        self.model = LedgerTableModel(ctx.db, self.KIND, parent=self)
        self.spec = self.model.spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addLayout(self._toolbar())
        self.filter_bar = FilterBar(ctx.db, self.KIND, self)
        layout.addWidget(self.filter_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.view = make_table(splitter, self.model)
        self._sort_indicator()
        self.view.setSortingEnabled(True)
        self.tabs = QTabWidget(splitter)
        self.form = FormEditor(ctx.db, self.KIND, parent=self)
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.parts: list[Any] = []
        for kind in self.spec.children:
            part: QWidget = RosterPanel(ctx, self.tabs) if kind == "trainees" else ChildPanel(ctx, kind, self.tabs)
            self.parts.append(part)
            self.tabs.addTab(part, lt(part_title(kind)))
        if self.KIND == "persons":
            self.appearances = AppearancesPanel(ctx, self.tabs)
            self.tabs.addTab(self.appearances, self.tr("Appears in"))
        splitter.addWidget(self.view)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 480])
        layout.addWidget(splitter, 1)
        self._saving: workers.Job | None = None
        self._token = 0  # changes whenever the editor shows another record
        self._prefilled: str | None = None  # the partner county filled in from the organiser
        self._wire()  # (the table's sort indicator has loaded its first page already)
        self._count_later()
        self._clean: dict[str, Any] = {}
        self.new_record(focus=False, ask=False)

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        title = QLabel(lt(self.spec.title), self)
        title.setObjectName("pageTitle")
        bar.addWidget(title)
        bar.addStretch(1)
        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.setToolTip("Ctrl+N")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip("Ctrl+S")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip("Del")
        self.reveal_button = QPushButton(self.tr("Show full ID"), self)
        self.reveal_button.setToolTip(self.tr("Show the full resident ID and phone of the selected record (this is recorded)"))
        self.reveal_button.setVisible(any(c.kind in ("id", "phone") for c in self.spec.columns))
        self.history_button = QPushButton(self.tr("History"), self)
        self.recycle_button = QPushButton(self.tr("Recycle bin"), self)
        self.export_button = QPushButton(self.tr("Export to Excel"), self)
        self.export_button.setVisible(importlib.util.find_spec(EXCEL_MODULE) is not None)
        for button in (
            self.new_button, self.save_button, self.delete_button, self.reveal_button,
            self.history_button, self.recycle_button, self.export_button,
        ):
            button.setAutoDefault(False)
            bar.addWidget(button)
        return bar

    def _wire(self) -> None:
        self.new_button.clicked.connect(lambda: self.new_record())
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.reveal_button.clicked.connect(self.reveal)
        self.history_button.clicked.connect(self.show_history)
        self.recycle_button.clicked.connect(self.open_recycle_bin)
        self.export_button.clicked.connect(self.export)
        self.filter_bar.changed.connect(self._filters_changed)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        self.form.revealed.connect(lambda: record_reveal(self.ctx, self.KIND, self.record_id))
        if "organiser_id" in self.form.widgets and "partner_county_id" in self.form.widgets:
            organiser = getattr(self.form.widgets["organiser_id"], "combo", self.form.widgets["organiser_id"])
            assert isinstance(organiser, QComboBox)
            organiser.currentIndexChanged.connect(lambda _i: self._prefill_partner())
        for keys, slot in (("Ctrl+N", self.new_record), ("Ctrl+S", self.save), ("Ctrl+F", self.focus_search)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, activated=self.delete)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # from the table into the record, by keyboard
            enter = QShortcut(QKeySequence(key), self.view, context=Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.open_current)
        self._stale = False  # data changed while the page was hidden: reload when shown
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.timeout.connect(self.refresh)
        self.ctx.hub.data_changed.connect(self._data_changed)

    def _sort_indicator(self) -> None:
        key, descending = self.spec.sort
        keys = [c.key for c in self.spec.columns]
        if key in keys:
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.view.horizontalHeader().setSortIndicator(keys.index(key), order)

    # filtering
    def _filters_changed(self) -> None:
        self.model.set_filters(self.filter_bar.filters())
        self._count_later()

    def apply_filter(self, filters: dict) -> None:
        """Open filtered: {"county": id or name, "year": 2019, "category"/"kind": code, "target": key}."""
        try:
            parsed = filters_from(self.ctx.db, filters)
        except UserError as exc:
            self.ctx.hub.status_message.emit(error_text(exc))
            return
        self.filter_bar.set_filters(parsed)
        self.model.set_filters(parsed)
        self._count_later()

    def _count_later(self) -> None:
        QTimer.singleShot(0, self, self._count)  # dropped if the page is gone by then

    def _count(self) -> None:
        note = fill(self.tr("%1 records"), str(self.model.total()))
        if self.model.filters.poor:
            note += " · " + self.tr("registered poor only")
        self.filter_bar.note.setText(note)

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    # records
    def _select(self, row: int) -> None:
        record_id = self.model.record_id(row)
        if record_id is None or record_id == self.record_id:
            return
        if not self._may_leave():
            self._show_selected(self.record_id)
            return
        self._show_selected(record_id)
        self._load(record_id)

    def _load(self, record_id: str) -> None:
        self._token += 1
        self.record_id = record_id
        values = load_record(self.ctx.db, self.KIND, record_id)
        self.person_id = values.get("_person_id") or (record_id if self.KIND == "persons" else None)
        self.form.set_values(values)
        self._clean = self.form.values()
        self._show_parts()

    def _show_selected(self, record_id: str | None) -> None:
        """Select the row of `record_id` in the table without reacting to it."""
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        row = self.model.row_of(record_id) if record_id else -1
        if row >= 0:
            self.view.selectRow(row)
        else:
            self.view.clearSelection()
        selection.blockSignals(False)

    def has_unsaved(self) -> bool:
        """The editor (or a part's entry row) holds typing that is not saved."""
        return self.form.values() != self._clean or any(
            getattr(part, "has_typing", lambda: False)() for part in self.parts
        )

    def _may_leave(self) -> bool:
        """True when the editor holds nothing unsaved, or the user saved or discarded it."""
        if self.form.values() == self._clean:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this record first?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save_and_wait() is not None
        return answer == buttons.Discard

    def save_and_wait(self) -> str | None:
        """Save the editor and wait (the window stays responsive); the id, or None if refused."""
        job = self.save()
        if job is None:
            return None
        try:
            return str(job.wait())
        except BaseException:  # told to the user by the save itself
            return None

    def open_current(self) -> None:
        """Enter on a row: into its roster (or first part) when it has one, else its editor."""
        index = self.view.currentIndex()
        if index.isValid():
            self._select(index.row())
        if self.record_id is None:
            return
        if self.parts:
            self.open_part(0)
        else:
            self.form.first_widget().setFocus()

    def open_part(self, position: int) -> None:
        part = self.parts[position]
        self.tabs.setCurrentWidget(part)
        focus = getattr(part, "focus_entry", None)
        if focus is not None:
            focus()

    def _prefill_partner(self) -> None:
        """A session's Sichuan county from its organiser's county pairing, unless one is chosen."""
        values = self.form.values()
        if self.form.loading or values.get("partner_county_id") not in (None, self._prefilled):
            return  # chosen by the user: kept
        self._prefilled = partner_county(self.ctx.db, values.get("organiser_id"))
        set_value(self.form.widgets["partner_county_id"], self._prefilled)

    def _show_parts(self) -> None:
        for part in self.parts:
            if isinstance(part, RosterPanel):
                county = self.form.values().get("partner_county_id")
                part.set_session(self.record_id, county)
            else:
                part.set_parent(self.record_id)
        if self.KIND == "persons":
            self.appearances.set_person(self.record_id)

    def new_record(self, focus: bool = True, ask: bool = True) -> None:
        if ask and not self._may_leave():
            return
        self._token += 1
        self.record_id = None
        self.person_id = None
        self.view.clearSelection()
        self.view.setCurrentIndex(self.model.index(-1, -1))
        self.form.clear()
        self._clean = self.form.values()
        self._show_parts()
        self.tabs.setCurrentIndex(0)
        if focus:
            self.form.first_widget().setFocus()

    def save(self) -> workers.Job | None:
        """Save the editor in the background (or the part the cursor is in); the job, or None."""
        focus = self.focusWidget()
        for part in self.parts:
            if focus is not None and part.isAncestorOf(focus) and hasattr(part, "save"):
                part.save()
                return None
        if self._saving is not None and not self._saving.finished:
            return self._saving  # Ctrl+S twice: one save
        was_new, token = self.record_id is None, self._token
        self._saving = save_form(
            self, self.ctx, self.form, self.record_id, person_id=self.person_id,
            on_saved=lambda new_id, values: self._saved(new_id, values, was_new, token),
        )
        return self._saving

    def _saved(self, record_id: str, values: dict[str, Any], was_new: bool, token: int) -> None:
        if token != self._token:
            self.refresh()
            return  # the user has moved to another record meanwhile
        self.record_id = record_id
        self._clean = values
        self.refresh()
        if was_new:
            if self.KIND == "persons" or self.spec.person:
                self.person_id = load_record(self.ctx.db, self.KIND, record_id).get("_person_id") or record_id
            self._show_parts()
            if self.parts and isinstance(self.parts[0], RosterPanel):
                self.open_part(0)  # a new session: straight on to its roster, cursor in the name

    def delete(self) -> None:
        rows = {index.row() for index in self.view.selectionModel().selectedRows()}
        ids = [rid for row in sorted(rows) if (rid := self.model.record_id(row))]
        if not ids and self.record_id:
            ids = [self.record_id]
        delete_records(self, self.ctx, self.KIND, ids, on_deleted=lambda: self.new_record(focus=False, ask=False))

    def reveal(self) -> None:
        if not self.record_id:
            return
        record_reveal(self.ctx, self.KIND, self.record_id)
        self.model.reveal(self.record_id)
        for widget in self.form.widgets.values():
            if hasattr(widget, "reveal"):
                widget.blockSignals(True)
                widget.reveal()
                widget.blockSignals(False)

    def show_history(self) -> None:
        if not self.record_id:
            return
        from lishui_desktop.ui.history_dialog import HistoryDialog

        HistoryDialog(self.ctx, TABLES[self.KIND], self.record_id, self).exec()

    def open_recycle_bin(self) -> None:
        RecycleDialog(self.ctx, self).exec()

    def export(self) -> None:
        module = importlib.import_module(EXCEL_MODULE)
        module.export_dialog(self.ctx, self.EXPORT_KIND or self.KIND, self)

    # drafts
    def draft(self) -> dict[str, Any] | None:
        """Unsaved typing of the editor and its parts, as plain values (None when there is none)."""
        draft: dict[str, Any] = {}
        if self.form.values() != self._clean:
            draft["record_id"] = self.record_id
            draft["values"] = self.form.values()
        for position, part in enumerate(self.parts):
            kept = getattr(part, "draft", lambda: None)()
            if kept:
                draft.setdefault("parts", {})[str(position)] = kept
        return draft or None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        """Bring back typing kept from the last time (see `draft`)."""
        record_id = draft.get("record_id")
        parts = draft.get("parts") or {}
        owner = record_id or next((p.get("session_id") for p in parts.values() if p.get("session_id")), None)
        if owner and owner != self.record_id:
            try:
                self._load(owner)
            except UserError:
                owner = None
            self._show_selected(owner)
        if "values" in draft:
            if not record_id:
                self.new_record(focus=False, ask=False)
            self.form.set_values(draft["values"])
        for position, kept in parts.items():
            index = int(position)
            if 0 <= index < len(self.parts) and hasattr(self.parts[index], "restore_draft"):
                self.parts[index].restore_draft(kept)
                self.tabs.setCurrentWidget(self.parts[index])

    # refresh
    def _data_changed(self, changes: Changes) -> None:
        """A page shown reloads at once; a hidden one when it is next shown (after a restore or
        an import every page is touched: seven pages reloading and counting their rows in one
        turn of the event loop held the window ~100 ms, for pages nobody was looking at)."""
        if changes.touches(TABLES[self.KIND], "persons", "places", *(TABLES[k] for k in self.spec.children)):
            self._stale = True
            if self.isVisible():
                self._refresh.start(0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self._refresh.start(0)

    def refresh(self) -> None:
        """Reload the rows (filters and sort kept) and reselect the current record."""
        self._stale = False
        current = self.record_id
        self.model.reload()
        self._count_later()
        if current:
            row = self.model.row_of(current)
            if row >= 0:
                self.view.selectionModel().blockSignals(True)
                self.view.selectRow(row)
                self.view.selectionModel().blockSignals(False)


def part_title(kind: str) -> str:
    from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP

    titles = {
        "activities": QT_TRANSLATE_NOOP("Ledgers", "Activity timeline"),
        "trainees": QT_TRANSLATE_NOOP("Ledgers", "Roster"),
        "followups": QT_TRANSLATE_NOOP("Ledgers", "Follow-ups"),
        "projects": QT_TRANSLATE_NOOP("Ledgers", "Funded projects"),
    }
    return titles[kind]
