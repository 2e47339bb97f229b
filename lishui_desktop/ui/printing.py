"""Printing a generated form (a PDF file), never on the UI thread.

"Print to PDF" gets the vector PDF itself (a copy of the file: small, sharp, text searchable).
A real printer behind CUPS (Linux, macOS) gets the vector PDF handed to its spooler (`lp`),
which renders it at the printer's own resolution; Qt's way there would re-encode every page as
a compressed image inside a new PDF (seconds per page). Elsewhere (Windows) each page is
rendered at the printer's resolution (at most 600 dpi), in bands so a page never needs one
huge image, drawn 1:1 into the printable area; in a worker thread with its own QPdfDocument
(QPainter may paint on a QPrinter outside the GUI thread).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Generator
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QRectF, QSaveFile, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import fill

MAX_DPI = 600
BAND_PX = 1024  # rows rendered at a time: about 20 MB at 600 dpi across an A4 page
CONTEXT = "Printing"


class PrintError(UserError):
    context = CONTEXT


def is_pdf_printer(printer: QPrinter) -> bool:
    """Qt's "print to file (PDF)", or a system printer that only makes PDF files (Microsoft
    Print to PDF, CUPS-PDF): the user wants a PDF, which the form already is."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return True
    return "pdf" in printer.printerName().lower()


def page_range(printer: QPrinter, count: int) -> range:
    """The pages the print dialog asked for (all when it named none), 0-based."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0:
        return range(count)
    return range(first - 1, min(last or count, count))


def copy_pdf(source: Path, target: Path) -> int:
    """The vector PDF written where the user said, atomically; returns its size."""
    data = source.read_bytes()
    out = QSaveFile(str(target))
    if not out.open(QSaveFile.OpenModeFlag.WriteOnly) or out.write(data) != len(data) or not out.commit():
        raise PrintError(QT_TRANSLATE_NOOP("Printing", "The file could not be written: %1"), out.errorString())
    return len(data)


def spooler() -> str | None:
    """CUPS's `lp`, where printing goes through CUPS (not on Windows)."""
    return None if sys.platform == "win32" else shutil.which("lp")


def spool_pdf(source: Path, printer_name: str, pages: range, count: int, copies: int = 1, title: str = "") -> int:
    """Hand the vector PDF to the printer's CUPS queue; returns the pages sent."""
    command = [spooler() or "lp", "-d", printer_name, "-n", str(max(1, copies))]
    if title:
        command += ["-t", title]
    if len(pages) != count:
        command += ["-P", f"{pages.start + 1}-{pages.stop}"]
    try:
        done = subprocess.run([*command, "--", str(source)], capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrintError(QT_TRANSLATE_NOOP("Printing", "The printer could not be reached: %1"), type(exc).__name__) from exc
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise PrintError(QT_TRANSLATE_NOOP("Printing", "The printer refused the form: %1"), reason[-1] if reason else done.returncode)
    return len(pages)


def rasterise(source: Path, printer: QPrinter, pages: range) -> Generator[tuple[int, int, str], None, int]:
    """Render `pages` of the PDF onto `printer` at its resolution; returns the pages printed.
    Runs in a worker thread."""
    document = QPdfDocument()
    if document.load(str(source)) != QPdfDocument.Error.None_:
        raise PrintError(QT_TRANSLATE_NOOP("Printing", "The form could not be read for printing."))
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise PrintError(QT_TRANSLATE_NOOP("Printing", "The printer could not be opened. Is it switched on and connected?"))
    dpi = min(printer.resolution(), MAX_DPI)
    label = QCoreApplication.translate("Printing", "Printing page %1 of %2…")
    try:
        for done, index in enumerate(pages):
            yield done, len(pages), fill(label, str(done + 1), str(len(pages)))
            if done:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            area = QRectF(painter.viewport())
            scale = min(area.width() / size.width(), area.height() / size.height())
            for top in range(0, size.height(), BAND_PX):
                rows = min(BAND_PX, size.height() - top)
                options = QPdfDocumentRenderOptions()
                options.setScaledSize(size)
                options.setScaledClipRect(QRect(0, top, size.width(), rows))
                band = document.render(index, QSize(size.width(), rows), options)
                painter.drawImage(QRectF(area.x(), area.y() + top * scale, size.width() * scale, rows * scale), band)
        return len(pages)
    finally:
        painter.end()
        document.close()
