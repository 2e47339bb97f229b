"""Saving, deleting and restoring ledger records; nothing invalid reaches the database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, select
from sqlalchemy.orm import Session

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Enrolment, Person
from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.domain.validation import format_fen
from lishui_desktop.services import persons as person_service
from lishui_desktop.services.ledgers.checks import LedgerInputError, _error, validate
from lishui_desktop.services.ledgers.person_fields import PERSON_ATTRS
from lishui_desktop.services.ledgers.query import Filters, fetch_page
from lishui_desktop.services.ledgers.spec import MONEY, LedgerError, LedgerSpec, spec_for
from lishui_desktop.services.setup import deployment_key

# A child's date may not come before its parent's start (follow-up after the placement began).
PARENT_DATES = {"followups": ("date", "start_date")}


def _prefix(spec: LedgerSpec) -> str:
    return "" if spec.kind == "persons" else "person."


def load_record(db: Database, kind: str, record_id: str) -> dict[str, Any]:
    """The record as editor values: codes, place ids, dates, money as yuan text, person fields."""
    spec = spec_for(kind)
    with db.sessions() as session:
        row = session.get(spec.model, record_id)
        if row is None:
            raise LedgerError(QT_TRANSLATE_NOOP("Ledgers", "This record no longer exists."))
        return _values(session, spec, row)


def stored_values(session: Session, spec: LedgerSpec, record_id: str | None) -> dict[str, Any]:
    """An existing record's editor values ({} for a new record); LedgerError if it is gone."""
    if not record_id:
        return {}
    row = session.get(spec.model, record_id)
    if row is None:
        raise LedgerError(QT_TRANSLATE_NOOP("Ledgers", "This record no longer exists."))
    return _values(session, spec, row)


def _values(session: Session, spec: LedgerSpec, row: Any) -> dict[str, Any]:
    person = row if spec.kind == "persons" else (session.get(Person, row.person_id) if spec.person else None)
    values: dict[str, Any] = {}
    for item in spec.fields:
        source = person if item.is_person or spec.kind == "persons" else row
        value = getattr(source, item.attr, None) if source is not None else None
        if item.kind == MONEY and value is not None:
            value = format_fen(value).replace(",", "")
        elif isinstance(value, int) and not isinstance(value, bool) and item.choices:
            value = str(value)
        values[item.name] = value
    if spec.parent:
        values["_parent_id"] = getattr(row, spec.parent[0])
    if person is not None:
        values["_person_id"] = person.id
    return values


def save_record(
    db: Database,
    kind: str,
    values: dict[str, Any],
    record_id: str | None = None,
    parent_id: str | None = None,
    link_person_id: str | None = None,
) -> str:
    """Check and save a record; returns its id. Raises LedgerInputError naming each bad field.

    `values` holds what was typed, by field name; for an existing record, missing fields keep
    their value. `link_person_id` links the record to that person (the user said it is the same).
    """
    spec = spec_for(kind)
    key = deployment_key(db) if spec.person or kind == "persons" else b""
    with db.transaction() as session:
        row = session.get(spec.model, record_id) if record_id else None
        if record_id and row is None:
            raise LedgerError(QT_TRANSLATE_NOOP("Ledgers", "This record no longer exists."))
        stored = _values(session, spec, row) if row is not None else {}
        clean, errors = validate(session, spec, {**stored, **values}, stored)
        parent = parent_of(session, spec, row, parent_id)
        check_parent_date(spec, parent, clean, errors)
        if errors:
            raise LedgerInputError(errors)
        if kind == "persons":
            return _person_for(session, spec, clean, row, link_person_id, key).id
        if row is None:
            row = spec.model()
            session.add(row)
            if spec.parent:
                setattr(row, spec.parent[0], parent.id)
        if spec.person:
            current = session.get(Person, row.person_id) if row.person_id else None
            person = _person_for(session, spec, clean, current, link_person_id, key)
            if kind == "trainees":
                _refuse_second_enrolment(session, row, person)
            row.person_id = person.id
        columns = spec.model.__table__.c
        for item in spec.fields:
            if not item.is_person:
                value = clean.get(item.name)
                if isinstance(columns[item.attr].type, Integer) and isinstance(value, str):
                    value = int(value)
                setattr(row, item.attr, value)
        session.flush()
        return str(row.id)


def parent_of(session: Session, spec: LedgerSpec, row: Any, parent_id: str | None) -> Any:
    if not spec.parent:
        return None
    attr, parent_kind = spec.parent
    pid = parent_id or (getattr(row, attr) if row is not None else None)
    parent = session.get(spec_for(parent_kind).model, pid) if pid else None
    if parent is None or parent.deleted:
        raise LedgerError(QT_TRANSLATE_NOOP("Ledgers", "Choose the record this entry belongs to first."))
    return parent


def check_parent_date(spec: LedgerSpec, parent: Any, clean: dict[str, Any], errors: dict[str, ValidationError]) -> None:
    rule = PARENT_DATES.get(spec.kind)
    if rule and parent is not None:
        own, parents = clean.get(rule[0]), getattr(parent, rule[1], None)
        if own and parents and own < parents:
            errors.setdefault(rule[0], _error(QT_TRANSLATE_NOOP("Ledgers", "The follow-up date is before the start of the placement.")))


def _refuse_second_enrolment(session: Session, row: Enrolment, person: Person) -> None:
    query = select(Enrolment.id).where(
        Enrolment.session_id == row.session_id,
        Enrolment.person_id == person.id,
        Enrolment.deleted.is_(False),
    )
    if row.id:
        query = query.where(Enrolment.id != row.id)
    if session.scalar(query) is not None:
        raise LedgerInputError(
            {"person.name": _error(QT_TRANSLATE_NOOP("Ledgers", "%1 is already on the roster of this session."), person.name)}
        )


def _person_for(
    session: Session, spec: LedgerSpec, clean: dict[str, Any], current: Person | None, link: str | None, key: bytes
) -> Person:
    """The person a record is about: by resident ID, by the user's choice, or the current one."""
    prefix = _prefix(spec)
    fields: dict[str, Any] = {a: clean.get(prefix + a) for a in PERSON_ATTRS}
    entry = person_service.PersonInput(**fields)
    if entry.id_number:
        person, _created = person_service.find_or_create(session, entry, key)
        linked = session.get(Person, link) if link else None
        for earlier in (current, linked):  # entered before without an ID: the same person
            if earlier is not None and earlier.id != person.id and not earlier.id_number and not earlier.deleted:
                _merge_into(session, earlier, person)
        if current is not None and current.id == person.id:
            _set_all(person, entry)  # editing this person: a blanked field is cleared
        return person
    chosen = session.get(Person, link) if link else current
    if chosen is None:
        person, _created = person_service.find_or_create(session, entry, key)
        return person
    _set_all(chosen, entry, keep_id=True)
    chosen.deleted = False
    return chosen


def _set_all(person: Person, entry: person_service.PersonInput, keep_id: bool = False) -> None:
    for attr in PERSON_ATTRS:
        if keep_id and attr == "id_number":
            continue
        value = getattr(entry, attr)
        if attr == "poor_household":
            value = bool(value)
        if getattr(person, attr) != value:
            setattr(person, attr, value)


def _merge_into(session: Session, old: Person, new: Person) -> None:
    """A person first entered without an ID now has one: merged into the ID's row like any
    merge (records move, a pointer stays for ops still on their way)."""
    from lishui_desktop.services.record_merge import merge_in_session

    merge_in_session(session, "persons", [old.id, new.id])


def set_deleted(db: Database, kind: str, ids: list[str], deleted: bool = True) -> int:
    """Mark records deleted (or restore them); returns how many changed. Nothing is erased."""
    spec = spec_for(kind)
    changed = 0
    with db.transaction() as session:
        for rid in ids:
            row = session.get(spec.model, rid)
            if row is not None and row.deleted != deleted:
                row.deleted = deleted
                changed += 1
    return changed


@dataclass(frozen=True)
class RecycledRecord:
    """A deleted record as the recycle view lists it."""

    kind: str
    id: str
    values: dict[str, Any]  # the spec's summary columns


RECYCLABLE = ("pairings", "activities", "sessions", "trainees", "placements", "followups", "cadres", "funds", "projects", "events", "persons")


def recycled(db: Database, kinds: tuple[str, ...] = RECYCLABLE, limit: int = 500) -> list[RecycledRecord]:
    """Deleted records of every ledger, newest first within each kind."""
    out: list[RecycledRecord] = []
    for kind in kinds:
        spec = spec_for(kind)
        keys = [c.key for c in spec.columns]
        for row in fetch_page(db, kind, Filters(deleted=True), limit=limit):
            values = dict(zip(keys, row[1:], strict=True))
            out.append(RecycledRecord(kind, row[0], {k: values[k] for k in spec.summary}))
    return out
