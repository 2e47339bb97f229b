"""Printed forms as PDF: gathers each form's data (plain dataclasses) and writes the file.

The same functions serve the CLI (`lishui report ...`) and the GUI's reports page. Target
figures come from `services.progress.compute_progress`, so the monthly sheet prints exactly the
numbers of the dashboard. IDs and phones are masked unless `full_ids`; a form printed with full
IDs is recorded in the audit log (who, when, which form, how many rows: never the values).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import (
    Enrolment,
    Pairing,
    Person,
    Place,
    Placement,
    Target,
    TrainingSession,
)
from lishui_desktop.domain.choices import (
    GENDERS,
    PAIRING_LEVELS,
    PAIRING_STATUS,
    TRAINING_CATEGORIES,
)
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.formats import format_years as period_text
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill, translate
from lishui_desktop.domain.masking import mask_id, mask_phone
from lishui_desktop.files import write_atomic
from lishui_desktop.reports import data as forms
from lishui_desktop.reports import monthly_data
from lishui_desktop.reports.fmt import month_bounds
from lishui_desktop.reports.i18n import choice_label
from lishui_desktop.reports.monthly_data import place_names
from lishui_desktop.services import audit
from lishui_desktop.services.progress import TOTAL_NAME, compute_progress, training_target
from lishui_desktop.services.progress_data import PlaceMap
from lishui_desktop.services.reference import find_place

log = logging.getLogger("lishui.reports")
CTX = "ReportError"
FORMS = ("monthly", "signin", "roster", "placements", "pairings")
Progress = Generator[tuple[int, int, str], None, "ReportResult"]


class ReportError(UserError):
    context = CTX


@dataclass(frozen=True)
class ReportRequest:
    """What to print: a form and its choices (county, month, session, period), where to."""

    form: str
    out: Path
    county: str | None = None  # None with monthly = every county (consolidated)
    year: int | None = None
    month: int | None = None
    session_id: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    full_ids: bool = False


@dataclass(frozen=True)
class ReportResult:
    path: Path
    rows: int
    full_ids: bool


def generate(db: Database, request: ReportRequest) -> ReportResult:
    """Gather, render and write one form atomically; returns where it went."""
    result: ReportResult | None = None
    steps = generate_steps(db, request)
    try:
        while True:
            next(steps)
    except StopIteration as stop:
        result = stop.value
    assert result is not None
    return result


def generate_steps(db: Database, request: ReportRequest) -> Progress:
    """`generate` as a generator of (done, total, label) for the GUI's worker."""
    if request.form not in FORMS:
        raise ReportError(QT_TRANSLATE_NOOP("ReportError", "Unknown form: %1"), request.form)
    yield 0, 3, translate("Reports", "Gathering data")
    with db.sessions() as session:
        payload, table, row_id, rows = _gather(db, session, request, dt.date.today())
    yield 1, 3, translate("Reports", "Laying out pages")
    pdf = _render(request.form, payload)
    yield 2, 3, translate("Reports", "Writing the file")
    path = write_atomic(request.out, pdf)
    full = bool(request.full_ids and table)
    if full and table:
        audit.record(db, "print", table, row_id, row_count=rows)
        log.info("printed %s form with full IDs and phones (%d rows); recorded in the audit log", request.form, rows)
    yield 3, 3, translate("Reports", "Done")
    return ReportResult(path, rows, full)


def _gather(
    db: Database, session: Session, request: ReportRequest, today: dt.date
) -> tuple[object, str | None, str | None, int]:
    """(form data, audited table, audited row, row count) for the request."""
    if request.form == "monthly":
        if request.year is None or request.month is None:
            raise ReportError(QT_TRANSLATE_NOOP("ReportError", "Choose a month."))
        sheet = gather_monthly(db, session, request.county, request.year, request.month, today)
        return sheet, None, None, len(sheet.targets)
    if request.form in ("signin", "roster"):
        roster = session_roster(session, request.session_id or "", request.full_ids, today)
        return roster, "enrolments", roster.session_id, len(roster.lines)
    if request.form == "placements":
        register = placement_register(
            session, request.county or "", request.date_from, request.date_to, request.full_ids, today
        )
        return register, "placements", None, len(register.lines)
    pairing_list = gather_pairings(session, today)
    return pairing_list, None, None, len(pairing_list.counties) + len(pairing_list.others)


def _render(form: str, payload: Any) -> bytes:
    from lishui_desktop.reports import monthly, pairings, register, rosters

    builders: dict[str, Callable[[Any], bytes]] = {
        "monthly": monthly.monthly_pdf, "signin": rosters.signin_pdf, "roster": rosters.roster_pdf,
        "placements": register.register_pdf, "pairings": pairings.pairings_pdf,
    }
    return builders[form](payload)


def gather_monthly(db: Database, session: Session, county: str | None, year: int, month: int,
                   today: dt.date) -> forms.MonthlySheet:
    """The monthly sheet of a Lishui county (None: every county), targets from progress."""
    if not 1 <= month <= 12:
        raise ReportError(QT_TRANSLATE_NOOP("ReportError", "Not a month: %1"), month)
    names = place_names(session)
    places = PlaceMap.load(session, year)
    unit_id: str | None = None
    if county is None:
        lishui_name = translate("Reports", "All counties")
        partner_name = translate("Reports", "All paired counties")
        unit = translate("Reports", "Lishui municipal office for paired assistance")
    else:
        lishui, partner = resolve_county(session, county, month_bounds(year, month)[1])
        unit_id = lishui.id
        lishui_name, partner_name = lishui.name, (partner.full_name or partner.name) if partner else ""
        unit = fill(translate("Reports", "%1 East-West cooperation working group"), lishui.name)
    report = compute_progress(db, year, county=None if county is None else lishui_name, month=month)
    measures = {t.key: t.measure for t in session.scalars(select(Target))}
    targets = [
        forms.TargetLine(county=row.county, partner=row.partner or "", label=translate("Targets", measures.get(row.target, row.target)),
                         unit=row.unit, threshold=int(row.threshold), actual=int(row.actual),
                         month_actual=int(row.month_actual or 0), met=bool(row.met))
        for row in report.rows
    ]
    first, last = month_bounds(year, month)
    # the sections list the records progress attributes to this unit, marking those it counted
    keep = None if unit_id is None else (lambda *candidates: places.unit(*candidates) == unit_id)
    scope = TOTAL_NAME if county is None else lishui_name  # the consolidated sheet: each person once
    placed = {r for row in report.rows if row.target == "labor.placed_poor" and row.county == scope
              for r in row.month_records}
    trained = [r for row in report.rows if training_target(report, row.target) for r in row.month_records]
    return forms.MonthlySheet(
        unit=unit, county=lishui_name, partner=partner_name, year=year, month=month, generated=today,
        consolidated=county is None, targets=targets,
        activities=monthly_data.month_activities(session, keep, year, month, names),
        cadres=monthly_data.cadres_on_post(session, keep, year, month, names),
        sessions=monthly_data.month_sessions(session, keep, year, month, names, _per_session(session, trained)),
        placements=placement_lines(session, places, unit_id, first, last, full_ids=False, counted=placed),
        funds=monthly_data.year_funds(session, keep, year, month, names))


def _per_session(session: Session, enrolments: list[str]) -> dict[str, int]:
    """Session id -> how many of these (counted) enrolments it holds."""
    found: dict[str, int] = {}
    for start in range(0, len(enrolments), 900):
        part = enrolments[start : start + 900]
        for session_id, n in session.execute(
            select(Enrolment.session_id, func.count()).where(Enrolment.id.in_(part)).group_by(Enrolment.session_id)
        ):
            found[session_id] = int(n)
    return found


def resolve_county(session: Session, name: str, on: dt.date | None = None) -> tuple[Place, Place | None]:
    """The Lishui county named (or the Lishui partner of the Sichuan county named) and its
    partner: in the pairing in force on `on` when given (a renewal may change the partner),
    else the active one."""
    place = find_place(session, name) if name.strip() else None
    if place is None:
        raise ReportError(QT_TRANSLATE_NOOP("ReportError", "Unknown county: %1"), name)
    side = Pairing.lishui_unit_id if place.side == "lishui" else Pairing.sichuan_county_id
    rows = session.scalars(
        select(Pairing).where(side == place.id, Pairing.level == "county", Pairing.deleted.is_(False))
        .order_by(Pairing.status, Pairing.start_date.desc())
    ).all()
    in_force = [p for p in rows if on is not None and p.start_date and p.start_date <= on
                and (p.end_date is None or p.end_date >= on) and not (p.status == "ended" and p.end_date is None)]
    pairing = next(iter(in_force or rows), None)
    if place.side == "lishui":
        partner = session.get(Place, pairing.sichuan_county_id) if pairing and pairing.sichuan_county_id else None
        return place, partner
    lishui = session.get(Place, pairing.lishui_unit_id) if pairing and pairing.lishui_unit_id else None
    if lishui is None:
        raise ReportError(QT_TRANSLATE_NOOP("ReportError", "%1 has no paired Lishui county."), place.name)
    return lishui, place


def _home(person: Person, names: dict[str, str]) -> str:
    parts = [names.get(person.county_id or "", ""), person.town or "", person.village or ""]
    return "".join(p for p in parts if p)


def _ids(person: Person, full: bool) -> tuple[str, str]:
    if full:
        return person.id_number or "", person.phone or ""
    return mask_id(person.id_number), mask_phone(person.phone)


def session_roster(session: Session, session_id: str, full_ids: bool, today: dt.date) -> forms.SessionRoster:
    """The trainees of a session (by id, or by a unique id prefix) in roster order."""
    training = session.get(TrainingSession, session_id) if session_id else None
    if training is None and len(session_id) >= 4:
        matches = session.scalars(select(TrainingSession).where(TrainingSession.id.startswith(session_id))).all()
        training = matches[0] if len(matches) == 1 else None
    if training is None or training.deleted:
        raise ReportError(QT_TRANSLATE_NOOP("ReportError", "Unknown training session: %1"), session_id)
    names = place_names(session)
    query = (
        select(Enrolment, Person)
        .join(Person, Person.id == Enrolment.person_id)
        .where(Enrolment.session_id == training.id, Enrolment.deleted.is_(False), Person.deleted.is_(False))
        .order_by(Person.name)
    )
    lines = []
    for enrolment, person in session.execute(query):
        id_text, phone = _ids(person, full_ids)
        lines.append(forms.RosterLine(
            name=person.name, gender=choice_label(GENDERS, person.gender), id_number=id_text, phone=phone,
            village=_home(person, names), category=choice_label(TRAINING_CATEGORIES, enrolment.category or training.category),
            role=enrolment.role or "", poor=bool(person.poor_household)))
    return forms.SessionRoster(
        session_id=training.id, title=training.title, category=choice_label(TRAINING_CATEGORIES, training.category),
        organiser=names.get(training.organiser_id or "", ""), partner=names.get(training.partner_county_id or "", ""),
        start=training.start_date, end=training.end_date, place=training.place or "", hours=training.hours,
        generated=today, lines=lines)


def placement_lines(session: Session, places: PlaceMap, unit_id: str | None, first: dt.date, last: dt.date,
                    full_ids: bool, counted: set[str] | None = None) -> list[forms.PlacementLine]:
    """Placements starting in [first, last] that progress attributes to the Lishui unit `unit_id`
    (the responsible unit, else the county paired with the worker's home county; None: every
    unit), `counted` marking those the labor target counted."""
    names = place_names(session)
    query = (
        select(Placement, Person)
        .join(Person, Person.id == Placement.person_id)
        .where(Placement.deleted.is_(False), Person.deleted.is_(False), Placement.start_date >= first,
               Placement.start_date <= last)
        .order_by(Placement.start_date, Person.name)
    )
    lines = []
    for placement, person in session.execute(query):
        unit = places.unit(placement.responsible_id, person.county_id)
        if unit_id is not None and unit != unit_id:
            continue
        id_text, phone = _ids(person, full_ids)
        lines.append(forms.PlacementLine(
            name=person.name, gender=choice_label(GENDERS, person.gender), id_number=id_text, phone=phone,
            home=_home(person, names), poor=bool(person.poor_household), employer=placement.employer,
            work_place=placement.work_place or "", job=placement.job or "", start=placement.start_date,
            wage_fen=placement.monthly_wage_fen, contract=bool(placement.contract),
            county=names.get(unit or "", ""), counted=placement.id in (counted or set())))
    return lines


def placement_register(session: Session, county: str, date_from: dt.date | None, date_to: dt.date | None,
                       full_ids: bool, today: dt.date) -> forms.PlacementRegister:
    if date_from is None or date_to is None:
        raise ReportError(QT_TRANSLATE_NOOP("ReportError", "Give the period (from and to dates)."))
    if date_to < date_from:
        raise ReportError(QT_TRANSLATE_NOOP("ReportError", "The period ends before it starts."))
    lishui, partner = resolve_county(session, county)
    places = PlaceMap.load(session, date_from.year)
    return forms.PlacementRegister(
        county=lishui.name, partner=partner.full_name or partner.name if partner else "",
        date_from=date_from, date_to=date_to, generated=today,
        lines=placement_lines(session, places, lishui.id, date_from, date_to, full_ids))


def gather_pairings(session: Session, today: dt.date) -> forms.PairingList:
    """County pairings in annex order (by Lishui code as the seed lists them), then the others."""
    places = {p.id: p for p in session.scalars(select(Place))}
    rows = session.scalars(select(Pairing).where(Pairing.deleted.is_(False))).all()
    result = forms.PairingList(generated=today)
    for pairing in sorted(rows, key=lambda p: (p.level != "county", p.status != "active", _annex_key(p, places),
                                               p.start_date or dt.date.min)):
        lishui = places.get(pairing.lishui_unit_id or "")
        sichuan = places.get(pairing.sichuan_county_id or "")
        line = forms.PairingLine(
            period=period_text(pairing.start_date, pairing.end_date),
            lishui=pairing.lishui_party or (lishui.name if lishui else ""),
            sichuan=(sichuan.full_name or sichuan.name) if pairing.level == "county" and sichuan else pairing.sichuan_party,
            level=choice_label(PAIRING_LEVELS, pairing.level), start=pairing.start_date,
            status=choice_label(PAIRING_STATUS, pairing.status), agreement=pairing.agreement or "")
        (result.counties if pairing.level == "county" and pairing.status == "active" else result.others).append(line)
    return result


_ANNEX_ORDER = ("331102", "331181", "331121", "331122", "331123", "331124")


def _annex_key(pairing: Pairing, places: dict[str, Place]) -> tuple[int, str]:
    unit = places.get(pairing.lishui_unit_id or "")
    code = unit.code if unit and unit.code else ""
    return (_ANNEX_ORDER.index(code) if code in _ANNEX_ORDER else len(_ANNEX_ORDER), code)


def sessions_for_choice(db: Database, limit: int = 500) -> list[tuple[str, str]]:
    """(id, "date title (n)") of recent sessions, for the GUI's session picker."""
    with db.sessions() as session:
        counts = (
            select(Enrolment.session_id, func.count().label("n"))
            .where(Enrolment.deleted.is_(False)).group_by(Enrolment.session_id).subquery()
        )
        query = (
            select(TrainingSession, counts.c.n)
            .outerjoin(counts, counts.c.session_id == TrainingSession.id)
            .where(TrainingSession.deleted.is_(False))
            .order_by(TrainingSession.start_date.desc()).limit(limit)
        )
        return [(t.id, f"{t.start_date or ''} {t.title} ({n or 0})") for t, n in session.execute(query)]


def county_choices(db: Database) -> list[tuple[str, str]]:
    """(Lishui county name, "青田县 — 平昌县") for every county pairing, in annex order."""
    with db.sessions() as session:
        pairing_list = gather_pairings(session, dt.date.today())
    # 四川省巴中市平昌县 → 平昌县: the combo box stays narrow
    return [(line.lishui, f"{line.lishui} — {line.sichuan.rpartition('市')[2] or line.sichuan}")
            for line in pairing_list.counties]


def warm_up() -> None:
    """Register the fonts now (a few tenths of a second, once per process), e.g. in the background
    when the reports page opens, so the first form the user asks for is quick."""
    from lishui_desktop.reports.fonts import fonts

    fonts()


def latest_month(db: Database, today: dt.date | None = None) -> tuple[int, int] | None:
    """(year, month) of the newest record dated up to today (sessions, placements, events,
    activities): the month the reports page opens on. None for an empty ledger."""
    from lishui_desktop.db.models import Event, PairingActivity

    today = today or dt.date.today()
    newest: list[dt.date] = []
    with db.sessions() as session:
        for column, deleted in ((TrainingSession.start_date, TrainingSession.deleted),
                                (Placement.start_date, Placement.deleted),
                                (Event.date, Event.deleted), (PairingActivity.date, PairingActivity.deleted)):
            found = session.scalar(select(func.max(column)).where(deleted.is_(False), column <= today))
            if found is not None:
                newest.append(found)
    if not newest:
        return None
    latest = max(newest)
    return latest.year, latest.month
