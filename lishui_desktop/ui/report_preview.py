"""The PDF preview of the reports page: QtPdf view, print through the system dialog, save."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSaveFile
from PySide6.QtGui import QCloseEvent, QPageLayout
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.domain.i18n import fill
from lishui_desktop.ui import printing, workers


class ReportPreview(QWidget):
    """Shows one generated PDF; prints it page by page and saves a copy where the user says.

    With `discard`, the shown file is a temporary preview: it is handed to `discard` (deleted)
    as soon as another replaces it, the preview is cleared, or the widget closes; the document
    is closed first, since Windows cannot delete a file that is still open."""

    def __init__(self, parent: QWidget | None = None,
                 discard: Callable[[Path], None] | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self._discard = discard
        self.suggested_name = "report.pdf"
        self._printers: list[QPrinter] = []
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel()
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.page_button = QPushButton(self.tr("Whole page"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as…"))
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label, 1)
        for button in (self.fit_button, self.page_button, self.print_button, self.save_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.page_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for button in (self.fit_button, self.page_button, self.print_button, self.save_button):
            button.setEnabled(on)

    def show_pdf(self, path: Path, suggested_name: str) -> bool:
        """Load the PDF at `path` into the view; False when QtPdf cannot read it."""
        self.document.close()
        self._drop(path)
        self.path = path
        self.suggested_name = suggested_name
        error = self.document.load(str(path))
        ok = error == QPdfDocument.Error.None_
        self._set_enabled(ok)
        self.pages_label.setText(fill(self.tr("%1 pages"), str(self.document.pageCount())) if ok else "")
        return ok

    def clear(self) -> None:
        self.document.close()
        self._drop(None)
        self.path = None
        self.pages_label.setText("")
        self._set_enabled(False)

    def _drop(self, keep: Path | None) -> None:
        """Hand the previous temporary preview (closed already) to `discard`."""
        if self._discard is not None and self.path is not None and self.path != keep:
            self._discard(self.path)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.clear()
        super().closeEvent(event)

    def save_as(self) -> None:
        if self.path is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the form"), self.suggested_name,
                                              self.tr("PDF files (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, target: Path) -> bool:
        """Write a copy atomically (QSaveFile); says so if it fails."""
        assert self.path is not None
        out = QSaveFile(str(target))
        if out.open(QSaveFile.OpenModeFlag.WriteOnly):
            out.write(self.path.read_bytes())
            if out.commit():
                return True
        QMessageBox.warning(self, self.tr("Save the form"),
                            fill(self.tr("The file could not be written: %1"), out.errorString()))
        return False

    def print_document(self) -> None:
        if self.document.pageCount() == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        size = self.document.pagePointSize(0)
        if size.width() > size.height():  # wide registers and sheets print landscape
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> workers.Job | None:
        """Print in the background: the vector PDF itself for a PDF "printer", the pages at the
        printer's resolution for a real one. The job's result is the number of pages."""
        if self.path is None:
            return None
        source, count = self.path, self.document.pageCount()
        pages = printing.page_range(printer, count)
        title = self.tr("Print")
        self._printers.append(printer)  # alive until the job has ended

        def ended(_result: object = None) -> None:
            if printer in self._printers:
                self._printers.remove(printer)

        if printing.is_pdf_printer(printer) and len(pages) == count:
            target = printer.outputFileName()
            if not target:  # a system PDF printer: it would ask for a file itself; we ask here
                target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the form"), self.suggested_name,
                                                        self.tr("PDF files (*.pdf)"))
                if not target:
                    ended()
                    return None
            return workers.run(self, title, lambda: printing.copy_pdf(source, Path(target)) and count,
                               cancellable=False, on_done=ended, on_failed=ended)
        name, copies = printer.printerName(), printer.copyCount()
        if name and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printing.spooler():
            doc = self.suggested_name
            return workers.run(self, title, lambda: printing.spool_pdf(source, name, pages, count, copies, doc),
                               cancellable=False, on_done=ended, on_failed=ended)
        return workers.run(self, title, lambda: printing.rasterise(source, printer, pages),
                           label=self.tr("Printing…"), on_done=ended, on_failed=ended)
