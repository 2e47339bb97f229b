"""Dates, numbers and money the way each language writes them (pure Python, no Qt).

Chinese (the default):  2019年3月1日 · 2019年3月 · 1,234.56 元 · 12.35 万元 · 85.7%
English:                1 Mar 2019 · March 2019 · ¥1,234.56 · ¥123,456.78 · 85.7%

Money is integer fen, as everywhere in the program. `lang` defaults to the current language of
domain/i18n.py, so reports, the CLI and the GUI agree.
"""

from __future__ import annotations

import datetime as dt

from lishui_desktop.domain.i18n import language
from lishui_desktop.domain.validation import format_fen

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def _zh(lang: str | None) -> bool:
    return (lang or language()) != "en"


def format_date(value: dt.date | None, lang: str | None = None) -> str:
    """2019年3月1日 / 1 Mar 2019 ('' for None)."""
    if value is None:
        return ""
    if _zh(lang):
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {MONTHS[value.month - 1][:3]} {value.year}"


def format_datetime(value: dt.datetime | None, lang: str | None = None) -> str:
    """2019年3月1日 14:05 / 1 Mar 2019 14:05 ('' for None)."""
    if value is None:
        return ""
    return f"{format_date(value.date(), lang)} {value:%H:%M}"


def format_month(year: int, month: int, lang: str | None = None) -> str:
    """2019年3月 / March 2019."""
    if _zh(lang):
        return f"{year}年{month}月"
    return f"{MONTHS[month - 1]} {year}"


def format_period(start: dt.date, end: dt.date, lang: str | None = None) -> str:
    """2019年3月1日至2019年3月31日 / 1 Mar 2019 – 31 Mar 2019."""
    if _zh(lang):
        return f"{format_date(start, lang)}至{format_date(end, lang)}"
    return f"{format_date(start, lang)} – {format_date(end, lang)}"


def format_years(start: dt.date | None, end: dt.date | None) -> str:
    """A pairing's period by years: 2018–2020, or 2021– while it runs on."""
    first = str(start.year) if start else ""
    return f"{first}–{end.year}" if end else f"{first}–"


def format_number(value: int | float | None, decimals: int = 0, lang: str | None = None) -> str:
    """1,234 or 1,234.5 (both languages group by thousands with a comma); '' for None."""
    if value is None:
        return ""
    return f"{value:,.{decimals}f}"


def format_money(fen: int | None, lang: str | None = None) -> str:
    """1,234.56 元 / ¥1,234.56 ('' for None)."""
    if fen is None:
        return ""
    if _zh(lang):
        return f"{format_fen(fen)} 元"
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{format_fen(abs(fen))}"


def format_money_wan(fen: int | None, lang: str | None = None) -> str:
    """Large sums for summaries: 12.35 万元 in Chinese (2 decimals), ¥123,456.78 in English."""
    if fen is None:
        return ""
    if _zh(lang):
        return f"{fen / 1_000_000:,.2f} 万元"
    return format_money(fen, lang)


def format_percent(ratio: float | None, decimals: int = 1, lang: str | None = None) -> str:
    """0.857 -> 85.7% ('' for None)."""
    if ratio is None:
        return ""
    return f"{ratio * 100:.{decimals}f}%"
