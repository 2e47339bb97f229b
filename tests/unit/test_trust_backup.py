"""Backups: create, rotate, restore round trip, undo the last import, start-up check."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lishui_desktop.db.backup_file import BackupFailed, integrity_ok
from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Person
from lishui_desktop.services import backup, recovery


def add_person(db: Database, name: str) -> str:
    with db.transaction() as s:
        p = Person(name=name)
        s.add(p)
        s.flush()
        return p.id


def names(db: Database) -> list[str]:
    with db.sessions() as s:
        return sorted(p.name for p in s.query(Person).all())


def test_restore_round_trip(db: Database) -> None:
    add_person(db, "张三")
    info = backup.create_backup(db.path, "manual")
    assert integrity_ok(info.path)[0]
    add_person(db, "李四")
    assert len(names(db)) == 2
    kept = backup.restore(db, info.id)
    assert names(db) == ["张三"]
    assert kept is not None and kept.kind == "pre-restore"
    # the replaced state is itself a backup and can be restored
    backup.restore(db, kept.id)
    assert sorted(names(db)) == sorted(["张三", "李四"])
    assert [b.kind for b in backup.list_backups(db.path)].count("pre-restore") == 2


def test_restore_refuses_a_damaged_backup(db: Database) -> None:
    add_person(db, "王五")
    info = backup.create_backup(db.path, "manual")
    raw = bytearray(info.path.read_bytes())
    page = int.from_bytes(raw[16:18], "big")  # the file's page size (SQLite header)
    raw[page : page + 2000] = b"\xff" * 2000  # the second page: a table's B-tree
    info.path.write_bytes(bytes(raw))
    with pytest.raises(BackupFailed):
        backup.restore(db, info.id)
    assert names(db) == ["王五"]
    with pytest.raises(BackupFailed):
        backup.find_backup(db.path, "no-such-backup")


def test_rotation_keeps_7_daily_and_4_weekly(db: Database) -> None:
    start = dt.datetime(2026, 1, 1, 9, 0, 0)
    for day in range(30):
        backup.daily_if_due(db.path, now=start + dt.timedelta(days=day))
    # a second call on the same day makes nothing new
    assert backup.daily_if_due(db.path, now=start + dt.timedelta(days=29, hours=3)) == []
    assert len(backup.list_backups(db.path, "daily")) == 7
    weeklies = backup.list_backups(db.path, "weekly")
    assert len(weeklies) == 4
    assert weeklies[0].created.date() == dt.date(2026, 1, 29)


def test_undo_last_import_and_statement(db: Database) -> None:
    add_person(db, "甲")
    assert recovery.undo_preview(db) is None
    with recovery.import_guard(db.path, "平昌-01.lsbundle") as pre:
        assert pre.kind == "pre-import"
        add_person(db, "乙")
        add_person(db, "丙")
    preview = recovery.undo_preview(db)
    assert preview is not None
    assert preview.changed_rows == {"persons": 2}
    assert preview.local_edits_after == 0  # 乙 and 丙 are the import's own records, not later edits
    from lishui_desktop.domain.i18n import set_language

    set_language("en")
    assert "平昌-01.lsbundle" in preview.statement()
    assert "2 records" in preview.statement()
    assert "after that import" not in preview.statement()
    add_person(db, "丁")  # typed after the import: the undo would lose it, and says so
    later = recovery.undo_preview(db)
    assert later is not None and later.local_edits_after > 0 and "after that import" in later.statement()
    recovery.undo_last_import(db)
    assert names(db) == ["甲"]
    assert recovery.undo_preview(db) is None


def test_failed_import_leaves_no_marker(db: Database) -> None:
    with pytest.raises(RuntimeError), recovery.import_guard(db.path, "x.lsbundle"):
        raise RuntimeError("boom")
    assert recovery.startup_check(db.path).message == ""
    preview = recovery.undo_preview(db)  # undo stays possible, and would change nothing
    assert preview is not None and preview.changed_rows == {}


def test_startup_check_reports_interrupted_import(db: Database) -> None:
    guard = recovery.import_guard(db.path, "平昌-02.lsbundle")
    guard.__enter__()  # the process "dies" here: no exit
    report = recovery.startup_check(db.path)
    assert report.ok and report.interrupted_import == "平昌-02.lsbundle"
    assert recovery.startup_check(db.path).message == ""  # said once


def test_startup_check_offers_newest_good_backup(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    db = Database.open(path)
    add_person(db, "丁")
    good = backup.create_backup(path, "daily")
    for n in range(200):
        add_person(db, f"人{n}")
    db.close()
    raw = bytearray(path.read_bytes())
    for page in range(2, len(raw) // 4096):
        raw[page * 4096 : page * 4096 + 64] = b"\x13" * 64
    path.write_bytes(bytes(raw))
    report = recovery.startup_check(path)
    assert not report.ok
    assert report.good_backup is not None and report.good_backup.id == good.id
    assert good.id in report.message
    recovery.restore_newest_good(path)
    assert integrity_ok(path)[0]
    reopened = Database.open(path)
    try:
        assert names(reopened) == ["丁"]
    finally:
        reopened.close()
    assert any(b.kind in ("damaged", "pre-restore") for b in backup.list_backups(path))
