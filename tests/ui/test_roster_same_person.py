"""The roster asks before adding a second person with the same name in the same village when
either has no resident ID, and takes the existing one when told so."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from lishui_desktop.db.models import Enrolment, MergedRecord, Person
from lishui_desktop.domain.validation import is_valid_resident_id
from lishui_desktop.services.ledgers import save_record
from lishui_desktop.services.reference import place_id
from lishui_desktop.ui import workers


def resident_id(body: str) -> str:
    return next(body + c for c in "0123456789X" if is_valid_resident_id(body + c))


LI_SI = resident_id("51192319800101001")
ZHANG_SAN = resident_id("51192319750505003")


@pytest.fixture
def roster(qtbot, db):  # type: ignore[no-untyped-def]
    from lishui_desktop.services.setup import device_info
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.hub import Hub
    from lishui_desktop.ui.ledger.roster import RosterPanel

    first = save_record(db, "sessions", {"title": "第1期培训班", "category": "wealth_leader",
                                         "organiser_id": place_id("qingtian"), "start_date": "2019-05-06"})
    for values in ({"person.name": "张三", "person.town": "岳家镇", "person.village": "石门村"},
                   {"person.name": "李四", "person.id_number": LI_SI, "person.town": "岳家镇", "person.village": "石门村"}):
        save_record(db, "trainees", values, parent_id=first)
    second = save_record(db, "sessions", {"title": "第2期培训班", "category": "wealth_leader",
                                          "organiser_id": place_id("qingtian"), "start_date": "2019-09-06"})
    panel = RosterPanel(AppContext(db, Hub(), device_info(db)))
    qtbot.addWidget(panel)
    panel.set_session(second)
    return panel


def answer(monkeypatch: pytest.MonkeyPatch, button: str, asked: list[str]) -> None:
    """Answer the question box by the text of one of its buttons."""
    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        found = [b for b in box.buttons() if b.text().replace("&", "") == button]
        assert len(found) == 1, [b.text() for b in box.buttons()]
        found[0].click()
        assert box.clickedButton() is found[0]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def people(db: Any) -> int:
    with db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(Person).where(Person.deleted.is_(False))) or 0)


def typed(panel: Any, **values: str) -> None:
    panel.next_row(focus=False)
    panel.form.set_values({f"person.{k}": v for k, v in values.items()})
    panel.save()
    workers.wait_for_writes()  # the row is written in the background


def test_the_same_name_in_the_same_village_without_an_id_is_asked_about(roster, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    answer(monkeypatch, "Same person", asked)
    before = people(db)
    typed(roster, name="张三", town="岳家镇", village="石门村")
    assert len(asked) == 1 and "张三" in asked[0]
    assert people(db) == before  # the existing 张三 was taken
    with db.sessions() as s:
        on_roster = s.scalars(select(Enrolment).where(Enrolment.session_id == roster.session_id)).all()
        assert [s.get(Person, e.person_id).name for e in on_roster] == ["张三"]


def test_a_different_person_is_added_after_the_question(roster, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    answer(monkeypatch, "A different person", asked)
    before = people(db)
    typed(roster, name="李四", town="岳家镇", village="石门村")  # 李四 on record holds an ID; this one none
    assert len(asked) == 1 and "李四" in asked[0]
    assert people(db) == before + 1


def test_an_id_typed_for_someone_recorded_without_one_joins_them(roster, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    answer(monkeypatch, "Same person", asked)
    before = people(db)
    typed(roster, name="张三", id_number=ZHANG_SAN, town="岳家镇", village="石门村")
    assert len(asked) == 1
    assert people(db) == before  # the 张三 without an ID now holds it: one person, a pointer left
    with db.sessions() as s:
        zhang = s.scalars(select(Person).where(Person.name == "张三", Person.deleted.is_(False))).one()
        assert zhang.id_number == ZHANG_SAN
        old = s.scalars(select(Person).where(Person.name == "张三", Person.deleted.is_(True))).one()
        assert s.get(MergedRecord, old.id).survivor_id == zhang.id
        assert s.scalar(select(func.count()).select_from(Enrolment).where(Enrolment.person_id == zhang.id)) == 2


def test_elsewhere_or_with_a_known_id_nothing_is_asked(roster, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    answer(monkeypatch, "Same person", asked)
    typed(roster, name="张三", town="岳家镇", village="白衣村")  # another village: another 张三
    typed(roster, name="王五", id_number=LI_SI)  # a known ID links by itself (李四's)
    assert asked == []
