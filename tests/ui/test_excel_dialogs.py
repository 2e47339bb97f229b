"""The import wizard and the export dialog, driven as a user would."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from sqlalchemy import func, select

from lishui_desktop.db.models import Enrolment
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.excel_dialogs import ImportWizard, export_dialog
from lishui_desktop.ui.hub import Hub
from tests.unit.excel_fixtures import MESSY_HEADERS, make_id, messy_rows, write_book


@pytest.fixture
def ctx(db, qtbot):  # type: ignore[no-untyped-def]
    # Work left running by earlier tests' pages would report into our event loops: let it end.
    QThreadPool.globalInstance().waitForDone(10000)
    with qtbot.capture_exceptions():
        QCoreApplication.processEvents()
    return AppContext(db=db, hub=Hub(), device=None)


def enrolments(db) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(Enrolment)) or 0)


def test_wizard_previews_then_imports(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_book(tmp_path / "roster.xlsx", MESSY_HEADERS, messy_rows())
    wizard = ImportWizard(ctx, kind="trainees")
    qtbot.addWidget(wizard)
    changed: list[str] = []
    ctx.hub.data_changed.connect(changed.append)
    wizard.show()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.choose.file.setText(str(path))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    preview = wizard.preview
    assert "6" in preview.summary.text() and preview.isComplete()
    assert preview.table.rowCount() == 6 and not preview.open_errors.isVisible()
    assert enrolments(ctx.db) == 0
    wizard.next()  # the commit button: Import
    assert enrolments(ctx.db) == 6 and changed == ["*"]
    assert wizard.currentPage() is wizard.done_page and "6" in wizard.done_page.text.text()


def test_wizard_shows_problems_and_refuses(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = messy_rows()
    rows[0][1] = make_id(seq=101)[:-1] + ("1" if make_id(seq=101)[-1] != "1" else "2")
    path = write_book(tmp_path / "bad.xlsx", MESSY_HEADERS, rows)
    wizard = ImportWizard(ctx, kind="trainees")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.file.setText(str(path))
    wizard.next()
    preview = wizard.preview
    assert not preview.isComplete() and preview.open_errors.isVisible()
    assert preview.table.rowCount() == 1 and preview.table.item(0, 0).text() == "3"
    assert "bad.errors.xlsx" in preview.summary.text()
    assert (tmp_path / "bad.errors.xlsx").exists() and enrolments(ctx.db) == 0


def test_wizard_non_workbook_message(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "roster.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    wizard = ImportWizard(ctx, kind="trainees")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.file.setText(str(path))
    wizard.next()
    assert not wizard.preview.isComplete() and wizard.preview.summary.text()


def test_export_dialog_writes_masked_file(qtbot, ctx, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lishui_desktop.services.excel_import import run_import

    run_import(ctx.db, "trainees", write_book(tmp_path / "roster.xlsx", MESSY_HEADERS, messy_rows()))
    out = tmp_path / "export"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append(text))
    written = export_dialog(ctx, "trainees", None)
    assert written == tmp_path / "export.xlsx" and shown and "6" in shown[0]
    sheet = openpyxl.load_workbook(written).worksheets[0]
    id_col = [c.value for c in sheet[1]].index("身份证号") + 1
    assert "*" in sheet.cell(2, id_col).value
