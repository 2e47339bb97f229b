"""The history dialog masks IDs; showing them in full is recorded in the audit log."""

from __future__ import annotations

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Person
from lishui_desktop.services import audit
from lishui_desktop.services.setup import device_info
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.history_dialog import HistoryDialog, HistoryModel
from lishui_desktop.ui.hub import Hub

FULL_ID = "330102199003071230"


def test_history_dialog(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        person = Person(name="李四", id_number=FULL_ID)
        s.add(person)
        s.flush()
        pid = person.id
    with db.transaction() as s:
        got = s.get(Person, pid)
        assert got is not None
        got.name = "李四四"
    dialog = HistoryDialog(AppContext(db=db, hub=Hub(), device=device_info(db)), "persons", pid)
    qtbot.addWidget(dialog)
    model = dialog.model
    texts = [
        model.data(model.index(r, c))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    assert "李四四" in texts and "李四" in texts
    assert FULL_ID not in texts and "330102********1230" in texts
    assert not dialog.full_box.isHidden()
    assert audit.entries(db) == []
    dialog.full_box.setChecked(True)
    texts = [model.data(model.index(r, HistoryModel.NEW)) for r in range(model.rowCount())]
    assert FULL_ID in texts
    (entry,) = audit.entries(db)
    assert (entry.kind, entry.table_name, entry.row_id) == ("reveal", "persons", pid)
