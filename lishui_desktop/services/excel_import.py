"""Importing a workbook: read it, check every row, compare with the database, then all or nothing.

Work is written as generators yielding (done, total, label) so the GUI can run it off the UI
thread with progress; `run_import` drains them for the CLI and tests. Nothing is written while
any row is bad: the user gets an annotated copy of the workbook instead.

Applying matches the rows in memory against plain rows read with Core (no ORM unit of work),
then writes each table with one executemany per batch on the transaction's connection, each
batch captured by sync in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from lishui_desktop.collector import paused_steps
from lishui_desktop.db.base import now_text
from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Person, TrainingSession
from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.domain.ids import new_ids, person_id_for
from lishui_desktop.domain.masking import mask_id, mask_phone
from lishui_desktop.domain.natural_keys import later_period
from lishui_desktop.domain.text import clean, join_sentences, squeeze
from lishui_desktop.excel.annotate import default_errors_path, summary_line, write_error_copy
from lishui_desktop.excel.columns import (
    CHOICE,
    CHOICE_WORDS,
    ID,
    PHONE,
    REFERENCE_KINDS,
    columns_for,
)
from lishui_desktop.excel.matching import RECORD_ID, Key, dated_key, group_key, row_key, session_key
from lishui_desktop.excel.reader import Workbook, read_workbook
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
from lishui_desktop.excel.rows import CellError, PlaceIndex, ValidRow, validate_rows
from lishui_desktop.excel.sessions import (
    SessionInput,
    SheetSession,
    apply_session,
    missing_message,
    paired_counties,
    sheet_session,
)
from lishui_desktop.services import excel_reference, pairing_periods
from lishui_desktop.services.recovery import import_guard
from lishui_desktop.services.setup import deployment_key
from lishui_desktop.sync import capture

Progress = tuple[int, int, str]
T = TypeVar("T")
SAMPLE_ROWS = 10
PERSON_KINDS = ("trainees", "placements")
DEFAULTS: dict[str, dict[str, Any]] = {
    "trainees": {"attended": True, "completed": True},
    "placements": {"contract": False},
    "pairings": {"status": "active"},
}
# what persons.find_or_create updates on a known person (besides undeleting it and poor_household)
FIND_OR_CREATE_UPDATES = ("name", "gender", "birth_date", "phone", "county_id", "town", "village")


@dataclass
class SheetSummary:
    """One sheet of the file: its rows and what they will do, and its session(s) for trainees."""

    name: str
    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    sessions: list[dict[str, Any]] = field(default_factory=list)  # {"title", "start", "new"}
    session_from: dict[str, str] = field(default_factory=dict)  # session key -> given | title | pairing

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "rows": self.rows, "new": self.new, "updated": self.updated,
                "unchanged": self.unchanged, "sessions": self.sessions, "session_from": self.session_from}


@dataclass
class ImportResult:
    """What an import found (and did): counts, problems, a sample of the first rows."""

    kind: str
    file: str
    sheet: str = ""
    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    sessions_new: int = 0
    sessions_updated: int = 0
    errors: list[CellError] = field(default_factory=list)
    errors_path: Path | None = None
    headers: list[str] = field(default_factory=list)
    sample: list[list[str]] = field(default_factory=list)
    applied: bool = False
    sheets: list[SheetSummary] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)  # hidden sheets, never read
    skipped: list[str] = field(default_factory=list)  # visible sheets without a table of the kind

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        if self.errors:
            return summary_line(self.errors)
        counts = (self.rows, self.new, self.updated, self.unchanged)
        if self.applied:
            text = fill(translate("Excel", "%1 rows imported: %2 new, %3 updated, %4 unchanged."), *counts)
        else:
            text = fill(translate("Excel", "%1 rows to import: %2 new, %3 updated, %4 unchanged."), *counts)
        if self.kind == "trainees":
            text = join_sentences(text, fill(translate("Excel", "Training sessions: %1 new, %2 updated."), self.sessions_new, self.sessions_updated))
        return text + self.sheet_lines()

    def sheet_lines(self) -> str:
        """Per sheet, what it holds (when the file has several, or sheets were left out)."""
        lines = []
        if len(self.sheets) > 1 or self.hidden or self.skipped:
            for sheet in self.sheets:
                counts = (sheet.name, sheet.rows, sheet.new, sheet.updated, sheet.unchanged)
                line = fill(translate("Excel", "Sheet %1: %2 rows (%3 new, %4 updated, %5 unchanged)."), *counts)
                for found in sheet.sessions:
                    line = join_sentences(line, fill(translate(
                        "Excel", "Session: %1, %2 (%3)."), found["title"], found["start"],
                        translate("Excel", "new") if found["new"] else translate("Excel", "stored")))
                lines.append(line)
        if self.hidden:
            lines.append(fill(translate("Excel", "Hidden sheets, not read: %1."), "、".join(self.hidden)))
        if self.skipped:
            lines.append(fill(translate("Excel", "Sheets without a table of this kind, not read: %1."), "、".join(self.skipped)))
        return "".join("\n" + line for line in lines)

    def as_json(self) -> dict[str, Any]:
        headers = {c.key: c.header for c in columns_for(self.kind)}
        data: dict[str, Any] = {
            "kind": self.kind, "file": self.file, "sheet": self.sheet, "ok": self.ok, "applied": self.applied,
            "rows": self.rows, "new": self.new, "updated": self.updated, "unchanged": self.unchanged,
            "errors": [
                {"sheet": e.sheet, "row": e.row, "column": e.key, "header": headers.get(e.key or ""), "message": e.message}
                for e in self.errors
            ],
            "errors_file": str(self.errors_path) if self.errors_path else None,
            "sheets": [s.as_json() for s in self.sheets],
            "hidden_sheets": self.hidden,
            "skipped_sheets": self.skipped,
        }
        if self.kind == "trainees":
            data["sessions"] = {"new": self.sessions_new, "updated": self.sessions_updated}
        return data


@dataclass
class Prepared:
    """A checked file ready to apply (or refused, with `result.errors`)."""

    path: Path
    result: ImportResult
    rows: list[ValidRow] = field(default_factory=list)
    person_ids: dict[str, str] = field(default_factory=dict)  # resident ID -> person row id
    key: bytes = b""  # the deployment key they were derived with


def drain(job: Generator[Progress, None, T]) -> T:
    """Run a progress generator to its end and return its value."""
    while True:
        try:
            next(job)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]


def _sample(kind: str, book: Workbook) -> tuple[list[str], list[list[str]]]:
    """The first rows of each sheet as shown in a preview (IDs and phones masked)."""
    cols = [c for c in columns_for(kind) if any(c.key in s.positions or c.key in s.fixed for s in book.sheets)]
    several = len(book.sheets) > 1
    rows = []
    for sheet in book.sheets:
        for raw in sheet.rows[:SAMPLE_ROWS]:
            line = [sheet.title] if several else []
            for col in cols:
                value = raw.values.get(col.key)
                if isinstance(value, dt.datetime) and value.time() == dt.time(0):
                    value = value.date()
                text = clean(value.isoformat() if isinstance(value, dt.date) else value)
                if col.kind == ID:
                    text = mask_id(squeeze(text).upper())
                elif col.kind == PHONE:
                    text = mask_phone(squeeze(text))
                elif col.kind == CHOICE:  # a code given for the session (wealth_leader) as its word
                    text = CHOICE_WORDS[col.choices].get(text, text)
                line.append(text)
            rows.append(line)
    headers = [c.header for c in cols]
    return ([translate("Excel", "Sheet"), *headers] if several else headers), rows


@dataclass
class Inspection:
    """What a file holds before the user completes it: its tables and, for trainees, each
    sheet's session as far as the file says it, and the units that may organise one."""

    book: Workbook
    sessions: list[SheetSession] = field(default_factory=list)
    organisers: list[str] = field(default_factory=list)

    def asks(self) -> bool:
        """Whether a sheet's session comes (in part) from outside its columns: its title rows,
        the pairing, or the user; such a session is shown to the user before the preview."""
        return any(s.missing or s.origins for s in self.sessions)


def inspect(db: Database, kind: str, path: Path) -> Generator[Progress, None, Inspection]:
    """Read the file (raises ExcelError for a file it cannot use) and, for trainees, what each
    sheet says of its session, for the wizard to ask what is missing."""
    return (yield from paused_steps(_inspect(db, kind, path)))


def _inspect(db: Database, kind: str, path: Path) -> Generator[Progress, None, Inspection]:
    yield 0, 1, translate("Excel", "Reading the workbook")
    book = read_workbook(Path(path), kind)
    if kind != "trainees":
        return Inspection(book)
    with db.sessions() as session:
        places, paired = PlaceIndex.load(session), paired_counties(session)
    sessions = [sheet_session(sheet, places, None, paired) for sheet in book.sheets]
    return Inspection(book, sessions, places.names("lishui"))


def prepare(
    db: Database, kind: str, path: Path, errors_out: Path | None = None, session: SessionInput | None = None,
    per_sheet: dict[str, SessionInput] | None = None, book: Workbook | None = None,
) -> Generator[Progress, None, Prepared]:
    """Read and check every row of every sheet; on problems write the annotated copy. Writes
    nothing to the database. `session` gives what sheets lack of their training session;
    `per_sheet` (sheet name -> input) replaces it for the sheets it names."""
    return (yield from paused_steps(_prepare(db, kind, path, errors_out, session, per_sheet, book)))


def _prepare(
    db: Database, kind: str, path: Path, errors_out: Path | None, session: SessionInput | None,
    per_sheet: dict[str, SessionInput] | None, book: Workbook | None,
) -> Generator[Progress, None, Prepared]:
    path = Path(path)
    yield 0, 3, translate("Excel", "Reading the workbook")
    book = book if book is not None else read_workbook(path, kind)
    if kind in REFERENCE_KINDS:  # places and targets: checked by their services, in a rolled-back transaction
        result = ImportResult(kind, path.name, book.sheets[0].title)
        result.headers, result.sample = _sample(kind, book)
        yield from excel_reference.import_job(db, book, True, errors_out or default_errors_path(path), result)
        return Prepared(path, result)
    with db.sessions() as db_session:
        places = PlaceIndex.load(db_session)
        paired = paired_counties(db_session) if kind == "trainees" else {}
    sessions: dict[str, SheetSession] = {}
    if kind == "trainees":
        for sheet in book.sheets:
            sessions[sheet.title] = sheet_session(sheet, places, (per_sheet or {}).get(sheet.title, session), paired)
        problem = missing_message(list(sessions.values()))
        if problem is not None:
            raise problem
        for sheet in book.sheets:
            apply_session(sheet, sessions[sheet.title])
    rows = [row for sheet in book.sheets for row in sheet.rows]
    result = ImportResult(kind, path.name, book.sheets[0].title, len(rows), hidden=list(book.hidden), skipped=list(book.skipped))
    result.sheets = [SheetSummary(s.title, len(s.rows)) for s in book.sheets]
    for summary in result.sheets:
        if summary.name in sessions:
            summary.session_from = dict(sessions[summary.name].origins)
    result.headers, result.sample = _sample(kind, book)
    yield 1, 3, fill(translate("Excel", "Checking %1 rows"), len(rows))
    valid, result.errors = validate_rows(kind, rows, places)
    if result.errors:
        result.errors_path = write_error_copy(book, result.errors, errors_out or default_errors_path(path))
        return Prepared(path, result)
    yield 2, 3, translate("Excel", "Comparing with the database")
    key = deployment_key(db)
    with db.sessions() as db_session:
        plan = _Plan(db_session, kind, valid, key)
        plan.count(result)
        _count_sheets(plan, result)
    return Prepared(path, result, valid, plan.person_ids, key)


def _count_sheets(plan: _Plan, result: ImportResult) -> None:
    """Each sheet's share of the counts, and the sessions its rows go to."""
    by_name = {s.name: s for s in result.sheets}
    listed = {(s.name, x["title"], x["start"]) for s in result.sheets for x in s.sessions}
    for row, outcome in zip(plan.rows, plan.outcomes, strict=True):  # as plan.count found them
        summary = by_name[row.sheet]
        setattr(summary, outcome, getattr(summary, outcome) + 1)
        if plan.kind == "trainees":
            title, start = row.values["title"], row.values["start_date"].isoformat()
            if (row.sheet, title, start) not in listed:  # (a set: a scan of the list per row was
                listed.add((row.sheet, title, start))  # 10,000 x 100 comparisons)
                stored = plan.group_sessions.get(group_key(row.values))
                summary.sessions.append({"title": title, "start": start, "new": stored is None})


class _Plan:
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
        yield from write_rows(self.session, [*self.parents, *self.pending], changed, _CAPTURED)

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


_CAPTURED = _Captured()


def apply(db: Database, prepared: Prepared) -> Generator[Progress, None, ImportResult]:
    """Write every row of a checked file in one transaction, after a pre-import backup."""
    return (yield from paused_steps(_apply(db, prepared)))


def _apply(db: Database, prepared: Prepared) -> Generator[Progress, None, ImportResult]:
    result = prepared.result
    if result.errors:
        return result
    if result.kind in REFERENCE_KINDS:
        if result.new or result.updated:
            with import_guard(db.path, prepared.path.name):
                book = read_workbook(prepared.path, result.kind)
                yield from excel_reference.import_job(db, book, False, default_errors_path(prepared.path), result)
        result.applied = not result.errors
        return result
    total = len(prepared.rows)
    if not (result.new or result.updated or result.sessions_new or result.sessions_updated):
        result.applied = True  # every row is already stored as it is: no backup, no transaction
        return result
    yield 0, total, translate("Excel", "Backing up the database")
    with import_guard(db.path, prepared.path.name), db.transaction() as session:
        yield 0, total, translate("Excel", "Comparing with the database")
        key = deployment_key(db)
        plan = _Plan(session, result.kind, prepared.rows, key, prepared.person_ids if key == prepared.key else None)
        plan.resolve()
        yield 0, total, translate("Excel", "Writing to the database")
        written = 0
        for count in plan.write():
            written += count
            yield min(written, total), total, fill(translate("Excel", "Importing row %1 of %2"), min(written, total), total)
        if result.kind == "pairings":  # a new period of a pairing renews the one before
            pairing_periods.link_renewals(session, [row.id for row in plan.pending])
    result.applied = True
    yield total, total, translate("Excel", "Done")
    return result


def run_import(
    db: Database, kind: str, path: Path, dry_run: bool = False, errors_out: Path | None = None,
    session: SessionInput | None = None,
) -> ImportResult:
    """The whole import for the CLI and tests: check, then (unless a dry run) apply."""
    prepared = drain(prepare(db, kind, path, errors_out, session))
    if dry_run or prepared.result.errors:
        return prepared.result
    return drain(apply(db, prepared))
