"""Exporting a ledger to Excel in the import format, so an export imports back to the same records.

IDs and phones are masked unless full IDs are asked for; a full-ID export is recorded in the
audit log (who, when, how many rows; never the values).
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Enrolment, Person, Place, Placement, TrainingSession
from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.excel.columns import REFERENCE_KINDS, columns_for
from lishui_desktop.excel.records import MODELS, record_values
from lishui_desktop.excel.writer import write_export
from lishui_desktop.services import audit, excel_reference
from lishui_desktop.services.excel_import import drain

Progress = tuple[int, int, str]
TABLES = {"trainees": "enrolments", "placements": "placements", "pairings": "pairings", "cadres": "secondments", "funds": "funds",
          "places": "places", "targets": "targets"}
ORDER: dict[str, tuple[Any, ...]] = {
    "trainees": (TrainingSession.start_date, TrainingSession.title, Person.name),
    "placements": (Placement.start_date, Person.name),
}


def _records(session: Session, kind: str) -> Iterator[dict[str, Any]]:
    model = MODELS[kind]
    if kind == "trainees":
        query = (
            select(Enrolment, Person, TrainingSession)
            .join(Person, Person.id == Enrolment.person_id)
            .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
            .where(Enrolment.deleted.is_(False), TrainingSession.deleted.is_(False))
            .order_by(*ORDER[kind])
        )
        for enrolment, person, training in session.execute(query):
            yield record_values(kind, enrolment, person, training)
    elif kind == "placements":
        placed = (
            select(Placement, Person)
            .join(Person, Person.id == Placement.person_id)
            .where(Placement.deleted.is_(False))
            .order_by(*ORDER[kind])
        )
        for placement, person in session.execute(placed):
            yield record_values(kind, placement, person)
    else:
        order = model.year if kind == "funds" else model.start_date
        for item in session.scalars(select(model).where(model.deleted.is_(False)).order_by(order, model.created_at)):
            yield record_values(kind, item)


def export_job(db: Database, kind: str, out: Path, full_ids: bool = False) -> Generator[Progress, None, int]:
    """Write the `kind` ledger to `out`; yields progress, returns the number of rows."""
    columns_for(kind)  # an unknown kind is refused before anything is written
    yield 0, 0, translate("Excel", "Reading the ledger")
    with db.sessions() as session:
        places = {p.id: p.name for p in session.scalars(select(Place))}
        records = excel_reference.export_records(db, kind) if kind in REFERENCE_KINDS else list(_records(session, kind))
    total = len(records)
    label = fill(translate("Excel", "Writing %1 rows"), total)
    yield 0, total, label
    writing = write_export(kind, Path(out), records, places, full_ids)
    while True:
        try:
            yield next(writing), total, label
        except StopIteration as stop:
            count = int(stop.value)
            break
    if full_ids and count:
        audit.record(db, "export", TABLES[kind], None, row_count=count)
    yield count, total, translate("Excel", "Done")
    return count


def export_ledger(db: Database, kind: str, out: Path, full_ids: bool = False) -> int:
    """`export_job` run to its end (CLI, tests)."""
    return drain(export_job(db, kind, out, full_ids))


def template_places(db: Database) -> dict[str, list[str]]:
    """Names offered in template drop-downs: Lishui units (counties, then 市本级) and Sichuan counties."""
    with db.sessions() as session:
        rows = session.scalars(
            select(Place).where(Place.deleted.is_(False), Place.level.in_(("county", "city")),
                                Place.retired_on.is_(None)).order_by(Place.code)
        ).all()
        found: dict[str, list[str]] = {"lishui": [], "sichuan": []}
        for place in sorted(rows, key=lambda p: (p.level != "county", p.code or "")):
            found.setdefault(place.side, []).append(place.name)
        return found


def write_template(db: Database, kind: str, out: Path) -> Path:
    """A blank template for `kind` with this database's places in its lists."""
    from lishui_desktop.excel.template import write_template as write

    return write(kind, Path(out), template_places(db))
