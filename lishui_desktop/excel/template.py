"""Blank templates: Chinese headers, an instruction row, choice lists, text-formatted ID columns,
and a sheet explaining every column."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.excel.annotate import save_atomic
from lishui_desktop.excel.columns import (
    CHOICE,
    CHOICE_WORDS,
    DATE,
    LISTS_SHEET,
    PLACE,
    RECORD_NO,
    SHEET_TITLES,
    TEXT_FORMATTED,
    YESNO,
    Col,
    columns_for,
)
from lishui_desktop.excel.reader import INSTRUCTION_MARK

HEADER_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
TEMPLATE_ROWS = 1000  # rows prepared with formats and lists


def instruction(col: Col) -> str:
    need = translate("Excel", "Required") if col.required else translate("Excel", "Optional")
    return f"{INSTRUCTION_MARK}{need}】{translate('Excel', col.help)}"


def choice_list(col: Col, places: dict[str, list[str]]) -> list[str]:
    """The values offered in a column's drop-down ([] for free columns)."""
    if col.kind == CHOICE:
        return list(CHOICE_WORDS[col.choices].values())
    if col.kind == YESNO:
        return ["是", "否"]
    if col.kind == PLACE:
        return places.get(col.side, [])
    return []


def write_template(kind: str, out: Path, places: dict[str, list[str]]) -> Path:
    """A blank workbook for `kind`; `places` maps side (lishui/sichuan) to the names offered."""
    cols = tuple(c for c in columns_for(kind) if c.kind != RECORD_NO)  # new rows have no record yet
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLES[kind]
    lists = workbook.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    sheet.append([c.header for c in cols])
    sheet.append([instruction(c) for c in cols])
    last = TEMPLATE_ROWS + 2
    list_column = 0
    for position, col in enumerate(cols, start=1):
        letter = get_column_letter(position)
        head, note = sheet.cell(1, position), sheet.cell(2, position)
        head.font = Font(bold=True, color="C00000" if col.required else "000000")
        head.fill = HEADER_FILL
        head.alignment = Alignment(horizontal="center", vertical="center")
        note.font = Font(italic=True, color="808080", size=9)
        note.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[letter].width = max(col.width, len(col.header) * 2 + 2)
        if col.kind == DATE:
            sheet.column_dimensions[letter].number_format = "yyyy-mm-dd"
        if col.kind in TEXT_FORMATTED:
            sheet.column_dimensions[letter].number_format = "@"
            for row in range(3, last + 1):
                sheet.cell(row, position).number_format = "@"
        values = choice_list(col, places)
        if values:
            list_column += 1
            list_letter = get_column_letter(list_column)
            for row, value in enumerate(values, start=1):
                lists.cell(row, list_column, value)
            rule = DataValidation(
                type="list",
                formula1=f"={LISTS_SHEET}!${list_letter}$1:${list_letter}${len(values)}",
                allow_blank=True,
                showErrorMessage=col.kind != PLACE,
            )
            rule.error = translate("Excel", "Choose a value from the list.")
            sheet.add_data_validation(rule)
            rule.add(f"{letter}3:{letter}{last}")
    sheet.row_dimensions[2].height = 60
    sheet.freeze_panes = "A3"
    _explain(workbook, kind, cols, places)
    return save_atomic(workbook, out)


def _explain(workbook: Workbook, kind: str, cols: tuple[Col, ...], places: dict[str, list[str]]) -> None:
    sheet = workbook.create_sheet(translate("Excel", "How to fill in"), 1)
    sheet.append([fill(translate("Excel", "How to fill in the sheet %1"), SHEET_TITLES[kind])])
    sheet["A1"].font = Font(bold=True, size=13)
    for line in (
        translate("Excel", "One row per record; the second row explains each column and is skipped on import."),
        translate("Excel", "Columns may be in any order; other columns are ignored; empty rows are skipped."),
        translate("Excel", "Type resident IDs and phone numbers in cells formatted as text: a number cell loses the last digits of an 18-digit ID."),
        translate("Excel", "If any row has a problem nothing is imported, and a copy of the file comes back with each problem marked."),
    ):
        sheet.append([line])
    sheet.append([])
    header = [translate("Excel", "Column"), translate("Excel", "Required"), translate("Excel", "What to write"),
              translate("Excel", "Values"), translate("Excel", "Also accepted as header")]
    sheet.append(header)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for col in cols:
        values = "、".join(choice_list(col, places))
        sheet.append([
            col.header,
            translate("Excel", "Yes") if col.required else "",
            translate("Excel", col.help),
            values,
            "、".join(col.variants),
        ])
    for letter, width in zip("ABCDE", (20, 8, 60, 40, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
