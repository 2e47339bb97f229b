"""Record history from the change log: who changed which field when, old → new, masked."""

from __future__ import annotations

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Person
from lishui_desktop.services import history

OLD_ID = "330102199003071230"
NEW_ID = "33010219900307123X"


def test_history_of_a_record(db: Database) -> None:
    with db.transaction() as s:
        person = Person(name="张三", id_number=OLD_ID, phone="13812345678")
        s.add(person)
        s.flush()
        pid = person.id
    with db.transaction() as s:
        got = s.get(Person, pid)
        assert got is not None
        got.id_number = NEW_ID
    changes = history.record_history(db, "persons", pid)
    id_changes = [c for c in changes if c.column == "id_number"]
    assert [(c.old_value, c.new_value) for c in id_changes] == [(OLD_ID, NEW_ID), (None, OLD_ID)]
    newest = id_changes[0]
    assert newest.device_name == "测试-01" and newest.user_name == "测试员"
    assert newest.at[:2] == "20" and len(newest.at) == 19
    assert not any(c.column in ("created_at", "updated_at") for c in changes)
    assert history.display_value("id_number", NEW_ID) == "330102********123X"
    assert history.display_value("id_number", NEW_ID, full=True) == NEW_ID
    assert history.display_value("phone", "13812345678") == "138****5678"
    assert history.field_label("persons", "id_number") in ("身份证号", "Resident ID")
    assert history.record_history(db, "persons", "no-such-row") == []
