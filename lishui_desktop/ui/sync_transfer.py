"""Sync page panels: import bundle files (preview, progress with cancel, summary) and export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.domain.errors import UserError
from lishui_desktop.services import sync_service
from lishui_desktop.sync.importer import ImportReport, unknown_note
from lishui_desktop.ui import workers
from lishui_desktop.ui.context import AppContext


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[Any]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


def new_table() -> QTableWidget:
    table = QTableWidget(0, 0)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    return table


class ImportPanel(QWidget):
    """Choose files, see what they would change, import them one transaction each."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.files: list[Path] = []
        self._job: Any = None
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.choose = QPushButton(self.tr("Choose bundle files…"))
        self.run = QPushButton(self.tr("Import"))
        self.run.setEnabled(False)
        buttons.addWidget(self.choose)
        buttons.addWidget(self.run)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.info = QLabel(self.tr("Choose the bundle files to import; you see what they change first."))
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.table = new_table()
        layout.addWidget(self.table, 1)
        self.choose.clicked.connect(self.pick_files)
        self.run.clicked.connect(lambda: self.start(dry_run=False))

    def pick_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Bundle files"), "", self.tr("Bundles (*.lsbundle);;All files (*)")
        )
        if names:
            self.set_files([Path(n) for n in names])

    def set_files(self, files: list[Path]) -> None:
        self.files = files
        self.start(dry_run=True)

    def start(self, dry_run: bool) -> None:
        if not self.files:
            return
        db, files = self.ctx.db, list(self.files)
        progress = QProgressDialog(
            self.tr("Checking bundles…") if dry_run else self.tr("Importing bundles…"),
            self.tr("Cancel"), 0, len(files), self,
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        signals, job = workers.start(
            lambda: sync_service.iter_import(db, files, dry_run=dry_run),
            writes=not dry_run,
            on_progress=lambda done, total, label: (
                progress.setMaximum(total), progress.setValue(done), progress.setLabelText(label)
            ),
            on_done=lambda reports: self._finished(reports, dry_run),
            on_failed=self._failed,
            owner=self,
        )
        self._job = (signals, job, progress)
        progress.canceled.connect(lambda: setattr(job, "cancelled", True))

    def _close_progress(self) -> None:
        if self._job is not None:
            self._job[2].reset()
            self._job = None

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, KeyboardInterrupt):
            self.info.setText(self.tr("Cancelled. Files imported before the cancel stay imported."))
            self.ctx.hub.data_changed.emit("*")
            return
        text = exc.text() if isinstance(exc, UserError) else str(exc)
        QMessageBox.warning(self, self.tr("Import"), text)

    def _finished(self, reports: list[ImportReport], dry_run: bool) -> None:
        self._close_progress()
        names = sync_service.device_names(self.ctx.db)
        rows: list[list[Any]] = []
        for r in reports:
            source = names.get(r.source_device or "", r.source_name or (r.source_device or "")[:8])
            status = self._status(r.status)
            if not r.tables:
                rows.append([r.file, source, status, "", "", "", "", "", "", r.reason or ""])
            for table, s in r.tables.items():
                rows.append([r.file, source, status, table, s["new"], s["updated"], s["unchanged"],
                             s["conflict"], s["duplicate"], r.reason or ""])
        headers = [self.tr("File"), self.tr("From"), self.tr("Status"), self.tr("Table"), self.tr("New"),
                   self.tr("Updated"), self.tr("Unchanged"), self.tr("Conflicts"), self.tr("Possible duplicates"),
                   self.tr("Reason")]
        fill_table(self.table, headers, rows)
        bad = sum(1 for r in reports if r.status == "rejected")
        kept = unknown_note(sum(r.ops_unknown for r in reports))
        if dry_run:
            self.info.setText(self.tr("Preview: nothing has been written yet. %1 of %2 files can be imported.")
                              .replace("%1", str(len(reports) - bad)).replace("%2", str(len(reports)))
                              + (" " + kept if kept else ""))
            self.run.setEnabled(len(reports) > bad)
            return
        self.run.setEnabled(False)
        new = sum(r.ops_new for r in reports if r.status == "imported")
        self.info.setText(self.tr("Done: %1 changes imported; %2 files refused (see the reason).")
                          .replace("%1", str(new)).replace("%2", str(bad)) + (" " + kept if kept else ""))
        self.files = []
        self.ctx.hub.data_changed.emit("*")

    def _status(self, status: str) -> str:
        return {
            "imported": self.tr("imported"),
            "known": self.tr("already held"),
            "rejected": self.tr("refused"),
            "quarantined": self.tr("quarantined: clock far ahead"),
            "preview": self.tr("can be imported"),
        }.get(status, status)


class ExportPanel(QWidget):
    """Write a bundle of what the recipient does not hold yet."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("For")))
        self.target = QComboBox()
        row.addWidget(self.target, 1)
        self.full = QCheckBox(self.tr("Everything (full bundle)"))
        row.addWidget(self.full)
        self.button = QPushButton(self.tr("Export bundle…"))
        row.addWidget(self.button)
        layout.addLayout(row)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.button.clicked.connect(self.export)
        self.refresh()

    def refresh(self) -> None:
        self.target.clear()
        self.target.addItem(self.tr("The office (what it is not known to hold)"), None)
        for device in sync_service.devices_overview(self.ctx.db):
            if not device.is_me and device.name:
                self.target.addItem(device.name, device.device_id)

    def export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the bundle"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        try:
            result = sync_service.export_bundle(
                self.ctx.db, folder, full=self.full.isChecked(), for_device=self.target.currentData()
            )
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export"), exc.text() if isinstance(exc, UserError) else str(exc))
            return
        self.result.setText(
            self.tr("Wrote %1 with %2 changes.").replace("%1", str(result.path)).replace("%2", str(result.plan.op_count))
        )
        self.ctx.hub.data_changed.emit("sync")
