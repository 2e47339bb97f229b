"""The reports page: generate off the UI thread, preview with QtPdf, save a copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtPdf import QPdfDocument

from lishui_desktop.db.database import Database
from lishui_desktop.services import audit
from lishui_desktop.services import reports as reports_service
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.hub import Hub
from lishui_desktop.ui.pages.reports import ReportsPage
from tests.unit.test_report_seed import SESSION_ID, seed_reports


def _page(qtbot, db: Database) -> ReportsPage:  # type: ignore[no-untyped-def]
    page = ReportsPage(AppContext(db=db, hub=Hub(), device=None))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def test_monthly_sheet_generates_and_previews(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seed_reports(db)
    page = _page(qtbot, db)
    page.select("monthly", county="青田县", month=dt.date(2019, 3, 1))
    assert not page.session_box.isVisibleTo(page) and page.month_edit.isVisibleTo(page)
    page.generate()
    assert not page.generate_button.isEnabled()  # the UI thread is free while it runs
    qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=20000)
    assert page.preview.document.status() == QPdfDocument.Status.Ready
    assert page.preview.document.pageCount() >= 1
    assert page.preview.print_button.isEnabled()
    target = tmp_path / "saved.pdf"
    assert page.preview.save_to(target)
    assert target.read_bytes().startswith(b"%PDF")


def test_roster_with_full_ids_is_recorded(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    seed_reports(db)
    page = _page(qtbot, db)
    page.select("roster", session_id=SESSION_ID)
    assert page.full_ids.isVisibleTo(page) and not page.county_box.isVisibleTo(page)
    page.full_ids.setChecked(True)
    page.generate()
    qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=20000)
    assert page.preview.document.pageCount() == 1
    [entry] = audit.entries(db)
    assert entry.kind == "print" and entry.row_id == SESSION_ID


def test_error_is_shown_not_raised(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, db)
    page.select("signin")  # no sessions in this database
    page.generate()
    qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=20000)
    assert page.status.text() and page.preview.path is None


def test_print_to_pdf_saves_the_vector_pdf_and_a_page_range_prints_rendered_pages(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    seed_reports(db)
    page = _page(qtbot, db)
    page.select("monthly", county="青田县", month=dt.date(2019, 3, 1))
    page.generate()
    qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=20000)
    count = page.preview.document.pageCount()
    assert page.preview.path is not None and count >= 1

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the dialog's "print to file (PDF)"
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    job = page.preview.print_to(printer)
    assert job is not None and job.wait() == count  # off the UI thread
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert printed == page.preview.path.read_bytes()  # the vector PDF itself, not page images
    assert "青田县" in PdfReader(tmp_path / "printed.pdf").pages[0].extract_text()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "page-1.pdf"))
    printer.setFromTo(1, 1)  # a range: rendered at the printer's resolution (capped), page by page
    job = page.preview.print_to(printer)
    assert job is not None and job.wait() == 1
    reader = PdfReader(tmp_path / "page-1.pdf")
    assert len(reader.pages) == 1 and reader.pages[0].images


def _cups_printer() -> str | None:
    from PySide6.QtPrintSupport import QPrinterInfo

    from lishui_desktop.ui import printing

    names = [n for n in QPrinterInfo.availablePrinterNames() if "pdf" not in n.lower()]
    return names[0] if names and printing.spooler() else None


def test_a_real_printer_gets_the_monthly_sheet_within_three_seconds(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Through CUPS (the vector PDF to `lp`; CUPS renders it at the printer's resolution). Runs
    where a CUPS queue exists (e.g. cups-pdf as a printer called Office-Laser)."""
    import subprocess
    import time

    import pytest
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    name = _cups_printer()
    if name is None:
        pytest.skip("no CUPS printer on this machine")
    seed_reports(db)
    page = _page(qtbot, db)
    page.select("monthly", county="青田县", month=dt.date(2019, 3, 1))
    page.generate()
    qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=20000)
    printer = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)

    def jobs(which: str) -> set[str]:
        out = subprocess.run(["lpstat", "-W", which, "-o", name], capture_output=True, text=True, check=False)
        return {line.split()[0] for line in out.stdout.splitlines() if line.strip()}

    before = jobs("completed")
    started = time.perf_counter()
    job = page.preview.print_to(printer)
    assert job is not None and job.wait() == page.preview.document.pageCount()
    queued = time.perf_counter() - started  # the printer's queue holds the whole form
    qtbot.waitUntil(lambda: jobs("completed") - before != set(), timeout=30_000)
    printed = time.perf_counter() - started
    print(f"\nmonthly sheet ({page.preview.document.pageCount()} pages) to {name}: "
          f"queued in {queued:.2f} s, printed in {printed:.2f} s")
    assert queued <= 3.0


def test_the_page_opens_on_the_latest_month_with_its_sheet_and_names_files_in_words(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    seed_reports(db)
    page = _page(qtbot, db)
    latest = reports_service.latest_month(db)
    assert latest is not None
    qtbot.waitUntil(lambda: page.preview.path is not None, timeout=20000)  # not an empty grey pane
    assert (page.month_edit.date().year(), page.month_edit.date().month()) == latest
    name = page.preview.suggested_name
    assert name.endswith(f"_{latest[0]}-{latest[1]:02d}.pdf") and "-" in name and "monthly" not in name
    page.select("signin", session_id=SESSION_ID)
    request = page.request()
    assert SESSION_ID not in page.file_name(request) and page.file_name(request).endswith(".pdf")
