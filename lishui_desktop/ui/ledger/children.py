"""Records that belong to the selected one: a pairing's activity timeline, a placement's
follow-ups, a fund's projects; and everything a person appears in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.domain.choices import TRAINING_CATEGORIES
from lishui_desktop.domain.i18n import fill
from lishui_desktop.services.ledgers import load_record
from lishui_desktop.services.ledgers.people import appearances
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.hub import Changes
from lishui_desktop.ui.ledger.actions import delete_records, save_form
from lishui_desktop.ui.ledger.form import FormEditor
from lishui_desktop.ui.ledger.table_model import LedgerTableModel
from lishui_desktop.ui.ledger.text import TABLES, choice_label


def make_table(parent: QWidget, model: LedgerTableModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for number, column in enumerate(model.columns):
        view.setColumnWidth(number, max(70, column.width * 9 or 90))
    fitted: list[bool] = []

    def fit() -> None:  # once, when the first rows arrive; the user's widths stay after that
        if not fitted and model.rowCount() > 0:
            fitted.append(True)
            fit_columns(view)

    model.modelReset.connect(fit)
    fit()
    return view


SAMPLE_ROWS = 40  # rows measured for a column's width (a first visit's 3,500 cells were 24 ms; the tooltip has the rest)
MAX_COLUMN = 300  # px: a long title is cut here, its full text in the tooltip


def fit_columns(view: QTableView) -> None:
    """Each column as wide as its title and its widest value in the first rows, up to
    MAX_COLUMN (the full text is in the cell's tooltip)."""
    model, metrics = view.model(), view.fontMetrics()
    header = view.horizontalHeader()
    bold = header.fontMetrics()
    rows = min(model.rowCount(), SAMPLE_ROWS)
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        widest = bold.horizontalAdvance(title) + 34  # the sort arrow and the padding
        for row in range(rows):
            text = model.data(model.index(row, column))
            if text:
                widest = max(widest, metrics.horizontalAdvance(str(text)) + 16)
        view.setColumnWidth(column, min(MAX_COLUMN, max(56, widest)))


class ChildPanel(QWidget):
    """A table of child records of one parent, with its own small editor."""

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.parent_id: str | None = None
        self.record_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.model = LedgerTableModel(ctx.db, kind, parent=self)
        self.view = make_table(self, self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        layout.addWidget(self.view, 3)
        self.form = FormEditor(ctx.db, kind, columns=2, parent=self)
        layout.addWidget(self.form, 2)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New entry"), self)
        self.save_button = QPushButton(self.tr("Save entry"), self)
        self.delete_button = QPushButton(self.tr("Delete entry"), self)
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        ctx.hub.data_changed.connect(self._changed)
        self.set_parent(None)

    def set_parent(self, parent_id: str | None) -> None:
        self.parent_id = parent_id
        self.model.set_parent_id(parent_id)
        self.setEnabled(parent_id is not None)
        self.new()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(TABLES[self.kind]):
            self.model.reload()

    def _select(self, row: int) -> None:
        record_id = self.model.record_id(row)
        if record_id:
            self.record_id = record_id
            self.form.set_values(load_record(self.ctx.db, self.kind, record_id))

    def new(self) -> None:
        self.record_id = None
        self.view.clearSelection()
        self.form.clear()

    def save(self) -> None:
        if self.parent_id is None:
            return
        save_form(self, self.ctx, self.form, self.record_id, self.parent_id, on_saved=lambda _id, _values: self.new())

    def delete(self) -> None:
        if self.record_id:
            delete_records(self, self.ctx, self.kind, [self.record_id], on_deleted=self.new)


class AppearancesPanel(QWidget):
    """Everything a person appears in: training rosters and placements, oldest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Ledger"), self.tr("Date"), self.tr("Where"), self.tr("Detail")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)

    def set_person(self, person_id: str | None) -> None:
        items = appearances(self.ctx.db, person_id) if person_id else []
        self.heading.setText(fill(self.tr("Appears in %1 records"), str(len(items))))
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            detail = choice_label(TRAINING_CATEGORIES, item.detail) if item.kind == "trainees" else item.detail or ""
            texts = [
                QCoreApplication.translate("Ledgers", "Training sessions") if item.kind == "trainees" else QCoreApplication.translate("Ledgers", "Labor placements"),
                item.date.isoformat() if item.date else "",
                item.title or "",
                detail,
            ]
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
