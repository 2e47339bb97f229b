"""Dates, numbers and money: Chinese forms in Chinese, English forms in English."""

from __future__ import annotations

import datetime as dt

from lishui_desktop.domain import formats
from lishui_desktop.domain.i18n import set_language


def test_chinese_forms() -> None:
    day = dt.date(2019, 3, 1)
    assert formats.format_date(day) == "2019年3月1日"
    assert formats.format_datetime(dt.datetime(2019, 3, 1, 14, 5)) == "2019年3月1日 14:05"
    assert formats.format_month(2019, 3) == "2019年3月"
    assert formats.format_period(day, dt.date(2019, 3, 31)) == "2019年3月1日至2019年3月31日"
    assert formats.format_money(123456) == "1,234.56 元"
    assert formats.format_money(-5) == "-0.05 元"
    assert formats.format_money_wan(12_345_678) == "12.35 万元"
    assert formats.format_number(1234567) == "1,234,567"
    assert formats.format_percent(0.8567) == "85.7%"
    assert formats.format_money(None) == formats.format_date(None) == ""


def test_english_forms_follow_the_language() -> None:
    set_language("en")
    try:
        assert formats.format_date(dt.date(2019, 3, 1)) == "1 Mar 2019"
        assert formats.format_month(2019, 12) == "December 2019"
        assert formats.format_money(123456) == "¥1,234.56"
        assert formats.format_money(-123456) == "-¥1,234.56"
        assert formats.format_money_wan(12_345_678) == "¥123,456.78"
        assert formats.format_number(1234.5, 1) == "1,234.5"
    finally:
        set_language("zh_CN")
    assert formats.format_date(dt.date(2019, 3, 1), lang="en") == "1 Mar 2019"
