"""Start-up: the interrupted-import message, the background quick_check + daily backup, restore offer."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Person
from lishui_desktop.services import backup, recovery
from lishui_desktop.ui.backup_startup import (
    offer_restore,
    run_startup_check,
    schedule_background_checks,
)
from lishui_desktop.ui.hub import Hub


def test_interrupted_import_is_reported_once(
    qtbot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    guard = recovery.import_guard(db.path, "平昌.lsbundle")
    guard.__enter__()  # the process dies here (the reference keeps the generator from closing)
    assert run_startup_check(db.path)
    assert len(shown) == 1 and "平昌.lsbundle" in shown[0]
    assert run_startup_check(db.path) and len(shown) == 1


def test_background_check_makes_the_daily_backup(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    schedule_background_checks(db, Hub(), delay_ms=0)
    qtbot.waitUntil(lambda: len(backup.list_backups(db.path)) == 2, timeout=10_000)
    assert {b.kind for b in backup.list_backups(db.path)} == {"daily", "weekly"}


def test_offer_restore(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    good = backup.create_backup(db.path, "daily")
    with db.transaction() as s:
        s.add(Person(name="损坏后录入"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    report = recovery.damage_report(db.path, "database disk image is malformed")
    assert report.good_backup is not None and report.good_backup.id == good.id
    hub = Hub()
    changed: list[str] = []
    hub.data_changed.connect(lambda c: changed.append(str(c)))
    assert offer_restore(db, report, hub)
    with db.sessions() as s:
        assert s.query(Person).count() == 0
    assert changed == ["*"]
