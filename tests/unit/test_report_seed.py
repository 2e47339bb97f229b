"""Fixture data for the report tests: one month of records for 青田县 ↔ 平昌县.

`seed_reports(db)` fills a database; the `progress` fixture is the computation the sheet must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import (
    Enrolment,
    Event,
    Fund,
    PairingActivity,
    Person,
    Placement,
    Secondment,
    TrainingSession,
)
from lishui_desktop.domain.ids import reference_id
from lishui_desktop.services.reference import place_id

RARE_NAME = "王䶮𠇔"  # 䶮 (Ext-A) and 𠇔 (Ext-B): not in WenQuanYi, both in HanaMinA
LONG_NAME = "阿卜杜热合曼·艾买提江·买买提依明"
FULL_ID = "511923199003151234"
FULL_PHONE = "13812345678"
SESSION_ID = "5e55a0a0-0000-4000-8000-000000000001"


def seed_reports(db: Database, placements: int = 3) -> None:
    qingtian, pingchang = place_id("qingtian"), place_id("pingchang")
    with db.transaction() as s:
        people = [
            Person(name=RARE_NAME, gender="M", id_number=FULL_ID, phone=FULL_PHONE, county_id=pingchang,
                   town="驷马镇", village="双河村", poor_household=True),
            Person(name=LONG_NAME, gender="M", id_number="511923198801020011", phone="13900001111",
                   county_id=pingchang, town="白衣镇", village="一个名字很长很长很长的村民委员会", poor_household=False),
            Person(name="李秀英", gender="F", id_number="51192319950707002X", phone="13700002222",
                   county_id=pingchang, town="江口镇", village="河坝村", poor_household=True),
        ]
        s.add_all(people)
        s.flush()
        s.add(TrainingSession(id=SESSION_ID, title="2019年平昌县农村致富带头人培训班", category="wealth_leader",
                              organiser_id=qingtian, partner_county_id=pingchang, start_date=dt.date(2019, 3, 5),
                              end_date=dt.date(2019, 3, 9), place="平昌县党校", hours=40))
        s.flush()
        for p in people:
            s.add(Enrolment(session_id=SESSION_ID, person_id=p.id, category="wealth_leader", role="学员",
                            attended=p.name != "李秀英"))
        for i in range(placements):
            person = people[i % len(people)]
            if i >= len(people):
                person = Person(name=f"务工人员{i:04d}", gender="F" if i % 2 else "M",
                                id_number=f"511923199{i % 10}0101{i % 10000:04d}", phone=f"1380000{i % 10000:04d}",
                                county_id=pingchang, town="驷马镇", village=f"第{i % 30}村", poor_household=i % 3 == 0)
                s.add(person)
                s.flush()
            s.add(Placement(person_id=person.id, responsible_id=qingtian, employer="浙江青田某某鞋业有限公司",
                            work_place="浙江省丽水市青田县", industry="制造业", job="普工",
                            start_date=dt.date(2019, 3, 1 + i % 28), monthly_wage_fen=450000, contract=True))
        s.add(Secondment(name="张建国", gender="M", level="division", home_unit="青田县发改局", post="平昌县副县长",
                         lishui_unit_id=qingtian, county_id=pingchang, start_date=dt.date(2018, 6, 1)))
        s.add(Secondment(name="周末", gender="M", level="section", home_unit="青田县农业农村局", post="挂职科长",
                         lishui_unit_id=qingtian, county_id=pingchang, start_date=dt.date(2017, 1, 1),
                         end_date=dt.date(2018, 12, 31)))  # left before March 2019: not on post
        s.add(PairingActivity(pairing_id=reference_id("pairing", "county-3"), date=dt.date(2019, 3, 12),
                              kind="visit", place="平昌县", people="青田县考察团", notes="互访考察产业合作"))
        s.add(Event(kind="joint_meeting", date=dt.date(2019, 3, 20), lishui_unit_id=qingtian, county_id=pingchang,
                    title="青田—平昌东西部扶贫协作联席会议"))
        s.add(Event(kind="leader_visit", date=dt.date(2019, 4, 2), lishui_unit_id=qingtian, county_id=pingchang,
                    title="四月的互访（不在三月报表）"))
        s.add(Fund(county_id=pingchang, lishui_unit_id=qingtian, year=2019, allocated_fen=3_000_000_000,
                   disbursed_fen=3_000_000_000, disbursed_date=dt.date(2019, 3, 28)))


@pytest.fixture
def progress():  # type: ignore[no-untyped-def]
    """The progress computation the monthly sheet must match."""
    from lishui_desktop.services.progress import compute_progress

    return compute_progress


def test_seed_fills_one_month(db: Database) -> None:
    seed_reports(db)
    with db.sessions() as s:
        assert s.query(Placement).count() == 3
        assert s.query(Enrolment).count() == 3
