"""The annotated copy of a refused workbook: each bad cell filled and commented, plus a summary.

The copy is always an .xlsx. From an .xlsx it keeps the user's own sheets as they were, so that
they fix the file they know and import it again; from any other file (xls, ods, csv, or an xlsx
openpyxl cannot load) it holds the values read, sheet by sheet, with their merged ranges. A
summary sheet in front lists every problem by sheet, row and column.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
import warnings
from collections import defaultdict
from pathlib import Path
from typing import Any

from openpyxl import Workbook as XlsxWorkbook
from openpyxl import load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, MergedCell
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.excel.columns import columns_for
from lishui_desktop.excel.reader import Sheet, Workbook
from lishui_desktop.excel.rows import CellError
from lishui_desktop.excel.sources import Grid
from lishui_desktop.files import replace_file

BAD_FILL = PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")
ROW_FILL = PatternFill("solid", start_color="FFEB9C", end_color="FFEB9C")
AUTHOR = "lishui"
MAX_MERGES = 10_000  # merged ranges copied into a rebuilt sheet
MAX_ROW, MAX_COLUMN = 1_048_576, 16_384  # an xlsx sheet's last cell, XFD1048576: none beyond it is written
_BAD_TITLE = str.maketrans({c: "_" for c in "[]:*?/\\"})


def default_errors_path(source: Path) -> Path:
    """NAME.errors.xlsx beside the input."""
    source = Path(source)
    return source.with_name(source.stem + ".errors.xlsx")


def summary_line(errors: list[CellError]) -> str:
    rows = len({(e.sheet, e.row) for e in errors})
    return fill(translate("Excel", "%1 rows have %2 problems; nothing was imported."), rows, len(errors))


def _user_copy(book: Workbook) -> tuple[Any, dict[str, str]]:
    """The workbook to mark, and each read sheet's title in it."""
    if book.source.kind == "xlsx":
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # openpyxl warns about styles/extensions it skips
                workbook = load_workbook(io.BytesIO(Path(book.path).read_bytes()))
            return workbook, {g.title: g.title for g in book.source.grids if g.title in workbook.sheetnames}
        except Exception:  # noqa: BLE001 - what openpyxl cannot load is rebuilt from the values read
            pass
    return _rebuilt(book.source.grids)


def _value(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def _rebuilt(grids: list[Grid]) -> tuple[Any, dict[str, str]]:
    """A new workbook holding the values of `grids`, merged ranges included."""
    workbook = XlsxWorkbook()
    workbook.remove(workbook.active)
    titles: dict[str, str] = {}
    for grid in grids:
        title = grid.title.translate(_BAD_TITLE)[:31] or "Sheet"
        while title in workbook.sheetnames:
            title = title[:28] + f"_{len(titles)}"
        sheet = workbook.create_sheet(title)
        titles[grid.title] = title
        for r, values in enumerate(grid.rows[:MAX_ROW], start=1):  # an .xls or .ods may reach further
            for c, value in enumerate(values[:MAX_COLUMN], start=1):
                if value is None:
                    continue
                cell = sheet.cell(r, c, _value(value))
                if isinstance(value, str):
                    cell.data_type = "s"  # text that starts with '=' stays text
                elif isinstance(value, dt.datetime | dt.date):
                    cell.number_format = "yyyy-mm-dd"
        height, width = min(len(grid.rows), MAX_ROW), min(max((len(v) for v in grid.rows), default=0), MAX_COLUMN)
        taken: list[tuple[int, int, int, int]] = []
        for top, left, bottom, right in grid.merged[:MAX_MERGES]:
            bottom, right = min(bottom, height - 1), min(right, width - 1)
            if not (0 <= top <= bottom and 0 <= left <= right and (bottom > top or right > left)):
                continue
            if any(top <= b and t <= bottom and left <= r and lt <= right for t, lt, b, r in taken):
                continue  # ranges that overlap (Excel would refuse the file): the first one stays
            taken.append((top, left, bottom, right))
            sheet.merge_cells(start_row=top + 1, start_column=left + 1, end_row=bottom + 1, end_column=right + 1)
    if not grids:
        workbook.create_sheet("Sheet")
    return workbook, titles


def _anchor(worksheet: Any, row: int, column: int) -> tuple[int, int]:
    """The cell that holds a merged range's value and comment (the range's first cell)."""
    for merged in worksheet.merged_cells.ranges:
        if merged.min_row <= row <= merged.max_row and merged.min_col <= column <= merged.max_col:
            return merged.min_row, merged.min_col
    return row, column


def _mark(worksheet: Any, sheet: Sheet, errors: list[CellError]) -> None:
    by_cell: dict[tuple[int, int], list[str]] = defaultdict(list)
    for error in errors:
        column = sheet.positions.get(error.key or "", 0)
        if error.key and not column:  # a required column that is absent: mark the header row
            by_cell[(sheet.header_row, 1)].append(error.message)
            continue
        if column:
            by_cell[_anchor(worksheet, error.row, column)].append(error.message)
        else:
            for col in sheet.positions.values():
                if error.row <= MAX_ROW and col <= MAX_COLUMN:
                    worksheet.cell(*_anchor(worksheet, error.row, col)).fill = ROW_FILL
            by_cell[_anchor(worksheet, error.row, min(sheet.positions.values()))].append(error.message)
    for (row, column), messages in by_cell.items():
        if row > MAX_ROW or column > MAX_COLUMN:  # beyond what an xlsx holds: the summary sheet says it
            continue
        cell = worksheet.cell(row, column)
        if isinstance(cell, MergedCell):  # inside ranges that overlap: the summary sheet says it
            continue
        cell.fill = BAD_FILL
        comment = Comment("\n".join(messages), AUTHOR)
        comment.width, comment.height = 320, 40 + 30 * len(messages)
        cell.comment = comment
    id_column = sheet.positions.get("id_number")
    for data_row in sheet.rows if id_column and id_column <= MAX_COLUMN else ():
        if data_row.number > MAX_ROW:
            break
        cell = worksheet.cell(*_anchor(worksheet, data_row.number, id_column or 0))
        value = cell.value
        if isinstance(cell, MergedCell) or isinstance(value, bool) or not isinstance(value, int | float) or abs(value) < 1e15:
            continue
        if isinstance(cell.value, int):  # exact digits: openpyxl would save them as 5.1E+17
            cell.value, cell.number_format = str(cell.value), "@"
        else:  # a rounded ID shows its digits, not 5.1E+17
            cell.number_format = "0"


def _mark_sheets(workbook: Any, titles: dict[str, str], sheets: dict[str, Sheet], errors: list[CellError]) -> None:
    for title, sheet in sheets.items():
        mine = [e for e in errors if e.sheet == title]
        if mine and title in titles:
            _mark(workbook[titles[title]], sheet, mine)


def write_error_copy(book: Workbook, errors: list[CellError], out: Path) -> Path:
    """Save a copy of the workbook read as `book` with every error marked; returns the path written."""
    workbook, titles = _user_copy(book)
    headers = {c.key: c.header for c in columns_for(book.kind)}
    sheets = {s.title: s for s in book.sheets}
    try:
        _mark_sheets(workbook, titles, sheets, errors)
    except Exception:  # noqa: BLE001 - a user's workbook openpyxl cannot mark: mark a copy of its values
        workbook, titles = _rebuilt(book.source.grids)
        _mark_sheets(workbook, titles, sheets, errors)
    summary = workbook.create_sheet(translate("Excel", "Problems"), 0)
    summary.append([summary_line(errors)])
    summary["A1"].font = Font(bold=True, color="9C0006")
    summary.append([translate("Excel", "Sheet"), translate("Excel", "Row"), translate("Excel", "Column"), translate("Excel", "Problem")])
    for cell in summary[2]:
        cell.font = Font(bold=True)

    def position(error: CellError) -> int:
        sheet = sheets.get(error.sheet)
        return sheet.positions.get(error.key or "", 0) if sheet else 0

    order = {title: n for n, title in enumerate(sheets)}
    for error in sorted(errors, key=lambda e: (order.get(e.sheet, 0), e.row, position(e))):
        column = position(error)
        header = headers.get(error.key or "", "")
        where = f"{get_column_letter(column)} {header}" if 0 < column <= MAX_COLUMN else header
        summary.append([error.sheet, error.row, where.strip(), error.message])
    for letter, width in zip("ABCD", (14, 8, 20, 80), strict=True):
        summary.column_dimensions[letter].width = width
    workbook.active = 0
    for worksheet in workbook.worksheets[1:]:
        worksheet.sheet_view.tabSelected = False
    return save_atomic(workbook, out)


def save_atomic(workbook: object, out: Path) -> Path:
    """Write to a temporary file beside `out`, then rename (never a half-written workbook)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".lishui-", suffix=".xlsx", dir=out.parent)
    os.close(handle)
    try:
        workbook.save(temp)  # type: ignore[attr-defined]
        replace_file(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return out
