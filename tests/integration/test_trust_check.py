"""`lishui check`: a record whose related record is still on its way from another device is
said as such (exit 0), not reported as damage; a record pointing at one that was removed
behind the program's back is damage (exit 1)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from lishui_desktop.cli import main
from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Placement
from tests.conftest import Stores
from tests.property.sync_world import World

PID = "00000000-0000-4000-8000-0000000000c1"


def check(capsys: pytest.CaptureFixture[str], db: Path | str) -> tuple[int, str]:
    code = main(["--lang", "en", "--db", str(db), "check"])
    out = capsys.readouterr()
    return code, out.out + out.err


def remove_behind_the_programs_back(db: Database, sql: str, *params: str) -> None:
    if db.on_server:
        with psycopg.connect(db.location) as conn:
            conn.execute(sql.replace("?", "%s"), params)
        return
    con = sqlite3.connect(db.path)
    con.execute(sql, params)
    con.commit()
    con.close()


def test_check_tells_records_in_transit_from_damage(tmp_path: Path, capsys: pytest.CaptureFixture[str], stores: Stores) -> None:
    """The office a file, then a store on PostgreSQL (no constraints there: the same report)."""
    world = World(tmp_path, {"o": "office", "lead": "lead", "a": "field"}, server=stores.server)
    try:
        world.put_person("a", PID, name="王小明")
        first = world.export("a")  # the person
        world.import_("lead", first)
        world.import_("a", world.export("lead", for_device="a"))  # a learns what the lead holds
        with world["a"].transaction() as s:
            s.add(Placement(person_id=PID, employer="丽水某厂"))
        second = world.export("a", for_device="lead")  # the placement alone
        assert world.import_("o", second)[0].status == "imported"
        office = world["o"].location
        world["o"].engine.dispose()
        code, out = check(capsys, office)
        assert code == 0, out
        assert "1 records wait for related records from another device (placements → persons: 1)" in out
        assert "is healthy" in out
        assert ("PostgreSQL's checks ok" in out) == stores.on_server
        world.import_("o", first)  # the person arrives
        world["o"].engine.dispose()
        code, out = check(capsys, office)
        assert code == 0 and "wait for" not in out, out
        remove_behind_the_programs_back(world["o"], "DELETE FROM persons WHERE id = ?", PID)
        world["o"].engine.dispose()
        code, out = check(capsys, office)
        if stores.on_server:
            assert code == 1 and "1 references without their record" in out, out
        else:
            assert code == 1 and "1 foreign key problems" in out, out
    finally:
        world.close()


def test_check_finds_a_devices_table_edited_behind_the_programs_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A laptop that makes itself office and puts its key on another's row in its own table:
    `check` names both devices (exit 1); the other laptop's check stays healthy."""
    world = World(tmp_path, {"o": "office", "a": "field", "b": "field"})
    try:
        world.import_("a", world.export("o", for_device="a"))
        db = world["a"]
        me = db.get_setting("device_id")
        with db.engine.begin() as conn:
            key = conn.exec_driver_sql("SELECT sign_public_key FROM devices WHERE id = ?", (me,)).scalar()
            conn.exec_driver_sql("UPDATE devices SET role = 'office' WHERE id = ?", (me,))
            conn.exec_driver_sql("UPDATE devices SET sign_public_key = ? WHERE name = 'o'", (key,))
        path = db.path
        db.engine.dispose()
        code, out = check(capsys, path)
        assert code == 1, out
        assert "the identities of a、o differ from what the office signed" in out or \
            "the identities of o、a differ from what the office signed" in out, out
        world["b"].engine.dispose()
        code, out = check(capsys, world["b"].path)
        assert code == 0 and "is healthy" in out, out
    finally:
        world.close()
