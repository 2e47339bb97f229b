"""The same trainee and worker entered on two laptops count once after the office merges them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Enrolment, Placement, TrainingSession
from lishui_desktop.services import sync_service
from lishui_desktop.services.persons import PersonInput, find_or_create, normalise
from lishui_desktop.services.progress import compute_progress
from lishui_desktop.services.reference import place_id
from tests.conftest import Stores
from tests.property.sync_world import KEY, World


def resident_id(base17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return base17 + "10X98765432"[sum(int(d) * w for d, w in zip(base17, weights, strict=True)) % 11]




def enter(db: Database, laptop: str, day: dt.date) -> None:
    """What a field cadre types: a session with the trainee, and the trainee's job."""
    with db.transaction() as s:
        entry = normalise(PersonInput(name="王小明", id_number=resident_id("11010519491231002"),
                                      county_id=place_id("jiange"), poor_household=True))
        person, _ = find_or_create(s, entry, KEY)
        session = TrainingSession(title=f"致富带头人培训 {laptop}", category="wealth_leader",
                                  organiser_id=place_id("liandu"), start_date=day)
        s.add(session)
        s.flush()
        s.add(Enrolment(session_id=session.id, person_id=person.id))
        s.add(Placement(person_id=person.id, employer="丽水某厂", start_date=day))


def test_two_laptops_one_trainee_one_worker(tmp_path: Path, stores: Stores) -> None:
    # trial mode (plain bundles): security is tested elsewhere; the office a SQLite file, then a
    # database on the test PostgreSQL server (#18), the laptops files
    world = World(tmp_path, {"office": "office", "lap1": "field", "lap2": "field"}, server=stores.server)
    try:
        enter(world["lap1"], "lap1", dt.date(2019, 4, 2))
        enter(world["lap2"], "lap2", dt.date(2019, 5, 6))
        bundles = []
        for name in ("lap1", "lap2"):
            bundles.append(tmp_path / f"{name}.lsbundle")
            sync_service.export_bundle(world[name], bundles[-1])
        office = world["office"]
        assert office.on_server == stores.on_server
        sync_service.import_files(office, bundles)
        rows = {(r.county, r.target): r.actual for r in compute_progress(office, 2019).rows}
        assert rows[("莲都区", "training.wealth_leaders")] == 1
        assert rows[("莲都区", "labor.placed_poor")] == 1
        assert rows[("全市", "labor.placed_poor")] == 1
        april = {(r.county, r.target): r.month_actual for r in compute_progress(office, 2019, month=4).rows}
        assert april[("莲都区", "training.wealth_leaders")] == 1  # counted on the first date
        with office.sessions() as s:
            assert s.query(Enrolment).count() == 2 and s.query(Placement).count() == 2  # both kept
    finally:
        world.close()
