"""The recycle bin: deleted records of every ledger, restored with one click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.domain.i18n import fill
from lishui_desktop.services.ledgers import recycled, set_deleted, spec_for
from lishui_desktop.ui import workers
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.ledger.text import TABLES, display, lt


class RecycleDialog(QDialog):
    """Lists deleted records (newest kinds first) and restores the selected ones."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Recycle bin"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Deleted records stay here and can be restored at any time."), self))
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Ledger"), self.tr("Record")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.restore_button = QPushButton(self.tr("Restore selected"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        items = recycled(self.ctx.db)
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            spec = spec_for(item.kind)
            summary = " · ".join(
                text for key in spec.summary if (text := display(spec.column(key), item.values.get(key)))
            )
            kind_cell = QTableWidgetItem(lt(spec.title))
            kind_cell.setData(Qt.ItemDataRole.UserRole, (item.kind, item.id))
            self.table.setItem(row, 0, kind_cell)
            self.table.setItem(row, 1, QTableWidgetItem(summary))
        self.table.resizeColumnToContents(0)

    def restore_selected(self) -> int:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        by_kind: dict[str, list[str]] = {}
        for row in rows:
            kind, record_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            by_kind.setdefault(kind, []).append(record_id)
        db = self.ctx.db
        job = workers.run(self, self.tr("Restore selected"),
                          lambda: sum(set_deleted(db, kind, ids, False) for kind, ids in by_kind.items()),
                          writes=True, cancellable=False)
        try:
            restored = int(job.wait())
        except BaseException:  # told to the user by workers.run
            return 0
        self.ctx.hub.changed(*(TABLES[kind] for kind in by_kind), records=[i for ids in by_kind.values() for i in ids])
        if restored:
            self.ctx.hub.status_message.emit(fill(self.tr("%1 records restored."), str(restored)))
        self.reload()
        return restored
