"""Another program holding the database (a reader that locks it) never freezes the window and
never shows a raw 'database is locked' or 'locking protocol': the UI thread waits a tenth of a
second at most, a save is told in one clear sentence with Retry, and Retry saves once it is free."""

from __future__ import annotations

import sqlite3
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from lishui_desktop.services.ledgers import save_record
from lishui_desktop.services.reference import place_id
from lishui_desktop.ui import busy


def locking_reader(db):  # type: ignore[no-untyped-def]
    """What some database browsers do: read with an exclusive lock, and keep it (taken while
    the program had no connection open, as when it sat idle)."""
    db.engine.dispose()
    con = sqlite3.connect(db.path, isolation_level=None)
    con.execute("PRAGMA locking_mode=EXCLUSIVE")
    con.execute("BEGIN")
    con.execute("SELECT count(*) FROM persons").fetchone()
    return con


@pytest.fixture
def ctx(db, monkeypatch):  # type: ignore[no-untyped-def]
    from lishui_desktop.services.setup import device_info
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.hub import Hub

    monkeypatch.setattr(busy, "BUSY_TIMEOUT_MS", 600)  # the workers' wait, short for the test
    busy.limit_ui_thread_waits()
    yield AppContext(db, Hub(), device_info(db))
    busy.usual_waits()  # the rest of the suite runs with the CLI's waits


def test_the_ui_thread_waits_at_most_a_tenth_of_a_second(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    reader = locking_reader(ctx.db)
    try:
        started = time.perf_counter()
        with pytest.raises(Exception) as caught, ctx.db.engine.connect() as conn:  # noqa: PT011
            conn.execute(text("SELECT count(*) FROM persons")).scalar()
        assert time.perf_counter() - started < 0.5
        assert busy.says_busy(str(caught.value))
    finally:
        reader.close()


def test_a_save_while_another_program_locks_the_database_says_so_and_retry_saves(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lishui_desktop.ui.pages.training import TrainingPage

    session_id = save_record(ctx.db, "sessions", {"title": "锁库时的培训班", "category": "wealth_leader",
                                                  "organiser_id": place_id("qingtian"), "start_date": "2019-06-03"})
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.view.selectRow(page.model.row_of(session_id))
    page.open_part(0)
    roster = page.parts[0]
    qtbot.wait(100)  # the page has read what it shows
    told: list[str] = []
    reader = locking_reader(ctx.db)

    def answer(box: QMessageBox) -> int:
        told.append(box.text())
        reader.close()  # the user closes the other program, then chooses Retry
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "clickedButton",
                        lambda box: next(b for b in box.buttons() if b.text() in ("Retry", "重试")))
    event = QInputMethodEvent()
    event.setCommitString("锁库时的学员")
    QApplication.sendEvent(roster.form.widgets["person.name"], event)
    started = time.perf_counter()
    QTest.keyClick(roster.form.widgets["person.name"], Qt.Key.Key_Return)
    assert time.perf_counter() - started < 0.5  # the window did not wait for the lock
    qtbot.waitUntil(lambda: told != [], timeout=10_000)
    assert "another program" in told[0] and "locked" not in told[0] and "protocol" not in told[0]
    qtbot.waitUntil(lambda: roster.model.rowCount() == 1, timeout=10_000)  # Retry saved it
    assert roster.model.value(0, "name") == "锁库时的学员"
