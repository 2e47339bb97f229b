"""A person across ledgers: what they appear in, lookup by resident ID, possible duplicates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Enrolment, Place, Placement, TrainingSession
from lishui_desktop.domain.text import clean
from lishui_desktop.domain.validation import parse_resident_id
from lishui_desktop.services import persons as person_service
from lishui_desktop.services.ledgers.person_fields import PERSON_ATTRS
from lishui_desktop.services.setup import deployment_key


@dataclass(frozen=True)
class Appearance:
    """One record a person appears in."""

    kind: str  # trainees | placements
    record_id: str
    date: dt.date | None
    title: str  # session title or employer
    detail: str | None  # category code or job


@dataclass(frozen=True)
class PersonSummary:
    id: str
    name: str
    gender: str | None
    birth_date: dt.date | None
    id_number: str | None
    county: str | None
    town: str | None
    village: str | None
    appearances: int


def appearances(db: Database, person_id: str) -> list[Appearance]:
    """Every live training enrolment and placement of the person, oldest first."""
    with db.sessions() as session:
        training = session.execute(
            select(Enrolment.id, TrainingSession.start_date, TrainingSession.title, TrainingSession.category)
            .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
            .where(Enrolment.person_id == person_id, Enrolment.deleted.is_(False), TrainingSession.deleted.is_(False))
        ).all()
        placed = session.execute(
            select(Placement.id, Placement.start_date, Placement.employer, Placement.job).where(
                Placement.person_id == person_id, Placement.deleted.is_(False)
            )
        ).all()
    items = [Appearance("trainees", *row) for row in training] + [Appearance("placements", *row) for row in placed]
    return sorted(items, key=lambda a: (a.date or dt.date.min, a.kind))


def person_values_for_id(db: Database, id_number: str) -> dict[str, Any] | None:
    """Editor values (person.<attr>) of the live person holding this ID, or None."""
    with db.sessions() as session:
        person = person_service.find_by_id_number(session, id_number, deployment_key(db))
        if person is None:
            return None
        values: dict[str, Any] = {"person." + a: getattr(person, a) for a in PERSON_ATTRS}
        values["_person_id"] = person.id
        return values


def candidates(db: Database, kind: str, values: dict[str, Any], exclude_id: str | None = None) -> list[PersonSummary]:
    """People who may be the one typed (natural_keys.same_person: the same name in the same
    village, or with the same birth date, where one of the two has no resident ID), asked about
    before a new person is saved. A typed ID that is already known links by itself."""
    prefix = "" if kind == "persons" else "person."
    name = clean(values.get(prefix + "name"))
    if not name:
        return []
    number = clean(values.get(prefix + "id_number")) or None
    key = deployment_key(db)
    if number and person_service.find_by_id_number_text(db, number, key):
        return []
    birth = values.get(prefix + "birth_date")
    if not isinstance(birth, dt.date):
        from lishui_desktop.domain.validation import parse_date

        try:
            birth = parse_date(birth)
        except Exception:
            birth = None
    if number:
        try:
            birth = parse_resident_id(number).birth_date
        except Exception:
            number = None
    entry = {"name": name, "id_number": number, "birth_date": birth,
             "town": values.get(prefix + "town"), "village": values.get(prefix + "village")}
    with db.sessions() as session:
        rows = person_service.duplicate_candidates(session, entry, exclude_id)
        names = {p.id: p.name for p in session.scalars(select(Place))}
        return [
            PersonSummary(
                p.id, p.name, p.gender, p.birth_date, p.id_number, names.get(p.county_id or ""),
                p.town, p.village, len(appearances(db, p.id)),
            )
            for p in rows
        ]
