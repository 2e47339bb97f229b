"""Change capture, the hybrid logical clock, unknown columns, deployment files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Person
from lishui_desktop.sync import hlc
from lishui_desktop.sync.capture import capture_paused, clock_behind_ms


def _ops(db: Database) -> list[tuple]:  # type: ignore[type-arg]
    with db.sessions() as s:
        return list(s.execute(text(
            "SELECT seq, hlc, tbl, row_id, col, value, prev FROM sync_change_log "
            "WHERE device_id = (SELECT value FROM local_settings WHERE key = 'device_id') ORDER BY seq"
        )))


def test_sync_every_write_path_is_captured_and_seq_has_no_gaps(db: Database) -> None:
    start = len(_ops(db))
    with db.transaction() as s:
        s.add(Person(id="p1", name="张三"))
    with pytest.raises(RuntimeError):
        with db.transaction() as s:
            s.get(Person, "p1").name = "李四"  # type: ignore[union-attr]
            s.flush()
            raise RuntimeError("rolled back")
    with db.transaction() as s:  # raw SQL is captured too
        s.execute(text("UPDATE persons SET phone = '13800000001', updated_at = 'x' WHERE id = 'p1'"))
    with db.transaction() as s, capture_paused(s):
        s.execute(text("UPDATE persons SET notes = 'quiet' WHERE id = 'p1'"))
    ops = _ops(db)[start:]
    seqs = [o[0] for o in _ops(db)]
    assert seqs == list(range(1, len(seqs) + 1))
    cols = [o[4] for o in ops]
    assert "created_at" not in cols and "updated_at" not in cols and "notes" in cols  # insert
    assert cols.count("notes") == 1 and cols[-1] == "phone"  # the paused write made no op
    assert json.loads(ops[-1][5]) == "13800000001"
    insert_phone = next(o for o in ops if o[4] == "phone")
    assert ops[-1][6] == f"{insert_phone[1]:016x}" + db.get_setting("device_id")  # prev clock
    hlcs = [o[1] for o in ops]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)


def test_sync_clock_is_monotonic_when_the_wall_clock_jumps_back(db: Database) -> None:
    with db.transaction() as s:
        s.add(Person(id="p2", name="甲"))
    before = max(o[1] for o in _ops(db))
    hlc.set_skew(db.path, -hlc.DAY_MS)
    try:
        assert clock_behind_ms(db) > hlc.DAY_MS - 60_000
        with db.transaction() as s:
            s.get(Person, "p2").name = "乙"  # type: ignore[union-attr]
        assert max(o[1] for o in _ops(db)) > before
        from lishui_desktop.services.sync_service import clock_warning

        assert clock_warning(db)
    finally:
        hlc.set_skew(db.path, 0)
    assert clock_behind_ms(db) == 0


def test_sync_ops_for_unknown_columns_are_kept_and_replayed(db: Database, monkeypatch) -> None:
    from lishui_desktop.sync import merge, tables
    from lishui_desktop.sync.ops import Op
    from lishui_desktop.sync.session import write_cursor

    op = Op("future-device", 1, (hlc.wall_ms() << 16), "persons", "p9", "nickname", "小张", None)
    name = Op("future-device", 2, (hlc.wall_ms() << 16) + 1, "persons", "p9", "name", "张", None)
    with write_cursor(db) as cur:
        result = merge.apply_ops(cur, [op, name], write=True)
    assert result.ops_unknown == 1
    assert merge.replay_unknown(db) == 0  # still unknown in this version
    known = tables.synced_columns("persons") + ("nickname",)
    monkeypatch.setattr(tables, "is_known", lambda t, c: c in known)
    monkeypatch.setattr(merge, "is_known", lambda t, c: c in known)
    monkeypatch.setattr(merge, "synced_columns", lambda t: known if t == "persons" else tables.synced_columns(t))
    with db.transaction() as s:
        s.execute(text("ALTER TABLE persons ADD COLUMN nickname TEXT"))
    assert merge.replay_unknown(db) == 1
    with db.sessions() as s:
        assert s.execute(text("SELECT nickname, name FROM persons WHERE id = 'p9'")).one() == ("小张", "张")


def test_sync_deployment_file_joins_and_refuses_another_deployment(db: Database, tmp_path: Path) -> None:
    from lishui_desktop.services.deployment import (
        DeploymentError,
        export_deployment,
        join_deployment,
    )
    from lishui_desktop.services.setup import init_database

    path = export_deployment(db, tmp_path / "deploy.json", "平昌-02")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["kind"] == "lishui-deployment" and data["format"] == 1 and data["for"] == "平昌-02"
    laptop = Database.open(tmp_path / "laptop.sqlite3")
    try:
        info = join_deployment(laptop, path, device_name="平昌-02", role="field")
        assert info.role == "field"
        assert laptop.get_blob("deployment_key") == db.get_blob("deployment_key")
        assert join_deployment(laptop, path, device_name="平昌-02").device_id == info.device_id
    finally:
        laptop.close()
    other = Database.open(tmp_path / "other.sqlite3")
    try:
        init_database(other, device_name="x", role="field")
        with pytest.raises(DeploymentError):
            join_deployment(other, path)
    finally:
        other.close()
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    with pytest.raises(DeploymentError):
        join_deployment(Database.open(tmp_path / "third.sqlite3"), tmp_path / "bad.json")
