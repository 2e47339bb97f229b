"""Writing a ledger export: text stays text (never a formula), IDs and phones as text cells,
dates as dates, money as numbers with a format, header frozen, widths set."""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from lishui_desktop.domain.masking import mask_id, mask_phone
from lishui_desktop.excel.annotate import save_atomic
from lishui_desktop.excel.columns import (
    CHOICE,
    CHOICE_WORDS,
    DATE,
    ID,
    INT,
    MONEY,
    PHONE,
    PLACE,
    SHEET_TITLES,
    TEXT_FORMATTED,
    YESNO,
    Col,
    columns_for,
)

DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
FORMULA_START = ("=", "+", "-", "@")
HEADER_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")


def text_cell(sheet: Any, value: str) -> WriteOnlyCell:
    """A string cell that Excel and LibreOffice show as typed and never evaluate."""
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # openpyxl makes '=...' a formula and '#N/A' an error otherwise
    if value.startswith(FORMULA_START):
        cell.quotePrefix = True  # and editing the cell keeps it text
    return cell


def display(col: Col, value: Any, places: dict[str, str], full_ids: bool) -> Any:
    """The value as written in the file (choice words, place names, masked IDs)."""
    if value is None or value == "":
        return None
    if col.kind == CHOICE:
        return CHOICE_WORDS[col.choices].get(value, value)
    if col.kind == PLACE:
        return places.get(value, "")
    if col.kind == YESNO:
        return "是" if value else "否"
    if col.kind == ID and not full_ids:
        return mask_id(value)
    if col.kind == PHONE and not full_ids:
        return mask_phone(value)
    return value


def _cell(sheet: Any, col: Col, value: Any) -> Any:
    if value is None:
        if col.kind in TEXT_FORMATTED:  # an ID typed into the empty cell later stays text
            cell = WriteOnlyCell(sheet, value=None)
            cell.number_format = "@"
            return cell
        return None
    if col.kind == DATE and isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    if col.kind == MONEY and isinstance(value, int):
        cell = WriteOnlyCell(sheet, value=value / 100)
        cell.number_format = MONEY_FORMAT
        return cell
    if col.kind == INT and isinstance(value, int):
        return value
    cell = text_cell(sheet, str(value))
    if col.kind in TEXT_FORMATTED:
        cell.number_format = "@"
    return cell


def write_export(
    kind: str,
    out: Path,
    records: Iterable[dict[str, Any]],
    places: dict[str, str],
    full_ids: bool = False,
) -> Generator[int, None, int]:
    """Write `records` (stored values by column key) to `out`, yielding the rows written so far
    every 500 rows; returns the number of rows."""
    cols = columns_for(kind)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLES[kind])
    sheet.freeze_panes = "A2"
    for position, col in enumerate(cols, start=1):
        dimension = sheet.column_dimensions[get_column_letter(position)]
        dimension.width = max(col.width, len(col.header) * 2 + 2)
        if col.kind in TEXT_FORMATTED:  # and in a row the clerk adds below the export
            dimension.number_format = "@"
    header = []
    for col in cols:
        cell = text_cell(sheet, col.header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center")
        header.append(cell)
    sheet.append(header)
    count = 0
    for record in records:
        sheet.append([_cell(sheet, col, display(col, record.get(col.key), places, full_ids)) for col in cols])
        count += 1
        if count % 500 == 0:
            yield count
    save_atomic(workbook, out)
    return count
