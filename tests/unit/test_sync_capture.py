"""Change capture, the hybrid logical clock, unknown columns, deployment files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Person
from lishui_desktop.sync import hlc
from lishui_desktop.sync.author import AUTHOR_SQL
from lishui_desktop.sync.capture import capture_paused, clock_behind_ms


def _ops(db: Database) -> list[tuple]:  # type: ignore[type-arg]
    with db.sessions() as s:
        return list(s.execute(text(
            "SELECT seq, hlc, tbl, row_id, col, value, prev FROM sync_change_log "
            f"WHERE device_id = {AUTHOR_SQL} ORDER BY seq"
        )))


def test_sync_orm_writes_are_captured_and_seq_has_no_gaps(db: Database) -> None:
    start = len(_ops(db))
    with db.transaction() as s:
        s.add(Person(id="p1", name="张三"))
    with pytest.raises(RuntimeError):
        with db.transaction() as s:
            s.get(Person, "p1").name = "李四"  # type: ignore[union-attr]
            s.flush()
            raise RuntimeError("rolled back")
    with db.transaction() as s:
        person = s.get(Person, "p1")
        assert person is not None
        person.phone, person.name = "13800000001", "张三"  # the name is set to what it was
    with db.transaction() as s, capture_paused(s):
        s.get(Person, "p1").notes = "quiet"  # type: ignore[union-attr]
    ops = _ops(db)[start:]
    seqs = [o[0] for o in _ops(db)]
    assert seqs == list(range(1, len(seqs) + 1))
    cols = [o[4] for o in ops]
    assert "created_at" not in cols and "updated_at" not in cols and "notes" in cols  # insert
    assert cols.count("notes") == 1 and cols.count("name") == 1 and cols[-1] == "phone"
    assert json.loads(ops[-1][5]) == "13800000001"
    insert_phone = next(o for o in ops if o[4] == "phone")
    assert ops[-1][6] == f"{insert_phone[1]:016x}" + db.get_setting("author_id")  # prev clock
    hlcs = [o[1] for o in ops]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)


def test_sync_check_reports_what_another_tool_wrote(db: Database) -> None:
    """No trigger and no SQL function: any SQLite tool can write the file, and `check` then
    names each field (or row) that no captured op explains; an edit in the program settles it."""
    import sqlite3

    from lishui_desktop.services.setup import check_database

    with db.transaction() as s:
        s.add(Person(id="p1", name="张三", phone="13800000001"))
    assert check_database(db).ok
    tool = sqlite3.connect(db.path)
    with tool:
        tool.execute("UPDATE persons SET phone = '13900000009', updated_at = 'x' WHERE id = 'p1'")
        tool.execute("INSERT INTO persons(id, name, deleted, created_at, updated_at) "
                     "VALUES ('p2', '李四', 0, 'x', 'x')")
        tool.execute("UPDATE places SET name = '改名' WHERE id = (SELECT min(id) FROM places)")
    tool.close()
    result = check_database(db)
    assert not result.ok and result.quick_check == "ok" and result.outside_writes == 3
    found = {(d.table, d.row_id, d.column) for d in result.examples}
    assert ("persons", "p1", "phone") in found and ("persons", "p2", None) in found
    assert any(table == "places" and column == "name" for table, _row, column in found)
    with db.transaction() as s:  # the program writes the field: its op explains it again
        s.get(Person, "p1").phone = "13800000001"  # type: ignore[union-attr]
    assert check_database(db).outside_writes == 2


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
    assert data["kind"] == "lishui-deployment" and data["format"] == 2 and data["for"] == "平昌-02"
    laptop = Database.open(tmp_path / "laptop.sqlite3")
    try:
        info = join_deployment(laptop, path, device_name="平昌-02", role="field")
        assert info.role == "field" and info.name == "平昌-02" and info.device_id == data["identity"]["certificate"]["id"]
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


def test_sync_bulk_insert_runs_made_in_sql_are_the_ops_python_makes(db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """insert_rows on SQLite builds its runs with one INSERT ... SELECT (json_array of the rows
    as stored); the ops read back are exactly those of the per-row Python path: one run per
    row in id order, consecutive numbers and clocks, values as stored (0/1, ISO dates, nulls,
    quotes, newlines, non-ASCII)."""
    import datetime as dt

    from lishui_desktop.sync import capture
    from lishui_desktop.sync.log import expand

    rows = [
        {"id": f"p{i:02d}", "name": f'张"{i}\\\n\t{chr(0x1F600)}', "poor_household": i % 2 == 0,
         "birth_date": dt.date(1980, 1, 1 + i) if i % 3 else None, "deleted": False, "town": None}
        for i in (5, 3, 9, 1)
    ]

    def logged(path: str) -> list[tuple]:  # type: ignore[type-arg]
        with db.engine.begin() as conn:
            if path == "python":
                monkeypatch.setattr(capture, "_runs_of_inserted_sql", lambda table: None)
            capture.insert_rows(conn, "persons", [{**r, "id": f"{path}-{r['id']}"} for r in rows])
            monkeypatch.undo()
            cur = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            ops = list(expand(cur.execute(
                "SELECT device_id, seq, last, hlc, tbl, row_id, cols, vals, prevs FROM sync_op_runs "
                "WHERE row_id LIKE ? ORDER BY seq", (f"{path}-%",))))
        first_seq, first_hlc = ops[0].seq, ops[0].hlc
        return [(o.seq - first_seq, o.hlc - first_hlc, o.tbl, o.row_id.split("-", 1)[1], o.col, o.value, o.prev)
                for o in ops]

    assert capture._runs_of_inserted_sql("persons") is not None  # the SQL path is the one tested
    in_sql, in_python = logged("sql"), logged("python")
    assert in_sql == in_python
    assert [o[3] for o in in_sql[:: len(in_sql) // 4]] == ["p01", "p03", "p05", "p09"]
    assert [o[0] for o in in_sql] == [o[1] for o in in_sql] == list(range(len(in_sql)))
    values = {(o[3], o[4]): o[5] for o in in_sql}
    assert values[("p05", "poor_household")] == 0 and values[("p05", "birth_date")] == "1980-01-06"
    assert values[("p03", "birth_date")] is None and values[("p09", "name")] == rows[2]["name"]


def test_stored_columns_converted_in_c_are_what_the_converters_give() -> None:
    """stored_rows converts a column of only booleans (and nulls) or only dates without a
    Python call per value; every column, of those kinds or not, stores what the converter gives
    (0/1 and ints kept, ISO dates; a datetime, a text or a number as the converter has them)."""
    import datetime as dt

    from lishui_desktop.sync.capture import _as_date, _as_int, _stored_column

    columns = [
        (_as_int, [True, False, None, True]),  # the C path
        (_as_int, [True, 0, 1, 5, None]),
        (_as_int, [True, 2.7, "1"]),
        (_as_date, [dt.date(2019, 1, 2), dt.date(2020, 12, 31)]),  # the C path
        (_as_date, [dt.date(2019, 1, 2), None, "2020-01-01"]),
        (_as_date, [dt.datetime(2019, 1, 2, 3, 4, 5), dt.date(2019, 1, 2)]),
    ]
    for function, values in columns:
        got = _stored_column(function, values)
        assert got == tuple(map(function, values))
        assert [type(v) for v in got] == [type(function(v)) for v in values]
    assert _stored_column(_as_int, [True, False, None]) == (1, 0, None)
    assert _stored_column(_as_date, [dt.date(2019, 1, 2)]) == ("2019-01-02",)
