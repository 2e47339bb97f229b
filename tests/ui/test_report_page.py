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


def test_a_real_printer_gets_the_monthly_sheet_within_three_seconds(qtbot, db: Database, office_printer) -> None:  # type: ignore[no-untyped-def]
    """Through CUPS (the vector PDF to `lp`; CUPS renders it for the printer): the run's own
    scheduler (tests/cups_server.py) with an office laser that takes PDF, its device a file."""
    import time

    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from tests.cups_server import QUEUE

    assert QUEUE in QPrinterInfo.availablePrinterNames()  # what the print dialog offers
    seed_reports(db, placements=40)  # a month with 40 placements: a 4-page sheet (#17)
    page = _page(qtbot, db)
    page.select("monthly", county="青田县", month=dt.date(2019, 3, 1))
    page.generate()
    qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=20000)
    printer = QPrinter(QPrinterInfo.printerInfo(QUEUE), QPrinter.PrinterMode.HighResolution)
    assert printer.printerName() == QUEUE and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    count = page.preview.document.pageCount()
    assert count == 4

    before = office_printer.jobs("completed")
    started = time.perf_counter()
    job = page.preview.print_to(printer)
    assert job is not None and job.wait() == count
    queued = time.perf_counter() - started  # the printer's queue holds the whole form
    qtbot.waitUntil(lambda: office_printer.jobs("completed") - before != set(), timeout=30_000)
    printed = time.perf_counter() - started
    print(f"\nmonthly sheet ({count} pages) to {QUEUE}: queued in {queued:.2f} s, printed in {printed:.2f} s")
    assert queued <= 3.0
    assert not office_printer.jobs("not-completed")
    # what the printer got: the whole form, every page, as PDF (CUPS's pdftopdf, then the device)
    received = office_printer.output.read_bytes()
    assert received.startswith(b"%PDF"), office_printer.log()
    reader = PdfReader(office_printer.output)
    assert len(reader.pages) == count
    assert "青田县" in reader.pages[0].extract_text()  # the vector form, not pictures of its pages


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
