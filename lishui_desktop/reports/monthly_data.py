"""The month's records for the monthly sheet: activities, events, cadres, sessions, funds.

Targets are not counted here: services pass in the progress figures so the sheet prints exactly
what the dashboard shows. `keep` decides whether a record belongs to the sheet from its place
ids, in the order progress attributes records to a Lishui unit (services pass the same rule, so
a 市本级 session is never on a county's sheet); None keeps everything (the consolidated sheet).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from lishui_desktop.db.models import (
    Enrolment,
    Event,
    Fund,
    Pairing,
    PairingActivity,
    Place,
    Secondment,
    TrainingSession,
)
from lishui_desktop.domain.choices import (
    ACTIVITY_KINDS,
    CADRE_LEVELS,
    EVENT_KINDS,
    TRAINING_CATEGORIES,
)
from lishui_desktop.reports import data as forms
from lishui_desktop.reports.fmt import month_bounds
from lishui_desktop.reports.i18n import choice_label

Keep = Callable[..., bool] | None  # keep(*place ids) -> the record belongs to this sheet


def _kept(keep: Keep, *places: str | None) -> bool:
    return keep is None or keep(*places)


def month_activities(session: Session, keep: Keep, year: int, month: int,
                     names: dict[str, str]) -> list[forms.ActivityLine]:
    """Pairing activities and cooperation/governance events dated in the month, by date."""
    first, last = month_bounds(year, month)
    lines: list[forms.ActivityLine] = []
    query = (
        select(PairingActivity, Pairing)
        .join(Pairing, Pairing.id == PairingActivity.pairing_id)
        .where(PairingActivity.deleted.is_(False), PairingActivity.date.between(first, last))
    )
    for activity, pairing in session.execute(query):
        if not _kept(keep, pairing.lishui_unit_id, pairing.sichuan_county_id):
            continue
        title = f"{pairing.lishui_party}—{pairing.sichuan_party}"
        if activity.notes:
            title += f"：{activity.notes}"
        lines.append(forms.ActivityLine(activity.date, names.get(pairing.lishui_unit_id or "", ""),
                                        choice_label(ACTIVITY_KINDS, activity.kind), title, activity.place or "",
                                        activity.people or ""))
    events = select(Event).where(Event.deleted.is_(False), Event.date.between(first, last))
    for event in session.scalars(events):
        if not _kept(keep, event.lishui_unit_id, event.county_id):
            continue
        title = event.title + (f"（{event.enterprise}）" if event.enterprise else "")
        lines.append(forms.ActivityLine(event.date, names.get(event.lishui_unit_id or "", "")
                                        or names.get(event.county_id or "", ""),
                                        choice_label(EVENT_KINDS, event.kind), title, "", event.people or ""))
    return sorted(lines, key=lambda a: (a.date or first, a.county, a.title))


def cadres_on_post(session: Session, keep: Keep, year: int, month: int,
                   names: dict[str, str]) -> list[forms.CadreLine]:
    """Secondments whose term overlaps the month."""
    first, last = month_bounds(year, month)
    query = (
        select(Secondment)
        .where(Secondment.deleted.is_(False), or_(Secondment.start_date.is_(None), Secondment.start_date <= last),
               or_(Secondment.end_date.is_(None), Secondment.end_date >= first))
    )
    order = list(CADRE_LEVELS)
    kept = [s for s in session.scalars(query) if _kept(keep, s.county_id, s.lishui_unit_id)]
    rows = sorted(kept, key=lambda s: (order.index(s.level) if s.level in order else 99, s.name))
    return [forms.CadreLine(s.name, choice_label(CADRE_LEVELS, s.level), s.home_unit or "", s.post or "",
                            names.get(s.county_id or "", ""), s.start_date, s.end_date) for s in rows]


def month_sessions(session: Session, keep: Keep, year: int, month: int,
                   names: dict[str, str], counted: dict[str, int] | None = None) -> list[forms.SessionLine]:
    """Training sessions starting in the month with their enrolled and attending headcounts and
    `counted` (session id -> trainees counted for a training target through it)."""
    first, last = month_bounds(year, month)
    counts = (
        select(Enrolment.session_id, func.count().label("enrolled"),
               func.sum(case((Enrolment.attended, 1), else_=0)).label("attended"))
        .where(Enrolment.deleted.is_(False)).group_by(Enrolment.session_id).subquery()
    )
    query = (
        select(TrainingSession, counts.c.enrolled, counts.c.attended)
        .outerjoin(counts, counts.c.session_id == TrainingSession.id)
        .where(TrainingSession.deleted.is_(False), TrainingSession.start_date.between(first, last))
        .order_by(TrainingSession.start_date, TrainingSession.title)
    )
    return [forms.SessionLine(t.title, choice_label(TRAINING_CATEGORIES, t.category), names.get(t.organiser_id or "", ""),
                              t.start_date, t.end_date, t.place or "", int(enrolled or 0), int(attended or 0),
                              (counted or {}).get(t.id, 0))
            for t, enrolled, attended in session.execute(query)
            if _kept(keep, t.organiser_id, t.partner_county_id)]


def year_funds(session: Session, keep: Keep, year: int, month: int,
               names: dict[str, str]) -> list[forms.FundLine]:
    """The year's allocations; disbursed counts only when paid by the end of the month."""
    _, last = month_bounds(year, month)
    query = select(Fund).where(Fund.deleted.is_(False), Fund.year == year)
    lines = []
    for fund in session.scalars(query):
        if not _kept(keep, fund.county_id, fund.lishui_unit_id):
            continue
        paid = fund.disbursed_fen or 0
        if fund.disbursed_date is not None and fund.disbursed_date > last:
            paid = 0
        lines.append(forms.FundLine(names.get(fund.county_id or "", ""), names.get(fund.lishui_unit_id or "", ""),
                                    fund.year, fund.allocated_fen or 0, paid,
                                    fund.disbursed_date if paid else None))
    return sorted(lines, key=lambda f: (f.county, f.lishui_unit))


def place_names(session: Session) -> dict[str, str]:
    return {p.id: p.name for p in session.scalars(select(Place))}
