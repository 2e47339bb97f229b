"""The backups dialog: make a backup, restore it, undo the last import."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Person
from lishui_desktop.services import recovery
from lishui_desktop.services.setup import device_info
from lishui_desktop.ui.backup_dialog import BackupDialog
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.hub import Hub


def count_persons(db: Database) -> int:
    with db.sessions() as s:
        return s.query(Person).count()


@pytest.fixture
def dialog(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    ctx = AppContext(db=db, hub=Hub(), device=device_info(db))
    widget = BackupDialog(ctx)
    qtbot.addWidget(widget)
    return widget


def test_create_and_restore(dialog: BackupDialog, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert dialog.table.rowCount() == 0
    assert not dialog.undo_button.isEnabled()
    dialog.create_button.click()  # in the background: the dialog stays responsive
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    with db.transaction() as s:
        s.add(Person(name="新人"))
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    changed: list[str] = []
    dialog.ctx.hub.data_changed.connect(lambda c: changed.append(str(c)))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: changed == ["*"])
    assert count_persons(db) == 0
    assert dialog.table.rowCount() == 2  # the pre-restore copy is listed


def test_undo_last_import(dialog: BackupDialog, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    with recovery.import_guard(db.path, "a.lsbundle"):
        with db.transaction() as s:
            s.add(Person(name="导入的人"))
    dialog.refresh()
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: count_persons(db) == 0)
    qtbot.waitUntil(lambda: not dialog.undo_button.isEnabled())
