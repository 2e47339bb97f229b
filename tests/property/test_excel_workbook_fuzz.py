"""Never a traceback, whatever the workbook: random and hostile files through `lishui excel import`.

Hypothesis writes workbooks with random cells (odd types, long and formula-like text, far
cells), merged ranges (overlapping, reaching past the data, over the header), hidden sheets, and
saves them under a wrong name; it also mutates the committed .xls and .ods fixtures and CSV
text. Hand-made hostile files cover what a generator rarely hits: one cell at XFD1048576, an
ods row repeated a million times, cells placed without references, a DOCTYPE. Each must end in
exit 0, or exit 2 with one translated line and the database unchanged.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from lishui_desktop.cli import main
from lishui_desktop.db.database import Database
from lishui_desktop.sync.dump import dump_text
from tests.unit.excel_fixtures import ods_bytes

DATA = Path(__file__).resolve().parents[1] / "data" / "workbooks"
HEADERS = ["序号", "姓名", "身份证号码", "联系电话", "乡镇", "村", "培训班名称", "培训类别", "主办单位", "开始日期", "备注"]
# no shrinking: a failing example is printed as found (shrinking workbooks takes minutes)
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck),
                    phases=[Phase.explicit, Phase.reuse, Phase.generate])
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("workbook-fuzz")
    db_path = folder / "fuzz.sqlite3"
    assert main(["--db", str(db_path), "init", "--device-name", "fuzz", "--role", "field"]) == 0
    return {"folder": folder, "db": str(db_path)}


def _dump(db_path: str) -> str:
    db = Database.open(Path(db_path))
    try:
        return dump_text(db)
    finally:
        db.close()


def import_must_end_cleanly(world: dict[str, Any], capsys: pytest.CaptureFixture[str], data: bytes, name: str,
                            kind: str = "trainees") -> int:
    path = Path(world["folder"]) / name
    path.write_bytes(data)
    before = _dump(world["db"])
    capsys.readouterr()
    code = main(["--db", world["db"], "excel", "import", kind, str(path), "--category", "农村致富带头人",
                 "--organiser", "青田县", "--start", "2019-03-01", "--errors-out", str(path) + ".errors.xlsx"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code in (0, 2), (code, err)
    if code == 2:
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("lishui:") and CJK.search(lines[0]), err
        assert _dump(world["db"]) == before  # nothing half-imported
    return code


cell = st.one_of(
    st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=True, allow_infinity=False),
    st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs")), max_size=40),
    st.sampled_from(["合计：40人", "填表人：张三", "=SUM(A1:A3)", "（盖章）", "姓名", "村", "", "510823199001011234",
                     "2019年3月1日", "5.10823E+17", "　"]),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
    st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2100, 1, 1)),
)
merged = st.tuples(st.integers(1, 60), st.integers(1, 14), st.integers(0, 50), st.integers(0, 6))


@st.composite
def workbooks(draw: st.DrawFn) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for index in range(draw(st.integers(1, 3))):
        sheet = book.create_sheet(f"表{index}")
        if draw(st.booleans()):
            sheet.append([draw(st.sampled_from(["平昌县2019年第3期农村致富带头人培训班花名册", "附件1", "", "培训时间：2019年3月1日—5日"]))])
        if draw(st.booleans()):
            sheet.append(draw(st.permutations(HEADERS)))
        for _ in range(draw(st.integers(0, 25))):
            sheet.append(draw(st.lists(cell, max_size=14)))
        for row, col, down, across in draw(st.lists(merged, max_size=6)):
            sheet.merge_cells(start_row=row, start_column=col, end_row=row + down, end_column=col + across)
        if draw(st.integers(0, 9)) == 0:
            sheet.cell(draw(st.integers(1, 200000)), draw(st.integers(1, 3000)), "far")
        sheet.sheet_state = draw(st.sampled_from(["visible", "visible", "hidden", "veryHidden"]))
    if all(s.sheet_state != "visible" for s in book.worksheets):
        book.worksheets[0].sheet_state = "visible"
    for sheet in book.worksheets:
        for item in sheet._cells.values():  # the cells written (iter_rows would walk to the far cell)
            if item.data_type == "f":
                item.data_type = "s"  # text typed with '=' (openpyxl would write a formula)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@SETTINGS
@given(workbooks(), st.sampled_from(["x.xlsx", "x.xls", "x.et", "x", "x.csv", "x.ods"]))
def test_random_workbooks(world, capsys, data: bytes, name: str) -> None:  # type: ignore[no-untyped-def]
    import_must_end_cleanly(world, capsys, data, name)


def _mutate(data: bytes, cuts: list[tuple[int, int, int]]) -> bytes:
    out = bytearray(data)
    for how, where, value in cuts:
        at = where % max(len(out), 1)
        if how == 0:
            out[at:at + 1] = bytes([value])  # flip a byte
        elif how == 1:
            del out[at:]  # truncate
        else:
            out[at:at] = bytes([value]) * 7  # insert
    return bytes(out)


@SETTINGS
@given(st.sampled_from(["花名册.xls", "两期.ods", "两期.xls", "转移就业.xls", "openpyxl/花名册.xlsx"]),
       st.lists(st.tuples(st.integers(0, 2), st.integers(0, 1 << 20), st.integers(0, 255)), min_size=1, max_size=4))
def test_mutated_fixtures(world, capsys, fixture: str, cuts: list[tuple[int, int, int]]) -> None:  # type: ignore[no-untyped-def]
    import_must_end_cleanly(world, capsys, _mutate((DATA / fixture).read_bytes(), cuts), "m" + Path(fixture).suffix)


@SETTINGS
@given(st.lists(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=12), max_size=8), max_size=20),
       st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]), st.sampled_from([",", "\t", ";"]))
def test_random_csv(world, capsys, rows: list[list[str]], encoding: str, sep: str) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(sep.join(["姓名", "身份证号码", "乡镇"] if i == 0 else row) for i, row in enumerate([[], *rows]))
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    import_must_end_cleanly(world, capsys, data, "c.csv")


def _xlsx_with_sheet_data(body: bytes, head: bytes = b"") -> bytes:
    """A minimal valid xlsx whose only sheet holds `body` as its sheetData."""
    book = Workbook()
    book.active.append(["姓名"])
    src = io.BytesIO()
    book.save(src)
    out = io.BytesIO()
    with zipfile.ZipFile(src) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = head + re.sub(rb"<sheetData>.*</sheetData>", b"<sheetData>" + body + b"</sheetData>", data, flags=re.S)
            target.writestr(info.filename, data)
    return out.getvalue()


def _ods(rows_xml: bytes) -> bytes:
    return ods_bytes(b'<table:table table:name="S">' + rows_xml + b"</table:table>")


NAME_CELL = (b'<table:table-row><table:table-cell office:value-type="string"><text:p>\xe5\xa7\x93\xe5\x90\x8d</text:p>'
             b'</table:table-cell><table:table-cell office:value-type="string"><text:p>\xe4\xb9\xa1\xe9\x95\x87</text:p>'
             b'</table:table-cell></table:table-row>')
HOSTILE = {
    "far-cell.xlsx": _xlsx_with_sheet_data(b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
                                           b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
    "far-by-position.xlsx": _xlsx_with_sheet_data(b'<row r="1"><c r="A1"><v>1</v></c>' + b"<c><v>2</v></c>" * 3000 + b"</row>"
                                                  + b"<row><c><v>1</v></c></row>" * 3000),
    "doctype.xlsx": _xlsx_with_sheet_data(b'<row r="1"><c r="A1"><v>1</v></c></row>', b'<!DOCTYPE x [<!ENTITY a "b">]>'),
    "repeated.ods": _ods(NAME_CELL + b'<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
                                     b'office:value-type="float" office:value="1" table:number-columns-repeated="16384"/>'
                                     b'</table:table-row>'),
    "huge-merge.ods": _ods(b'<table:table-row><table:table-cell table:number-columns-spanned="16384" '
                           b'table:number-rows-spanned="1048576" office:value-type="string"><text:p>x</text:p>'
                           b'</table:table-cell></table:table-row>' + NAME_CELL),
    "empty.xlsx": b"",
    "zip-of-nothing.xls": b"PK\x05\x06" + b"\0" * 18,
    "html.xls": "<html><table><tr><td>姓名</td></tr></table></html>".encode(),
    "pdf.xlsx": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
    "ole-garbage.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files(world, capsys, name: str) -> None:  # type: ignore[no-untyped-def]
    code = import_must_end_cleanly(world, capsys, HOSTILE[name], name)
    if name in ("far-cell.xlsx", "far-by-position.xlsx", "repeated.ods", "doctype.xlsx", "empty.xlsx", "pdf.xlsx"):
        assert code == 2
