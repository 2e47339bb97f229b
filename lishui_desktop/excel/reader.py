"""Reading a workbook for import: every visible sheet that holds a table of the kind, its rows.

The file is opened by excel.sources (any format, sniffed from content; python-calamine), each
sheet laid out by excel.layout (title rows, header, merged cells, footers). A visible sheet
without the kind's columns (a cover, a statistics sheet) is skipped and named; hidden sheets
are never read. What the values mean is decided in excel.rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from lishui_desktop.excel.columns import ExcelError, columns_for, header_index
from lishui_desktop.excel.layout import (
    ANCHORS,
    HEADER_SCAN_ROWS,
    INSTRUCTION_MARK,
    Footers,
    RawRow,
    Sheet,
    fill_merged,
    find_header,
    heading_texts,
    is_blank,
    is_instruction,
)
from lishui_desktop.excel.sources import Grid, SourceBook, read_source

__all__ = ["INSTRUCTION_MARK", "RawRow", "Sheet", "Workbook", "read_sheet", "read_workbook", "table_of"]

BIG = 1e15  # a number this large has lost digits as a double; an xlsx may hold it exactly
# required columns a trainee sheet may lack: its title rows or the user give the session
SESSION_KEYS = ("title", "category", "organiser", "start_date")


@dataclass
class Workbook:
    """The tables of one file: its sheets of the kind, visible sheets without one, hidden sheets."""

    path: Path
    kind: str
    source: SourceBook
    sheets: list[Sheet] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def hidden(self) -> list[str]:
        return self.source.hidden


def table_of(grid: Grid, kind: str) -> Sheet | None:
    """The table of `kind` on one sheet (None when the sheet has none)."""
    cols = columns_for(kind)
    index = header_index(kind)
    required = {c.key for c in cols if c.required}
    rows = grid.rows
    head = [list(values) for values in rows[:HEADER_SCAN_ROWS]]
    fill_merged(head, grid.merged, 0, len(head) - 1)
    found = find_header(head, index, required)
    if found is None or not all(key in found[2] for key in ANCHORS[kind]):
        return None
    first, last, positions, written = found
    sheet = Sheet(grid.title, first, positions, written, last_header_row=last)
    sheet.heading = heading_texts(head[: first - 1])
    items = sorted(positions.items(), key=lambda kv: kv[1])
    keys = [key for key, _col in items]
    pick = itemgetter(*[col - 1 for _key, col in items])
    width = max(positions.values())
    count = len(keys)
    # rows a merged range reaches into: whether they hold anything of their own is decided before the fill
    merged_rows = {r for top, _l, bottom, _r in grid.merged if bottom >= last for r in range(max(top, last), min(bottom, len(rows) - 1) + 1)}
    own_before = {r: _mapped(rows[r], pick, width, count).count(None) < count for r in merged_rows}
    fill_merged(rows, grid.merged, last, len(rows) - 1)
    footers = Footers([positions[a] for a in ANCHORS[kind]])
    header_texts = [written[k] for k in keys]
    anchor_at = keys.index(ANCHORS[kind][0])
    for number in range(last, len(rows)):
        values = rows[number]
        mapped = _mapped(values, pick, width, count)
        if not own_before.get(number, True) or mapped.count(None) == count:
            continue  # blank, or only a merged cell reaching down from above
        anchor = mapped[anchor_at]
        if (anchor is None or anchor.__class__ is str and not anchor.strip()) and is_blank(mapped):
            continue  # cells holding only spaces
        if number - last < 3 and is_instruction(mapped):
            continue  # the template's instruction row, just below the header
        if footers(values) or (mapped[anchor_at] == header_texts[anchor_at] and _repeats_header(mapped, header_texts)):
            continue
        sheet.rows.append(RawRow(number + 1, dict(zip(keys, mapped, strict=True)), grid.title))
    _exact_ids(sheet, grid)
    return sheet


def _exact_ids(sheet: Sheet, grid: Grid) -> None:
    """An ID stored as a number of 16 or more digits: its exact digits where the file holds
    them (calamine's double has already rounded it)."""
    if "id_number" not in sheet.positions or grid.exact is None:
        return
    big = [row for row in sheet.rows if row.values["id_number"].__class__ is float and abs(row.values["id_number"]) >= BIG]
    if not big:
        return
    exact = grid.exact()
    column = sheet.positions["id_number"] - 1
    for row in big:
        value = exact.get((row.number - 1, column))
        if value is not None and float(value) == row.values["id_number"]:
            row.values["id_number"] = value


def _mapped(values: list[Any], pick: Any, width: int, count: int) -> list[Any]:
    """The cells of a row's mapped columns, in column order."""
    if len(values) < width:
        values = [*values, *([None] * (width - len(values)))]
    found = pick(values)
    return list(found) if count > 1 else [found]


def _repeats_header(mapped: list[Any], header_texts: list[str]) -> bool:
    """The header printed again on a later page."""
    same = sum(isinstance(v, str) and v.strip() == h for v, h in zip(mapped, header_texts, strict=True))
    return same >= 2 and same * 2 >= len(header_texts)


def read_workbook(path: Path, kind: str) -> Workbook:
    """Every visible sheet of the file at `path` holding a table of `kind`.

    Raises ExcelError (UnsafeWorkbook) when the file cannot be read, when no sheet has the
    kind's columns, or when a sheet lacks required columns (except the session columns of a
    trainee sheet, which its title rows or the user may give).
    """
    cols = columns_for(kind)
    source = read_source(Path(path))
    book = Workbook(Path(path), kind, source)
    for grid in source.grids:
        sheet = table_of(grid, kind)
        if sheet is None:
            if grid.title != translate("Excel", "How to fill in"):  # our templates' own help: no news
                book.skipped.append(grid.title)
            continue
        optional = SESSION_KEYS if kind == "trainees" else ()
        missing = [c.header for c in cols if c.required and c.key not in sheet.positions and c.key not in optional]
        if missing:
            raise ExcelError(QT_TRANSLATE_NOOP("Excel", "The sheet %1 lacks the required columns: %2."), grid.title, "、".join(missing))
        book.sheets.append(sheet)
    if not book.sheets:
        expected = "、".join(c.header for c in cols if c.required)
        if source.hidden and not source.grids:
            raise ExcelError(QT_TRANSLATE_NOOP("Excel", "Every sheet of this workbook is hidden (%1); show the roster's sheet and save it again."), "、".join(source.hidden))
        raise ExcelError(QT_TRANSLATE_NOOP("Excel", "No sheet of this workbook has the expected column headers (%1)."), expected)
    return book


def read_sheet(path: Path, kind: str) -> Sheet:
    """The first table of `kind` in the file (for callers that read one sheet)."""
    return read_workbook(path, kind).sheets[0]
