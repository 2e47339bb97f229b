"""Progress against the targets: the year's records read from the database, counted by the rules.

Each target row names its counting rule (domain/counting.py; the shipped rule of its target id
when it names none); this module reads the records the year's rules need (never deleted rows,
services/ledger_records.py), with the Lishui unit each belongs to, and lays the figures out per
target and scope (each county, 市本级, 全市).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Target
from lishui_desktop.domain import counting
from lishui_desktop.domain import targets as rules
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from lishui_desktop.services import progress_data as data
from lishui_desktop.services.ledger_records import read_records
from lishui_desktop.services.reference import shipped_rules

CTX = "Progress"
TOTAL_NAME = data.TOTAL_NAME

# The seed's targets in the order people read them; targets the office adds come after.
TARGET_ORDER = [
    "pairing.town", "pairing.village", "pairing.school", "pairing.hospital", "funds.disbursed",
    "cadres.leader", "cadres.division", "cadres.section", "talents.long_term", "talents.short_term",
    "training.wealth_leaders", "training.village_cadres", "training.coop_cadres",
    "industry.enterprises", "labor.placed_poor", "governance.hearings", "governance.leader_visits",
    "governance.joint_meetings",
]
SCOPE_ORDER = {"county": 0, "city": 1, "total": 2}
# The seed's measures, so the translation pass keeps their Chinese (the office may rename them).
MEASURES = {
    "pairing.town": QT_TRANSLATE_NOOP("Targets", "Town-town pairings"),
    "pairing.village": QT_TRANSLATE_NOOP("Targets", "Village-village pairings"),
    "pairing.school": QT_TRANSLATE_NOOP("Targets", "School pairings"),
    "pairing.hospital": QT_TRANSLATE_NOOP("Targets", "Hospital pairings"),
    "funds.disbursed": QT_TRANSLATE_NOOP("Targets", "Financial aid disbursed on time"),
    "cadres.leader": QT_TRANSLATE_NOOP("Targets", "Working-group leader"),
    "cadres.division": QT_TRANSLATE_NOOP("Targets", "Division-level cadres seconded"),
    "cadres.section": QT_TRANSLATE_NOOP("Targets", "Section-level cadres seconded"),
    "talents.long_term": QT_TRANSLATE_NOOP("Targets", "Long-term professional talents (1.5 years or more)"),
    "talents.short_term": QT_TRANSLATE_NOOP("Targets", "Short-term professional talents (3 to 12 months)"),
    "training.wealth_leaders": QT_TRANSLATE_NOOP("Targets", "Rural wealth leaders trained"),
    "training.village_cadres": QT_TRANSLATE_NOOP("Targets", "Poor-village cadres trained"),
    "training.coop_cadres": QT_TRANSLATE_NOOP("Targets", "Cooperation cadres trained"),
    "industry.enterprises": QT_TRANSLATE_NOOP("Targets", "Enterprises visiting the paired areas"),
    "labor.placed_poor": QT_TRANSLATE_NOOP("Targets", "Registered-poor people placed in jobs"),
    "governance.hearings": QT_TRANSLATE_NOOP("Targets", "Party committee hearings on the work"),
    "governance.leader_visits": QT_TRANSLATE_NOOP("Targets", "Leaders' visits to the paired areas"),
    "governance.joint_meetings": QT_TRANSLATE_NOOP("Targets", "Joint meetings"),
}


@dataclass(frozen=True)
class ProgressRow:
    county: str  # Lishui side: county name (莲都区...), "市本级", or "全市" for the program total
    partner: str | None  # Sichuan side name (剑阁县...) or None
    target: str  # stable target id, e.g. "labor.placed_poor"
    actual: int  # year to date (to the end of `month` when a month is given)
    threshold: int
    unit: str
    met: bool
    month_actual: int | None = None  # added within the chosen month (None without a month)
    records: tuple[str, ...] = ()  # the records counted (one per thing), what the drill-down lists
    month_records: tuple[str, ...] = ()  # those of them added within the chosen month
    deadline: dt.date | None = None  # money counts only when paid by this day (funds)


@dataclass(frozen=True)
class ProgressReport:
    year: int
    month: int | None
    rows: list[ProgressRow]
    rules: dict[str, counting.Rule] = field(default_factory=dict)  # target id -> its rule this year


class ProgressError(UserError):
    context = CTX


def rule_of(key: str, rule: str | None) -> counting.Rule | None:
    """The counting rule of a target row: its own, else the shipped rule of its target id;
    None when it has none (or one this version cannot read): it counts nothing."""
    if rule:
        try:
            return counting.parse_rule(rule)
        except UserError:
            return None
    return shipped_rules().get(key)


def _target_sort(key: str) -> tuple[int, str]:
    return (TARGET_ORDER.index(key) if key in TARGET_ORDER else len(TARGET_ORDER), key)


def year_targets(session: Session, year: int) -> list[Target]:
    """The target rows that apply to `year`, in reading order."""
    rows = [
        t for t in session.query(Target).filter(Target.deleted.is_(False))
        if t.year_from is not None and t.year_to is not None and t.year_from <= year <= t.year_to
    ]
    return sorted(rows, key=lambda t: (_target_sort(t.key), SCOPE_ORDER.get(t.scope, 9)))


def compute_progress(db: Database, year: int, county: str | None = None, month: int | None = None) -> ProgressReport:
    """Progress of every target and scope for `year` (to the end of `month` when given).

    `county` narrows the rows to one scope: a Lishui county, 市本级, 全市, or a Sichuan county
    (its paired Lishui county); an unknown name is a ProgressError.
    """
    if month is not None and not 1 <= month <= 12:
        raise ProgressError(QT_TRANSLATE_NOOP("Progress", "Not a month: %1"), month)
    if not 1900 <= year <= 9999:
        raise ProgressError(QT_TRANSLATE_NOOP("Progress", "Not a year: %1"), year)
    with db.sessions() as session:
        places = data.PlaceMap.load(session, year)
        wanted = None if county is None else places.scope_name(county)
        if county is not None and wanted is None:
            raise ProgressError(QT_TRANSLATE_NOOP("Progress", "Unknown county: %1"), county)
        targets = year_targets(session, year)
        target_rules = [rule_of(t.key, t.rule) for t in targets]
        records = {
            ledger: read_records(session, ledger, year, places)
            for ledger in sorted({r.ledger for r in target_rules if r is not None})
        }

        def county_ids(rule: counting.Rule) -> set[str]:
            return {pid for text in rule.values("county") if (pid := places.county_id(str(text)))}

    until = rules.month_end(year, month) if month else rules.year_bounds(year)[1]
    span = (dt.date(year, month, 1), until) if month else None
    rows: list[ProgressRow] = []
    counted: dict[str, rules.Counted] = {}
    used: dict[str, counting.Rule] = {}
    for target, rule in zip(targets, target_rules, strict=True):
        if rule is not None:
            used.setdefault(target.key, rule)
        figures = counted.get(rule.dumps()) if rule is not None else {}
        if figures is None and rule is not None:
            figures = counted[rule.dumps()] = counting.evaluate(rule, records[rule.ledger], year, county_ids(rule))
        assert figures is not None
        divisor = counting.divisor(rule, target.unit or "")
        deadline = rule.deadline_for(year) if rule is not None else None
        for unit_id, name, partner in places.scopes(target.scope):
            if wanted is not None and name != wanted:
                continue
            items = figures.get(unit_id, {})
            actual, added = rules.tally(items, until, span)
            actual //= divisor
            threshold = int(target.threshold or 0)
            rows.append(ProgressRow(
                county=name, partner=partner, target=target.key, actual=actual, threshold=threshold,
                unit=target.unit or "", met=actual >= threshold,
                month_actual=added // divisor if month else None,
                records=tuple(rules.counted_records(items, until)),
                month_records=tuple(rules.counted_records(items, until, span)) if span else (),
                deadline=deadline))
    return ProgressReport(year=year, month=month, rows=rows, rules=used)


def training_target(report: ProgressReport, target: str) -> bool:
    """Whether a target counts trainees (its rule's ledger), as the monthly sheet's sessions do."""
    rule = report.rules.get(target)
    return rule is not None and rule.ledger == "trainees"


def report_json(report: ProgressReport) -> dict[str, object]:
    """The stable JSON shape of `lishui progress --json`."""
    rows = []
    for r in report.rows:
        item: dict[str, object] = {
            "county": r.county, "partner": r.partner, "target": r.target, "actual": r.actual,
            "threshold": r.threshold, "unit": r.unit, "met": r.met,
        }
        if report.month is not None:
            item["month_actual"] = r.month_actual
        rows.append(item)
    out: dict[str, object] = {"year": report.year}
    if report.month is not None:
        out["month"] = f"{report.year:04d}-{report.month:02d}"
    out["rows"] = rows
    return out


def on_track(actual: int, threshold: int, month: int | None) -> bool:
    """Ahead of the straight line through the year: actual ≥ threshold × month / 12."""
    return actual * 12 >= threshold * (month or 12)


def standing(row: ProgressRow, year: int, month: int) -> str:
    """met, on_track or behind at the end of `month` (0: before the year began).

    Money counts only when paid by the deadline, so a fund not met once the deadline's month
    is reached is behind for good; before it, it is on track.
    """
    if row.met:
        return "met"
    if row.deadline is not None:
        return "behind" if (year, month) >= (row.deadline.year, row.deadline.month) else "on_track"
    return "on_track" if on_track(row.actual, row.threshold, month) else "behind"


@dataclass(frozen=True)
class Scope:
    """A column of the dashboard: the name progress rows carry and the places behind it."""

    name: str  # 莲都区, 市本级, 全市
    unit_id: str | None  # the Lishui place (None for 全市)
    partner: str | None
    partner_id: str | None


def scopes(db: Database, year: int) -> list[Scope]:
    """The six counties, 市本级 and 全市 with their partners in `year`."""
    with db.sessions() as session:
        places = data.PlaceMap.load(session, year)
    out = [
        Scope(name, unit, partner, places.sichuan_of.get(unit))
        for unit, name, partner in places.scopes("county") + places.scopes("city")
    ]
    return [*out, Scope(TOTAL_NAME, None, None, None)]


# Which ledger page lists the records a rule counts, by the rule's ledger (training: the people).
RECORD_PAGES = {
    "pairings": "pairings", "activities": "pairings", "funds": "funds", "cadres": "cadres",
    "trainees": "persons", "sessions": "training", "events": "events", "placements": "placements",
}


def record_filters(target: str, scope: Scope, year: int, report: ProgressReport | None = None,
                   *, this_month: bool = False) -> tuple[str, dict[str, object]]:
    """(ledger page key, filters) that open exactly the records behind one figure: the records
    the target's rule counted (from `report`, else computed), so the list is as long as the
    figure (for funds: the allocations whose payments it sums)."""
    rule = (report.rules.get(target) if report else None) or shipped_rules().get(target)
    page = RECORD_PAGES.get(rule.ledger if rule else "", "events")
    row = next((r for r in report.rows if r.target == target and r.county == scope.name), None) if report else None
    if row is None:
        return page, {"target": target, "year": year, "scope": scope.name}
    return page, {"target": target, "year": year, "records": list(row.month_records if this_month else row.records)}


def counted_records(db: Database, target: str, scope: str, year: int, month: int | None = None,
                    *, this_month: bool = False) -> list[str]:
    """The records a figure counts (for `lishui list --target`, drill-downs without a report)."""
    report = compute_progress(db, year, county=scope, month=month)
    row = next((r for r in report.rows if r.target == target), None)
    if row is None:
        return []
    return list(row.month_records if this_month else row.records)


UNITS = {
    "item": QT_TRANSLATE_NOOP("Units", "item"),
    "person": QT_TRANSLATE_NOOP("Units", "person"),
    "person_time": QT_TRANSLATE_NOOP("Units", "person-time"),
    "yuan": QT_TRANSLATE_NOOP("Units", "yuan"),
    "wan_yuan": QT_TRANSLATE_NOOP("Units", "10,000 yuan"),
    "time": QT_TRANSLATE_NOOP("Units", "time"),
    "enterprise": QT_TRANSLATE_NOOP("Units", "enterprise"),
}


def unit_label(unit: str) -> str:
    return translate("Units", UNITS.get(unit, unit))


def target_measures(db: Database) -> dict[str, str]:
    """Target id → its measure (English source text, as the office wrote it)."""
    with db.sessions() as session:
        return {t.key: t.measure for t in session.query(Target).filter(Target.deleted.is_(False)) if t.measure}


def target_label(key: str, measures: dict[str, str]) -> str:
    """The translated name of a target (its measure), else its id."""
    source = measures.get(key) or MEASURES.get(key, key)
    return translate("Targets", source)
