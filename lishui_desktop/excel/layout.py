"""County layouts: where a sheet's table is, and which of its rows are data.

Sheets as county offices make them: title rows above the header (the session's name), a header
of one to three rows (户籍地址 merged over 县/乡镇/村, cells merged down over two header rows),
序号 and unknown columns ignored, merged cells filled over every row and column they cover (a
乡镇 merged down a run of trainees belongs to each of them), blank separator rows, the header
repeated on every printed page, and footers (合计, 填表人, 审核人, 填表日期, 盖章 …) wherever
their text spills. What the values mean is decided in excel.rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lishui_desktop.excel.columns import header_key

HEADER_SCAN_ROWS = 15
INSTRUCTION_MARK = "【"  # every cell of the template's instruction row starts with it
# the columns that make a sheet a table of its kind (a cover or a statistics sheet lacks them)
ANCHORS = {
    "trainees": ("name",),
    "placements": ("name",),
    "cadres": ("name",),
    "pairings": ("lishui_party", "sichuan_party"),
    "funds": ("year", "county"),
    "places": ("name", "level"),
    "targets": ("key", "threshold"),
}
_TOTAL = re.compile(r"^(合计|總計|总计|小计|共计|累计|总数|总人数|汇总|共\d+人)")
_SIGNED = re.compile(
    r"^(填表人|填报人|制表人|统计人|审核人|审核|审批人|负责人|经办人|联系人|联系电话|填表单位|填报单位|"
    r"填表日期|填报日期|制表日期|审核日期|日期|单位负责人|分管领导|主要领导|签字|签名|盖章|单位盖章|"
    r"单位\(盖章\)|注|说明|备注|附注|填表说明)\d*[:：]"
)
_SEAL = re.compile(r"[(（]?(单位)?盖\s*章[)）]?")
_TOTAL_STARTS = set("合總总小共累汇")
_FOOTER_STARTS = _TOTAL_STARTS | set("填制统审负经联日单分主签盖注说备附(（")


@dataclass
class RawRow:
    """One data row: its sheet and row number, and the raw cell values by column key."""

    number: int
    values: dict[str, Any]
    sheet: str = ""


@dataclass
class Sheet:
    """A sheet's table: header rows, the column (1-based) of each key, the data rows, the texts
    of the rows above the header, and values for columns the sheet lacks (`fixed`)."""

    title: str
    header_row: int
    positions: dict[str, int]
    headers: dict[str, str] = field(default_factory=dict)  # key -> header as written
    rows: list[RawRow] = field(default_factory=list)
    last_header_row: int = 0
    heading: list[str] = field(default_factory=list)
    fixed: dict[str, Any] = field(default_factory=dict)


def _text(value: Any) -> str:
    return "".join(str(value).split()) if value is not None else ""


def is_blank(values: Any) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def is_instruction(values: Any) -> bool:
    texts = [v for v in values if not is_blank((v,))]
    return bool(texts) and all(isinstance(v, str) and v.lstrip().startswith(INSTRUCTION_MARK) for v in texts)


def fill_merged(rows: list[list[Any]], merged: list[tuple[int, int, int, int]], first: int, last: int) -> None:
    """Give every cell of each merged range that overlaps rows first..last (0-based) the value
    of the range's first cell, clipped to the grid."""
    for top, left, bottom, right in merged:
        if bottom < first or top > last or top >= len(rows) or top < 0 or left < 0:
            continue
        source = rows[top]
        value = source[left] if left < len(source) else None
        if value is None:
            continue
        for r in range(max(top, first), min(bottom, last, len(rows) - 1) + 1):
            line = rows[r]
            for c in range(left, min(right, len(line) - 1) + 1):
                line[c] = value


def _match(values: list[Any], index: dict[str, str]) -> tuple[dict[str, int], dict[str, str], int]:
    """Header keys found in a row: positions, text as written, and how many distinct texts did not match."""
    positions: dict[str, int] = {}
    written: dict[str, str] = {}
    unmatched: set[str] = set()
    for col, value in enumerate(values, start=1):
        if value is None or not isinstance(value, str) or not value.strip():
            if value is not None and not isinstance(value, str):
                unmatched.add(str(value))
            continue
        key = index.get(header_key(value)) or index.get("".join(value.split()))
        if key is None:
            unmatched.add(value.strip())
        elif key not in positions:
            positions[key] = col
            written[key] = value.strip()
    return positions, written, len(unmatched)


Header = tuple[int, int, dict[str, int], dict[str, str]]  # first row, last row (1-based), positions, as written


def find_header(rows: list[list[Any]], index: dict[str, str], required: set[str]) -> Header | None:
    """The header block: the best-matching row, with the rows just above and below it that name
    columns too (a two-row header, a header cell merged down); None without one."""
    best, best_score = -1, 1
    matches = [_match(values, index) for values in rows]
    for number, (positions, _written, _unmatched) in enumerate(matches):
        score = len(positions) + 2 * len(required & positions.keys())
        if len(positions) >= 2 and score > best_score:
            best, best_score = number, score
    if best < 0:
        return None
    positions, written = dict(matches[best][0]), dict(matches[best][1])
    first = last = best

    def joins(number: int) -> bool:
        found, _text, unmatched = matches[number]
        if not found or unmatched > len(found) or is_instruction(rows[number]):
            return False
        if any(positions.get(k, c) != c for k, c in found.items()):
            return False  # a key in another column: not the same header
        used = {c for k, c in positions.items() if k not in found}
        return not (set(found.values()) & used)

    while first - 1 >= 0 and best - (first - 1) < 3 and joins(first - 1):
        first -= 1
    while last + 1 < len(rows) and (last + 1) - first < 3 and joins(last + 1):
        last += 1
    for number in range(first, last + 1):
        found, text, _unmatched = matches[number]
        for key, col in found.items():
            if key not in positions:
                positions[key], written[key] = col, text[key]
    return first + 1, last + 1, positions, written


def heading_texts(rows: list[list[Any]]) -> list[str]:
    """The distinct texts of the rows above a header, row by row (a merged title once)."""
    texts: list[str] = []
    for values in rows:
        for value in values:
            if value is None:
                continue
            text = str(value).strip()
            if text and text not in texts:
                texts.append(text)
    return texts


def is_total(text: str) -> bool:
    return bool(_TOTAL.match(text))


def is_footer_text(text: str) -> bool:
    """合计：40人, 填表人：张三, 审核人:, 填表日期：…, （盖章）: text that closes a table, not data."""
    return bool(_TOTAL.match(text) or _SIGNED.match(text) or (len(text) <= 12 and _SEAL.search(text)))


class Footers:
    """Decides, row after row, which rows below the header are footer lines."""

    def __init__(self, anchor_cols: list[int]) -> None:
        self.anchor_cols = anchor_cols
        self.signed = False  # a signature line was seen: what follows without a name is footer too

    def __call__(self, values: list[Any]) -> bool:
        first = values[0] if values and values[0] is not None else next((v for v in values if v is not None), None)
        if first is None:
            return False
        if first.__class__ is str and first.lstrip()[:1] in _FOOTER_STARTS:
            if is_total(_text(first)):
                return True  # 合计 in the first filled cell, whatever the name column holds
            if _SIGNED.match(_text(first)):
                self.signed = True  # 填表人： in the first filled cell, the signer's name beside it
                return True
        size = len(values)
        anchors = [values[c - 1] if c <= size else None for c in self.anchor_cols]
        for a in anchors:
            if a is not None and (a.__class__ is not str or a.lstrip()[:1] not in _FOOTER_STARTS):
                return False  # a row with a name is data (no footer word starts with its first character)
        texts = [_text(a) for a in anchors if a is not None]
        if any(t and not is_footer_text(t) for t in texts):
            return False
        footer = [t for t in (_text(v) for v in values if v is not None) if t and is_footer_text(t)]
        if footer:
            self.signed = self.signed or not all(is_total(t) for t in footer)
            return True
        return self.signed
