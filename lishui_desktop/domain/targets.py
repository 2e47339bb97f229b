"""What counts toward a target, in plain Python: items per Lishui unit, dated.

The rules themselves are data (domain/counting.py evaluates the rule a target names). A rule
returns, per counting unit, the items that count: `{unit: {item_key: Item(date, weight,
record)}}`. An item's date is when it started to count, so the same result answers "year to
date at the end of month M" (items dated on or before the month's end) and "added in month M"
(items dated inside the month); its record is the one that made it count (what a figure's
drill-down and the monthly sheet list). Units are Lishui place ids (a county or 市本级), or
TOTAL for the program as a whole.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import NamedTuple

from lishui_desktop.domain.text import clean

TOTAL = "*"


class Item(NamedTuple):
    """One thing that counts: the day it started to count, how much (1, or fen for funds) and
    the record that made it count (what the drill-down and the monthly sheet list)."""

    date: dt.date
    weight: int = 1
    record: str = ""


Counted = dict[str, dict[object, Item]]


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day when it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def keep_first(out: Counted, unit: str | None, key: object, item: Item) -> None:
    """Record `key` for `unit` (when known) and for the total, keeping the earliest date seen."""
    for scope in (unit, TOTAL) if unit else (TOTAL,):  # ties: the smallest record id, everywhere alike
        bucket = out.setdefault(scope, {})
        old = bucket.get(key)
        if old is None or (item.date, item.record) < (old.date, old.record):
            bucket[key] = item


def on_post(start: dt.date | None, end: dt.date | None, year: int) -> bool:
    """On post at some time in `year`: started by its end and not ended before it began."""
    first, last = year_bounds(year)
    return start is not None and start <= last and (end is None or end >= first)


def in_force(start: dt.date | None, end: dt.date | None, ended: bool, year: int) -> bool:
    """A pairing (or any record with a period) in force at some time in `year`: on post that
    year, and not marked ended without an end date (then it no longer counts at all)."""
    return not (ended and end is None) and on_post(start, end, year)


def months_served(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from start to end (1 Mar → 1 Aug next year is 17)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    return months if add_months(start, months) <= end else months - 1


def enterprise_key(name: str | None, credit_code: str | None) -> str:
    code = "".join(clean(credit_code).upper().split())
    if code:
        return "code:" + code
    return "name:" + "".join(clean(name).casefold().split())


def counted_records(items: dict[object, Item], until: dt.date, month: tuple[dt.date, dt.date] | None = None) -> list[str]:
    """The records behind `tally`'s figure (dated on or before `until`, or inside `month`),
    sorted: what a figure's drill-down and the monthly sheet list, one per thing counted."""
    first = month[0] if month is not None else dt.date.min
    last = month[1] if month is not None else until
    return sorted(i.record for i in items.values() if first <= i.date <= last)


def tally(items: dict[object, Item], until: dt.date, month: tuple[dt.date, dt.date] | None = None) -> tuple[int, int]:
    """(weight dated on or before `until`, weight dated inside `month`)."""
    total = sum(i.weight for i in items.values() if i.date <= until)
    added = 0
    if month is not None:
        added = sum(i.weight for i in items.values() if month[0] <= i.date <= month[1])
    return total, added
