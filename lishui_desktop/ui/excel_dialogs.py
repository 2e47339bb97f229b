"""Excel in the GUI: the import wizard (kind and file, preview, problems, confirm) and the export
dialog the ledger pages call. Work runs off the UI thread with a progress dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import fill
from lishui_desktop.excel.columns import KINDS, SHEET_TITLES, columns_for
from lishui_desktop.services import excel_export, excel_import
from lishui_desktop.ui import workers
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.excel_session_page import SessionPage

CHOOSE, SESSIONS, PREVIEW, DONE = range(4)  # the wizard's page ids


def kind_labels() -> dict[str, str]:
    return {
        "trainees": QCoreApplication.translate("ExcelDialogs", "Trainees (training rosters)"),
        "placements": QCoreApplication.translate("ExcelDialogs", "Labor placements"),
        "pairings": QCoreApplication.translate("ExcelDialogs", "Pairings"),
        "cadres": QCoreApplication.translate("ExcelDialogs", "Cadre secondments"),
        "funds": QCoreApplication.translate("ExcelDialogs", "Funds"),
        "places": QCoreApplication.translate("ExcelDialogs", "Places (counties, towns, villages, schools, hospitals)"),
        "targets": QCoreApplication.translate("ExcelDialogs", "Targets and their counting rules"),
    }


def run_job(parent: QWidget, title: str, job: Callable[[], Any], writes: bool = False) -> Any:
    """Run a progress generator in the background; a cancellable dialog shows after 500 ms.

    Returns the job's value; re-raises its exception (workers.Cancelled when cancelled).
    """
    dialog = QProgressDialog(title, QCoreApplication.translate("ExcelDialogs", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(workers.PROGRESS_AFTER_MS)

    def progress(done: int, total: int, label: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        dialog.setLabelText(label)

    running = workers.start(job, writes=writes, on_progress=progress)
    dialog.canceled.connect(running.cancel)
    try:
        return running.wait()
    finally:
        dialog.reset()
        dialog.deleteLater()


def show_failure(parent: QWidget, title: str, exc: BaseException) -> None:
    if isinstance(exc, workers.Cancelled):
        QMessageBox.information(parent, title, QCoreApplication.translate("ExcelDialogs", "Cancelled; nothing was changed."))
    else:
        workers.report_failure(parent, title, exc)


def export_dialog(ctx: AppContext, kind: str, parent: QWidget | None = None) -> Path | None:
    """Ask where to save the `kind` ledger (and whether with full IDs), then write it."""
    title = QCoreApplication.translate("ExcelDialogs", "Export to Excel")
    if kind not in KINDS:
        QMessageBox.information(parent, title, QCoreApplication.translate("ExcelDialogs", "This ledger has no Excel export yet."))
        return None
    name = f"{SHEET_TITLES[kind]}-{dt.date.today():%Y%m%d}.xlsx"
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), QCoreApplication.translate("ExcelDialogs", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate("ExcelDialogs", "Write full resident IDs and phone numbers? Choose No to mask them (the usual choice). A full export is recorded in the audit log."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    full = answer == QMessageBox.StandardButton.Yes
    try:
        count = run_job(parent or QWidget(), title, lambda: excel_export.export_job(ctx.db, kind, Path(path), full), writes=full)
    except BaseException as exc:  # shown to the user, never a crash
        show_failure(parent or QWidget(), title, exc)
        return None
    ctx.hub.status_message.emit(fill(QCoreApplication.translate("ExcelDialogs", "%1 rows written to %2"), str(count), path))
    QMessageBox.information(parent, title, fill(QCoreApplication.translate("ExcelDialogs", "%1 rows written to %2"), str(count), path))
    return Path(path)


class ChoosePage(QWizardPage):
    """Step 1: what to import and from which file (and a blank template to start from)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Choose what to import"))
        self.setSubTitle(self.tr("Rows are checked first; if any row has a problem, nothing is imported."))
        self.kind = QComboBox(self)
        for key, text in kind_labels().items():
            self.kind.addItem(text, key)
        self.inspection: excel_import.Inspection | None = None
        self.file = QLineEdit(self)
        self.file.setPlaceholderText(self.tr("A workbook: xlsx, xls, ods or csv"))
        browse = QPushButton(self.tr("Browse…"), self)
        template = QPushButton(self.tr("Save a blank template…"), self)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("File"), row)
        form.addRow("", template)
        browse.clicked.connect(self.browse)
        template.clicked.connect(self.save_template)
        self.file.textChanged.connect(self.completeChanged)

    def selected_kind(self) -> str:
        return str(self.kind.currentData())

    def path(self) -> Path:
        return Path(self.file.text().strip())

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.file.text().strip()) and self.path().is_file()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Read the file once; a trainee roster whose sessions come (in part) from outside its
        columns goes to the session page. A file that cannot be read goes on to the preview,
        which says why."""
        self.inspection = None
        kind, path = self.selected_kind(), self.path()
        try:
            self.inspection = run_job(self, self.tr("Reading the workbook"), lambda: excel_import.inspect(self.ctx.db, kind, path))
        except BaseException:  # noqa: BLE001 - the preview reads again and shows the message
            self.inspection = None
        return True

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return SESSIONS if self.inspection is not None and self.inspection.asks() else PREVIEW

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a workbook"), str(Path.home()),
            self.tr("Workbooks (*.xlsx *.xlsm *.xls *.et *.xlsb *.ods *.csv);;All files (*)"),
        )
        if path:
            self.file.setText(path)

    def save_template(self) -> None:
        kind = self.selected_kind()
        default = str(Path.home() / f"{SHEET_TITLES[kind]}-模板.xlsx")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a blank template"), default, self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        try:
            excel_export.write_template(self.ctx.db, kind, Path(path))
        except (UserError, OSError) as exc:
            show_failure(self, self.tr("Save a blank template"), exc)
            return
        self.ctx.hub.status_message.emit(fill(self.tr("Template written: %1"), path))


def _table(parent: QWidget, headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for r, line in enumerate(rows):
        for c, text in enumerate(line):
            table.setItem(r, c, QTableWidgetItem(text))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class PreviewPage(QWizardPage):
    """Step 2: the counts and the first rows, or every problem and the marked copy."""

    def __init__(self, ctx: AppContext, choose: ChoosePage, sessions: SessionPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.choose, self.sessions = ctx, choose, sessions
        self.prepared: excel_import.Prepared | None = None
        self.setTitle(self.tr("Preview"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(self)
        self.open_errors = QPushButton(self.tr("Open the marked copy"), self)
        self.open_errors.clicked.connect(self.open_marked_copy)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.open_errors)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.prepared = None
        kind, path = self.choose.selected_kind(), self.choose.path()
        found = self.choose.inspection
        book = found.book if found is not None else None
        per_sheet = self.sessions.inputs() if found is not None and found.asks() else None
        try:
            self.prepared = run_job(self, self.tr("Checking the workbook"), lambda: excel_import.prepare(
                self.ctx.db, kind, path, per_sheet=per_sheet, book=book))
        except BaseException as exc:  # shown on the page: the user picks another file
            self.summary.setText(workers.describe(exc))
            self._show_table([], [])
            self.open_errors.hide()
            self.completeChanged.emit()
            return
        result = self.prepared.result
        if result.errors:
            headers = {c.key: c.header for c in columns_for(kind)}
            rows = [[str(e.row), headers.get(e.key or "", ""), e.message] for e in result.errors]
            self.summary.setText(
                result.summary() + "\n" + fill(self.tr("Every problem is marked in a copy of the file: %1"), str(result.errors_path))
            )
            self._show_table([self.tr("Row"), self.tr("Column"), self.tr("Problem")], rows)
            self.open_errors.show()
        else:
            self.summary.setText(result.summary() + "\n" + self.tr("The first rows of the file:"))
            self._show_table(result.headers, result.sample)
            self.open_errors.hide()
        self.completeChanged.emit()

    def _show_table(self, headers: list[str], rows: list[list[str]]) -> None:
        table = _table(self, headers, rows)
        self.layout_.replaceWidget(self.table, table)
        self.table.deleteLater()
        self.table = table

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.prepared is not None and self.prepared.result.ok and self.prepared.result.rows > 0

    def open_marked_copy(self) -> None:
        if self.prepared is not None and self.prepared.result.errors_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.prepared.result.errors_path)))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.prepared is None:
            return False
        prepared = self.prepared
        try:
            result = run_job(self, self.tr("Importing"), lambda: excel_import.apply(self.ctx.db, prepared), writes=True)
        except BaseException as exc:  # nothing was written: the import is one transaction
            show_failure(self, self.tr("Importing"), exc)
            return False
        self.wizard().setProperty("result_text", result.summary())
        self.ctx.hub.changed_everything()
        self.ctx.hub.status_message.emit(result.summary())
        return True


class DonePage(QWizardPage):
    """Step 3: what was imported."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Imported"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.text)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.text.setText(str(self.wizard().property("result_text") or ""))


class ImportWizard(QWizard):
    """Import from Excel: choose kind and file, preview (or the problems), confirm."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, kind: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(900, 560)
        self.choose = ChoosePage(ctx, self)
        self.sessions = SessionPage(lambda: self.choose.inspection, self)
        self.preview = PreviewPage(ctx, self.choose, self.sessions, self)
        self.done_page = DonePage(self)
        for page_id, page in ((CHOOSE, self.choose), (SESSIONS, self.sessions), (PREVIEW, self.preview), (DONE, self.done_page)):
            self.setPage(page_id, page)
        if kind in KINDS:
            self.choose.kind.setCurrentIndex(KINDS.index(kind))
