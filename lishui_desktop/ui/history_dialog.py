"""A record's history: who changed which field when, old → new (from the sync change log).

Resident IDs and phones are masked unless the user ticks "Show full values", which is recorded
in the audit log. Ledger pages open it with `HistoryDialog(ctx, table, row_id, parent).exec()`.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.domain.i18n import fill
from lishui_desktop.services import audit, history
from lishui_desktop.ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Rows of `history.FieldChange`, newest first."""

    TIME, DEVICE, USER, FIELD, OLD, NEW = range(6)

    def __init__(self, changes: list[history.FieldChange], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes = changes
        self.full = False
        self.headers = [
            self.tr("Time"),
            self.tr("Device"),
            self.tr("User"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # type: ignore[no-untyped-def]  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        change = self.changes[index.row()]
        column = index.column()
        if column == self.TIME:
            return change.at
        if column == self.DEVICE:
            return change.device_name
        if column == self.USER:
            return change.user_name or ""
        if column == self.FIELD:
            return history.field_label(change.table, change.column)
        value = change.old_value if column == self.OLD else change.new_value
        return history.display_value(change.column, value, full=self.full)

    def set_full(self, full: bool) -> None:
        self.beginResetModel()
        self.full = full
        self.endResetModel()


class HistoryDialog(QDialog):
    """Who changed this record, field by field."""

    def __init__(
        self, ctx: AppContext, table: str, row_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.table_name, self.row_id = ctx, table, row_id
        self.setWindowTitle(self.tr("Record history"))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        changes = history.record_history(ctx.db, table, row_id)
        summary = QLabel(
            fill(self.tr("%1 changes to this record, newest first."), str(len(changes)))
            if changes
            else self.tr("No changes are recorded for this record yet.")
        )
        layout.addWidget(summary)
        self.model = HistoryModel(changes, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnsToContents()
        layout.addWidget(self.view, 1)
        self.full_box = QCheckBox(self.tr("Show full ID numbers and phones (this is recorded)"))
        self.full_box.setVisible(any(history.is_sensitive(c.column) for c in changes))
        self.full_box.toggled.connect(self._toggle_full)
        layout.addWidget(self.full_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _toggle_full(self, full: bool) -> None:
        if full:
            user = self.ctx.device.user_name if self.ctx.device else None
            audit.record(self.ctx.db, "reveal", self.table_name, self.row_id, user)
        self.model.set_full(full)
