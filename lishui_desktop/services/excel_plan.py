"""An import's rows matched against the database and turned into writes.

The rows of a checked file are matched in memory against plain rows read with Core (no ORM
unit of work): by 记录编号, else by the natural key (excel/matching.py); a person by resident ID
as persons.find_or_create finds one. Each table is then written with one executemany per
batch on the transaction's connection, each batch captured by sync in the same transaction.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from sqlalchemy.orm import Session

from lishui_desktop.db.base import now_text
from lishui_desktop.db.models import Person, TrainingSession
from lishui_desktop.domain.ids import new_ids, person_id_for
from lishui_desktop.domain.natural_keys import later_period
from lishui_desktop.excel.matching import RECORD_ID, Key, dated_key, group_key, row_key, session_key
from lishui_desktop.excel.records import (
    ATTRS,
    MODELS,
    PERSON_ATTRS,
    SESSION_ATTRS,
    Existing,
    Stored,
    changes,
    load_existing,
    new_row,
    write_rows,
)
from lishui_desktop.excel.rows import ValidRow
from lishui_desktop.services.excel_result import ImportResult
from lishui_desktop.sync import capture

PERSON_KINDS = ("trainees", "placements")
DEFAULTS: dict[str, dict[str, Any]] = {
    "trainees": {"attended": True, "completed": True},
    "placements": {"contract": False},
    "pairings": {"status": "active"},
}
# what persons.find_or_create updates on a known person (besides undeleting it and poor_household)
FIND_OR_CREATE_UPDATES = ("name", "gender", "birth_date", "phone", "county_id", "town", "village")



class ImportPlan:
    """Rows matched against the records of one session (read for a preview, written on apply)."""

    def __init__(
        self, session: Session, kind: str, rows: list[ValidRow], key: bytes, person_ids: dict[str, str] | None = None
    ) -> None:
        self.session, self.kind, self.rows, self.key = session, kind, rows, key
        self.person_ids = person_ids if person_ids is not None else {
            r.values["id_number"]: person_id_for(r.values["id_number"], key) for r in rows if r.values.get("id_number")
        }
        self.existing: Existing = load_existing(session, kind, [r.values for r in rows], self.person_ids)
        self.groups: dict[Key, dict[str, Any]] = {}  # a file's session groups: their values
        self.group_sessions: dict[Key, Stored] = {}  # and the stored session each one is
        self.now = now_text()
        self.parents: list[Stored] = []  # new sessions and people, written before
        self.pending: list[Stored] = []  # the new records that point at them
        self._ids: list[str] = []  # random ids for new rows, made in bulk
        self.outcomes: list[str] = []  # what each row does (new, updated, unchanged), once counted
        if kind == "trainees":
            blank: dict[Key, list[tuple[str, str]]] = {}  # per group, the attributes no row gave yet
            for row in rows:
                gkey = group_key(row.values)
                if gkey not in self.groups:
                    self.groups[gkey], blank[gkey] = {}, list(SESSION_ATTRS.items())
                group, missing = self.groups[gkey], blank[gkey]
                if missing:  # the first row giving an attribute gives the group's
                    for attr, col in missing:
                        group[attr] = row.values.get(col)
                    missing[:] = [(attr, col) for attr, col in missing if group[attr] is None]
                named = self.existing.by_id.get(row.values.get(RECORD_ID) or "")
                stored = self.existing.sessions_by_id.get(named.session_id) if named is not None else None
                if stored is not None:
                    self.group_sessions.setdefault(gkey, stored)
            for gkey, group in self.groups.items():
                stored = self.existing.sessions.get(session_key({c: group[a] for a, c in SESSION_ATTRS.items()}) or ())
                if stored is not None:
                    self.group_sessions.setdefault(gkey, stored)

    def record(self, values: dict[str, Any]) -> Any:
        """The stored record a row is: by its 记录编号, else by its natural key."""
        named = self.existing.by_id.get(values.get(RECORD_ID) or "")
        if named is not None:
            return named
        if self.kind == "trainees":
            found = self.group_sessions.get(group_key(values))
            return None if found is None else self.existing.records.get(row_key(self.kind, values, found.id) or ())
        key = row_key(self.kind, values)
        if key is None:
            return None
        dated = dated_key(self.kind, key, values.get("start_date"))
        found = self.existing.records.get(dated) if dated is not None else None
        if found is None:
            found = self.existing.records.get(key)
            if found is not None and self.kind == "pairings" and later_period(found.start_date, values.get("start_date")):
                return None  # the same pair from a later start: a new period (linked when written)
        return found

    def links(self, values: dict[str, Any], record: Any) -> bool:
        """Whether a row moves its stored record to another session or person."""
        if self.kind == "trainees":
            stored = self.group_sessions.get(group_key(values))
            if stored is None or record.session_id != stored.id:
                return True
        number = values.get("id_number")
        if self.kind not in PERSON_KINDS or not number:
            return False
        return bool(record.person_id != self.person_ids[number])

    def stored_person(self, values: dict[str, Any], record: Any) -> Stored | None:
        if values.get("id_number"):
            return self.existing.persons.get(self.person_ids[values["id_number"]])
        return self.existing.persons.get(record.person_id) if record is not None else None

    def person_changes(self, values: dict[str, Any], record: Any) -> dict[str, Any]:
        person = self.stored_person(values, record)
        return changes(person, PERSON_ATTRS, values) if person is not None else {}

    def count(self, result: ImportResult) -> None:
        for gkey, group in self.groups.items():
            stored = self.group_sessions.get(gkey)
            if stored is None:
                result.sessions_new += 1
            elif changes(stored, {a: a for a in SESSION_ATTRS}, group):
                result.sessions_updated += 1
        self.outcomes = [self.outcome(row) for row in self.rows]
        for outcome in ("new", "updated", "unchanged"):
            setattr(result, outcome, getattr(result, outcome) + self.outcomes.count(outcome))

    def outcome(self, row: ValidRow) -> str:
        """What importing `row` does: new, updated or unchanged."""
        record = self.record(row.values)
        if record is None:
            return "new"
        if changes(record, ATTRS[self.kind], row.values) or self.links(row.values, record) or (
            self.kind in PERSON_KINDS and self.person_changes(row.values, record)
        ):
            return "updated"
        return "unchanged"

    def resolve(self) -> None:
        """Every row matched or made, in memory: known people first (updated as
        persons.find_or_create would), then sessions, new people and records."""
        people: dict[int, Stored] = {}
        if self.kind in PERSON_KINDS:
            for index, row in enumerate(self.rows):
                known = self._known_person(row)
                if known is not None:
                    people[index] = known
        for index, row in enumerate(self.rows):
            self._apply_row(row, people.get(index))

    def write(self) -> Generator[int, None, None]:
        """New rows, then changes, each table with executemany on the session's connection,
        each batch captured as sync ops; yields how many rows are written."""
        changed = [row for row in self.existing.rows() if row._dirty]
        yield from write_rows(self.session, [*self.parents, *self.pending], changed, CAPTURED)

    def _new_id(self) -> str:
        """A random id for a new row (new_id), taken from ids made a thousand at a time."""
        if not self._ids:
            self._ids = new_ids(1000)
        return self._ids.pop()

    def _session_for(self, values: dict[str, Any]) -> Stored:
        gkey = group_key(values)
        group = self.groups[gkey]
        stored = self.group_sessions.get(gkey)
        if stored is None:
            stored = new_row(TrainingSession, group | {"id": self._new_id()}, self.now)
            self.parents.append(stored)
            self.group_sessions[gkey] = stored
        elif not stored._new:
            for attr, value in changes(stored, {a: a for a in SESSION_ATTRS}, group).items():
                setattr(stored, attr, value)
        return stored

    def _person_fields(self, row: ValidRow) -> dict[str, Any]:
        """The row's person as persons.normalise gives it (person attributes): its values were
        checked by the same rules (excel.rows: clean text, normalize_phone, the resident ID), so
        normalising again would change nothing; the resident ID gives the gender and birth date
        as normalise takes them from it. The ID itself is left out: callers take it from
        `row.resident`."""
        values, resident = row.values, row.resident
        return {
            "name": values["name"], "gender": resident.gender if resident else values.get("gender"),
            "birth_date": resident.birth_date if resident else None, "phone": values.get("phone"),
            "county_id": values.get("county"), "town": values.get("town"), "village": values.get("village"),
            "poor_household": values.get("poor_household"),
        }

    def _known_person(self, row: ValidRow) -> Stored | None:
        """A person already stored: by resident ID (updated as persons.find_or_create updates a
        known person: undeleted, non-blank fields that differ), else by name within the record."""
        values = row.values
        number = values.get("id_number")
        if number:
            person = self.existing.persons.get(self.person_ids[number])
            if person is None:
                return None
            entry = self._person_fields(row)
            if person.deleted:
                person.deleted = False
            for attr in FIND_OR_CREATE_UPDATES:
                value = entry[attr]
                if value not in (None, "") and getattr(person, attr) != value:
                    setattr(person, attr, value)
            poor = entry["poor_household"]
            if poor is not None and person.poor_household != poor:
                person.poor_household = poor
            return person
        stored = self.stored_person(values, self.record(values))
        if stored is not None:  # matched by name within the record: update, never re-create
            for attr, value in changes(stored, PERSON_ATTRS, values).items():
                setattr(stored, attr, value)
        return stored

    def _new_person(self, row: ValidRow) -> Stored:
        """A person not stored yet, with the id persons.find_or_create would give it (derived
        from the resident ID, else random)."""
        number = row.resident.number if row.resident else None
        pid = self.person_ids[number] if number else self._new_id()
        if pid in self.existing.persons:  # earlier in this file
            return self.existing.persons[pid]
        person = new_row(Person, {"id": pid, "id_number": number, **self._person_fields(row)}, self.now)
        self.parents.append(person)
        self.existing.persons[pid] = person
        return person

    def _apply_row(self, row: ValidRow, person: Stored | None) -> None:
        values = row.values
        record = self.record(values)
        attrs = ATTRS[self.kind]
        links: dict[str, Any] = {}
        if self.kind == "trainees":
            links["session_id"] = self._session_for(values).id
        if self.kind in PERSON_KINDS:
            links["person_id"] = (person or self._new_person(row)).id
        if record is None:
            fields = {attr: values.get(key) for attr, key in attrs.items() if values.get(key) is not None}
            made = DEFAULTS.get(self.kind, {}) | fields | links | {"id": self._new_id()}
            self.pending.append(new_row(MODELS[self.kind], made, self.now))
            return
        for attr, value in changes(record, attrs, values).items():
            setattr(record, attr, value)
        for attr, value in links.items():  # a row moved to another session or person
            if getattr(record, attr) != value:
                setattr(record, attr, value)


class _Captured:
    """Rows of an import written and captured as sync ops in the same transaction."""

    insert = staticmethod(capture.insert_rows)
    update = staticmethod(capture.update_rows)


CAPTURED = _Captured()
