"""What progress counts, read from the database: places and pairings of a year, the year's records.

Deleted rows (and records of deleted persons or sessions) are never read. Each record is
attributed to a Lishui unit (a county or 市本级): a Lishui place counts for the county or city
level above it, a Sichuan place for the Lishui county paired with its county in that year.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.db.models import (
    Enrolment,
    Event,
    Fund,
    Pairing,
    Person,
    Place,
    Placement,
    Secondment,
    TrainingSession,
)
from lishui_desktop.domain import targets as rules
from lishui_desktop.domain.text import clean

TOTAL_NAME = "全市"
ALL_WORDS = {TOTAL_NAME, "全部", "all", "total"}


@dataclass
class PlaceMap:
    """The places and the county pairings live in one year."""

    places: dict[str, Place]
    counties: list[Place]  # the Lishui counties, by code
    city: Place | None  # 市本级
    lishui_of: dict[str, str] = field(default_factory=dict)  # Sichuan county id -> Lishui county id
    sichuan_of: dict[str, str] = field(default_factory=dict)  # Lishui unit id -> Sichuan partner id

    @classmethod
    def load(cls, session: Session, year: int) -> PlaceMap:
        places = {p.id: p for p in session.scalars(select(Place).where(Place.deleted.is_(False)))}
        lishui = [p for p in places.values() if p.side == "lishui"]
        counties = sorted((p for p in lishui if p.level == "county"), key=lambda p: p.code or p.name)
        city = next((p for p in lishui if p.level == "city"), None)
        out = cls(places=places, counties=counties, city=city)
        pairings = session.scalars(
            select(Pairing).where(Pairing.deleted.is_(False)).order_by(Pairing.start_date)
        ).all()
        for p in pairings:
            if not _live(p, year) or not p.lishui_unit_id or not p.sichuan_county_id:
                continue
            lishui_unit = out.up(p.lishui_unit_id, "lishui")
            sichuan = out.up(p.sichuan_county_id, "sichuan")
            if lishui_unit is None or sichuan is None:
                continue
            if p.level == "county":  # later pairings override earlier ones (ordered by start)
                out.lishui_of[sichuan] = lishui_unit
                out.sichuan_of[lishui_unit] = sichuan
            elif city is not None and lishui_unit == city.id and places[sichuan].level == "city":
                out.sichuan_of.setdefault(city.id, sichuan)
        return out

    def up(self, place_id: str | None, side: str) -> str | None:
        """The county or city-level place of `side` at or above `place_id`."""
        seen = 0
        while place_id and place_id in self.places and seen < 10:
            place = self.places[place_id]
            if place.side != side:
                return None
            if place.level in ("county", "city"):
                return place.id
            place_id, seen = place.parent_id, seen + 1
        return None

    def unit(self, *candidates: str | None) -> str | None:
        """The Lishui unit of the first candidate place that has one."""
        for place_id in candidates:
            place = self.places.get(place_id or "")
            if place is None:
                continue
            if place.side == "lishui":
                found = self.up(place.id, "lishui")
            else:
                found = self.lishui_of.get(self.up(place.id, "sichuan") or "")
            if found:
                return found
        return None

    def partner_name(self, lishui_id: str) -> str | None:
        partner = self.places.get(self.sichuan_of.get(lishui_id, ""))
        return partner.name if partner is not None else None

    def scopes(self, scope: str) -> list[tuple[str, str, str | None]]:
        """(unit id, name, partner name) of each scope of a target row."""
        if scope == "county":
            return [(c.id, c.name, self.partner_name(c.id)) for c in self.counties]
        if scope == "city":
            return [(self.city.id, self.city.name, self.partner_name(self.city.id))] if self.city else []
        if scope == "total":
            return [(rules.TOTAL, TOTAL_NAME, None)]
        return []

    def scope_name(self, text: str) -> str | None:
        """The scope name for what a user typed: a Lishui unit, 全市, or a paired Sichuan county."""
        word = clean(text)
        if not word:
            return None
        if word in ALL_WORDS or word.casefold() in ALL_WORDS:
            return TOTAL_NAME
        units = self.counties + ([self.city] if self.city else [])
        for exact in (True, False):
            for place in list(self.places.values()):
                names = (place.name, place.code, place.full_name)
                hit = word in names if exact else place.level in ("county", "city") and place.name.startswith(word)
                if not hit:
                    continue
                if place in units:
                    return place.name
                lishui = self.places.get(self.lishui_of.get(self.up(place.id, "sichuan") or "", ""))
                if lishui is not None:
                    return lishui.name
        return None


def _live(p: Pairing, year: int) -> bool:
    if p.status == "ended" and p.end_date is None:
        return False
    return rules.on_post(p.start_date, p.end_date, year)


def _person_key(name: str | None) -> str:
    return "".join(clean(name).casefold().split())


@dataclass
class YearData:
    """The records of one year that the rules count, as plain values."""

    trainees: list[rules.Trainee]
    workers: list[rules.Worker]
    cadres: list[rules.Cadre]
    payments: list[rules.Payment]
    visits: list[rules.Visit]
    happenings: list[rules.Happening]
    links: list[rules.Link]

    @classmethod
    def load(cls, session: Session, year: int, places: PlaceMap) -> YearData:
        first, last = rules.year_bounds(year)
        trainees = [
            rules.Trainee(person_id=pid, unit=places.unit(org, partner), category=cat or scat, date=day, record=rid)
            for rid, pid, cat, scat, org, partner, day in session.execute(
                select(Enrolment.id, Enrolment.person_id, Enrolment.category, TrainingSession.category,
                       TrainingSession.organiser_id, TrainingSession.partner_county_id, TrainingSession.start_date)
                .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
                .join(Person, Person.id == Enrolment.person_id)
                .where(Enrolment.deleted.is_(False), TrainingSession.deleted.is_(False), Person.deleted.is_(False),
                       TrainingSession.start_date >= first, TrainingSession.start_date <= last))
            if day is not None
        ]
        workers = [
            rules.Worker(person_id=pid, unit=places.unit(resp, home), poor=bool(poor), date=day, record=rid)
            for rid, pid, resp, home, poor, day in session.execute(
                select(Placement.id, Placement.person_id, Placement.responsible_id, Person.county_id, Person.poor_household,
                       Placement.start_date)
                .join(Person, Person.id == Placement.person_id)
                .where(Placement.deleted.is_(False), Person.deleted.is_(False),
                       Placement.start_date >= first, Placement.start_date <= last))
            if day is not None
        ]
        cadres = [
            rules.Cadre(key=_person_key(name), level=level or "", unit=places.unit(county, unit),
                        start=start, end=end, record=rid)
            for rid, name, level, county, unit, start, end in session.execute(
                select(Secondment.id, Secondment.name, Secondment.level, Secondment.county_id, Secondment.lishui_unit_id,
                       Secondment.start_date, Secondment.end_date)
                .where(Secondment.deleted.is_(False), Secondment.start_date <= last))
        ]
        payments = [
            rules.Payment(key=fid, unit=places.unit(county, unit), fund_year=fyear, fen=int(fen or 0), date=day)
            for fid, county, unit, fyear, fen, day in session.execute(
                select(Fund.id, Fund.county_id, Fund.lishui_unit_id, Fund.year, Fund.disbursed_fen, Fund.disbursed_date)
                .where(Fund.deleted.is_(False), Fund.year == year))
        ]
        events = list(session.execute(
            select(Event.id, Event.kind, Event.lishui_unit_id, Event.county_id, Event.title, Event.enterprise,
                   Event.credit_code, Event.date)
            .where(Event.deleted.is_(False), Event.date >= first, Event.date <= last,
                   Event.kind.in_(["enterprise_visit", *rules.GOVERNANCE_TARGETS.values()]))))
        visits = [
            rules.Visit(unit=places.unit(unit, county), enterprise=ent, credit_code=code, date=day, record=rid)
            for rid, kind, unit, county, _title, ent, code, day in events if kind == "enterprise_visit" and day is not None
        ]
        happenings = [
            rules.Happening(unit=places.unit(unit, county), kind=kind, title=title or "", date=day, record=rid)
            for rid, kind, unit, county, title, _ent, _code, day in events if kind != "enterprise_visit" and day is not None
        ]
        links = [
            rules.Link(key=pid, unit=places.unit(unit, county), level=level, start=start, end=end,
                       ended=status == "ended")
            for pid, unit, county, level, start, end, status in session.execute(
                select(Pairing.id, Pairing.lishui_unit_id, Pairing.sichuan_county_id, Pairing.level,
                       Pairing.start_date, Pairing.end_date, Pairing.status)
                .where(Pairing.deleted.is_(False), Pairing.start_date <= last,
                       Pairing.level.in_(list(rules.PAIRING_TARGETS.values()))))
        ]
        return cls(trainees, workers, cadres, payments, visits, happenings, links)
