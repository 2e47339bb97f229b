"""Roster entry by keyboard: three trainees typed, Tab between fields, Enter saves and opens the
next row; a known resident ID fills in and links the existing person; a second entry is refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select
from stdnum.cn import ric

from lishui_desktop.db.models import Enrolment, Person
from lishui_desktop.services.ledgers import save_record
from lishui_desktop.services.ledgers.editing import load_record
from lishui_desktop.services.reference import place_id


def resident_id(body: str) -> str:
    return next(body + c for c in "0123456789X" if ric.is_valid(body + c))


KNOWN = resident_id("51082319850101001")
NEW_1, NEW_3 = resident_id("51082319920202002"), resident_id("51082319930303003")


@pytest.fixture
def ctx(db):  # type: ignore[no-untyped-def]
    from lishui_desktop.services.setup import device_info
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.hub import Hub

    return AppContext(db, Hub(), device_info(db))


def focused():  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def type_text(text: str) -> None:
    """Digits by key clicks; Chinese as an input method commits it (QTest keys are ASCII only)."""
    if text.isascii():
        QTest.keyClicks(focused(), text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(focused(), event)


def type_and_tab(text: str) -> None:
    type_text(text)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)


def count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False))) or 0


def test_three_trainees_by_keyboard_and_a_known_id_links_its_person(qtbot, ctx) -> None:
    db = ctx.db
    session_id = save_record(
        db, "sessions",
        {"title": "致富带头人培训班", "category": "wealth_leader", "organiser_id": place_id("qingtian"),
         "partner_county_id": place_id("pingchang"), "start_date": "2020-05-06"},
    )
    placement = save_record(
        db, "placements",
        {"person.name": "王秀英", "person.id_number": KNOWN, "person.village": "白衣村", "person.phone": "13912345678",
         "employer": "丽水测试厂", "start_date": "2019-03-01"},
    )
    known_person = load_record(db, "placements", placement)["_person_id"]
    people_before = count(db, Person)

    from lishui_desktop.ui.pages.training import TrainingPage

    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.view.selectRow(page.model.row_of(session_id))
    roster = page.parts[0]
    page.tabs.setCurrentWidget(roster)
    assert roster.session_id == session_id
    name = roster.form.widgets["person.name"]
    name.setFocus()
    qtbot.waitUntil(lambda: focused() is name)

    # 1: name, Tab, ID, Tab, phone, Enter
    type_and_tab("李四")
    type_and_tab(NEW_1)
    QTest.keyClicks(focused(), "13800138000")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is name and name.text() == ""  # the next empty row at once; saved meanwhile
    qtbot.waitUntil(lambda: roster.model.rowCount() == 1)

    # 2: a known ID fills in the person's details and links the same person
    type_and_tab("王秀英")
    type_and_tab(KNOWN)
    assert roster.form.widgets["person.village"].text() == "白衣村"
    assert "王秀英" in roster.message.text()
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: roster.model.rowCount() == 2)

    # 3
    type_and_tab("赵六")
    type_and_tab(NEW_3)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is name
    qtbot.waitUntil(lambda: roster.model.rowCount() == 3)

    with db.sessions() as session:
        linked = session.scalars(select(Enrolment.person_id).where(Enrolment.session_id == session_id)).all()
    assert known_person in linked
    assert count(db, Person) == people_before + 2  # two new people; the known one is not copied

    # the same person again is refused by the write: the row comes back with the message
    type_and_tab("王秀英")
    type_and_tab(KNOWN)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: roster.form.error_of("person.name") != "")
    assert roster.model.rowCount() == 3
    assert "王秀英" in roster.message.text()
    assert roster.form.values()["person.name"] == "王秀英"


def test_same_name_birth_village_without_id_asks(qtbot, ctx, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from lishui_desktop.ui.ledger import actions

    db = ctx.db
    first = save_record(db, "persons", {"name": "张无号", "village": "石门村", "birth_date": "1970-01-02"})
    asked: list[str] = []

    def answer(self: QMessageBox) -> int:
        asked.append(self.text())
        self.setProperty("clicked", 0)
        for button in self.buttons():
            if self.buttonRole(button) == QMessageBox.ButtonRole.YesRole:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    from lishui_desktop.ui.pages.persons import PersonsPage

    page = PersonsPage(ctx)
    qtbot.addWidget(page)
    page.new_record(focus=False)
    page.form.set_values({"name": "张无号", "village": "石门村", "birth_date": "1970-01-02", "town": "白衣镇"})
    saved = actions.save_form(page, ctx, page.form, None).wait()
    assert asked and "张无号" in asked[0]
    assert saved == first  # the user said it is the same person: no copy
    assert load_record(db, "persons", first)["town"] == "白衣镇"
