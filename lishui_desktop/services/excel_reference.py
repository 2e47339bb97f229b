"""Places and targets through Excel (`excel template|import|export places|targets`).

The same all-or-nothing import as the ledgers: every row is checked by the places or targets
service inside one transaction (a row may name a place added a row above), and any problem
rolls the whole file back and marks the row in a copy of the workbook. A row with a 记录编号
updates that record; without one it matches a place by code, else by side, level, name and
parent, and a target by its id, scope and first year. Changes go through the services' unit
of work, so they are captured and sync like any edit. Empty cells never erase what is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Place, Target
from lishui_desktop.domain import natural_keys as nk
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill, translate, translations
from lishui_desktop.domain.place_names import former_text
from lishui_desktop.domain.text import clean
from lishui_desktop.excel.annotate import write_error_copy
from lishui_desktop.excel.reader import Workbook
from lishui_desktop.excel.rows import CellError, PlaceIndex, ValidRow, validate_rows
from lishui_desktop.services import places as place_service
from lishui_desktop.services import targets as target_service
from lishui_desktop.services.reference import find_place

Progress = tuple[int, int, str]


class _DryRun(Exception):
    """Raised to roll back a preview."""


def _year(value: Any) -> int | None:
    return int(value) if value not in (None, "") else None


def _place_row(session: Session, values: dict[str, Any], day: dt.date) -> str:
    """Apply one places row; returns new, updated or unchanged."""
    row: Place | None = None
    if values.get("record_id"):
        row = session.get(Place, values["record_id"])
        if row is None or row.deleted:
            raise place_service.PlaceError(QT_TRANSLATE_NOOP("Places", "There is no place called %1."),
                                           values["record_id"], field="record_id")
    level = place_service.level_code(values["level"])
    side = place_service.side_code(values["side"])
    if row is None and values.get("code"):
        row = session.scalars(select(Place).where(Place.deleted.is_(False), Place.code == clean(values["code"]),
                                                  Place.side == side)).first()
    if row is None:
        parent = find_place(session, values["parent"]) if values.get("parent") else None
        row = place_service.find_same(session, side, level, values["name"], parent.id if parent else None, None)
    if row is None:
        added = place_service.add_in(session, values["name"], level, side, values.get("code"), values.get("parent"),
                                     values.get("full_name"))
        if values.get("retired_on"):
            place_service.retire_in(added, values["retired_on"])
        return "new"
    if row.level != level or row.side != side:
        raise place_service.PlaceError(
            QT_TRANSLATE_NOOP("Places", "%1 is a place of another level or side; add it as a new row without 记录编号."),
            row.name, field="level")
    changed = place_service.rename_in(session, row, values.get("name"), values.get("code"), values.get("full_name"),
                                      day)
    if values.get("parent"):
        parent = place_service.resolve(session, values["parent"])
        if parent.id != row.parent_id:
            if parent.side != side or parent.level not in place_service.PARENTS[level]:
                raise place_service.PlaceError(QT_TRANSLATE_NOOP("Places", "A %1 cannot belong to %2."),
                                               translate("Places", place_service.LEVELS[level]), parent.name,
                                               field="parent")
            row.parent_id, changed = parent.id, True
    if values.get("retired_on") and row.retired_on != values["retired_on"]:
        row.retired_on, changed = values["retired_on"], True
    if values.get("merged_into"):
        place_service.merge_in(session, row, place_service.resolve(session, values["merged_into"]), day)
        changed = True
    return "updated" if changed else "unchanged"


def _shown_measure(measure: str | None) -> str | None:
    """A target's name as the office reads it (the shipped ones are stored in English and
    shown translated): what an export writes; a re-import takes it, in either language, as
    the name unchanged."""
    return translate("Targets", measure) if measure else measure


def _target_row(session: Session, values: dict[str, Any]) -> str:
    """Apply one targets row; returns new, updated or unchanged."""
    scope = target_service.scope_code(values["scope"])
    year_from, year_to = int(values["year_from"]), _year(values.get("year_to"))
    row: Target | None = None
    if values.get("record_id"):
        row = session.get(Target, values["record_id"])
        if row is None or row.deleted:
            raise target_service.TargetError(QT_TRANSLATE_NOOP("Targets", "No such target: %1"), values["record_id"],
                                             field="record_id")
    if row is None:
        row = session.scalars(select(Target).where(
            Target.deleted.is_(False), Target.key == values["key"], Target.scope == scope,
            Target.year_from == year_from)).first()
    if row is None:
        target_service.add_in(session, values["key"], scope, year_from, year_to or year_from, int(values["threshold"]),
                              target_service.unit_code(values.get("unit")), values.get("measure"), values.get("wording"),
                              values.get("rule"))
        return "new"
    measure = values.get("measure")
    if measure and row.measure and any(nk.same_text(shown, measure) for shown in translations("Targets", row.measure)):
        measure = row.measure  # the name as an export wrote it: not a new name
    _new, changed = target_service.change_in(
        session, row.id, threshold=int(values["threshold"]), year_from=year_from, year_to=year_to,
        unit=target_service.unit_code(values.get("unit")), measure=measure, wording=values.get("wording"),
        rule=values.get("rule"))
    return "updated" if changed else "unchanged"


def apply_rows(db: Database, kind: str, rows: list[ValidRow], dry_run: bool) -> tuple[dict[str, int], list[CellError]]:
    """Every row through its service in one transaction: counts by outcome and the problems
    (rolled back when there are problems or for a preview)."""
    counts = {"new": 0, "updated": 0, "unchanged": 0}
    errors: list[CellError] = []
    today = dt.date.today()
    if kind == "places":
        place_service.check_editor(db)
    try:
        with db.transaction() as session:
            for row in rows:
                try:
                    outcome = _place_row(session, row.values, today) if kind == "places" else _target_row(session, row.values)
                except UserError as exc:
                    errors.append(CellError(row.number, exc.field if exc.field in row.values else None, exc.text(),
                                            row.sheet))
                    continue
                counts[outcome] += 1
            if errors or dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return counts, errors


def import_job(db: Database, book: Workbook, dry_run: bool, errors_out: Path, result: Any) -> Generator[Progress, None, Any]:
    """Check and (unless a preview) apply a places or targets workbook (every sheet of it); fills `result`."""
    rows = [row for sheet in book.sheets for row in sheet.rows]
    result.rows = len(rows)
    yield 1, 3, fill(translate("Excel", "Checking %1 rows"), len(rows))
    valid, result.errors = validate_rows(book.kind, rows, PlaceIndex(()))
    if not result.errors:
        yield 2, 3, translate("Excel", "Comparing with the database")
        counts, result.errors = apply_rows(db, book.kind, valid, dry_run=True)
        if not result.errors and not dry_run and (counts["new"] or counts["updated"]):
            counts, result.errors = apply_rows(db, book.kind, valid, dry_run=False)
        result.new, result.updated, result.unchanged = counts["new"], counts["updated"], counts["unchanged"]
        result.applied = not dry_run and not result.errors
    if result.errors:
        result.errors_path = write_error_copy(book, result.errors, errors_out)
    yield 3, 3, translate("Excel", "Done")
    return result


def export_records(db: Database, kind: str) -> list[dict[str, Any]]:
    """The rows of a places or targets export, by column key."""
    if kind == "places":
        return [{"record_id": p.id, "name": p.name, "level": place_service.LEVEL_NAMES.get(p.level, p.level),
                 "side": place_service.SIDE_NAMES.get(p.side, p.side), "code": p.code, "parent": p.parent_name,
                 "full_name": p.full_name, "retired_on": p.retired_on,
                 "former": former_text(p.history, p.name, p.code)}
                for p in place_service.list_places(db)]
    names = {v: k for k, v in target_service.UNIT_WORDS.items()}
    scopes = {"county": "各县", "city": "市本级", "total": "全市"}
    return [{"record_id": t.id, "key": t.key, "measure": _shown_measure(t.measure), "scope": scopes.get(t.scope, t.scope),
             "year_from": t.year_from, "year_to": t.year_to, "threshold": t.threshold,
             "unit": names.get(t.unit, t.unit), "rule": t.rule_text(), "wording": t.wording}
            for t in target_service.list_targets(db)]
