"""The reports page: generate off the UI thread, preview with QtPdf, save a copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtPdf import QPdfDocument

from lishui_desktop.db.database import Database
from lishui_desktop.services import audit
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


def test_print_renders_every_page(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    page = _page(qtbot, db)
    page.select("pairings")
    page.generate()
    qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=20000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.preview.print_to(printer) == page.preview.document.pageCount() >= 1
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000
