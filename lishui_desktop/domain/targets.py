"""Counting rules of the targets (考核指标), in plain Python over plain records.

Each rule takes the year's records as small dataclasses (built by services/progress.py from the
database; deleted rows are already left out there) and returns, per counting unit, the items
that count: `{unit: {item_key: Item(date, weight)}}`. An item's date is when it started to
count, so the same result answers "year to date at the end of month M" (items dated on or before
the month's end) and "added in month M" (items dated inside the month). Units are Lishui place
ids (a county or 市本级), or TOTAL for the program as a whole.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

from lishui_desktop.domain.text import clean

TOTAL = "*"

# Training categories (TrainingSession/Enrolment.category codes) behind each training target.
TRAINING_TARGETS = {
    "training.wealth_leaders": "wealth_leader",
    "training.village_cadres": "village_cadre",
    "training.coop_cadres": "coop_cadre",
}
GOVERNANCE_TARGETS = {
    "governance.hearings": "hearing",
    "governance.leader_visits": "leader_visit",
    "governance.joint_meetings": "joint_meeting",
}
PAIRING_TARGETS = {
    "pairing.town": "town",
    "pairing.village": "village",
    "pairing.school": "school",
    "pairing.hospital": "hospital",
}
CADRE_TARGETS = {"cadres.leader": "leader", "cadres.division": "division", "cadres.section": "section"}

LONG_TERM_MONTHS = 18
SHORT_TERM_MONTHS = (3, 12)
FUND_THRESHOLD_NOTE = "fen are summed, then shown as whole yuan (floor)"


class Item(NamedTuple):
    """One thing that counts: the day it started to count, how much (1, or fen for funds) and
    the record that made it count (what the drill-down and the monthly sheet list)."""

    date: dt.date
    weight: int = 1
    record: str = ""


Counted = dict[str, dict[object, Item]]


class Trainee(NamedTuple):
    person_id: str
    unit: str | None  # Lishui unit that organised the session
    category: str | None  # the enrolment's category, else the session's
    date: dt.date  # the session's start date
    record: str = ""  # the enrolment


class Worker(NamedTuple):
    person_id: str
    unit: str | None  # responsible Lishui unit, else the county paired with the home county
    poor: bool
    date: dt.date  # the job's start date
    record: str = ""  # the placement


class Cadre(NamedTuple):
    key: str  # who: the normalised name (the same cadre entered on two laptops is one)
    level: str
    unit: str | None
    start: dt.date | None
    end: dt.date | None
    record: str = ""  # the secondment


class Payment(NamedTuple):
    key: str  # the fund row id
    unit: str | None  # Lishui county paired with the fund's Sichuan county
    fund_year: int
    fen: int
    date: dt.date | None


class Visit(NamedTuple):
    unit: str | None
    enterprise: str | None
    credit_code: str | None
    date: dt.date
    record: str = ""  # the event


class Happening(NamedTuple):
    unit: str | None
    kind: str
    title: str
    date: dt.date
    record: str = ""  # the event


class Link(NamedTuple):
    key: str  # the pairing row id
    unit: str | None
    level: str
    start: dt.date | None
    end: dt.date | None
    ended: bool  # status "ended"


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day when it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _keep_first(out: Counted, unit: str | None, key: object, item: Item) -> None:
    """Record `key` for `unit` (when known) and for the total, keeping the earliest date seen."""
    for scope in (unit, TOTAL) if unit else (TOTAL,):  # ties: the smallest record id, everywhere alike
        bucket = out.setdefault(scope, {})
        old = bucket.get(key)
        if old is None or (item.date, item.record) < (old.date, old.record):
            bucket[key] = item


def count_trainees(trainees: Iterable[Trainee], year: int, category: str) -> Counted:
    """每年培训对口帮扶地区农村致富带头人20名 / 贫困村干部10名 / 东西部扶贫协作干部5名.

    A trainee counts for the Lishui unit that organised the session, in the category of the
    enrolment (else the session's), once per category per year: the same person enrolled in two
    sessions of the category in one year (or entered twice on two laptops) counts once, on the
    first session's date. The year is the session's start date.
    """
    out: Counted = {}
    for t in trainees:
        if t.category == category and t.date.year == year:
            _keep_first(out, t.unit, t.person_id, Item(t.date, 1, t.record))
    return out


def count_placed_poor(workers: Iterable[Worker], year: int) -> Counted:
    """力争安排中西部地区建档立卡贫困人员就业2000人以上 (每个结对县至少300人, 市本级至少200人).

    A placement counts for the Lishui unit responsible for it (by default the county paired with
    the worker's home county; 市本级 when a city-level unit arranged it), only when the worker is
    from a registered poor household (建档立卡), once per person per year, in the year the job
    started. The total counts each person once even when two units placed them.
    """
    out: Counted = {}
    for w in workers:
        if w.poor and w.date.year == year:
            _keep_first(out, w.unit, w.person_id, Item(w.date, 1, w.record))
    return out


def on_post(start: dt.date | None, end: dt.date | None, year: int) -> bool:
    """On post at some time in `year`: started by its end and not ended before it began."""
    first, last = year_bounds(year)
    return start is not None and start <= last and (end is None or end >= first)


def count_cadres(cadres: Iterable[Cadre], year: int, level: str) -> Counted:
    """向四川省选派工作组组长1名; 向每个受援县（区）选派处级干部1名、科级干部1名.

    A cadre of the level counts for the unit they serve (the Lishui county paired with the Sichuan
    county of the post) in every year they are on post, once per person, dated by the start of the
    secondment (one that began in an earlier year counts from January without being "added").
    """
    out: Counted = {}
    for c in cadres:
        if c.level == level and on_post(c.start, c.end, year):
            assert c.start is not None
            _keep_first(out, c.unit, c.key, Item(c.start, 1, c.record))
    return out


def months_served(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from start to end (1 Mar → 1 Aug next year is 17)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    return months if add_months(start, months) <= end else months - 1


def count_long_term_talents(cadres: Iterable[Cadre], year: int) -> Counted:
    """长期选派专业技术人才赴当地挂职不少于2人（时间原则上为一年半以上）.

    A long-term professional talent counts in every year on post when the secondment lasts at
    least 18 calendar months. A secondment without an end date is measured to the end of the
    year being counted (so it starts to count in the year its 18th month is reached).
    """
    out: Counted = {}
    last = year_bounds(year)[1]
    for c in cadres:
        if c.level != "talent_long" or not on_post(c.start, c.end, year):
            continue
        assert c.start is not None
        if months_served(c.start, c.end or last) >= LONG_TERM_MONTHS:
            _keep_first(out, c.unit, c.key, Item(c.start, 1, c.record))
    return out


def count_short_term_talents(cadres: Iterable[Cadre], year: int) -> Counted:
    """短期专业技术人才每年选派不少于10人次（时间原则上为三个月以上一年以下）.

    A short-term professional talent counts once (a person-time) in the year the secondment
    started, when it lasts from 3 to 12 calendar months. A secondment without an end date is
    measured to the end of the year it started in.
    """
    out: Counted = {}
    low, high = SHORT_TERM_MONTHS
    for c in cadres:
        if c.level != "talent_short" or c.start is None or c.start.year != year:
            continue
        end = c.end or year_bounds(year)[1]
        if end >= c.start and low <= months_served(c.start, end) and end <= add_months(c.start, high):
            _keep_first(out, c.unit, (c.key, c.start), Item(c.start, 1, c.record))
    return out


def fund_deadline(year: int) -> dt.date:
    """2018年5月底前、2019年和2020年当年一季度拨付到位: 31 May 2018, else 31 March."""
    return dt.date(2018, 5, 31) if year == 2018 else dt.date(year, 3, 31)


def count_funds_on_time(payments: Iterable[Payment], year: int) -> Counted:
    """按平均每年每个受援县（区）3000万元的额度安排财政帮扶资金；2018年5月底前、2019年和2020年当年一季度拨付到位.

    The fen disbursed for a Sichuan county's allocation of the year count for its paired Lishui
    county when they were disbursed by the deadline; a payment one day late does not count.
    """
    out: Counted = {}
    deadline = fund_deadline(year)
    for p in payments:
        if p.fund_year == year and p.date is not None and p.date <= deadline and p.fen > 0:
            _keep_first(out, p.unit, p.key, Item(p.date, p.fen, p.key))
    return out


def enterprise_key(name: str | None, credit_code: str | None) -> str:
    code = "".join(clean(credit_code).upper().split())
    if code:
        return "code:" + code
    return "name:" + "".join(clean(name).casefold().split())


def count_enterprises(visits: Iterable[Visit], year: int) -> Counted:
    """每年分批次组织40家以上企业赴对口帮扶地区考察对接（市本级至少10家、每个结对县至少5家）.

    Distinct enterprises per unit and year: the same enterprise visiting twice counts once,
    recognised by its unified social credit code, else by its name without spaces and case (a
    name seen with a code in the year is that code's enterprise).
    """
    visits = [v for v in visits if v.date.year == year and (v.enterprise or v.credit_code)]
    code_of_name = {
        enterprise_key(v.enterprise, None): enterprise_key(None, v.credit_code)
        for v in visits
        if v.credit_code and clean(v.credit_code) and v.enterprise
    }
    out: Counted = {}
    for v in visits:
        key = enterprise_key(v.enterprise, v.credit_code)
        key = code_of_name.get(key, key)
        _keep_first(out, v.unit, key, Item(v.date, 1, v.record))
    return out


def count_governance(events: Iterable[Happening], year: int, kind: str) -> Counted:
    """党委常委会每年听取汇报不少于2次; 党政主要负责同志每年调研对接不少于1次; 每年召开联席会议不少于1次.

    Events of the kind count per Lishui unit and year; the same event entered twice (same unit,
    day and title) counts once.
    """
    out: Counted = {}
    for e in events:
        if e.kind == kind and e.date.year == year:
            key = (e.unit, e.date, "".join(clean(e.title).casefold().split()))
            _keep_first(out, e.unit, key, Item(e.date, 1, e.record))
    return out


def count_pairings(links: Iterable[Link], year: int, level: str) -> Counted:
    """探索镇（乡）、村村结对（至少结对1个）; 安排不少于1所学校、1所医院建立结对帮扶关系.

    Live pairings of the level for the Lishui unit: started in or before the year and not ended
    before it began (an "ended" pairing without an end date no longer counts). Dated by their
    start, so a pairing from an earlier year counts from January without being "added" then.
    """
    out: Counted = {}
    for p in links:
        if p.level != level or (p.ended and p.end is None):
            continue
        if on_post(p.start, p.end, year):
            assert p.start is not None
            _keep_first(out, p.unit, p.key, Item(p.start, 1, p.key))
    return out


def counted_records(items: dict[object, Item], until: dt.date, month: tuple[dt.date, dt.date] | None = None) -> list[str]:
    """The records behind `tally`'s figure (dated on or before `until`, or inside `month`),
    sorted: what a figure's drill-down and the monthly sheet list, one per thing counted."""
    first = month[0] if month is not None else dt.date.min
    last = month[1] if month is not None else until
    return sorted(i.record for i in items.values() if first <= i.date <= last)


def tally(items: dict[object, Item], until: dt.date, month: tuple[dt.date, dt.date] | None = None) -> tuple[int, int]:
    """(weight dated on or before `until`, weight dated inside `month`)."""
    total = sum(i.weight for i in items.values() if i.date <= until)
    added = 0
    if month is not None:
        added = sum(i.weight for i in items.values() if month[0] <= i.date <= month[1])
    return total, added
