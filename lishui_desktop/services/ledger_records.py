"""The records a counting rule sees, read from the database for one year.

Each ledger of domain/counting.py is read in one query as `Record`s: the record's Lishui unit
(through the year's PlaceMap), its filter fields, dates and money, and what makes it distinct
(the person, the enterprise, the title). Deleted rows, and records of deleted persons,
sessions or pairings, are never read. Only rows that may count in the year are read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from lishui_desktop.db.models import (
    Enrolment,
    Event,
    Fund,
    Pairing,
    PairingActivity,
    Person,
    Placement,
    Secondment,
    TrainingSession,
)
from lishui_desktop.domain import targets as rules
from lishui_desktop.domain.counting import Record
from lishui_desktop.domain.text import clean
from lishui_desktop.services.progress_data import PlaceMap

Reader = Callable[[Session, int, PlaceMap], Iterator[Record]]


def person_key(name: str | None) -> str:
    """Who a cadre is: the name without spaces and case (one cadre entered on two laptops)."""
    return "".join(clean(name).casefold().split())


def _in_year(column: Any, year: int) -> Any:
    first, last = rules.year_bounds(year)
    return and_(column >= first, column <= last)


def _county(places: PlaceMap, *candidates: str | None) -> str | None:
    for place in candidates:
        found = places.up(place, "sichuan")
        if found:
            return found
    return None


def _trainees(session: Session, year: int, places: PlaceMap) -> Iterator[Record]:
    query = (
        select(Enrolment.id, Enrolment.person_id, func.coalesce(Enrolment.category, TrainingSession.category),
               TrainingSession.organiser_id, TrainingSession.partner_county_id, TrainingSession.start_date,
               Person.poor_household, Person.county_id)
        .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
        .join(Person, Person.id == Enrolment.person_id)
        .where(Enrolment.deleted.is_(False), TrainingSession.deleted.is_(False), Person.deleted.is_(False),
               _in_year(TrainingSession.start_date, year)))
    for rid, pid, category, org, partner, day, poor, home in session.execute(query):
        yield Record(rid, places.unit(org, partner), {
            "person": pid, "category": category, "start_date": day, "poor": bool(poor),
            "county": _county(places, home, partner)})


def _placements(session: Session, year: int, places: PlaceMap) -> Iterator[Record]:
    query = (
        select(Placement.id, Placement.person_id, Placement.responsible_id, Person.county_id, Person.poor_household,
               Placement.start_date, Placement.end_date, Placement.employer, Placement.credit_code,
               Placement.channel, Placement.contract, Placement.monthly_wage_fen)
        .join(Person, Person.id == Placement.person_id)
        .where(Placement.deleted.is_(False), Person.deleted.is_(False),
               or_(_in_year(Placement.start_date, year), _in_year(Placement.end_date, year))))
    for rid, pid, resp, home, poor, start, end, employer, code, channel, contract, wage in session.execute(query):
        yield Record(rid, places.unit(resp, home), {
            "person": pid, "poor": bool(poor), "start_date": start, "end_date": end, "enterprise": employer,
            "credit_code": code, "channel": channel, "contract": bool(contract), "monthly_wage": wage,
            "county": _county(places, home)})


def _cadres(session: Session, year: int, places: PlaceMap) -> Iterator[Record]:
    last = rules.year_bounds(year)[1]
    query = (
        select(Secondment.id, Secondment.name, Secondment.level, Secondment.county_id, Secondment.lishui_unit_id,
               Secondment.start_date, Secondment.end_date)
        .where(Secondment.deleted.is_(False), Secondment.start_date <= last))
    for rid, name, level, county, unit, start, end in session.execute(query):
        yield Record(rid, places.unit(county, unit), {
            "person": person_key(name), "level": level or "", "start_date": start, "end_date": end,
            "county": _county(places, county)})


def _events(session: Session, year: int, places: PlaceMap) -> Iterator[Record]:
    query = (
        select(Event.id, Event.kind, Event.lishui_unit_id, Event.county_id, Event.title, Event.enterprise,
               Event.credit_code, Event.amount_fen, Event.date)
        .where(Event.deleted.is_(False), _in_year(Event.date, year)))
    for rid, kind, unit, county, title, enterprise, code, amount, day in session.execute(query):
        yield Record(rid, places.unit(unit, county), {
            "kind": kind, "title": title or "", "enterprise": enterprise, "credit_code": code, "amount": amount,
            "date": day, "county": _county(places, county)})


def _pairings(session: Session, year: int, places: PlaceMap) -> Iterator[Record]:
    last = rules.year_bounds(year)[1]
    query = (
        select(Pairing.id, Pairing.lishui_unit_id, Pairing.sichuan_county_id, Pairing.level, Pairing.start_date,
               Pairing.end_date, Pairing.status)
        .where(Pairing.deleted.is_(False), Pairing.start_date <= last))
    for rid, unit, county, level, start, end, status in session.execute(query):
        yield Record(rid, places.unit(unit, county), {
            "level": level, "status": status, "ended": status == "ended", "start_date": start, "end_date": end,
            "county": _county(places, county)})


def _activities(session: Session, year: int, places: PlaceMap) -> Iterator[Record]:
    query = (
        select(PairingActivity.id, PairingActivity.kind, PairingActivity.date, PairingActivity.place,
               Pairing.level, Pairing.lishui_unit_id, Pairing.sichuan_county_id)
        .join(Pairing, Pairing.id == PairingActivity.pairing_id)
        .where(PairingActivity.deleted.is_(False), Pairing.deleted.is_(False), _in_year(PairingActivity.date, year)))
    for rid, kind, day, place, level, unit, county in session.execute(query):
        yield Record(rid, places.unit(unit, county), {
            "kind": kind, "level": level, "date": day, "title": place or "", "county": _county(places, county)})


def _sessions(session: Session, year: int, places: PlaceMap) -> Iterator[Record]:
    query = (
        select(TrainingSession.id, TrainingSession.category, TrainingSession.organiser_id,
               TrainingSession.partner_county_id, TrainingSession.start_date, TrainingSession.end_date)
        .where(TrainingSession.deleted.is_(False),
               or_(_in_year(TrainingSession.start_date, year), _in_year(TrainingSession.end_date, year))))
    for rid, category, org, partner, start, end in session.execute(query):
        yield Record(rid, places.unit(org, partner), {
            "category": category, "start_date": start, "end_date": end, "county": _county(places, partner)})


def _funds(session: Session, year: int, places: PlaceMap) -> Iterator[Record]:
    query = (
        select(Fund.id, Fund.county_id, Fund.lishui_unit_id, Fund.year, Fund.disbursed_fen, Fund.disbursed_date,
               Fund.allocated_fen, Fund.allocated_date)
        .where(Fund.deleted.is_(False), Fund.year == year))
    for rid, county, unit, fyear, disbursed, paid_on, allocated, allocated_on in session.execute(query):
        yield Record(rid, places.unit(county, unit), {
            "year": fyear, "disbursed": disbursed, "disbursed_date": paid_on, "allocated": allocated,
            "allocated_date": allocated_on, "county": _county(places, county)})


READERS: dict[str, Reader] = {
    "trainees": _trainees, "placements": _placements, "cadres": _cadres, "events": _events,
    "pairings": _pairings, "activities": _activities, "sessions": _sessions, "funds": _funds,
}


def read_records(session: Session, ledger: str, year: int, places: PlaceMap) -> list[Record]:
    """The records of `ledger` that may count in `year`."""
    return list(READERS[ledger](session, year, places))
