"""excel.sheetxml reads rows exactly as openpyxl's read-only iter_rows(values_only=True) does."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils.datetime import MAC_EPOCH

from lishui_desktop.excel.sheetxml import Book, shaped
from tests.unit.excel_fixtures import MESSY_HEADERS, messy_rows, write_book

NS = (
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SHAPES = ((1, 3), (2, 20), (3, 5), (1, 1))  # (first data row, width) as the reader asks


def ours(path: Path, min_row: int, width: int) -> list[Any]:
    book = Book(path)
    found = []
    try:
        for title, part in book.sheets:
            reader = book.sheet(part)
            head_rows = reader.head(10)
            dim = reader.dimension
            head = list(shaped(head_rows, 1, dim[2] if dim else None, 10))
            data = list(shaped(reader.raw_rows(), min_row, width, dim[3] if dim else None))
            found.append((title, head, data))
    finally:
        book.close()
    return found


def openpyxl_rows(path: Path, min_row: int, width: int) -> list[Any]:
    workbook = load_workbook(path, read_only=True, data_only=True)
    found = []
    for sheet in workbook.worksheets:
        head = [tuple(r) for r in sheet.iter_rows(max_row=10, values_only=True)]
        data = [tuple(r) for r in sheet.iter_rows(min_row=min_row, max_col=width, values_only=True)]
        found.append((sheet.title, head, data))
    workbook.close()
    return found


def crafted(path: Path, sheet_xml: str, strings_xml: str = "", date1904: bool = False) -> Path:
    """A minimal package around one hand-written sheet (and shared strings)."""
    strings_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            + (f'<Override PartName="/xl/sharedStrings.xml" ContentType="{strings_type}"/>' if strings_xml else "")
            + "</Types>"))
        z.writestr("_rels/.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'))
        z.writestr("xl/workbook.xml", (
            f'<?xml version="1.0"?><workbook {NS}>' + ('<workbookPr date1904="1"/>' if date1904 else "")
            + '<sheets><sheet name="S1" sheetId="1" r:id="rId1"/></sheets></workbook>'))
        z.writestr("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
            + (f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>' if strings_xml else "")
            + "</Relationships>"))
        z.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0"?><worksheet {NS}>{sheet_xml}</worksheet>')
        if strings_xml:
            z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst {NS}>{strings_xml}</sst>')
    return path


def typed_book(path: Path, epoch: dt.datetime | None = None) -> Path:
    """Every kind of cell openpyxl writes, number formats for dates and durations, gaps, sheets."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "A"
    sheet.append(["标题", None, "x"])
    sheet.append([1, 2.5, True, False, dt.datetime(2019, 3, 1), dt.date(2020, 1, 2), dt.time(12, 30),
                  dt.timedelta(hours=30), "=SUM(A2:B2)", "文本", " spaced ", "", None, 1e20, -3, "0012"])
    sheet["C10"], sheet["Z12"] = "gap", 5
    for ref, value, fmt in (("A14", 43525, "yyyy/m/d"), ("B14", 1.5, "[h]:mm"), ("C14", 0.25, "h:mm"),
                            ("D14", 43525.5, "0.00")):
        sheet[ref].value, sheet[ref].number_format = value, fmt
    workbook.create_sheet("B").append(["only"])
    workbook.create_sheet("Empty")
    if epoch is not None:
        workbook.epoch = epoch
    workbook.save(path)
    return path


def write_only_book(path: Path) -> Path:
    """No <dimension>: openpyxl's read-only mode sizes such a sheet with a pass of its own."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("W")
    for i in range(1500):
        sheet.append([f"r{i}", i, i / 7, None if i % 7 else "", dt.datetime(2019, 1, 1) + dt.timedelta(days=i), "是"])
    workbook.save(path)
    return path


CASES = {
    "typed": typed_book,
    "typed-1904": lambda p: typed_book(p, MAC_EPOCH),
    "write-only": write_only_book,
    "messy": lambda p: write_book(p, MESSY_HEADERS, messy_rows(), lead_rows=3, id_as_number={5: 510823199001011234}),
    "inline-and-shared": lambda p: crafted(p, (
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>内联</t></is></c><c r="C1" t="inlineStr"><is>'
        '<r><t>a</t></r><r><rPr/><t xml:space="preserve"> b</t></r><rPh sb="0" eb="1"><t>ph</t></rPh></is></c></row>'
        '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c>'
        '<c t="str"><v>calc</v></c><c t="d"><v>2019-03-01T00:00:00</v></c><c><v></v></c><c t="n"/>'
        '<c t="inlineStr"/></row><row r="5"><c r="B5"><v>1.0</v></c><c r="D5"><v>2E3</v></c><c r="AA5"><v>7</v></c>'
        '</row><row r="4"><c r="A4"><v>9</v></c></row><row r="7.0"><c r="A7" t="s"><v>2</v></c></row><row r="8"/>'
        "</sheetData>"), (
        '<si><t>共享</t></si><si><r><t>富</t></r><r><t>文本x005F_</t></r><rPh sb="0" eb="1"><t>フ</t></rPh></si>'
        "<si><t/></si>")),
    "dimension-smaller": lambda p: crafted(p, (
        '<dimension ref="A1:C3"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="E2"><v>2</v></c>'
        '</row><row r="3"/><row r="4"><c r="A4"><v>4</v></c></row><row r="6"><c r="A6"><v>6</v></c></row></sheetData>')),
    "dimension-larger": lambda p: crafted(p, (
        '<dimension ref="A1:D20"/><sheetData><row r="2"><c r="A2"><v>1</v></c></row><row r="12"><c r="B12"><v>2</v>'
        "</c></row></sheetData>")),
    "empty-sheet": lambda p: crafted(p, '<dimension ref="A1"/><sheetData></sheetData>'),
    "serial-1904": lambda p: crafted(p, '<sheetData><row r="1"><c r="A1" s="0"><v>100</v></c></row></sheetData>', date1904=True),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_rows_are_openpyxls(case: str, tmp_path: Path) -> None:
    path = CASES[case](tmp_path / f"{case}.xlsx")
    for min_row, width in SHAPES:
        assert ours(path, min_row, width) == openpyxl_rows(path, min_row, width), (min_row, width)


def test_entities_are_refused_by_defusedxml(tmp_path: Path) -> None:
    from defusedxml import EntitiesForbidden

    sheet = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData>'
    path = crafted(tmp_path / "laughs.xlsx", sheet)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp_path / "hostile.xlsx", "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.endswith("sheet1.xml"):
                dtd = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                data = data.replace(b"<worksheet", dtd + b"<worksheet", 1)
            out.writestr(info, data)
    book = Book(tmp_path / "hostile.xlsx")
    try:
        reader = book.sheet(book.sheets[0][1])
        with pytest.raises(EntitiesForbidden):
            reader.head(10)
    finally:
        book.close()
