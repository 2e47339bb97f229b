"""Editing the targets (考核指标): rows of the `targets` table the office keeps up to date.

A target row gives one target id a threshold for a scope (each county, 市本级, 全市) over a
range of years, and names its counting rule (domain/counting.py; the shipped targets' rules
when it names none). A new kind of target is a new id with a rule: no code. New years get new
rows (copied from the year before, then edited); a row is ended by shortening its years,
never deleted outright, so older years keep their figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Target
from lishui_desktop.domain import counting
from lishui_desktop.domain import natural_keys as nk
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.domain.text import clean
from lishui_desktop.services.progress import TARGET_ORDER, UNITS, rule_of

CTX = "Targets"
SCOPES = {
    "county": QT_TRANSLATE_NOOP("Targets", "Each county"),
    "city": QT_TRANSLATE_NOOP("Targets", "City level"),
    "total": QT_TRANSLATE_NOOP("Targets", "Program total"),
}
# the words offices write for scopes and units (workbooks, the command line), whatever the language
SCOPE_WORDS = {"各县": "county", "各结对县": "county", "各结对县（市、区）": "county", "县": "county",
               "市本级": "city", "全市": "total", "合计": "total"}
UNIT_WORDS = {"个": "item", "人": "person", "人次": "person_time", "元": "yuan", "万元": "wan_yuan", "次": "time",
              "家": "enterprise"}


def scope_code(text: object) -> str:
    """The scope code for what was typed (各县, 市本级, 全市 ... or the code)."""
    word = clean(text)
    return SCOPE_WORDS.get(word, word.casefold())


def unit_code(text: object) -> str | None:
    """The unit code for what was typed (人, 万元 ... or the code); None when nothing was."""
    word = clean(text)
    return UNIT_WORDS.get(word, word.casefold()) or None


NO_ROW = QT_TRANSLATE_NOOP("Targets", "No such target: %1")
MANY_ROWS = QT_TRANSLATE_NOOP("Targets", "%1 names more than one target row; add --scope and --year, or give the row's id.")


class TargetError(UserError):
    context = CTX


@dataclass(frozen=True)
class TargetInfo:
    """One target row as plain values."""

    id: str
    key: str
    area: str
    measure: str
    scope: str
    year_from: int
    year_to: int
    threshold: int
    unit: str
    wording: str | None = None
    rule: str | None = None  # the row's own rule (JSON); None: the shipped rule of its id

    def rule_text(self) -> str:
        """The rule that counts this row, in the text form ('' when it has none)."""
        rule = rule_of(self.key, self.rule)
        return rule.text() if rule is not None else ""


def _info(t: Target) -> TargetInfo:
    return TargetInfo(id=t.id, key=t.key, area=t.area or t.key.split(".")[0], measure=t.measure or t.key,
                      scope=t.scope, year_from=int(t.year_from), year_to=int(t.year_to),
                      threshold=int(t.threshold or 0), unit=t.unit or "", wording=t.wording, rule=t.rule)


def list_targets(db: Database, year: int | None = None) -> list[TargetInfo]:
    """Every live target row (those applying to `year` when given), in reading order."""
    with db.sessions() as session:
        rows = [_info(t) for t in session.scalars(select(Target).where(Target.deleted.is_(False)))]
    if year is not None:
        rows = [t for t in rows if t.year_from <= year <= t.year_to]
    order = {k: i for i, k in enumerate(TARGET_ORDER)}
    return sorted(rows, key=lambda t: (order.get(t.key, 99), t.key, t.scope != "county", t.scope, t.year_from))


KEY = re.compile(r"[a-z][a-z0-9_]*\.[a-z0-9_]+")


def _check(info: TargetInfo, others: list[TargetInfo]) -> None:
    if not KEY.fullmatch(info.key) or len(info.key) > 40:
        raise TargetError(QT_TRANSLATE_NOOP("Targets", "A target id is an area and a name in small letters, such as %1."),
                          "industry.consumer_sales", field="key")
    rule = rule_of(info.key, info.rule)
    if rule is None:
        raise TargetError(QT_TRANSLATE_NOOP("Targets", "No counting rule for the target %1."), info.key, field="key")
    if info.scope not in SCOPES:
        raise TargetError(QT_TRANSLATE_NOOP("Targets", "Unknown scope: %1"), info.scope, field="scope")
    if info.unit not in UNITS:
        raise TargetError(QT_TRANSLATE_NOOP("Targets", "Unknown unit: %1"), info.unit, field="unit")
    if not (1900 <= info.year_from <= info.year_to <= 9999):
        raise TargetError(QT_TRANSLATE_NOOP("Targets", "The years %1 to %2 are not a range."), info.year_from,
                          info.year_to, field="year_from")
    if info.threshold < 0:
        raise TargetError(QT_TRANSLATE_NOOP("Targets", "A target cannot be negative."), field="threshold")
    counting.check_unit(rule, info.unit)
    for other in others:
        if (other.id != info.id and other.key == info.key and other.scope == info.scope
                and other.year_from <= info.year_to and info.year_from <= other.year_to):
            raise TargetError(QT_TRANSLATE_NOOP("Targets", "%1 already has a target for %2 to %3."), info.key,
                              max(other.year_from, info.year_from), min(other.year_to, info.year_to), field="year_from")


def _rule_json(rule: str | None) -> str | None:
    """A rule as typed (text or JSON), checked and stored as canonical JSON."""
    return counting.parse_rule(rule).dumps() if rule and rule.strip() else None


def _rows_in(session: Session) -> list[TargetInfo]:
    return [_info(t) for t in session.scalars(select(Target).where(Target.deleted.is_(False)))]


def add_in(session: Session, key: str, scope: str, year_from: int, year_to: int, threshold: int,
           unit: str | None = None, measure: str | None = None, wording: str | None = None,
           rule: str | None = None) -> str:
    """`add_target` in the caller's unit of work (checked first: nothing is written on a refusal)."""
    existing = _rows_in(session)
    same = next((t for t in existing if t.key == key), None)
    own_rule = _rule_json(rule) or (same.rule if same else None)
    if same is None and not clean(measure) and own_rule:
        raise TargetError(QT_TRANSLATE_NOOP("Targets", "Give the new target a name."), field="measure")
    info = TargetInfo(id="", key=key, area=key.split(".")[0], measure=clean(measure) or (same.measure if same else key),
                      scope=scope, year_from=year_from, year_to=year_to, threshold=threshold,
                      unit=unit or (same.unit if same else "item"), wording=wording or (same.wording if same else None),
                      rule=own_rule)
    _check(info, existing)
    row = Target(key=info.key, area=info.area, measure=info.measure, scope=info.scope, year_from=year_from,
                 year_to=year_to, threshold=threshold, unit=info.unit, wording=info.wording, rule=info.rule)
    session.add(row)
    session.flush()
    return str(row.id)


def add_target(db: Database, key: str, scope: str, year_from: int, year_to: int, threshold: int,
               unit: str | None = None, measure: str | None = None, wording: str | None = None,
               rule: str | None = None) -> str:
    """A new target row (unit, measure, wording and rule default to those of the same target
    id); its id. A new target id needs a rule and a measure (its name)."""
    with db.transaction() as session:
        return add_in(session, key, scope, year_from, year_to, threshold, unit, measure, wording, rule)


def change_in(session: Session, target_id: str, **changes: object) -> tuple[TargetInfo, bool]:
    """`change_target` in the caller's unit of work; (the row as changed, whether anything did)."""
    existing = _rows_in(session)
    old = next((t for t in existing if t.id == target_id), None)
    if old is None:
        raise TargetError(NO_ROW, target_id)
    if changes.get("measure") is not None:
        changes["measure"] = clean(changes["measure"]) or None
    if changes.get("rule") is not None:
        changes["rule"] = _rule_json(str(changes["rule"]))
    new = TargetInfo(**{**old.__dict__, **{k: v for k, v in changes.items() if v is not None}})
    _check(new, existing)
    row = session.get(Target, target_id)
    assert row is not None
    changed = False
    for name in ("threshold", "year_from", "year_to", "unit", "wording", "measure", "rule"):
        if not nk.same_text(getattr(row, name), getattr(new, name)):  # （ and ( after a spreadsheet: the same
            setattr(row, name, getattr(new, name))
            changed = True
    session.flush()
    return new, changed


def change_target(db: Database, target_id: str, *, threshold: int | None = None, year_from: int | None = None,
                  year_to: int | None = None, unit: str | None = None, wording: str | None = None,
                  measure: str | None = None, rule: str | None = None) -> TargetInfo:
    """Change the threshold, years, unit, wording, name or rule of a row."""
    with db.transaction() as session:
        return change_in(session, target_id, threshold=threshold, year_from=year_from, year_to=year_to, unit=unit,
                         wording=wording, measure=measure, rule=rule)[0]


def end_target(db: Database, target_id: str, last_year: int) -> None:
    """The target no longer applies after `last_year` (a row ended before it began is removed)."""
    old = next((t for t in list_targets(db) if t.id == target_id), None)
    if old is None:
        raise TargetError(QT_TRANSLATE_NOOP("Targets", "No such target: %1"), target_id)
    with db.transaction() as s:
        row = s.get(Target, target_id)
        assert row is not None
        if last_year < old.year_from:
            row.deleted = True
        else:
            row.year_to = min(old.year_to, last_year)


def add_year(db: Database, year: int) -> int:
    """Targets for `year` copied from the year before for every target id and scope that has none."""
    rows = list_targets(db)
    have = {(t.key, t.scope) for t in rows if t.year_from <= year <= t.year_to}
    added = 0
    for t in rows:
        if t.year_from <= year - 1 <= t.year_to and (t.key, t.scope) not in have:
            add_target(db, t.key, t.scope, year, year, t.threshold, t.unit, t.measure, t.wording, t.rule)
            have.add((t.key, t.scope))
            added += 1
    return added
