"""The demo generator: realistic, valid, captured by sync, refused on a database with records."""

from __future__ import annotations

import pytest
from sqlalchemy import distinct, func, select

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import (
    Event,
    Fund,
    Pairing,
    Person,
    Place,
    Placement,
    Secondment,
    TrainingSession,
)
from lishui_desktop.domain.ids import person_id_for
from lishui_desktop.domain.validation import parse_resident_id
from lishui_desktop.services import demo_data
from lishui_desktop.services.demo import DemoDataExists, fill_demo
from lishui_desktop.services.setup import deployment_key


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from lishui_desktop.services.setup import init_database

    database = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    init_database(database, device_name="演示-01", role="office")
    counts = fill_demo(database, scale=0.1, seed=7)
    yield database, counts
    database.close()


def test_every_ledger_is_filled(demo_db) -> None:  # type: ignore[no-untyped-def]
    _db, counts = demo_db
    for table in ("persons", "training_sessions", "enrolments", "placements", "placement_followups",
                  "secondments", "funds", "fund_projects", "events", "pairings", "pairing_activities"):
        assert counts.get(table, 0) > 0, table


def test_people_have_valid_ids_derived_row_ids_and_real_names(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, _counts = demo_db
    key = deployment_key(db)
    with db.sessions() as s:
        people = s.scalars(select(Person)).all()
        sichuan = {p.id: p.code for p in s.scalars(select(Place).where(Place.side == "sichuan"))}
    with_id = [p for p in people if p.id_number]
    assert len(with_id) > 0.95 * len(people)
    for person in with_id:
        checked = parse_resident_id(person.id_number)
        assert checked.gender == person.gender and checked.birth_date == person.birth_date
        assert person.id == person_id_for(person.id_number, key)
        assert person.id_number[:6] in demo_data.region_codes(sichuan[person.county_id])
    assert len({p.id_number for p in with_id}) == len(with_id)
    names = "".join(p.name for p in people)
    assert any(ch in names for ch in demo_data.RARE)


def test_all_counties_years_and_levels(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, _counts = demo_db
    with db.sessions() as s:
        organisers = s.scalar(select(func.count(distinct(TrainingSession.organiser_id))))
        assert organisers == 7  # six counties and 市本级
        years = {d.year for d in s.scalars(select(Placement.start_date))}
        assert years == {2018, 2019, 2020}
        categories = set(s.scalars(select(TrainingSession.category)))
        assert {"wealth_leader", "village_cadre", "coop_cadre"} <= categories
        levels = set(s.scalars(select(Secondment.level)))
        assert levels == {"leader", "division", "section", "talent_long", "talent_short"}
        kinds = set(s.scalars(select(Event.kind)))
        assert {"hearing", "leader_visit", "joint_meeting", "enterprise_visit", "donation", "sale", "inspection"} <= kinds
        assert s.scalar(select(func.count()).select_from(Fund)) == 18  # six counties x three years
        pairing_levels = set(s.scalars(select(Pairing.level)))
        assert {"county", "town", "village", "school", "hospital"} <= pairing_levels
        city_school = s.scalars(
            select(Pairing).join(Place, Place.id == Pairing.sichuan_county_id)
            .where(Place.code == "511900", Pairing.level == "school")
        ).all()
        assert len(city_school) == 1
        poor = s.scalar(select(func.avg(Person.poor_household)).join(Placement, Placement.person_id == Person.id))
        assert 0.8 < float(poor) < 1.0
        wages = s.scalars(select(Placement.monthly_wage_fen)).all()
        assert all(isinstance(w, int) and 200_000 <= w <= 700_000 for w in wages)


def test_demo_writes_are_captured_and_second_run_refused(demo_db) -> None:  # type: ignore[no-untyped-def]
    db, counts = demo_db
    with db.engine.connect() as conn:
        from sqlalchemy import text

        logged = conn.execute(text("SELECT count(DISTINCT row_id) FROM sync_change_log WHERE tbl='persons'")).scalar()
    assert logged == counts["persons"]
    with pytest.raises(DemoDataExists):
        fill_demo(db)


def test_demo_draws_and_ids_are_the_standard_librarys() -> None:
    """The demo's faster draws and id formatting give the very numbers and ids random.Random
    and uuid give (the same seed makes the same demo)."""
    import hashlib
    import hmac
    import random
    import uuid

    from lishui_desktop.domain.ids import uuid_text
    from lishui_desktop.services.demo import Draws

    ours, theirs = Draws(11), random.Random(11)
    for i in range(20_000):
        assert ours.choice("abcdefg"[: 1 + i % 7]) == theirs.choice("abcdefg"[: 1 + i % 7])
        assert ours.randint(-3, i % 300) == theirs.randint(-3, i % 300)
        assert ours.randrange(2800, 6500, 50) == theirs.randrange(2800, 6500, 50)
        assert ours.randrange(i % 999 + 1) == theirs.randrange(i % 999 + 1)
        assert ours.random() == theirs.random()
        bits = ours.getrandbits(128)
        assert bits == theirs.getrandbits(128)
        assert uuid_text(bits, 4) == str(uuid.UUID(int=bits, version=4))
    with pytest.raises(IndexError):
        ours.choice("")
    with pytest.raises(ValueError):
        ours.randint(2, 1)
    key = b"k" * 32
    digest = hmac.new(key, b"513723199001011234", hashlib.sha256).digest()
    assert person_id_for("513723199001011234", key) == str(uuid.UUID(bytes=digest[:16], version=5))
