"""The sheet parts of an .xlsx (and .xlsb) found as python-calamine finds them, and their cells
placed as calamine places them, so that the extent guard bounds what calamine will lay out.

calamine opens a member by a lookup that ignores case and takes backslashes for slashes, finds
the workbook through _rels/.rels, takes a sheet's relationship id under any prefix and its
target as written (never normalised); it reads references in either case, elements under any
prefix, attributes however quoted and spaced, and places a cell without a reference on its
row element's row. A guard that looked elsewhere let a 1.5 KB file holding XFD1048576 through, and calamine's 550 GB allocation aborted the whole program (exit 134): each
file below must end in exit 2 with one message, run in a child process so that an abort is a
failure and not the end of the test run.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from lishui_desktop.cli import main
from tests.unit.excel_fixtures import cli_child, ods_bytes

FAR = (b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
       b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')
SHEET = "xl/worksheets/sheet1.xml"


def _parts() -> dict[str, bytes]:
    book = Workbook()
    book.active.append(["姓名"])
    out = io.BytesIO()
    book.save(out)
    with zipfile.ZipFile(out) as archive:
        return {info.filename: archive.read(info.filename) for info in archive.infolist()}


def _far(xml: bytes) -> bytes:
    return re.sub(rb"<sheetData>.*</sheetData>|<sheetData\s*/>", FAR, xml, flags=re.S)


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _case() -> bytes:
    parts = _parts()
    parts["xl/Worksheets/Sheet1.XML"] = _far(parts.pop(SHEET))
    return _zip(parts)


def _backslashes() -> bytes:
    parts = _parts()
    parts["xl\\worksheets\\sheet1.xml"] = _far(parts.pop(SHEET))
    return _zip(parts)


def _workbook_elsewhere() -> bytes:
    """_rels/.rels names foo/workbook.xml, whose sheet is the far one; xl/workbook.xml is a decoy."""
    parts = _parts()
    parts["foo/workbook.xml"] = parts["xl/workbook.xml"]
    parts["foo/_rels/workbook.xml.rels"] = re.sub(rb'Target="[^"]*sheet1.xml"', b'Target="/xl/worksheets/big.xml"',
                                                  parts["xl/_rels/workbook.xml.rels"])
    parts["xl/worksheets/big.xml"] = _far(parts[SHEET])
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"xl/workbook.xml", b"foo/workbook.xml")
    return _zip(parts)


def _id_under_another_prefix() -> bytes:
    parts = _parts()
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                             b'relationships/worksheet" Target="worksheets/big.xml"/></Relationships>')
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b'r:id="rId1"', b'r:id="rId1" xmlns:q="urn:q" q:id="rId99"')
    parts["xl/worksheets/big.xml"] = _far(parts[SHEET])
    return _zip(parts)


def _target_not_normalised() -> bytes:
    """worksheets/../big.xml is opened as the member of that literal name, not xl/big.xml."""
    parts = _parts()
    parts["xl/_rels/workbook.xml.rels"] = re.sub(rb'Target="[^"]*sheet1.xml"', b'Target="worksheets/../big.xml"',
                                                 parts["xl/_rels/workbook.xml.rels"])
    parts["xl/big.xml"] = parts[SHEET]
    parts["xl/worksheets/../big.xml"] = _far(parts[SHEET])
    return _zip(parts)


def _sheet_data(body: bytes) -> Callable[[], bytes]:
    def make() -> bytes:
        parts = _parts()
        parts[SHEET] = re.sub(rb"<sheetData>.*</sheetData>|<sheetData\s*/>", b"<sheetData>" + body + b"</sheetData>",
                              parts[SHEET], flags=re.S)
        return _zip(parts)
    return make


A1 = b'<row r="1"><c r="A1"><v>1</v></c></row>'
X = b'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
HOSTILE = {
    "case": _case, "backslashes": _backslashes, "workbook elsewhere": _workbook_elsewhere,
    "id under another prefix": _id_under_another_prefix, "target not normalised": _target_not_normalised,
    # cells calamine places where a scan for <c r="XFD1048576"> does not look
    "lower-case reference": _sheet_data(A1 + b'<row r="1048576"><c r="xfd1048576"><v>1</v></c></row>'),
    "prefixed elements": _sheet_data(A1 + b"<x:row " + X + b' r="1048576"><x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row>'),
    "tab before r": _sheet_data(A1 + b'<row r="1048576"><c\tr="XFD1048576"><v>1</v></c></row>'),
    "single quotes": _sheet_data(b"<row r='1'><c r='A1'><v>1</v></c></row><row r='1048576'><c r='XFD1048576'><v>1</v></c></row>"),
    "leading zeros": _sheet_data(A1 + b'<row r="1048576"><c r="A0001048576"><v>1</v></c><c r="XFD1"><v>1</v></c></row>'),
    "far row, far column apart": _sheet_data(A1 + b'<row><c r="A1048576"><v>1</v></c></row><row><c r="XFD2"><v>1</v></c></row>'),
    "row number, cells placed by position": _sheet_data(b'<row r="1048576"><c r="A1"><v>1</v></c><c><v>2</v></c></row>'
                                                        b'<row><c r="XFD1"><v>1</v></c></row>'),
}


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("parts") / "parts.sqlite3")
    assert main(["--db", path, "init", "--device-name", "平昌-01", "--role", "field"]) == 0
    return path


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_the_guard_reads_the_part_calamine_reads(cli_db: str, tmp_path: Path, name: str) -> None:
    path = tmp_path / "花名册.xlsx"
    path.write_bytes(HOSTILE[name]())
    code, err, peak = cli_child("--db", cli_db, "excel", "import", "trainees", str(path))
    assert code == 2, err[-300:]  # 134: calamine's allocation failed and took the program with it
    assert err.count("\n") == 0 and "1048576" in err and "16384" in err and 0 < peak < 350, (err, peak)


def test_the_exact_parse_places_cells_as_calamine_does() -> None:
    """Small sheets written every odd way: the parse finds calamine's own extent."""
    from python_calamine import CalamineWorkbook

    from lishui_desktop.excel.extent import _parsed_extent

    bodies = [
        b'<row r="3"><c r="b3"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>',
        b"<x:row " + X + b' r="2"><x:c r="C2"><x:v>1</x:v></x:c></x:row><row><c r="A7"><v>1</v></c><c><v>1</v></c></row>',
        b'<row><c><v>1</v></c><c><v>2</v></c></row><row r="9"><c r="A1"><v>1</v></c><c><v>2</v></c></row>',
    ]
    for body in bodies:
        data = _sheet_data(body)()
        end = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0).end
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert _parsed_extent(archive.read(SHEET)) == (end[0] + 1, end[1] + 1), body


def test_an_xlsb_sheet_part_named_in_capitals_is_guarded() -> None:
    """xl/worksheets/sheet1.BIN is read by calamine as the worksheet: the scan finds it too."""
    from lishui_desktop.excel.extent import xlsb_sheet_parts

    names = ["xl/workbook.bin", "xl/worksheets/sheet1.BIN", "xl/_rels/workbook.bin.rels", "xl/styles.bin"]
    rels = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"'
            b' Target="worksheets/sheet1.bin"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, rels if name.endswith(".rels") else b"")
    with zipfile.ZipFile(out) as archive:
        assert xlsb_sheet_parts(archive) == {"xl/worksheets/sheet1.BIN"}


NAME_ROW = (b'<table:table-row><table:table-cell office:value-type="string"><text:p>\xe5\xa7\x93\xe5\x90\x8d</text:p>'
            b"</table:table-cell></table:table-row>")
# a million empty rows, then a number in column 60: 60 million cells (calamine's own cap is 100 million)
FAR_ROWS = (b'<table:table-row table:number-rows-repeated="1000000"><table:table-cell/></table:table-row>'
            b'<table:table-row><table:table-cell table:number-columns-repeated="59"/>'
            b'<table:table-cell office:value-type="float" office:value="1"/></table:table-row>')
INNER = (b'<table:table-row><table:table-cell><table:table table:name="inner"><table:table-row>'
         b'<table:table-cell office:value-type="float" office:value="1"/></table:table-row></table:table>'
         b"</table:table-cell></table:table-row>")


@pytest.mark.parametrize("tables", [
    b'<table:table table:name="S">' + NAME_ROW + INNER + FAR_ROWS + b"</table:table>",  # a table in a cell
    b'<table:table table:name="S">' + NAME_ROW + FAR_ROWS + b'</table:table><table:table table:name="S">' + NAME_ROW
    + b"</table:table>",  # two tables of one name
], ids=["table in a cell", "two tables of one name"])
def test_an_ods_table_is_bounded_whatever_it_holds(cli_db: str, tmp_path: Path, tables: bytes) -> None:
    path = tmp_path / "花名册.ods"
    path.write_bytes(ods_bytes(tables))
    code, err, peak = cli_child("--db", cli_db, "excel", "import", "trainees", str(path))
    assert code == 2 and err.count("\n") == 0 and 0 < peak < 350, (code, err[-300:], peak)  # calamine: 2 GB


def test_the_annotated_copy_of_a_sheet_wider_than_an_xlsx_keeps_what_an_xlsx_holds(tmp_path: Path) -> None:
    """An .xls or .ods may hold a cell past XFD (column 16,384); the annotated copy, an xlsx,
    leaves such cells out (and marks nothing there) instead of failing to save."""
    from openpyxl import load_workbook

    from lishui_desktop.excel.annotate import MAX_COLUMN, write_error_copy
    from lishui_desktop.excel.reader import Workbook as Book
    from lishui_desktop.excel.reader import table_of
    from lishui_desktop.excel.rows import CellError
    from lishui_desktop.excel.sources import Grid, SourceBook

    far = [None] * (MAX_COLUMN + 100)
    far[-1] = "远处"
    grid = Grid("花名册", [["姓名", "身份证号", *far], ["张三", "123", *far]])
    sheet = table_of(Grid(grid.title, [list(r) for r in grid.rows]), "trainees")
    assert sheet is not None
    sheet.positions["notes"] = MAX_COLUMN + 100  # a column found past the last one an xlsx has
    book = Book(tmp_path / "wide.xls", "trainees", SourceBook("xls", [grid]), [sheet])
    errors = [CellError(2, "id_number", "bad", "花名册"), CellError(2, "notes", "far", "花名册"), CellError(2, None, "row", "花名册")]
    out = write_error_copy(book, errors, tmp_path / "wide-errors.xlsx")
    marked = load_workbook(out)
    assert marked["花名册"].max_column == 2 and marked["花名册"]["B2"].comment is not None
    problems = [row[3] for row in marked.worksheets[0].iter_rows(min_row=3, values_only=True)]
    assert problems == ["row", "bad", "far"]  # by column: the whole row first
