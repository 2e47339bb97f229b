"""Counting rules as data: the documented set of general rules a target names.

A target row carries its rule (JSON in `targets.rule`; the shipped targets' rules are in
resources/reference/targets.json), so a new period's targets need no code. Two rules:

- **count** the records of a ledger that match `where` (category, kind, level, status, poor
  flag, county ...), dated in the year by one of the ledger's date fields, or `in_force`
  (started by the year's end, not ended before it began; optionally lasting `min_months` to
  `max_months`), once per `distinct` key: the record, the person, the person and the date
  (person-times), the enterprise (credit code, else name), or the event (unit, day, title).
- **sum** a money field of the matching records (positive amounts), dated the same way; a
  ledger with a year column (funds) takes the year's rows, and a `deadline` (MM-DD, per year
  or `*`) leaves out amounts dated after it.

Written as text (CLI, Excel, the targets editor) a rule reads
`count trainees category=wealth_leader distinct=person` or `sum events.amount kind=sale`;
values may be codes, their Chinese labels or the usual aliases. Rules are checked against the
catalogue of ledgers below; evaluation runs on plain `Record`s (services/progress_data.py
reads them) and returns, per Lishui unit, the items that count (see domain/targets.py).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from lishui_desktop.domain import choices as ch
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.domain.targets import (
    Counted,
    Item,
    add_months,
    enterprise_key,
    in_force,
    keep_first,
    months_served,
    year_bounds,
)
from lishui_desktop.domain.text import clean

CTX = "Targets"
BOOL = "bool"
PLACE = "place"
DISTINCT = ("record", "person", "person_time", "enterprise", "event")
# fen per unit of a sum's result
MONEY_UNITS = {"yuan": 100, "wan_yuan": 1_000_000}


class RuleError(UserError):
    context = CTX


@dataclass(frozen=True)
class Ledger:
    """What a rule may use of one ledger."""

    label: str
    dates: tuple[str, ...]  # date fields; the first is the default
    filters: Mapping[str, Any]  # field -> a choice table, BOOL or PLACE
    money: tuple[str, ...] = ()
    distinct: tuple[str, ...] = ("record",)
    span: bool = False  # has start and end dates: in_force and months apply
    year_column: bool = False  # rows belong to a year (funds)


_COUNTY = {"county": PLACE}
LEDGERS: dict[str, Ledger] = {
    "trainees": Ledger(QT_TRANSLATE_NOOP("Targets", "trainees"), ("start_date",),
                       {"category": ch.TRAINING_CATEGORIES, "poor": BOOL, **_COUNTY}, (), ("record", "person")),
    "placements": Ledger(QT_TRANSLATE_NOOP("Targets", "labor placements"), ("start_date", "end_date"),
                         {"poor": BOOL, "channel": ch.PLACEMENT_CHANNELS, "contract": BOOL, **_COUNTY},
                         ("monthly_wage",), ("record", "person", "enterprise")),
    "cadres": Ledger(QT_TRANSLATE_NOOP("Targets", "cadres"), ("start_date", "end_date"),
                     {"level": ch.CADRE_LEVELS, **_COUNTY}, (), ("record", "person", "person_time"), span=True),
    "events": Ledger(QT_TRANSLATE_NOOP("Targets", "events"), ("date",), {"kind": ch.EVENT_KINDS, **_COUNTY},
                     ("amount",), ("record", "enterprise", "event")),
    "pairings": Ledger(QT_TRANSLATE_NOOP("Targets", "pairings"), ("start_date", "end_date"),
                       {"level": ch.PAIRING_LEVELS, "status": ch.PAIRING_STATUS, **_COUNTY}, (), ("record",),
                       span=True),
    "activities": Ledger(QT_TRANSLATE_NOOP("Targets", "pairing activities"), ("date",),
                         {"kind": ch.ACTIVITY_KINDS, "level": ch.PAIRING_LEVELS, **_COUNTY}, (), ("record", "event")),
    "sessions": Ledger(QT_TRANSLATE_NOOP("Targets", "training sessions"), ("start_date", "end_date"),
                       {"category": ch.TRAINING_CATEGORIES, **_COUNTY}, (), ("record",)),
    "funds": Ledger(QT_TRANSLATE_NOOP("Targets", "funds"), ("disbursed_date", "allocated_date"), dict(_COUNTY),
                    ("disbursed", "allocated"), ("record",), year_column=True),
}
# Words people use for ledgers and fields (Excel, CLI), besides the codes themselves.
LEDGER_WORDS = {
    "培训学员": "trainees", "学员": "trainees", "培训": "trainees", "转移就业": "placements", "就业": "placements",
    "挂职干部": "cadres", "干部": "cadres", "活动事件": "events", "事件": "events", "结对关系": "pairings",
    "结对": "pairings", "结对活动": "activities", "培训班": "sessions", "帮扶资金": "funds", "资金": "funds",
}
FIELD_WORDS = {
    "类别": "category", "培训类别": "category", "类型": "kind", "事件类型": "kind", "活动类型": "kind",
    "层级": "level", "级别": "level", "挂职类别": "level", "状态": "status", "贫困户": "poor",
    "建档立卡": "poor", "渠道": "channel", "劳动合同": "contract", "县": "county", "受援县": "county",
    "金额": "amount", "月工资": "monthly_wage", "到位资金": "disbursed", "安排资金": "allocated",
}
_CHOICE_ALIAS = {id(ch.TRAINING_CATEGORIES): "training_category", id(ch.CADRE_LEVELS): "cadre_level",
                 id(ch.PAIRING_LEVELS): "pairing_level", id(ch.PLACEMENT_CHANNELS): "channel",
                 id(ch.EVENT_KINDS): "event_kind"}


@dataclass(frozen=True)
class Rule:
    """One counting rule (see the module's docstring); build it with `parse_rule`."""

    op: str  # count | sum
    ledger: str
    money: str | None = None  # the field a sum adds up
    where: tuple[tuple[str, tuple[Any, ...]], ...] = ()
    date: str = ""  # the date field (default: the ledger's first)
    in_force: bool = False
    distinct: str = "record"
    min_months: int | None = None
    max_months: int | None = None
    deadline: tuple[tuple[str, str], ...] = ()  # (year or "*", "MM-DD")

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"op": self.op, "ledger": self.ledger}
        if self.money:
            out["field"] = self.money
        if self.where:
            out["where"] = {k: list(v) if len(v) > 1 else v[0] for k, v in self.where}
        if self.date and self.date != LEDGERS[self.ledger].dates[0]:
            out["date"] = self.date
        if self.in_force:
            out["in_force"] = True
        if self.distinct != "record":
            out["distinct"] = self.distinct
        for name in ("min_months", "max_months"):
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        if self.deadline:
            out["deadline"] = dict(self.deadline)
        return out

    def dumps(self) -> str:
        return json.dumps(self.as_json(), ensure_ascii=False, sort_keys=True)

    def text(self) -> str:
        """The rule as one line of the text form (parse_rule reads it back)."""
        words = [self.op, f"{self.ledger}.{self.money}" if self.money else self.ledger]
        for name, values in self.where:
            shown = ["yes" if v is True else "no" if v is False else str(v) for v in values]
            words.append(f"{name}={','.join(shown)}")
        if self.date and self.date != LEDGERS[self.ledger].dates[0]:
            words.append(f"date={self.date}")
        if self.in_force:
            words.append("in_force")
        if self.distinct != "record":
            words.append(f"distinct={self.distinct}")
        for name in ("min_months", "max_months"):
            if getattr(self, name) is not None:
                words.append(f"{name}={getattr(self, name)}")
        if self.deadline:
            words.append("deadline=" + ",".join(f"{y}:{d}" for y, d in self.deadline))
        return " ".join(words)

    def deadline_for(self, year: int) -> dt.date | None:
        found = dict(self.deadline)
        text = found.get(str(year), found.get("*"))
        if text is None:
            return None
        month, day = (int(p) for p in text.split("-"))
        return dt.date(year, month, day)

    def values(self, name: str) -> tuple[Any, ...]:
        return dict(self.where).get(name, ())


def _fail(text: str, *args: object) -> RuleError:
    return RuleError(text, *args, field="rule")


_TRUE = {"yes", "true", "1", "是", "y"}
_FALSE = {"no", "false", "0", "否", "n"}


def _filter_value(table: Any, raw: Any, name: str) -> Any:
    if table == BOOL:
        if isinstance(raw, bool):
            return raw
        text = clean(raw).casefold()
        if text in _TRUE or text in _FALSE:
            return text in _TRUE
        raise _fail(QT_TRANSLATE_NOOP("Targets", "%1 takes yes or no."), name)
    text = clean(raw)
    if not text:
        raise _fail(QT_TRANSLATE_NOOP("Targets", "The filter %1 has no value."), name)
    if table == PLACE:
        return text  # a place id, name or code: services resolve it
    code = ch.code_for(table, _CHOICE_ALIAS.get(id(table), ""), text)
    if code is None:
        raise _fail(QT_TRANSLATE_NOOP("Targets", "%1 is not a value of %2; use one of: %3"), text, name, ", ".join(table))
    return code


def _int(raw: Any, name: str) -> int:
    text = clean(raw)
    if isinstance(raw, bool) or not text.isdigit() or not 0 < int(text) <= 600:
        raise _fail(QT_TRANSLATE_NOOP("Targets", "%1 must be a whole number of months."), name)
    return int(text)


_MMDD = re.compile(r"(\d{1,2})-(\d{1,2})")


def _deadline(raw: Any) -> tuple[tuple[str, str], ...]:
    if isinstance(raw, str):
        pairs = []
        for part in filter(None, (p.strip() for p in raw.split(","))):
            year, _, day = part.rpartition(":")
            pairs.append((year or "*", day))
        raw = dict(pairs)
    if not isinstance(raw, dict) or not raw:
        raise _fail(QT_TRANSLATE_NOOP("Targets", "A deadline is a month and day such as 03-31, per year: 2018:05-31,*:03-31."))
    out = []
    for year, day in raw.items():
        match = _MMDD.fullmatch(clean(day))
        year = clean(year)
        ok = match is not None and (year == "*" or (year.isdigit() and len(year) == 4))
        if ok:
            assert match is not None
            try:
                dt.date(2000, int(match[1]), int(match[2]))
            except ValueError:
                ok = False
        if not ok:
            raise _fail(QT_TRANSLATE_NOOP("Targets", "A deadline is a month and day such as 03-31, per year: 2018:05-31,*:03-31."))
        assert match is not None
        out.append((year, f"{int(match[1]):02d}-{int(match[2]):02d}"))
    return tuple(sorted(out))


def _from_text(text: str) -> dict[str, Any]:
    words = clean(text).replace("＝", "=").split()
    if len(words) < 2:
        raise _fail(QT_TRANSLATE_NOOP("Targets", "A rule starts with count or sum and a ledger, e.g. %1"),
                    "sum events.amount kind=sale")
    op, target, rest = words[0], words[1], words[2:]
    ledger, _, money = target.partition(".")
    data: dict[str, Any] = {"op": {"计数": "count", "求和": "sum"}.get(op, op), "ledger": ledger, "where": {}}
    if money:
        data["field"] = money
    for word in rest:
        name, eq, value = word.partition("=")
        if not eq:
            data[name] = True
        elif name in ("date", "distinct", "min_months", "max_months", "deadline", "field", "日期", "去重"):
            data[{"日期": "date", "去重": "distinct"}.get(name, name)] = value
        else:
            data["where"][name] = value.split(",") if "," in value else value
    return data


def parse_rule(source: str | Mapping[str, Any]) -> Rule:
    """A checked rule from JSON, a dict or the text form; RuleError says what is wrong."""
    if isinstance(source, str):
        text = source.strip()
        if text.startswith("{"):
            try:
                data = json.loads(text)
            except ValueError:
                raise _fail(QT_TRANSLATE_NOOP("Targets", "The rule is not valid JSON.")) from None
        else:
            data = _from_text(text)
    else:
        data = dict(source)
    if not isinstance(data, dict):
        raise _fail(QT_TRANSLATE_NOOP("Targets", "The rule is not valid JSON."))
    op = clean(data.get("op"))
    if op not in ("count", "sum"):
        raise _fail(QT_TRANSLATE_NOOP("Targets", "A rule starts with count or sum and a ledger, e.g. %1"),
                    "sum events.amount kind=sale")
    ledger_name = clean(data.get("ledger"))
    ledger_name = LEDGER_WORDS.get(ledger_name, ledger_name)
    ledger = LEDGERS.get(ledger_name)
    if ledger is None:
        raise _fail(QT_TRANSLATE_NOOP("Targets", "Unknown ledger %1; use one of: %2"), ledger_name, ", ".join(LEDGERS))
    money = clean(data.get("field")) or None
    money = FIELD_WORDS.get(money or "", money)
    if op == "sum" and money not in ledger.money:
        raise _fail(QT_TRANSLATE_NOOP("Targets", "A sum adds up a money field of %1: %2"), ledger_name,
                    ", ".join(ledger.money) or "-")
    if op == "count" and money:
        raise _fail(QT_TRANSLATE_NOOP("Targets", "A count adds up no field; write sum for money."))
    where: dict[str, tuple[Any, ...]] = {}
    raw_where = data.get("where") or {}
    if not isinstance(raw_where, dict):
        raise _fail(QT_TRANSLATE_NOOP("Targets", "The rule is not valid JSON."))
    for raw_name, raw in raw_where.items():
        name = FIELD_WORDS.get(clean(raw_name), clean(raw_name))
        if name not in ledger.filters:
            raise _fail(QT_TRANSLATE_NOOP("Targets", "%1 cannot be filtered by %2; use one of: %3"), ledger_name, name,
                        ", ".join(ledger.filters))
        items = raw if isinstance(raw, list | tuple) else [raw]
        values = tuple(dict.fromkeys(_filter_value(ledger.filters[name], v, name) for v in items))
        if not values:
            raise _fail(QT_TRANSLATE_NOOP("Targets", "The filter %1 has no value."), name)
        where[name] = values
    date = clean(data.get("date")) or ledger.dates[0]
    if date not in ledger.dates:
        raise _fail(QT_TRANSLATE_NOOP("Targets", "%1 has no date field %2; use one of: %3"), ledger_name, date,
                    ", ".join(ledger.dates))
    forced = data.get("in_force") in (True, "true", "yes", 1)
    mins = None if data.get("min_months") in (None, "") else _int(data["min_months"], "min_months")
    maxs = None if data.get("max_months") in (None, "") else _int(data["max_months"], "max_months")
    if (forced or mins or maxs) and not ledger.span:
        raise _fail(QT_TRANSLATE_NOOP("Targets", "%1 has no start and end dates: in_force and months do not apply."),
                    ledger_name)
    distinct = clean(data.get("distinct")) or "record"
    distinct = {"按人": "person", "按记录": "record", "按人次": "person_time", "按企业": "enterprise",
                "按事件": "event"}.get(distinct, distinct)
    if distinct not in ledger.distinct:
        raise _fail(QT_TRANSLATE_NOOP("Targets", "%1 counts distinct %2; use one of: %3"), ledger_name, distinct,
                    ", ".join(ledger.distinct))
    deadline = () if data.get("deadline") in (None, "", {}) else _deadline(data["deadline"])
    if deadline and op != "sum":
        raise _fail(QT_TRANSLATE_NOOP("Targets", "Only a sum of money has a deadline."))
    return Rule(op, ledger_name, money if op == "sum" else None, tuple(sorted(where.items())), date, forced,
                distinct, mins, maxs, deadline)


def check_unit(rule: Rule, unit: str) -> None:
    """A sum of money is shown in yuan or 万元; a count in anything else."""
    if rule.op == "sum" and unit not in MONEY_UNITS:
        raise _fail(QT_TRANSLATE_NOOP("Targets", "A sum of money is counted in yuan or 10,000 yuan."))
    if rule.op == "count" and unit in MONEY_UNITS:
        raise _fail(QT_TRANSLATE_NOOP("Targets", "A count is not money: choose another unit."))


def divisor(rule: Rule | None, unit: str) -> int:
    """Fen per shown unit for a sum (floor after summing), 1 for a count."""
    return MONEY_UNITS.get(unit, 1) if rule is not None and rule.op == "sum" else 1


class Record(NamedTuple):
    """One record of a ledger as a rule sees it: its Lishui unit and named values (filter
    fields, dates, money in fen, `person`, `title`, `enterprise`, `credit_code`, `year`,
    `ended`)."""

    id: str
    unit: str | None
    values: Mapping[str, Any]


@dataclass
class _Matcher:
    rule: Rule
    county_ids: set[str] = field(default_factory=set)

    def __call__(self, record: Record) -> bool:
        values = record.values
        for name, accepted in self.rule.where:
            if name == "county":
                if values.get("county") not in self.county_ids:
                    return False
            elif values.get(name) not in accepted:
                return False
        return True


def _dated(rule: Rule, record: Record, year: int) -> dt.date | None:
    """The day the record starts to count in `year`, or None when it does not count.

    In force: dated by its start (one from an earlier year counts from January without being
    "added" then). A duration is measured to the end date, else to the end of the year."""
    values = record.values
    first, last = year_bounds(year)
    day: dt.date | None
    if rule.in_force:
        start, end = values.get("start_date"), values.get("end_date")
        if not in_force(start, end, bool(values.get("ended")), year):
            return None
        day = start
    else:
        day = values.get(rule.date)
        if day is None:
            return None
        if LEDGERS[rule.ledger].year_column:
            if values.get("year") != year:
                return None
        elif not first <= day <= last:
            return None
    if rule.min_months or rule.max_months:
        start = values.get("start_date")
        measured = values.get("end_date") or last
        if start is None or measured < start:
            return None
        if rule.min_months and months_served(start, measured) < rule.min_months:
            return None
        if rule.max_months and measured > add_months(start, rule.max_months):
            return None
    deadline = rule.deadline_for(year)
    return None if day is None or (deadline is not None and day > deadline) else day


def _event_key(record: Record, day: dt.date) -> tuple[Any, ...]:
    return (record.unit, day, "".join(clean(record.values.get("title")).casefold().split()))


def evaluate(rule: Rule, records: Iterable[Record], year: int, county_ids: Iterable[str] = ()) -> Counted:
    """What counts for each Lishui unit (and the total) in `year` under `rule`.

    `county_ids` are the place ids a `county` filter stands for (the services resolve names).
    """
    matches = _Matcher(rule, set(county_ids))
    chosen: list[tuple[Record, dt.date]] = []
    for record in records:
        if not matches(record):
            continue
        day = _dated(rule, record, year)
        if day is not None:
            chosen.append((record, day))
    code_of_name: dict[str, str] = {}
    if rule.distinct == "enterprise":
        chosen = [(r, d) for r, d in chosen if r.values.get("enterprise") or r.values.get("credit_code")]
        code_of_name = {
            enterprise_key(r.values.get("enterprise"), None): enterprise_key(None, r.values.get("credit_code"))
            for r, _d in chosen
            if r.values.get("credit_code") and clean(r.values.get("credit_code")) and r.values.get("enterprise")
        }
    out: Counted = {}
    for record, day in chosen:
        weight = 1
        if rule.op == "sum":
            weight = int(record.values.get(rule.money or "") or 0)
            if weight <= 0:
                continue
        key: Any
        if rule.distinct == "person":
            key = record.values.get("person")
        elif rule.distinct == "person_time":
            key = (record.values.get("person"), day)
        elif rule.distinct == "enterprise":
            key = enterprise_key(record.values.get("enterprise"), record.values.get("credit_code"))
            key = code_of_name.get(key, key)
        elif rule.distinct == "event":
            key = _event_key(record, day)
        else:
            key = record.id
        keep_first(out, record.unit, key, Item(day, weight, record.id))
    return out
