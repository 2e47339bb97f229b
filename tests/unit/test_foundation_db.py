"""Foundation: reference data, migrations, engine pragmas and the instance lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text

from lishui_desktop.db.base import Base
from lishui_desktop.db.database import Database
from lishui_desktop.db.lock import DatabaseInUse, InstanceLock
from lishui_desktop.db.migrate import SchemaTooNew, current_revision, head_revision
from lishui_desktop.db.models import Pairing, Place, Target
from lishui_desktop.paths import backups_dir
from lishui_desktop.services.reference import seed_reference_data
from lishui_desktop.services.setup import init_database
from tests.foundation_support import forget_translations, use_translations

ANNEX = {  # Lishui code -> Sichuan code, the six county pairings of the annex
    "331102": "510823",
    "331181": "510811",
    "331121": "511923",
    "331122": "511922",
    "331123": "511921",
    "331124": "511902",
}


@pytest.fixture
def chinese(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    use_translations(monkeypatch, tmp_path_factory.getbasetemp() / "i18n")
    yield
    forget_translations()


def test_reference_places_pairings_and_targets(db: Database) -> None:
    with db.sessions() as s:
        places = {p.code: p for p in s.scalars(select(Place))}
        assert {"331100", "511900", *ANNEX, *ANNEX.values()} <= set(places)
        assert places["511923"].name == "平昌县" and places["511923"].side == "sichuan"
        assert places["331100"].name == "市本级" and places["331100"].level == "city"
        assert places["511923"].parent_id == places["511900"].id
        by_id = {p.id: p.code for p in places.values()}
        pairs = {
            by_id[p.lishui_unit_id]: by_id[p.sichuan_county_id]
            for p in s.scalars(select(Pairing).where(Pairing.level == "county"))
        }
        assert pairs == ANNEX
        labor = s.scalars(select(Target).where(Target.key == "labor.placed_poor")).all()
        assert {(t.scope, t.threshold) for t in labor} == {("county", 300), ("city", 200), ("total", 2000)}
        wealth = s.scalars(select(Target).where(Target.key == "training.wealth_leaders")).one()
        assert (wealth.threshold, wealth.year_from, wealth.year_to) == (20, 2018, 2020)
        assert s.scalar(select(func.count()).select_from(Target)) >= 20
        # seeding again adds nothing: reference rows have stable ids
        assert seed_reference_data(s) == 0


def test_reference_ids_are_the_same_on_every_laptop(db: Database, tmp_path: Path) -> None:
    other = Database.open(tmp_path / "other.sqlite3")
    try:
        init_database(other, device_name="other", role="field")
        ids = [{p.id for p in d.sessions().scalars(select(Place))} for d in (db, other)]
        assert ids[0] == ids[1] and len(ids[0]) >= 15
    finally:
        other.close()


def test_empty_database_upgrades_to_head(db_path: Path) -> None:
    database = Database.open(db_path)
    try:
        assert database.schema_action == "created"
        assert current_revision(database.engine) == head_revision()
    finally:
        database.close()
    again = Database.open(db_path)
    assert again.schema_action == "current"
    again.close()


def test_models_equal_migrations(db_path: Path) -> None:
    database = Database.open(db_path)
    try:
        with database.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        database.close()
    assert diff == []


def _stamp(path: Path, revision: str) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def test_newer_database_is_refused_untouched(db_path: Path, chinese: None) -> None:
    Database.open(db_path).close()
    _stamp(db_path, "9999_from_the_future")
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNew) as caught:
        Database.open(db_path)
    message = caught.value.text()
    assert "9999_from_the_future" in message and "更新版本" in message and "未作任何改动" in message
    assert db_path.read_bytes() == before
    assert not backups_dir(db_path).exists()


def test_older_schema_is_backed_up_before_the_upgrade(db_path: Path) -> None:
    # A file with data but no schema stamp stands for an older release: it must be copied
    # (and verified) before Alembic touches it.
    con = sqlite3.connect(db_path)
    with con:
        con.execute("CREATE TABLE legacy_notes (body TEXT)")
        con.execute("INSERT INTO legacy_notes VALUES ('平昌县 2017')")
    con.close()
    database = Database.open(db_path)
    try:
        assert database.schema_action == "upgraded"
        assert current_revision(database.engine) == head_revision()
    finally:
        database.close()
    backups = list(backups_dir(db_path).glob("pre-migration-*.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert copy.execute("SELECT body FROM legacy_notes").fetchone() == ("平昌县 2017",)
    copy.close()
    assert "alembic_version" not in tables  # taken before the upgrade


def test_engine_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10_000


def test_second_instance_is_refused_in_chinese(db_path: Path, chinese: None) -> None:
    first = InstanceLock(db_path)
    first.acquire()
    try:
        with pytest.raises(DatabaseInUse) as caught:
            InstanceLock(db_path).acquire()
        assert caught.value.text() == "此数据库已在另一个程序窗口中打开。请先关闭那个窗口，或打开其他数据库。"
    finally:
        first.release()
    second = InstanceLock(db_path)
    second.acquire()  # free again once the first copy let go
    second.release()


def test_0001_database_upgrades_keeping_ops_and_heads(db_path: Path) -> None:
    """A database of the first release (field clocks in a table of their own) upgrades: its ops
    stay, heads of fields in conflict move to sync_field_heads, capture works afterwards."""
    from alembic import command
    from sqlalchemy import create_engine

    from lishui_desktop.db.migrate import alembic_config
    from lishui_desktop.sync.conflicts import field_conflicts

    engine = create_engine(f"sqlite:///{db_path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()
    dev_a, dev_b, row = "a" * 8, "b" * 8, "p-1"
    con = sqlite3.connect(db_path)
    with con:
        con.execute("INSERT INTO local_settings(key, value) VALUES ('device_id', 'office-1')")
        con.execute(
            "INSERT INTO persons(id, name, deleted, created_at, updated_at) "
            "VALUES (?, '李斯', 0, '', '')", (row,)
        )
        heads = f'[["{1:016x}{dev_a}", "\\"李四\\"", null], ["{2:016x}{dev_b}", "\\"李斯\\"", null]]'
        for seq, (dev, hlc, value) in enumerate(((dev_a, 1, '"李四"'), (dev_b, 2, '"李斯"')), 1):
            con.execute(
                "INSERT INTO sync_change_log VALUES (?, ?, ?, 'persons', ?, 'name', ?, NULL)",
                (dev, seq, hlc, row, value),
            )
        con.execute(
            "INSERT INTO sync_field_clock VALUES ('persons', ?, 'name', ?, NULL, ?)",
            (row, f"{2:016x}{dev_b}", heads),
        )
    con.close()

    database = Database.open(db_path)
    try:
        assert database.schema_action == "upgraded"
        with database.engine.connect() as sa_conn:
            raw = sa_conn.connection.dbapi_connection
            conflicts = field_conflicts(raw)
            assert [(c["row_id"], c["column"], c["winner"]) for c in conflicts] == [
                (row, "name", f"{2:016x}{dev_b}")
            ]
        from lishui_desktop.services.sync_service import resolve_field

        resolve_field(database, "persons", row, "name", "李四")  # choosing the other value settles it
        with database.engine.connect() as sa_conn:
            raw = sa_conn.connection.dbapi_connection
            assert field_conflicts(raw) == []
            op = raw.execute(
                "SELECT device_id, seq, prev FROM sync_change_log WHERE device_id = 'office-1'"
            ).fetchall()
        assert op == [("office-1", 1, f"{1:016x}{dev_a},{2:016x}{dev_b}")]
    finally:
        database.close()
