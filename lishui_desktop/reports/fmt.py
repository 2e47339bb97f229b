"""Dates, money and counts as printed on the forms, in the current language."""

from __future__ import annotations

import datetime as dt

from lishui_desktop.domain.i18n import language, translate

CTX = "Reports"


def date_text(value: dt.date | None) -> str:
    """2026年3月5日 in Chinese, 2026-03-05 in English; '' for no date."""
    if value is None:
        return ""
    if language() == "en":
        return value.isoformat()
    return f"{value.year}年{value.month}月{value.day}日"


def short_date(value: dt.date | None) -> str:
    """2019.03.05 in Chinese tables (a date never wraps in a narrow column), ISO in English."""
    if value is None:
        return ""
    return value.isoformat() if language() == "en" else f"{value.year}.{value.month:02d}.{value.day:02d}"


def short_span(start: dt.date | None, end: dt.date | None) -> str:
    if start and end and end != start:
        return f"{short_date(start)}—{short_date(end)}"
    return short_date(start or end)


def span_text(start: dt.date | None, end: dt.date | None) -> str:
    if start and end and end != start:
        return f"{date_text(start)}—{date_text(end)}"
    return date_text(start or end)


def month_text(year: int, month: int) -> str:
    return f"{year}-{month:02d}" if language() == "en" else f"{year}年{month}月"


def yuan(fen: int | None) -> str:
    """Fen as yuan with thousands separators: 1,234,567.89 ('' for none)."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def number(value: int) -> str:
    return f"{value:,}"


def yes_no(flag: bool) -> str:
    return translate("Reports", "Yes") if flag else translate("Reports", "No")


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month."""
    first = dt.date(year, month, 1)
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)
