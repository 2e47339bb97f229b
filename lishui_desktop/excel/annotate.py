"""The annotated copy of a refused workbook: each bad cell filled and commented, plus a summary.

The copy keeps the user's own sheets as they were so that they fix the file they know and
import it again; a summary sheet in front lists every problem by row and column.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from pathlib import Path

from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from lishui_desktop.domain.i18n import translate
from lishui_desktop.excel.columns import CONTEXT, columns_for
from lishui_desktop.excel.reader import Sheet, open_workbook
from lishui_desktop.excel.rows import CellError
from lishui_desktop.files import replace_file

BAD_FILL = PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")
ROW_FILL = PatternFill("solid", start_color="FFEB9C", end_color="FFEB9C")
AUTHOR = "lishui"


def default_errors_path(source: Path) -> Path:
    """NAME.errors.xlsx beside the input."""
    source = Path(source)
    return source.with_name(source.stem + ".errors.xlsx")


def summary_line(errors: list[CellError]) -> str:
    rows = len({e.row for e in errors})
    return translate(CONTEXT, "%1 rows have %2 problems; nothing was imported.", rows, len(errors))


def write_error_copy(source: Path, kind: str, sheet: Sheet, errors: list[CellError], out: Path) -> Path:
    """Save a copy of `source` with every error marked; returns the path written."""
    workbook = open_workbook(source, read_only=False)
    worksheet = workbook[sheet.title]
    headers = {c.key: c.header for c in columns_for(kind)}
    by_cell: dict[tuple[int, int], list[str]] = defaultdict(list)
    for error in errors:
        column = sheet.positions.get(error.key or "", 0)
        if error.key and not column:  # a required column that is absent: mark the header row
            by_cell[(sheet.header_row, 1)].append(error.message)
            continue
        if column:
            by_cell[(error.row, column)].append(error.message)
        else:
            for col in sheet.positions.values():
                worksheet.cell(error.row, col).fill = ROW_FILL
            by_cell[(error.row, min(sheet.positions.values()))].append(error.message)
    for (row, column), messages in by_cell.items():
        cell = worksheet.cell(row, column)
        cell.fill = BAD_FILL
        text = "\n".join(messages)
        comment = Comment(text, AUTHOR)
        comment.width, comment.height = 320, 40 + 30 * len(messages)
        cell.comment = comment
    summary = workbook.create_sheet(translate(CONTEXT, "Problems"), 0)
    summary.append([summary_line(errors)])
    summary["A1"].font = Font(bold=True, color="9C0006")
    summary.append([translate(CONTEXT, "Sheet"), translate(CONTEXT, "Row"), translate(CONTEXT, "Column"), translate(CONTEXT, "Problem")])
    for cell in summary[2]:
        cell.font = Font(bold=True)
    for error in sorted(errors, key=lambda e: (e.row, sheet.positions.get(e.key or "", 0))):
        position = sheet.positions.get(error.key or "")
        where = f"{get_column_letter(position)} {headers.get(error.key or '', '')}" if position else headers.get(error.key or "", "")
        summary.append([sheet.title, error.row, where.strip(), error.message])
    for letter, width in zip("ABCD", (14, 8, 20, 80), strict=True):
        summary.column_dimensions[letter].width = width
    workbook.active = 0
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
