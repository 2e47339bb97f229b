"""What a roster's title rows say about its session.

平昌县2019年第3期农村致富带头人培训班花名册 names the session (the title without 花名册), its
year, term (期), county and often its category; lines such as 培训时间：2019年3月1日—5日,
培训地点：青田县, 主办单位：青田县人力社保局 give dates, place and organiser. Only texts are
returned here: the import checks them as it checks cells, and place names are resolved against
the database's places by the caller.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

_LABELS: dict[str, tuple[str, ...]] = {
    "title": ("培训班名称", "培训班名", "班级名称", "培训名称", "项目名称", "班次"),
    "dates": ("培训时间", "培训日期", "举办时间", "开班时间", "办班时间", "培训期间", "时间"),
    "place": ("培训地点", "举办地点", "培训地址", "地点"),
    "organiser": ("主办单位", "举办单位", "承办单位", "组织单位", "培训单位", "主办"),
    "category": ("培训类别", "培训类型", "班次类别"),
    "hours": ("培训学时", "学时", "课时"),
}
_LABEL_KEY = {label: key for key, labels in _LABELS.items() for label in labels}
_NOT_SESSION = ("填表单位", "填报单位", "填表日期", "填报日期", "制表日期", "制表单位", "单位")
_LABEL = re.compile(
    "(" + "|".join(sorted([*_LABEL_KEY, *_NOT_SESSION], key=len, reverse=True)) + r")\s*[:：]"
)
_SUFFIX = re.compile(
    r"(学员|参训人员|参训学员|人员)?(花名册|名册|名单|签到表|登记表|统计表|信息表|汇总表|一览表|报名表|台账)$"
)
_ATTACHMENT = re.compile(r"^(附件|附表|表)\s*[0-9一二三四五六七八九十]*\s*[:：]?$")
_YEAR = re.compile(r"(20[0-9]{2}|19[0-9]{2})\s*年")
_TERM = re.compile(r"第\s*([0-9]+|[一二三四五六七八九十]+)\s*期")
_FULL = re.compile(r"([0-9]{4})\s*[年./\-]\s*([0-9]{1,2})\s*[月./\-]\s*([0-9]{1,2})\s*日?")
_MONTH_DAY = re.compile(r"\s*([0-9]{1,2})\s*[月./\-]\s*([0-9]{1,2})\s*日?")
_DAY = re.compile(r"\s*([0-9]{1,2})\s*日")
_RANGE = re.compile(r"\s*[-—–~～至到]+\s*")
_CN_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)}
# category words found in titles, longest first, as the template writes them
CATEGORY_WORDS = (
    ("东西部扶贫协作干部", "东西部扶贫协作干部"), ("扶贫协作干部", "东西部扶贫协作干部"),
    ("协作干部", "东西部扶贫协作干部"), ("贫困村干部", "贫困村干部"), ("村干部", "贫困村干部"),
    ("村两委", "贫困村干部"), ("致富带头人", "农村致富带头人"), ("专业技术人才", "专业技术人才"),
    ("专技人才", "专业技术人才"),
)


@dataclass
class Heading:
    """The session as the title rows give it (texts; None where they say nothing)."""

    title: str | None = None
    year: int | None = None
    term: int | None = None
    category: str | None = None
    organiser: str | None = None
    place: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    hours: str | None = None
    texts: list[str] = field(default_factory=list)


def _labelled(text: str) -> dict[str, str]:
    """label -> value of every '标签：值' in one text."""
    found: dict[str, str] = {}
    marks = list(_LABEL.finditer(text))
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        value = text[mark.end():end].strip(" \t\u3000;；,，。")
        found.setdefault(mark.group(1), value)
    return found


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def date_span(text: str) -> tuple[dt.date | None, dt.date | None]:
    """The first date in `text` and, after 至 or a dash, the end (2019年3月1日—5日, 3.1-3.5 …)."""
    first = _FULL.search(text)
    if first is None:
        return None, None
    start = _date(*first.groups())
    rest = text[first.end():]
    joined = _RANGE.match(rest)
    if start is None or joined is None:
        return start, None
    rest = rest[joined.end():]
    for pattern, parts in ((_FULL, 3), (_MONTH_DAY, 2), (_DAY, 1)):
        match = pattern.match(rest)
        if match:
            values = (str(start.year), str(start.month))[: 3 - parts] + match.groups()
            end = _date(*values)
            return start, end if end is None or end >= start else None
    return start, None


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text.startswith("十"):
        return 10 + _CN_DIGITS.get(text[1:], 0)
    if "十" in text:
        tens, _ten, ones = text.partition("十")
        return _CN_DIGITS.get(tens, 0) * 10 + _CN_DIGITS.get(ones, 0)
    return _CN_DIGITS.get(text, 0)


def read_heading(texts: list[str]) -> Heading:
    """The session named by the texts above a roster's header."""
    heading = Heading(texts=list(texts))
    for text in texts:
        labelled = _labelled(text)
        for label, value in labelled.items():
            key = _LABEL_KEY.get(label)
            if key == "dates" and heading.start is None:
                heading.start, heading.end = date_span(value)
            elif key == "title" and value and heading.title is None:
                heading.title = _SUFFIX.sub("", value) or value
            elif key in ("place", "organiser", "category", "hours") and value and getattr(heading, key) is None:
                setattr(heading, key, value)
        if labelled or _ATTACHMENT.match(text) or heading.title is not None:
            continue
        if len(text) >= 4 and not _FULL.fullmatch(text.strip()):
            heading.title = _SUFFIX.sub("", "".join(text.split())) or text.strip()
    for source in (heading.title or "", *texts):
        if heading.year is None and (year := _YEAR.search(source)):
            heading.year = int(year.group(1))
        if heading.term is None and (term := _TERM.search(source)):
            heading.term = _number(term.group(1)) or None
    if heading.category is None:
        heading.category = next((word for found, word in CATEGORY_WORDS if found in (heading.title or "")), None)
    return heading


def places_in(text: str, names: list[str]) -> list[str]:
    """The place names (full, or without 县/区/市 when at least two characters remain) that
    `text` mentions, in the order given."""
    found = []
    for name in names:
        short = name[:-1] if name[-1:] in "县区市" and len(name) > 2 else name
        if name in text or (len(short) >= 2 and short in text):
            found.append(name)
    return found
