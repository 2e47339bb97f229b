"""How spreadsheet columns map onto records, and which records of the database a row matches.

Matching rules (re-import updates instead of duplicating): a trainee is the same person in the
same session (title + start date); a placement is the same person, employer and start date;
a pairing the same level and parties; a cadre the same name, county and start date; funds the
same Sichuan county and year. A person is the same by resident ID, else by name.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.db.models import (
    Enrolment,
    Fund,
    Pairing,
    Person,
    Placement,
    Secondment,
    TrainingSession,
)

# record attribute -> column key, per kind (person attributes separately)
PERSON_ATTRS = {
    "name": "name",
    "gender": "gender",
    "id_number": "id_number",
    "phone": "phone",
    "county_id": "county",
    "town": "town",
    "village": "village",
    "poor_household": "poor_household",
}
SESSION_ATTRS = {
    "title": "title",
    "category": "category",
    "organiser_id": "organiser",
    "partner_county_id": "partner_county",
    "start_date": "start_date",
    "end_date": "end_date",
    "place": "place",
    "hours": "hours",
}
ATTRS: dict[str, dict[str, str]] = {
    "trainees": {"category": "person_category", "role": "role"},
    "placements": {
        a: a
        for a in ("employer", "credit_code", "work_place", "industry", "job", "start_date", "end_date",
                  "monthly_wage_fen", "contract", "channel", "notes")
    } | {"responsible_id": "responsible"},
    "pairings": {
        a: a for a in ("level", "lishui_party", "sichuan_party", "start_date", "end_date", "status", "agreement", "notes")
    } | {"lishui_unit_id": "lishui_unit", "sichuan_county_id": "sichuan_county"},
    "cadres": {
        a: a for a in ("name", "gender", "phone", "level", "home_unit", "post", "start_date", "end_date", "notes")
    } | {"lishui_unit_id": "lishui_unit", "county_id": "county"},
    "funds": {
        a: a for a in ("year", "allocated_fen", "allocated_date", "disbursed_fen", "disbursed_date", "notes")
    } | {"county_id": "county", "lishui_unit_id": "lishui_unit"},
}
MODELS: dict[str, Any] = {
    "trainees": Enrolment,
    "placements": Placement,
    "pairings": Pairing,
    "cadres": Secondment,
    "funds": Fund,
}
CHUNK = 900


def changes(row: Any, attrs: dict[str, str], values: dict[str, Any]) -> dict[str, Any]:
    """The attributes a row's values would change; empty cells never erase what is stored."""
    found = {}
    for attr, key in attrs.items():
        value = values.get(key)
        if value is not None and value != "" and getattr(row, attr) != value:
            found[attr] = value
    return found


def chunks(items: Iterable[Any]) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class Existing:
    """Live records the rows of a file may match, loaded in a few queries."""

    persons: dict[str, Person] = field(default_factory=dict)  # by row id
    sessions: dict[tuple[Any, ...], TrainingSession] = field(default_factory=dict)  # (title, start)
    records: dict[tuple[Any, ...], Any] = field(default_factory=dict)  # by match key

    @staticmethod
    def person_keys(person: Person) -> list[Any]:
        """A stored person matches a row by resident ID, and a row without one by name."""
        return [k for k in (person.id_number, ("name", person.name)) if k]


def load_existing(session: Session, kind: str, rows: list[dict[str, Any]], person_ids: dict[str, str]) -> Existing:
    """Every live record one of `rows` might match; `person_ids` maps resident ID to person row id."""
    found = Existing()
    for batch in chunks(set(person_ids.values())):
        for person in session.scalars(select(Person).where(Person.id.in_(batch))):
            found.persons[person.id] = person
    if kind == "trainees":
        titles = {r["title"] for r in rows}
        for batch in chunks(titles):
            live = select(TrainingSession).where(TrainingSession.title.in_(batch), TrainingSession.deleted.is_(False))
            for item in session.scalars(live):
                found.sessions.setdefault((item.title, item.start_date), item)
        session_ids = [s.id for s in found.sessions.values()]
        for batch in chunks(session_ids):
            enrolled = select(Enrolment, Person).join(Person, Person.id == Enrolment.person_id)
            enrolled = enrolled.where(Enrolment.session_id.in_(batch), Enrolment.deleted.is_(False))
            for enrolment, person in session.execute(enrolled):
                found.persons.setdefault(person.id, person)
                for person_key in found.person_keys(person):
                    found.records.setdefault((enrolment.session_id, person_key), enrolment)
    elif kind == "placements":
        for batch in chunks({r["employer"] for r in rows}):
            placed = select(Placement, Person).join(Person, Person.id == Placement.person_id)
            placed = placed.where(Placement.employer.in_(batch), Placement.deleted.is_(False))
            for placement, person in session.execute(placed):
                found.persons.setdefault(person.id, person)
                for person_key in found.person_keys(person):
                    found.records.setdefault((person_key, placement.employer, placement.start_date), placement)
    else:
        model = MODELS[kind]
        for item in session.scalars(select(model).where(model.deleted.is_(False))):
            found.records.setdefault(match_key(kind, item), item)
    return found


def match_key(kind: str, item: Any) -> tuple[Any, ...]:
    """The match key of a stored pairing, cadre or funds row (see excel.rows.record_key)."""
    if kind == "pairings":
        return (item.level, item.lishui_party, item.sichuan_party)
    if kind == "cadres":
        return (item.name, item.county_id, item.start_date)
    return (item.county_id, item.year)


def record_values(kind: str, item: Any, person: Person | None = None, session: TrainingSession | None = None) -> dict[str, Any]:
    """A stored record as column values (the inverse of ATTRS), for exports."""
    values = {key: getattr(item, attr) for attr, key in ATTRS[kind].items()}
    if person is not None:
        values |= {key: getattr(person, attr) for attr, key in PERSON_ATTRS.items()}
    if session is not None:
        values |= {key: getattr(session, attr) for attr, key in SESSION_ATTRS.items()}
    return values
