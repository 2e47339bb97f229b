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
    ctx.hub.data_changed.connect(lambda c: changed.append(str(c)))
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


DATA = Path(__file__).resolve().parents[1] / "data" / "workbooks"


def test_wizard_asks_each_sheet_for_its_session(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A county .xls without session columns: the session page shows what the title rows say,
    one tab per sheet; the user completes it once and both sessions are imported."""
    from lishui_desktop.db.models import TrainingSession
    from lishui_desktop.ui.excel_dialogs import PREVIEW, SESSIONS

    wizard = ImportWizard(ctx, kind="trainees")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.file.setText(str(DATA / "两期.xls"))
    wizard.next()
    assert wizard.currentId() == SESSIONS
    tabs = wizard.sessions.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["第3期", "第4期"]
    third = wizard.sessions.forms["第3期"].fields
    assert third["title"].text() == "平昌县2019年第3期农村致富带头人培训班"
    assert third["start_date"].text() == "2019-03-01" and third["end_date"].text() == "2019-03-05"
    assert third["category"].currentData() == "wealth_leader" and third["organiser"].currentText() == "青田县"
    fourth = wizard.sessions.forms["第4期"].fields
    fourth["place"].setText("平昌县驷马镇")  # what the file does not say, given once
    wizard.next()
    assert wizard.currentId() == PREVIEW and wizard.preview.isComplete(), wizard.preview.summary.text()
    assert "第4期" in wizard.preview.summary.text() and wizard.preview.table.rowCount() == 20
    wizard.next()
    assert enrolments(ctx.db) == 22
    with ctx.db.sessions() as s:
        places = {t.title: t.place for t in s.scalars(select(TrainingSession))}
    assert places == {"平昌县2019年第3期农村致富带头人培训班": "青田县", "平昌县2019年第4期农村致富带头人培训班": "平昌县驷马镇"}


def test_wizard_reads_only_visible_sheets_and_says_so(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(ctx, kind="trainees")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.file.setText(str(DATA / "隐藏工作表.xls"))
    wizard.next()
    assert wizard.sessions.tabs.count() == 1 and "旧数据" in wizard.sessions.note.text()
    wizard.next()
    assert wizard.preview.isComplete() and "旧数据" in wizard.preview.summary.text()
    wizard.next()
    assert enrolments(ctx.db) == 15


def test_wizard_imports_the_county_xls_roster(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """花名册.xls: the session from its title row, category and organiser filled in by the
    title and the pairing; 40 trainees, each with a town."""
    from lishui_desktop.db.models import Person

    wizard = ImportWizard(ctx, kind="trainees")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.file.setText(str(DATA / "花名册.xls"))
    wizard.next()
    form = wizard.sessions.forms["花名册"].fields
    assert form["title"].text() == "平昌县2019年第3期农村致富带头人培训班" and form["organiser"].currentText() == "青田县"
    wizard.next()
    assert wizard.preview.isComplete() and "40" in wizard.preview.summary.text()
    table = wizard.preview.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    category = table.item(0, headers.index("培训类别")).text()
    assert category == "农村致富带头人"  # the word the clerk knows, not the stored code
    wizard.next()
    assert enrolments(ctx.db) == 40
    with ctx.db.sessions() as s:
        assert all(s.scalars(select(Person.town)))
