"""A fixture database with known records for the progress tests (not a test module).

Every figure the tests expect is worked out by hand in the comments next to the records.
"""

from __future__ import annotations

import datetime as dt

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import (
    Enrolment,
    Event,
    Fund,
    Pairing,
    Person,
    Placement,
    Secondment,
    TrainingSession,
)
from lishui_desktop.services.reference import place_id

D = dt.date
LIANDU, QINGTIAN, CITY = place_id("liandu"), place_id("qingtian"), place_id("lishui")
JIANGE, PINGCHANG, NANJIANG, BAZHONG = place_id("jiange"), place_id("pingchang"), place_id("nanjiang"), place_id("bazhong")


def build(db: Database) -> dict[str, str]:
    """Fill `db` with the records; returns ids the tests refer to."""
    ids: dict[str, str] = {}
    with db.transaction() as s:
        def person(key: str, county: str, poor: bool = True, deleted: bool = False) -> str:
            p = Person(name=key, county_id=county, poor_household=poor, deleted=deleted)
            s.add(p)
            s.flush()
            ids[key] = p.id
            return p.id

        def session(key: str, category: str, organiser: str | None, day: dt.date, partner: str | None = None) -> str:
            t = TrainingSession(title=key, category=category, organiser_id=organiser, partner_county_id=partner,
                                start_date=day, end_date=day)
            s.add(t)
            s.flush()
            ids[key] = t.id
            return t.id

        def enrol(sid: str, pid: str, category: str | None = None, deleted: bool = False) -> None:
            s.add(Enrolment(session_id=sid, person_id=pid, category=category, deleted=deleted))

        # Training, 莲都区 wealth leaders 2019: A (twice: laptops 1 and 2), B, F = 3.
        s1 = session("S1", "wealth_leader", LIANDU, D(2019, 3, 10))
        s2 = session("S2", "wealth_leader", LIANDU, D(2019, 6, 1))  # entered on the second laptop
        s3 = session("S3", "wealth_leader", LIANDU, D(2018, 12, 31))  # counts in 2018
        s4 = session("S4", "wealth_leader", LIANDU, D(2019, 1, 1))
        a, b, c = person("A", JIANGE), person("B", JIANGE), person("C", JIANGE)
        enrol(s1, a), enrol(s2, a), enrol(s1, b)
        enrol(s1, c, deleted=True)  # a deleted enrolment never counts
        enrol(s2, person("D", JIANGE), category="village_cadre")  # the enrolment's own category
        enrol(s3, person("E", JIANGE))
        enrol(s4, person("F", JIANGE))
        enrol(s1, person("Gone", JIANGE, deleted=True))  # a deleted person never counts
        # 青田县: a session with no organiser counts for the county paired with its partner county.
        s5 = session("S5", "wealth_leader", None, D(2019, 5, 5), partner=PINGCHANG)
        enrol(s5, person("H", PINGCHANG))

        # Labor: 青田县 1 (P1 twice), 莲都区 1 (P5 on 31 Dec), 市本级 1 (P3), total 3.
        def place(pid: str, day: dt.date, responsible: str | None = None, deleted: bool = False) -> None:
            s.add(Placement(person_id=pid, employer="丽水某厂", start_date=day, responsible_id=responsible,
                            deleted=deleted))

        p1 = person("P1", PINGCHANG)
        place(p1, D(2019, 2, 1)), place(p1, D(2019, 8, 1))
        place(person("P2", PINGCHANG, poor=False), D(2019, 3, 1))  # not a registered poor household
        place(person("P3", PINGCHANG), D(2019, 4, 1), responsible=CITY)
        place(person("P4", JIANGE), D(2019, 4, 1), deleted=True)
        place(person("P5", JIANGE), D(2019, 12, 31))
        place(person("P6", JIANGE), D(2020, 1, 1))  # 2020, not 2019
        place(person("P7", JIANGE, deleted=True), D(2019, 5, 1))

        # Cadres and talents (2019).
        def second(name: str, level: str, county: str | None, start: dt.date, end: dt.date | None,
                   deleted: bool = False) -> None:
            s.add(Secondment(name=name, level=level, county_id=county, start_date=start, end_date=end,
                             deleted=deleted))

        second("组长甲", "leader", None, D(2018, 3, 1), D(2021, 3, 1))  # total 1
        second("处级乙", "division", PINGCHANG, D(2019, 1, 1), None)  # 青田县 1
        second("科级丙", "section", JIANGE, D(2018, 6, 1), D(2020, 6, 1))
        second("科级 丙", "section", JIANGE, D(2018, 6, 1), D(2020, 6, 1))  # same cadre, second laptop
        second("科级丁", "section", PINGCHANG, D(2019, 1, 1), None, deleted=True)
        second("长期一", "talent_long", JIANGE, D(2018, 3, 1), D(2019, 8, 1))  # 17 months: no
        second("长期二", "talent_long", JIANGE, D(2018, 3, 1), D(2019, 9, 1))  # 18 months: yes
        second("长期三", "talent_long", JIANGE, D(2018, 9, 1), None)  # 15 months by end 2019: no (2020 yes)
        second("短期一", "talent_short", JIANGE, D(2019, 4, 1), D(2019, 7, 1))  # 3 months: yes
        second("短期二", "talent_short", JIANGE, D(2019, 4, 1), D(2019, 6, 30))  # under 3: no
        second("短期三", "talent_short", JIANGE, D(2019, 2, 1), D(2020, 2, 1))  # 12 months: yes
        second("短期四", "talent_short", JIANGE, D(2019, 2, 1), D(2020, 2, 2))  # over 12: no
        second("短期五", "talent_short", JIANGE, D(2018, 11, 1), D(2019, 3, 1))  # started 2018: no

        # Funds (yuan × 100 = fen).
        def fund(county: str, year: int, yuan: int, day: dt.date, deleted: bool = False) -> None:
            s.add(Fund(county_id=county, year=year, disbursed_fen=yuan * 100, disbursed_date=day, deleted=deleted))

        fund(PINGCHANG, 2019, 30_000_000, D(2019, 3, 31))  # 青田县: on the deadline, met
        fund(JIANGE, 2019, 20_000_000, D(2019, 3, 15))
        fund(JIANGE, 2019, 10_000_000, D(2019, 4, 1))  # one day late: 莲都区 has 20,000,000
        fund(JIANGE, 2018, 30_000_000, D(2018, 5, 31))  # 2018 deadline is 31 May: met in 2018
        fund(NANJIANG, 2019, 30_000_000, D(2019, 1, 10), deleted=True)

        # Events.
        def event(kind: str, unit: str, day: dt.date, title: str = "", enterprise: str | None = None,
                  code: str | None = None, deleted: bool = False) -> None:
            s.add(Event(kind=kind, lishui_unit_id=unit, date=day, title=title or kind, enterprise=enterprise,
                        credit_code=code, deleted=deleted))

        event("enterprise_visit", LIANDU, D(2019, 3, 2), enterprise="浙江丽水甲有限公司", code="91331100MA28XXXX1A")
        event("enterprise_visit", LIANDU, D(2019, 5, 2), enterprise="浙江丽水 甲有限公司")  # same enterprise
        event("enterprise_visit", LIANDU, D(2019, 6, 2), enterprise="乙公司")
        event("enterprise_visit", LIANDU, D(2019, 6, 3), enterprise="丙公司", deleted=True)
        event("enterprise_visit", CITY, D(2019, 7, 1), enterprise="丁公司")
        event("hearing", LIANDU, D(2019, 3, 1), "常委会听取汇报")
        event("hearing", LIANDU, D(2019, 3, 1), "常委会听取汇报")  # entered twice
        event("hearing", LIANDU, D(2019, 9, 1), "第二次听取汇报")
        event("hearing", LIANDU, D(2018, 12, 31), "上年听取汇报")
        event("leader_visit", QINGTIAN, D(2019, 1, 1), "调研对接")

        # Pairings.
        def pair(level: str, unit: str, partner: str, start: dt.date, end: dt.date | None = None,
                 status: str = "active", deleted: bool = False) -> None:
            s.add(Pairing(level=level, lishui_unit_id=unit, sichuan_county_id=partner, lishui_party=level,
                          sichuan_party=level, start_date=start, end_date=end, status=status, deleted=deleted))

        pair("town", LIANDU, JIANGE, D(2018, 5, 1))  # live through 2019
        pair("village", LIANDU, JIANGE, D(2018, 5, 1), D(2018, 12, 31), status="ended")  # ended before 2019
        pair("school", CITY, BAZHONG, D(2019, 9, 1))  # 市本级 ↔ 巴中市本级 from September 2019
        pair("hospital", LIANDU, JIANGE, D(2019, 2, 1), deleted=True)
    return ids
