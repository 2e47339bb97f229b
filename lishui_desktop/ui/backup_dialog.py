"""The backups dialog: list the backups, make one now, restore one, undo the last import."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.domain.i18n import fill
from lishui_desktop.paths import backups_dir
from lishui_desktop.services import backup, recovery
from lishui_desktop.ui import workers
from lishui_desktop.ui.context import AppContext

KIND_LABELS = {
    "daily": QT_TRANSLATE_NOOP("BackupDialog", "Daily"),
    "weekly": QT_TRANSLATE_NOOP("BackupDialog", "Weekly"),
    "manual": QT_TRANSLATE_NOOP("BackupDialog", "Made by hand"),
    "pre-import": QT_TRANSLATE_NOOP("BackupDialog", "Before an import"),
    "pre-migration": QT_TRANSLATE_NOOP("BackupDialog", "Before an upgrade"),
    "pre-restore": QT_TRANSLATE_NOOP("BackupDialog", "Before a restore"),
    "damaged": QT_TRANSLATE_NOOP("BackupDialog", "Damaged file kept"),
}


class BackupDialog(QDialog):
    """Backups of the open database, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(self.tr(
                "A backup is made every day the program is used, and before every import, upgrade "
                "and restore. Backups are kept in the folder %1."
            ), str(backups_dir(ctx.db.path)))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Made at"), self.tr("Kind"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        self.undo_button = QPushButton(self.tr("Undo the last import…"))
        for button in (self.create_button, self.restore_button, self.undo_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.create_button.clicked.connect(self.create_backup)
        self.restore_button.clicked.connect(self.restore_selected)
        self.undo_button.clicked.connect(self.undo_import)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        self.items = backup.backups_of(self.ctx.db)
        self.table.setRowCount(len(self.items))
        for n, info in enumerate(self.items):
            kind = self.tr(KIND_LABELS.get(info.kind, info.kind))
            size = fill(self.tr("%1 MB"), f"{info.size / 1_048_576:.1f}")
            for col, value in enumerate((info.created.strftime("%Y-%m-%d %H:%M:%S"), kind, size)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                self.table.setItem(n, col, item)
        self.undo_button.setEnabled(recovery.last_import(self.ctx.db.path) is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_id() is not None)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        info = self.items[rows[0].row()]
        return None if info.kind == "damaged" else info.id

    def _run(self, title: str, work: Callable[[], object], done: Callable[[object], None], writes: bool = True) -> None:
        """Run `work` in the background with a progress dialog; buttons wait until it ends."""
        for button in (self.create_button, self.restore_button, self.undo_button):
            button.setEnabled(False)

        def finished(result: object) -> None:
            self.refresh()
            done(result)

        workers.run(self, title, work, writes=writes, cancellable=False, on_done=finished,
                    on_failed=lambda _exc: self.refresh())

    def create_backup(self) -> None:
        db = self.ctx.db
        self._run(self.tr("Back up now"), lambda: backup.back_up_now(db, "manual"),
                  lambda _info: self.ctx.hub.status_message.emit(self.tr("Backup made and checked.")),
                  writes=False)

    def restore_selected(self) -> None:
        backup_id = self.selected_id()
        if backup_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            fill(self.tr(
                "Restore the backup %1? Everything entered or imported after it is undone. "
                "The current database is kept as a backup first, so you can go back."
            ), backup_id),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.ctx.db

        def restored(_result: object) -> None:
            self.ctx.hub.changed_everything()
            QMessageBox.information(self, self.tr("Restore a backup"), self.tr("The backup was restored."))

        self._run(self.tr("Restore a backup"), lambda: backup.restore_store(db, backup_id), restored)

    def undo_import(self) -> None:
        db = self.ctx.db
        title = self.tr("Undo the last import")
        workers.run(self, title, lambda: recovery.undo_preview(db), cancellable=False,
                    on_done=self._confirm_undo)

    def _confirm_undo(self, preview: recovery.UndoPreview | None) -> None:
        title = self.tr("Undo the last import")
        if preview is None:
            QMessageBox.information(self, title, self.tr("There is no import to undo."))
            return
        answer = QMessageBox.question(self, title, preview.statement())
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.ctx.db

        def undone(_result: object) -> None:
            self.ctx.hub.changed_everything()
            QMessageBox.information(self, title, self.tr("The import was undone."))

        self._run(title, lambda: recovery.undo_last_import(db), undone)
