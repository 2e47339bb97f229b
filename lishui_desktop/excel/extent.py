"""How far a worksheet's cells reach, found before python-calamine lays the sheet out.

calamine turns a sheet into one dense block from its first to its last cell: a file holding A1
and XFD1048576 (a few hundred bytes zipped) makes it allocate half a terabyte and abort the
whole program. These scans read the sheet's own records (no values, no strings) so that such a
sheet is refused first. xlsx: a byte scan of each sheet's XML (every cell of Excel, WPS,
LibreOffice and openpyxl files carries its reference; the rare file with cells lacking one is
parsed exactly); ods: one streaming parse of content.xml, which also yields the merged ranges
calamine does not report for ods; xlsb: the row and cell records. Legacy .xls: excel.biff.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Callable, Iterator

from defusedxml.ElementTree import fromstring, iterparse

MAX_CELLS = 4_000_000  # rows x columns of one sheet: 100,000 rows of 40 columns
_SAFE_ROWS, _SAFE_COLS = 99_999, 26  # what references of one letter and five digits can reach
# a cell not written as spreadsheet programs write it (<c r="B12"…>), or one under a prefix
_ODD_CELL = re.compile(rb'<c(?=[\s/>])(?! r="[A-Z]{1,3}[0-9]{1,7}")')
_PREFIXED_CELL = re.compile(rb":c[\s/>]")
_UNUSUAL = re.compile(rb'<c r="(?:[A-Z]{2}|[A-Z][0-9]{6})')  # past column Z or row 99,999
_WIDE = re.compile(rb' r="([A-Z]{2,3})[0-9]')
_DEEP = re.compile(rb' r="[A-Z]{1,3}([0-9]{6,7})"')
_ROW = re.compile(rb' r="[A-Z]+([0-9]+)')
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class TooLarge(Exception):
    """A sheet reaches further than any roster (rows and columns it would span)."""

    def __init__(self, sheet: str, rows: int, cols: int) -> None:
        super().__init__(sheet)
        self.sheet, self.rows, self.cols = sheet, rows, cols


def column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def zip_finder(archive: zipfile.ZipFile) -> Callable[[str], str]:
    """The member calamine opens for a path: its lookup ignores case and takes backslashes for
    slashes (XL\\Worksheets\\Sheet1.XML is xl/worksheets/sheet1.xml), else the path itself."""
    cache = {name.replace("\\", "/").lower(): name for name in archive.namelist()}
    return lambda path: cache.get(path.lower(), path)


def _read(archive: zipfile.ZipFile, member: str) -> bytes | None:
    try:
        return archive.read(member)
    except KeyError:
        return None


def xlsx_sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> zip member of its XML, resolved as calamine resolves them: the workbook's
    folder from _rels/.rels (its officeDocument), workbook.xml and _rels/workbook.xml.rels in
    it, each sheet's r:id (any prefix) and target (absolute, else in the folder, never
    normalised), members found by calamine's lookup; the first sheet of a name wins."""
    find = zip_finder(archive)
    folder = "xl/"
    package = _read(archive, find("_rels/.rels"))
    if package is not None:
        for rel in fromstring(package).iter():
            if _local(rel.tag) == "Relationship" and rel.get("Type", "").endswith("/relationships/officeDocument"):
                target = rel.get("Target", "")
                folder = target[:target.rfind("/") + 1].removeprefix("/") if "/" in target else ""
    workbook = _read(archive, find(f"{folder}workbook.xml"))
    rels = _read(archive, find(f"{folder}_rels/workbook.xml.rels"))
    if workbook is None or rels is None:
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in fromstring(rels).iter() if _local(r.tag) == "Relationship"}
    parts: dict[str, str] = {}
    for sheet in fromstring(workbook).iter():
        if _local(sheet.tag) != "sheet":
            continue
        ids = [v for k, v in sheet.attrib.items() if _local(k).rsplit(":", 1)[-1] == "id"]
        rel_id = ids[-1] if ids else None  # calamine keeps the last
        target = targets.get(rel_id, "")
        path = target[1:] if target.startswith("/") else f"{folder}{target}"
        parts.setdefault(sheet.get("name", ""), find(path))
    return parts


def xml_cells_extent(xml: bytes) -> tuple[int, int]:
    """(last row, last column) a sheet's XML can reach, 1-based; an upper bound. When every cell
    is written as Excel, WPS, LibreOffice and openpyxl write it (<c r="B12" …>, the reference
    first, in capitals), regular expressions find whether anything reaches past one-letter
    columns and five-digit rows; any other cell (a prefix, lower case, a reference elsewhere or
    none) sends the sheet to the exact parse, which places cells as calamine does."""
    if _ODD_CELL.search(xml) is not None or _PREFIXED_CELL.search(xml) is not None:
        return _parsed_extent(xml)
    if _UNUSUAL.search(xml) is None:
        return _SAFE_ROWS, _SAFE_COLS
    cols = max((column_number(c) for c in set(_WIDE.findall(xml))), default=_SAFE_COLS)
    deep = [int(r) for r in set(_DEEP.findall(xml))]
    rows = max(deep, default=_SAFE_ROWS)
    if not deep and rows * cols > MAX_CELLS:  # a wide sheet: its real last row decides
        rows = max((int(r) for r in set(_ROW.findall(xml))), default=0)
    return rows, cols


def _reference(ref: str) -> tuple[int, int] | None:
    """(row, column), 1-based, of a cell reference as calamine reads it (letters in either
    case, then digits); None where calamine refuses the file."""
    letters = len(ref) - len(ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))
    digits = ref[letters:]
    if not digits or not (digits.isascii() and digits.isdigit()):
        return None
    return int(digits), column_number(ref[:letters].upper().encode())


def _parsed_extent(xml: bytes) -> tuple[int, int]:
    """The extent as calamine places cells: a cell by its own reference; one without by the
    current row (its row element's r, else one after the row before) and the column after the
    previous cell. A reference never moves the current row."""
    row = col = rows = cols = 0  # row: the current row, 0-based; col: the next column, 0-based
    for event, element in iterparse(io.BytesIO(xml), events=("start", "end")):
        tag = _local(element.tag)
        if tag == "row":
            if event == "start":
                found = _reference(element.get("r") or "")
                row = found[0] - 1 if found else row
            else:
                row, col = row + 1, 0
                element.clear()
        elif tag == "c" and event == "start":
            found = _reference(element.get("r")) if element.get("r") is not None else (row + 1, col + 1)
            if found is None:
                continue  # calamine refuses the file: no room is taken
            rows, cols, col = max(rows, found[0]), max(cols, found[1]), found[1]
    return rows, cols


_SHEET_DATA = re.compile(rb"<(?:[\w.-]+:)?sheetData\b")


def xlsx_extents(data: bytes, names: set[str]) -> dict[str, tuple[int, int]]:
    """The extent of each named sheet of the xlsx held in `data`; raises TooLarge for a part
    with cells that no sheet claims (calamine might find it where this resolution did not)
    and that reaches further than any roster."""
    found = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = xlsx_sheet_parts(archive)
        for name, member in parts.items():
            xml = _read(archive, member) if name in names else None
            if xml is not None:
                found[name] = xml_cells_extent(xml)
        claimed = {m.lower() for m in parts.values()}
        for info in archive.infolist():
            if info.filename.lower() in claimed or not info.filename.lower().endswith(".xml"):
                continue
            xml = archive.read(info)
            if _SHEET_DATA.search(xml) is not None:
                rows, cols = xml_cells_extent(xml)
                if rows * cols > MAX_CELLS:
                    raise TooLarge(info.filename, rows, cols)
    return found


_BIG_INTEGER = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"(?:(?! t="[^n])[^>])*><v>(-?[0-9]{16,20})</v>')


def xlsx_big_integers(data: bytes, name: str) -> dict[tuple[int, int], int]:
    """(row, column) 0-based -> the exact value of each number cell of sheet `name` written with
    16 or more digits: calamine reads numbers as doubles, which keep only 15 or 16 of them, but
    a program (not Excel) may write an 18-digit ID exactly as a number."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        member = xlsx_sheet_parts(archive).get(name)
        xml = (_read(archive, member) if member else None) or b""
    return {
        (int(row) - 1, column_number(col) - 1): int(value) for col, row, value in _BIG_INTEGER.findall(xml)
    }


def ods_layout(data: bytes) -> tuple[dict[str, tuple[int, int]], dict[str, list[tuple[int, int, int, int]]]]:
    """Per table of an ods: (last row, last column) of its cells with content, and its merged
    ranges (first row, first column, last row, last column, 0-based). An upper bound: a table
    inside a cell adds its rows to the table around it, and two tables of one name count as
    the larger."""
    extents: dict[str, tuple[int, int]] = {}
    merges: dict[str, list[tuple[int, int, int, int]]] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        content = archive.read("content.xml")
    table, row, col, repeat_rows = "", 0, 0, 1
    rows = cols = 0
    depth_cell: tuple[int, int, int] | None = None
    outer: list[tuple[str, int, tuple[int, int, int] | None]] = []  # tables a nested table is in
    inside = 0
    for event, element in iterparse(io.BytesIO(content), events=("start", "end")):
        tag = _local(element.tag)
        if event == "start":
            if tag == "table":
                if inside:  # a table in a cell: its rows count for the table around it too
                    outer.append((table, repeat_rows, depth_cell))
                    table = _attr(element, "name") or ""
                else:
                    table, row, rows, cols = _attr(element, "name") or "", 0, 0, 0
                inside += 1
                merges.setdefault(table, [])
            elif tag == "table-row":
                repeat_rows = _count(element, "number-rows-repeated")
                col = 0
            elif tag in ("table-cell", "covered-table-cell"):
                repeat_cols = _count(element, "number-columns-repeated")
                spanned_cols = _count(element, "number-columns-spanned")
                spanned_rows = _count(element, "number-rows-spanned")
                if tag == "table-cell" and (spanned_cols > 1 or spanned_rows > 1):
                    merges[table].append((row, col, row + spanned_rows - 1, col + spanned_cols - 1))
                if _attr(element, "value-type"):
                    rows, cols = max(rows, row + repeat_rows), max(cols, col + repeat_cols)
                depth_cell = (row, col, repeat_cols)
                col += repeat_cols
            elif tag == "p" and depth_cell is not None:  # text without a value type
                r, c, repeat_cols = depth_cell
                rows, cols = max(rows, r + repeat_rows), max(cols, c + repeat_cols)
            continue
        if tag == "table-row":
            row += repeat_rows
        elif tag in ("table-cell", "covered-table-cell"):
            depth_cell = None
        elif tag == "table":
            before = extents.get(table, (0, 0))  # two tables of one name: the larger counts
            extents[table] = (max(before[0], rows), max(before[1], cols))
            inside -= 1
            if outer:
                table, repeat_rows, depth_cell = outer.pop()
        element.clear()
    return extents, merges


def _attr(element: object, name: str) -> str | None:
    for key, value in element.attrib.items():  # type: ignore[attr-defined]
        if key.rsplit("}", 1)[-1] == name:
            return str(value)
    return None


def _count(element: object, name: str) -> int:
    value = _attr(element, name)
    return int(value) if value and value.isdigit() and len(value) < 10 else 1


_CELL_RECORDS = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22}  # not blanks


def _records(data: bytes) -> Iterator[tuple[int, int, int]]:
    """(record type, start of its body, body size) of a BIFF12 stream."""
    pos, end = 0, len(data)
    while pos < end:
        kind = data[pos]
        pos += 1
        if kind & 0x80:
            if pos >= end:
                return
            kind = (kind & 0x7F) | (data[pos] << 7)
            pos += 1
        size = shift = 0
        for _ in range(4):
            if pos >= end:
                return
            byte = data[pos]
            pos += 1
            size |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                break
        yield kind, pos, size
        pos += size


def xlsb_sheet_parts(archive: zipfile.ZipFile) -> set[str]:
    """The members calamine may read as worksheets of an xlsb: every relationship target of
    xl/_rels/workbook.bin.rels whose path (xl/ + target, never normalised) has 'worksheets' as
    its second part, found by calamine's lookup, and every .bin under xl/worksheets/."""
    find = zip_finder(archive)
    members = {m for m in archive.namelist() if m.startswith("xl/worksheets/") and m.lower().endswith(".bin")}
    rels = _read(archive, "xl/_rels/workbook.bin.rels")
    if rels is not None:
        for rel in fromstring(rels).iter():
            path = f"xl/{rel.get('Target', '')}"
            if _local(rel.tag) == "Relationship" and path.split("/")[1:2] == ["worksheets"]:
                members.add(find(path))
    return members


def xlsb_extent(data: bytes) -> tuple[int, int]:
    """The largest (last row, last column) over every worksheet of an xlsb held in `data`."""
    rows = cols = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in sorted(xlsb_sheet_parts(archive)):
            part = _read(archive, member)
            if part is None:
                continue
            row = 0
            for kind, start, size in _records(part):
                if kind == 0 and size >= 4:  # BrtRowHdr
                    row = struct.unpack_from("<I", part, start)[0]
                elif kind in _CELL_RECORDS and size >= 4:
                    col = struct.unpack_from("<I", part, start)[0]
                    rows, cols = max(rows, row + 1), max(cols, col + 1)
    return rows, cols
