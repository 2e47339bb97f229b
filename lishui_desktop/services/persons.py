"""People are one record across ledgers: find or create a person from what was typed.

With a valid resident ID the person's row id derives from it (HMAC with the deployment key),
so the same person typed on two laptops is the same row everywhere. Without one, a random id;
possible duplicates (`natural_keys.same_person`) are for a person to decide.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.db.models import Person
from lishui_desktop.domain.ids import new_id, person_id_for
from lishui_desktop.domain.natural_keys import same_person
from lishui_desktop.domain.text import clean
from lishui_desktop.domain.validation import normalize_phone, parse_resident_id, require


@dataclass(frozen=True)
class PersonInput:
    """A person as entered in an editor or an Excel row (values already typed, not yet checked)."""

    name: str
    id_number: str | None = None
    gender: str | None = None
    birth_date: dt.date | None = None
    phone: str | None = None
    county_id: str | None = None
    town: str | None = None
    village: str | None = None
    poor_household: bool | None = None


def normalise(entry: PersonInput) -> PersonInput:
    """Check and normalise: ID (gender and birth date derived from it), phone, trimmed text.

    Raises ValidationError (with `field` set) for the first bad field.
    """
    name = clean(entry.name)
    require(name, "Name")
    id_number = None
    gender, birth = entry.gender, entry.birth_date
    if entry.id_number and clean(entry.id_number):
        try:
            rid = parse_resident_id(entry.id_number)
        except Exception as exc:
            if hasattr(exc, "field"):
                exc.field = "id_number"
            raise
        id_number, gender, birth = rid.number, rid.gender, rid.birth_date
    try:
        phone = normalize_phone(entry.phone) or None
    except Exception as exc:
        if hasattr(exc, "field"):
            exc.field = "phone"
        raise
    return replace(
        entry,
        name=name,
        id_number=id_number,
        gender=gender,
        birth_date=birth,
        phone=phone,
        town=clean(entry.town) or None,
        village=clean(entry.village) or None,
    )


def person_id(entry: PersonInput, deployment_key: bytes) -> str:
    """The row id this entry maps to: derived from the ID number, else a new random id."""
    if entry.id_number:
        return person_id_for(entry.id_number, deployment_key)
    return new_id()


def find_or_create(
    session: Session, entry: PersonInput, deployment_key: bytes, *, update: bool = True
) -> tuple[Person, bool]:
    """The person row for a normalised entry; (person, created).

    A known ID links to the existing person (undeleting it if needed) and, with `update`,
    fills in fields that were blank or changed. Without an ID a new row is always made;
    callers ask `duplicate_candidates` first when they want to offer a merge.
    """
    pid = person_id(entry, deployment_key)
    person = session.get(Person, pid) if entry.id_number else None
    if person is None:
        person = Person(
            id=pid,
            name=entry.name,
            id_number=entry.id_number,
            gender=entry.gender,
            birth_date=entry.birth_date,
            phone=entry.phone,
            county_id=entry.county_id,
            town=entry.town,
            village=entry.village,
            poor_household=bool(entry.poor_household),
        )
        session.add(person)
        session.flush()
        return person, True
    if person.deleted:
        person.deleted = False
    if update:
        for field in ("name", "gender", "birth_date", "phone", "county_id", "town", "village"):
            value = getattr(entry, field)
            if value not in (None, "") and getattr(person, field) != value:
                setattr(person, field, value)
        if entry.poor_household is not None and person.poor_household != entry.poor_household:
            person.poor_household = entry.poor_household
    session.flush()
    return person, False


def duplicate_candidates(
    session: Session, entry: dict[str, Any], exclude_id: str | None = None
) -> list[Person]:
    """Live people who may be the one entered (`entry`: name, id_number, birth_date, town,
    village), by the one rule `natural_keys.same_person` (review queue and merge use it too)."""
    name = clean(entry.get("name"))
    if not name:
        return []
    names = {name, "".join(name.split())}
    query = select(Person).where(Person.deleted.is_(False), Person.name.in_(names))
    if exclude_id:
        query = query.where(Person.id != exclude_id)
    found = []
    for person in session.scalars(query.order_by(Person.id)):
        other = {c: getattr(person, c) for c in ("name", "id_number", "birth_date", "town", "village")}
        if same_person(entry, other):
            found.append(person)
    return found


def find_by_id_number_text(db: Any, id_number: str, deployment_key: bytes) -> bool:
    """Whether a live person holds this resident ID (a typed ID that links by itself)."""
    with db.sessions() as session:
        return find_by_id_number(session, id_number, deployment_key) is not None


def find_by_id_number(session: Session, id_number: str, deployment_key: bytes) -> Person | None:
    """The live person holding this resident ID (by derived row id), or None."""
    try:
        number = parse_resident_id(id_number).number
    except Exception:
        return None
    person = session.get(Person, person_id_for(number, deployment_key))
    return person if person is not None and not person.deleted else None
