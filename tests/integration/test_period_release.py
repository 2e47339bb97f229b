"""Reference data of a newer release reaches existing databases on open: captured at the office
(so it syncs to laptops), applied without ops elsewhere, never over an office's own edit."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Event, Place
from lishui_desktop.paths import reference_dir
from lishui_desktop.services import (
    deployment,
    places,
    reference,
    reference_update,
    sync_service,
    targets,
)
from lishui_desktop.services.ledgers import save_record
from lishui_desktop.services.setup import check_database, init_database, open_database
from lishui_desktop.sync import keys
from lishui_desktop.sync.dump import dump_text
from tests.conftest import Stores


@pytest.fixture
def release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped reference files, made the program's own (a newer release)."""
    folder = tmp_path / "reference"
    shutil.copytree(reference_dir(), folder)
    for module in (reference, reference_update):
        monkeypatch.setattr(module, "reference_dir", lambda: folder)
    return folder


def _newer(folder: Path) -> None:
    """The next release: 旺苍县 and a town of it, a corrected code, a 2021 target."""
    path = folder / "places.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["places"] += [
        {"key": "wangcang", "code": "510821", "name": "旺苍县", "full_name": "四川省广元市旺苍县", "side": "sichuan",
         "level": "county", "parent": "guangyuan"},
        {"key": "wangcang-donghe", "code": "510821100", "name": "东河镇", "full_name": "四川省广元市旺苍县东河镇",
         "side": "sichuan", "level": "town", "parent": "wangcang"},
    ]
    for item in data["places"]:
        if item["key"] == "zhaohua":
            item["full_name"] = "四川省广元市昭化区（更正）"
        if item["key"] == "jiange":
            item["full_name"] = "四川省广元市剑阁县（更正）"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    path = folder / "targets.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["targets"].append({"key": "industry.consumer_sales", "area": "industry", "measure": "消费扶贫销售额",
                            "scope": "county", "year_from": 2021, "year_to": 2025, "threshold": 500, "unit": "wan_yuan",
                            "wording": "消费扶贫", "rule": "sum events.amount kind=sale"})
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _ops(db: Database, table: str, row_id: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM sync_change_log WHERE tbl = :t AND row_id = :r"),
                                {"t": table, "r": row_id}).scalar() or 0)


def _deployed(tmp_path: Path, office_path: Path | str, laptop_path: Path) -> tuple[Database, Database]:
    """An office (a SQLite file or a PostgreSQL store) and a laptop joined from its deployment
    file that has sent its first bundle."""
    office, laptop = Database.open(office_path), Database.open(laptop_path)
    init_database(office, device_name="市办", role="office")
    join = deployment.export_deployment(office, tmp_path / "join.json", "平昌-01")
    deployment.join_deployment(laptop, join, device_name="平昌-01", role="field")
    for db in (office, laptop):
        db.set_setting(keys.ALLOW_PLAIN, "1")
    sync_service.import_files(office, [sync_service.export_bundle(laptop, tmp_path / "hello.lsbundle").path])
    return office, laptop


def test_a_newer_release_arrives_captured_at_the_office(tmp_path: Path, release: Path, stores: Stores) -> None:
    office_path, laptop_path = stores.new("office"), tmp_path / "laptop.db"
    office, laptop = _deployed(tmp_path, office_path, laptop_path)
    assert reference_update.apply_release(office) is None  # nothing new: nothing done
    jiange = reference.place_id("jiange")
    places.rename_place(office, jiange, full_name="四川省广元市剑阁县（办公室改）")  # the office's own edit
    office.close()
    laptop.close()

    _newer(release)
    office, laptop = open_database(office_path), open_database(laptop_path)
    try:
        note = reference_update.take_note(office)
        assert note and "2" in note and reference_update.take_note(office) is None  # said once
        with office.sessions() as s:
            wangcang = reference.find_place(s, "510821")
            assert wangcang is not None and wangcang.name == "旺苍县"
            assert s.get(type(wangcang), reference.place_id("zhaohua")).full_name.endswith("（更正）")
            assert s.get(type(wangcang), jiange).full_name.endswith("办公室改)")  # kept
            wangcang_id = wangcang.id
        assert _ops(office, "places", wangcang_id) > 0  # the office's captured edit: it syncs
        with laptop.sessions() as s:
            assert reference.find_place(s, "旺苍县") is not None  # applied here too, without ops
        assert _ops(laptop, "places", wangcang_id) == 0
        for db in (office, laptop):
            assert check_database(db).ok  # nothing written behind the program's back
        # the laptop takes the office's bundle: the same values, no conflict, and the office's
        # edit of 剑阁县 arrives
        reports = sync_service.import_files(
            laptop, [sync_service.export_bundle(office, tmp_path / "o.lsbundle", for_device="平昌-01").path])
        assert reports[0].status == "imported"
        assert not [i for i in sync_service.review_items(laptop) if i["kind"] == "field"]
        with laptop.sessions() as s:
            assert s.get(type(wangcang), jiange).full_name.endswith("办公室改)")
        assert check_database(laptop).ok
        rows = targets.list_targets(laptop, 2021)
        assert [t.key for t in rows] == ["industry.consumer_sales"]
        assert reference_update.apply_release(office) is None and reference_update.apply_release(laptop) is None
    finally:
        office.close()
        laptop.close()


def test_old_databases_get_the_shipped_rules_without_drift(stores: Stores) -> None:
    """A database seeded before targets carried rules: on open the rules are filled in, and
    `lishui check` finds nothing written behind the program's back (a field laptop's file; an
    office on PostgreSQL)."""
    path = stores.new("old")
    db = Database.open(path)
    init_database(db, device_name="x", role="office" if stores.on_server else "field")
    with db.transaction() as s:
        s.execute(text("UPDATE targets SET rule = NULL"))
    db.set_setting(reference_update.FINGERPRINT, "an older release")
    db.close()
    db = open_database(path)
    try:
        with db.sessions() as s:
            assert s.execute(text("SELECT count(*) FROM targets WHERE rule IS NULL")).scalar() == 0
        assert check_database(db).ok
    finally:
        db.close()


def test_a_laptop_updated_before_the_office_place_arrived(tmp_path: Path, release: Path, stores: Stores) -> None:
    """The office added 旺苍县 by hand; the next release ships it too. A laptop takes the release
    before the office's bundle and records an event against the shipped 旺苍县: once the office
    has the release, the event names the office's 旺苍县 everywhere, one 旺苍县 is left on each
    computer and nothing points at a place the office lacks."""
    office, laptop = _deployed(tmp_path, stores.new("office"), tmp_path / "laptop.db")
    try:
        own = places.add_place(office, "旺苍县", "county", "sichuan", code="510821", parent="广元市")
        _newer(release)
        assert reference_update.apply_release(laptop) is not None  # the laptop first, without the office's place
        shipped = reference.place_id("wangcang")
        event = save_record(laptop, "events", {"kind": "sale", "date": "2021-05-20", "title": "消费扶贫：旺苍黄茶进丽水",
                                               "lishui_unit_id": "莲都区", "county_id": "旺苍县", "amount_fen": "1000"})
        with laptop.sessions() as s:
            assert s.get(Event, event).county_id == shipped  # type: ignore[union-attr]
        sync_service.import_files(office, [sync_service.export_bundle(laptop, tmp_path / "a.lsbundle").path])
        reference_update.apply_release(office)  # the office takes the release
        sync_service.import_files(laptop, [sync_service.export_bundle(
            office, tmp_path / "o.lsbundle", for_device="平昌-01").path])
        for db in (office, laptop):
            assert check_database(db).ok
            with db.sessions() as s:
                assert s.get(Event, event).county_id == own  # type: ignore[union-attr]
                live = s.scalars(select(Place).where(Place.deleted.is_(False), Place.name == "旺苍县")).all()
                assert [p.id for p in live] == [own]
                donghe = reference.find_place(s, "东河镇")
                assert donghe is not None and donghe.parent_id == own
            (wangcang,) = [p for p in places.list_places(db, "county", "sichuan") if p.name == "旺苍县"]
            assert wangcang.history == []  # no former name of itself
            assert not [i for i in sync_service.review_items(db) if i["kind"] != "quarantined_bundle"]
        assert dump_text(office) == dump_text(laptop)
    finally:
        office.close()
        laptop.close()
