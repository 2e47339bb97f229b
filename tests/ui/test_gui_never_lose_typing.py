"""Keyboard friction and lost typing, tried in the real window: the completion list's Enter,
下一行, the way from the session table into its roster, closing with a half-typed row (asks),
the draft offered back after a crash, and the dashboard's drill-down by Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from lishui_desktop.services import drafts
from lishui_desktop.services.ledgers import save_record
from lishui_desktop.services.reference import place_id
from lishui_desktop.ui import workers


def focused():  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def commit(text: str) -> None:
    """Chinese as an input method commits it."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(focused(), event)


@pytest.fixture
def session_id(db):  # type: ignore[no-untyped-def]
    return save_record(db, "sessions", {"title": "贫困村干部培训班", "category": "village_cadre",
                                        "organiser_id": place_id("qingtian"), "start_date": "2019-06-03"})


def make_window(qtbot, db):  # type: ignore[no-untyped-def]
    from lishui_desktop.services.setup import device_info
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.hub import Hub
    from lishui_desktop.ui.main_window import MainWindow

    win = MainWindow(AppContext(db=db, hub=Hub(), device=device_info(db)))
    # at the test's end it closes without asking (a failed test leaves typing behind, and a
    # question nobody answers would hang the run)
    qtbot.addWidget(win, before_close_func=lambda w: setattr(w, "_closing", True))
    win.resize(1366, 740)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def test_from_the_table_into_the_roster_and_the_completion_enter(qtbot, db, session_id) -> None:  # type: ignore[no-untyped-def]
    win = make_window(qtbot, db)
    page = win.show_page("training")
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(page.model.row_of(session_id), 0))
    QTest.keyClick(page.view, Qt.Key.Key_Return)  # Enter on the session: into its roster
    roster = page.parts[0]
    name = roster.form.widgets["person.name"]
    assert page.tabs.currentWidget() is roster and focused() is name
    assert roster.form.values()["person.county_id"] is None  # no partner chosen for this session

    # a first trainee with a village, so the village list offers it afterwards
    commit("李四")
    village = roster.form.widgets["person.village"]
    village.setFocus()
    commit("白衣村")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: roster.model.rowCount() == 1)
    assert focused() is name and roster.form.values()["person.village"] == "白衣村"  # carried over

    # the next: another village, picked from the list; Enter takes it and moves on (not swallowed)
    commit("王五")
    village.setFocus()
    village.selectAll()
    commit("白")
    completer = village.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    QTest.keyClick(completer.popup(), Qt.Key.Key_Down)
    QTest.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert village.text() == "白衣村"
    assert focused() is roster.form.widgets["person.poor_household"]  # moved on to the next field

    # 下一行 (next empty row) puts the cursor back into 姓名
    roster.new_button.click()
    assert focused() is name and name.text() == ""


def test_closing_with_a_half_typed_row_asks_and_the_draft_comes_back(qtbot, db, session_id, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    win = make_window(qtbot, db)
    page = win.show_page("training")
    page.view.selectRow(page.model.row_of(session_id))
    page.open_part(0)
    roster = page.parts[0]
    commit("赵半行")
    QTest.keyClicks(roster.form.widgets["person.id_number"].line, "51082319")  # half an ID, not saved

    asked: list[str] = []

    def cancel(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    win.close()
    assert asked and "赵半行" in asked[0] and "51082319" not in asked[0]  # names only, never an ID
    assert win.isVisible()  # Cancel: the window stays, the typing too
    assert roster.form.values()["person.name"] == "赵半行"

    # the draft is kept while typing (as after a crash, the window is gone without asking)
    win.drafts.keep_now()
    workers.wait_for_writes()
    qtbot.waitUntil(lambda: "training" in drafts.kept(db))
    win.drafts.timer.stop()
    win._closing = True  # noqa: SLF001 - a crash asks nothing
    win.hide()

    from lishui_desktop.ui import main_window
    from lishui_desktop.ui.drafts import describe

    again = make_window(qtbot, db)
    monkeypatch.setattr(main_window, "offer_back",  # the user answers 恢复 (bring it back)
                        lambda _parent, kept, titles: asked.append(describe(kept, titles)) or True)
    again.offer_drafts()
    page = again.page("training")
    roster = page.parts[0]
    assert roster.session_id == session_id
    assert roster.form.values()["person.name"] == "赵半行"
    assert roster.form.widgets["person.id_number"].value() == "51082319"
    assert "赵半行" in asked[-1]


def test_dashboard_drill_down_by_enter(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    win = make_window(qtbot, db)
    page = win.show_page("dashboard")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    opened: list[tuple[str, dict]] = []
    win.ctx.hub.show_records.connect(lambda key, filters: opened.append((key, filters)))
    matrix = page.matrix
    matrix.setFocus()
    matrix.setCurrentIndex(matrix.model().index(0, 1))
    QTest.keyClick(matrix, Qt.Key.Key_Return)
    assert opened, "Enter on a figure opens its records"
