"""Importing a workbook: read it, check every row, compare with the database, then all or nothing.

Work is written as generators yielding (done, total, label) so the GUI can run it off the UI
thread with progress; `run_import` drains them for the CLI and tests. Nothing is written while
any row is bad: the user gets an annotated copy of the workbook instead.

The rows are matched against the database and written by services/excel_plan.py (in memory
against plain rows read with Core, one executemany per batch, each batch captured by sync in
the same transaction); what was found and done is a services/excel_result.ImportResult. Each
step of the work runs with the cyclic garbage collector paused (lishui_desktop.collector).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from lishui_desktop.collector import paused_steps
from lishui_desktop.db.database import Database
from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.domain.masking import mask_id, mask_phone
from lishui_desktop.domain.text import clean, squeeze
from lishui_desktop.excel.annotate import default_errors_path, write_error_copy
from lishui_desktop.excel.columns import (
    CHOICE,
    CHOICE_WORDS,
    ID,
    PHONE,
    REFERENCE_KINDS,
    columns_for,
)
from lishui_desktop.excel.matching import group_key
from lishui_desktop.excel.reader import Workbook, read_workbook
from lishui_desktop.excel.rows import PlaceIndex, ValidRow, validate_rows
from lishui_desktop.excel.sessions import (
    SessionInput,
    SheetSession,
    apply_session,
    missing_message,
    paired_counties,
    sheet_session,
)
from lishui_desktop.services import excel_reference, pairing_periods
from lishui_desktop.services.excel_plan import ImportPlan
from lishui_desktop.services.excel_result import ImportResult, SheetSummary
from lishui_desktop.services.recovery import guard_for
from lishui_desktop.services.setup import deployment_key

Progress = tuple[int, int, str]
T = TypeVar("T")
SAMPLE_ROWS = 10
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
        plan = ImportPlan(db_session, kind, valid, key)
        plan.count(result)
        _count_sheets(plan, result)
    return Prepared(path, result, valid, plan.person_ids, key)


def _count_sheets(plan: ImportPlan, result: ImportResult) -> None:
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


def apply(db: Database, prepared: Prepared) -> Generator[Progress, None, ImportResult]:
    """Write every row of a checked file in one transaction, after a pre-import backup."""
    return (yield from paused_steps(_apply(db, prepared)))


def _apply(db: Database, prepared: Prepared) -> Generator[Progress, None, ImportResult]:
    result = prepared.result
    if result.errors:
        return result
    if result.kind in REFERENCE_KINDS:
        if result.new or result.updated:
            with guard_for(db, prepared.path.name):
                book = read_workbook(prepared.path, result.kind)
                yield from excel_reference.import_job(db, book, False, default_errors_path(prepared.path), result)
        result.applied = not result.errors
        return result
    total = len(prepared.rows)
    if not (result.new or result.updated or result.sessions_new or result.sessions_updated):
        result.applied = True  # every row is already stored as it is: no backup, no transaction
        return result
    yield 0, total, translate("Excel", "Backing up the database")
    with guard_for(db, prepared.path.name), db.transaction() as session:
        yield 0, total, translate("Excel", "Comparing with the database")
        key = deployment_key(db)
        plan = ImportPlan(session, result.kind, prepared.rows, key, prepared.person_ids if key == prepared.key else None)
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
