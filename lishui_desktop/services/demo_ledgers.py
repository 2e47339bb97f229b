"""The demo ledgers, one builder per area: rows appended to the world, inserted by demo.generate.

Each Lishui unit gets a little more or a little less than its targets in some years, so the
progress pages show both met and missed targets.
"""

from __future__ import annotations

import datetime as dt

from lishui_desktop.db.models import (
    Enrolment,
    Event,
    Fund,
    FundProject,
    Pairing,
    PairingActivity,
    Placement,
    PlacementFollowUp,
    Secondment,
    TrainingSession,
)
from lishui_desktop.services import demo_data as words
from lishui_desktop.services.demo import YEARS, World, new_person

WAN = 10_000 * 100  # 万元 in fen


def _short(name: str) -> str:
    return name[:-1] if len(name) > 2 and name[-1] in "县区市" else name


def pairings(world: World, scale: float) -> None:
    rng = world.rng
    for unit in world.units:
        if unit.is_city:
            partner = world.sichuan_city
            links = [("school", "丽水中学", "巴中中学"), ("hospital", "丽水市中心医院", "巴中市中心医院")]
        else:
            partner = unit.partners[0]
            towns_l = words.LISHUI_TOWNS.get(unit.place.code or "", ("城关镇",))
            towns_s = words.SICHUAN_TOWNS.get(partner.code or "", ("城关镇",))
            l_name, s_name = _short(unit.place.name), _short(partner.name)
            links = [("town", rng.choice(towns_l), rng.choice(towns_s))
                     for _ in range(rng.randint(1, 2))]
            links += [("village", rng.choice(words.VILLAGES), rng.choice(words.VILLAGES))
                      for _ in range(rng.randint(1, 3))]
            links += [("school", f"{l_name}中学", f"{s_name}中学"),
                      ("hospital", f"{l_name}人民医院", f"{s_name}人民医院")]
            links += [("enterprise", words.firm_names(rng, 1)[0], rng.choice(words.VILLAGES))
                      for _ in range(rng.randint(0, 2))]
        for level, ours, theirs in links:
            start = world.day(rng.choice(YEARS[:2]), 3, 10)
            pid = world.add(
                Pairing, level=level, lishui_unit_id=unit.place.id, sichuan_county_id=partner.id,
                lishui_party=ours, sichuan_party=theirs, start_date=start, end_date=None,
                status="active", agreement="结对帮扶协议", notes=None,
            )
            kinds = {"school": ("remote_teaching", "visit", "donation"),
                     "hospital": ("remote_medical", "visit"),
                     }.get(level, ("visit", "donation", "meeting"))
            for _ in range(world.n(2, 6, min(scale, 2.0))):
                when = world.day(rng.choice([y for y in YEARS if y >= start.year]))
                world.add(
                    PairingActivity, pairing_id=pid, date=when, kind=rng.choice(kinds),
                    place=rng.choice((theirs, ours)), people=f"{words.person_name(rng, 'M')}等{rng.randint(2, 12)}人",
                    notes=None,
                )


CATEGORIES = (  # category, sessions per year, trainees per session (min, max), title
    ("wealth_leader", (1, 2), (12, 30), "农村致富带头人培训班"),
    ("village_cadre", (1, 1), (7, 16), "贫困村干部培训班"),
    ("coop_cadre", (1, 1), (3, 9), "东西部扶贫协作干部培训班"),
    ("talent", (0, 1), (10, 30), "专业技术人才培训班"),
    ("other", (1, 2), (20, 45), "转移就业技能培训班"),
)


def training(world: World, scale: float) -> None:
    rng = world.rng
    for unit in world.units:
        for year in YEARS:
            for category, per_year, size, title in CATEGORIES:
                for number in range(1, rng.randint(*per_year) + 1):
                    partner = rng.choice(unit.partners)
                    start = world.day(year, 3, 11)
                    sid = world.add(
                        TrainingSession,
                        title=f"{year}年{unit.place.name}—{partner.name}{title}（第{number}期）",
                        category=category, organiser_id=unit.place.id, partner_county_id=partner.id,
                        start_date=start, end_date=start + dt.timedelta(days=rng.randint(2, 9)),
                        place=rng.choice((f"浙江省丽水市{unit.place.name}", partner.full_name)),
                        hours=rng.choice((24, 32, 40, 56, 80)), notes=None,
                    )
                    for _ in range(world.n(size[0], size[1], scale)):
                        pool = world.trainees.setdefault(partner.id, [])
                        pid = new_person(world, partner, poor=rng.random() < 0.6)
                        pool.append(pid)
                        world.add(
                            Enrolment, session_id=sid, person_id=pid, category=category,
                            role=rng.choice(("村党支部书记", "合作社负责人", "村委会主任", "种养大户", None)),
                            attended=rng.random() < 0.97, completed=rng.random() < 0.93,
                        )


def placements(world: World, scale: float) -> None:
    rng = world.rng
    employers = [
        (name, words.credit_code(rng, rng.choice(list(words.LISHUI_TOWNS))), rng.choice(words.INDUSTRIES))
        for name in words.firm_names(rng, 60)
    ]
    for unit in world.units:
        for year in YEARS:
            count = world.n(80, 220, scale) if unit.is_city else world.n(130, 340, scale)
            for _ in range(count):
                partner = rng.choice(unit.partners)
                pool = world.trainees.get(partner.id, [])
                poor = rng.random() < 0.93
                if pool and rng.random() < 0.08:
                    person = rng.choice(pool)  # a former trainee now placed (one person, two ledgers)
                else:
                    person = new_person(world, partner, poor)
                name, code, industry = rng.choice(employers)
                start = world.day(year)
                ended = rng.random() < 0.15
                pid = world.add(
                    Placement, person_id=person, responsible_id=unit.place.id, employer=name,
                    credit_code=code if rng.random() < 0.85 else None,
                    work_place=f"浙江省丽水市{rng.choice(world.units).place.name}",
                    industry=industry, job=rng.choice(words.JOBS), start_date=start,
                    end_date=start + dt.timedelta(days=rng.randint(60, 400)) if ended else None,
                    monthly_wage_fen=rng.randrange(2800, 6500, 50) * 100, contract=rng.random() < 0.8,
                    channel=rng.choice(("job_fair", "referral", "vocational", "organised", "organised")),
                    notes=None,
                )
                for months, chance in ((3, 0.45), (6, 0.6)):
                    if rng.random() >= chance:
                        break  # a 6-month follow-up only after a 3-month one
                    world.add(
                        PlacementFollowUp, placement_id=pid,
                        date=start + dt.timedelta(days=30 * months + rng.randint(0, 20)),
                        months=months, employed=rng.random() < 0.88, wage_paid=rng.random() < 0.95,
                        notes=None,
                    )


def _cadre(world: World, unit_id: str, county_id: str, level: str, post: str, start: dt.date, days: int) -> None:
    gender = "M" if world.rng.random() < 0.75 else "F"
    world.add(
        Secondment, name=words.person_name(world.rng, gender), gender=gender, phone=words.mobile(world.rng),
        level=level, home_unit=world.rng.choice(("农业农村局", "人力社保局", "教育局", "卫生健康局", "商务局")),
        post=post, lishui_unit_id=unit_id, county_id=county_id, start_date=start,
        end_date=start + dt.timedelta(days=days), notes=None,
    )


def cadres(world: World, scale: float) -> None:
    rng = world.rng
    city = next((u for u in world.units if u.is_city), world.units[0])
    _cadre(world, city.place.id, world.sichuan_city.id, "leader", "丽水市挂川工作组组长", dt.date(2018, 3, 1), 1035)
    for unit in (u for u in world.units if not u.is_city):
        county = unit.partners[0]
        _cadre(world, unit.place.id, county.id, "division", f"{county.name}人民政府副县长（挂职）", dt.date(2018, 3, 12), 1020)
        _cadre(world, unit.place.id, county.id, "section", f"{county.name}扶贫开发局副局长（挂职）", dt.date(2018, 3, 12), 540)
        _cadre(world, unit.place.id, county.id, "section", f"{county.name}扶贫开发局副局长（挂职）", dt.date(2019, 9, 2), 480)
        for _ in range(rng.choice((1, 2, 2, 3))):
            _cadre(world, unit.place.id, county.id, "talent_long", f"{county.name}人民医院医师",
                   world.day(2018, 3, 9), rng.randint(550, 800))
        for year in YEARS:
            for _ in range(world.n(8, 13, min(scale, 3.0))):
                _cadre(world, unit.place.id, county.id, "talent_short",
                       rng.choice((f"{county.name}中学教师", f"{county.name}农技站农技员", f"{county.name}人民医院医师")),
                       world.day(year, 2, 9), rng.randint(92, 360))


def funds(world: World, scale: float) -> None:
    rng = world.rng
    for unit in (u for u in world.units if not u.is_city):
        county = unit.partners[0]
        for year in YEARS:
            allocated = 3000 * WAN if rng.random() < 0.85 else rng.choice((2600, 2800)) * WAN
            due = dt.date(2018, 5, 31) if year == 2018 else dt.date(year, 3, 31)
            on_time = rng.random() < 0.8
            allocated_date = due - dt.timedelta(days=rng.randint(5, 60)) if on_time else due + dt.timedelta(days=rng.randint(10, 50))
            disbursed = allocated if rng.random() < 0.85 else allocated - rng.randint(1, 8) * 100 * WAN
            fid = world.add(
                Fund, county_id=county.id, lishui_unit_id=unit.place.id, year=year, allocated_fen=allocated,
                allocated_date=allocated_date, disbursed_fen=disbursed,
                disbursed_date=min(allocated_date + dt.timedelta(days=rng.randint(3, 40)), due) if on_time
                else allocated_date + dt.timedelta(days=rng.randint(3, 40)), notes=None,
            )
            towns = words.SICHUAN_TOWNS.get(county.code or "", ("城关镇",))
            count = max(3, world.n(4, 8, min(scale, 4.0)))
            share = allocated // count
            for _ in range(count):
                world.add(
                    FundProject, fund_id=fid,
                    name=rng.choice(words.PROJECTS).format(t=rng.choice(towns), v=rng.choice(words.VILLAGES)),
                    amount_fen=share - share % WAN, town=rng.choice(towns), village=rng.choice(words.VILLAGES),
                    beneficiaries=rng.randint(20, 320), publicly_posted=rng.random() < 0.85, notes=None,
                )


def events(world: World, scale: float) -> None:
    rng = world.rng
    firms = words.firm_names(rng, 120)
    codes = {firm: words.credit_code(rng, rng.choice(list(words.LISHUI_TOWNS))) for firm in firms}
    city = next((u for u in world.units if u.is_city), None)
    for unit in world.units:
        regulars = rng.sample(firms, 3)  # enterprises that come back year after year
        for year in YEARS:
            county = rng.choice(unit.partners)
            plan = [
                ("hearing", rng.choice((1, 2, 2, 3)), f"{unit.place.name}委常委会听取东西部扶贫协作工作汇报"),
                ("leader_visit", rng.choice((0, 1, 1, 2)), f"{unit.place.name}党政代表团赴{county.name}调研对接"),
                ("joint_meeting", rng.choice((0, 1, 1, 1, 2)), f"{_short(unit.place.name)}—{_short(county.name)}东西部扶贫协作联席会议"),
                ("donation", rng.randint(1, 3), "捐资助学"),
                ("sale", max(1, world.n(2, 5, min(scale, 4.0))), "消费扶贫：{p}进丽水"),
                ("media", rng.randint(0, 2), "东西部扶贫协作工作媒体报道"),
            ]
            for kind, times, title in plan:
                for _ in range(times):
                    product = rng.choice(words.PRODUCTS)
                    amount = None
                    if kind == "donation":
                        amount = rng.randint(5, 200) * WAN
                    elif kind == "sale":
                        amount = rng.randint(10, 500) * WAN
                    world.add(
                        Event, kind=kind, date=world.day(year), lishui_unit_id=unit.place.id, county_id=county.id,
                        title=title.format(p=f"{_short(county.name)}{product}"), enterprise=None, credit_code=None,
                        amount_fen=amount, people=None, notes=None,
                    )
            low, high = (8, 14) if unit.is_city else (4, 8)
            visitors = regulars[: rng.randint(1, 3)] + rng.sample(firms, world.n(low, high, min(scale, 3.0)))
            if rng.random() < 0.5:
                visitors.append(visitors[0])  # the same enterprise visiting twice in a year
            for firm in visitors:
                world.add(
                    Event, kind="enterprise_visit", date=world.day(year), lishui_unit_id=unit.place.id,
                    county_id=rng.choice(unit.partners).id, title=f"{firm}赴{county.name}考察对接",
                    enterprise=firm, credit_code=codes[firm],
                    amount_fen=None, people=None, notes=None,
                )
            if city is not None and not unit.is_city:
                world.add(
                    Event, kind="inspection", date=dt.date(year, 12, rng.randint(5, 25)),
                    lishui_unit_id=city.place.id, county_id=unit.partners[0].id,
                    title=f"{year}年度东西部扶贫协作工作督查（{unit.place.name}）", enterprise=None,
                    credit_code=None, amount_fen=None, people=None, notes=None,
                )
