"""Legacy .xls guarded before python-calamine opens it (lishui_desktop.excel.biff), and workbooks
with a password to open, with real files saved by LibreOffice (tests/data/make_workbooks.py).

calamine lays every sheet of an .xls out as one dense block as soon as it opens the file, and
reserves room for the range each sheet's DIMENSIONS record names: a few kilobytes holding A1 and
IV65536 cost half a gigabyte, an upside-down DIMENSIONS record aborts the whole program. The
subprocess tests would die with the program (exit 134) or exceed the memory they check without
the scan.
"""

from __future__ import annotations

import io
import re
import struct
from pathlib import Path

import pytest

from lishui_desktop.cli import main
from lishui_desktop.excel import biff
from tests.unit.excel_fixtures import cli_child

DATA = Path(__file__).resolve().parents[1] / "data" / "workbooks"
XLS = ["花名册.xls", "两期.xls", "隐藏工作表.xls", "转移就业.xls", "挂职干部.xls", "libreoffice/图表.xls"]
CJK = re.compile(r"[\u4e00-\u9fff]")
@pytest.fixture(scope="module")
def cli_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("biff") / "xls.sqlite3")
    assert main(["--db", path, "init", "--device-name", "平昌-01", "--role", "field"]) == 0
    return path


@pytest.mark.parametrize("name", XLS)
def test_the_scan_finds_what_calamine_lays_out(name: str) -> None:
    from python_calamine import CalamineWorkbook

    data = (DATA / name).read_bytes()
    found = biff.xls_extents(data)
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    laid_out = {}
    for sheet in book.sheet_names:
        end = book.get_sheet_by_name(sheet).end
        laid_out[sheet] = (end[0] + 1, end[1] + 1) if end else (0, 0)
    book.close()
    assert found == laid_out


def test_an_xls_reaching_iv65536_is_refused_before_it_is_laid_out(cli_db: str) -> None:
    code, err, peak = cli_child("--db", cli_db, "excel", "import", "trainees", str(DATA / "libreoffice" / "远单元格.xls"),
                                "--category", "农村致富带头人", "--organiser", "青田县")
    assert code == 2, err
    assert err.count("\n") == 0 and CJK.search(err) and "花名册" in err and "65536" in err and "256" in err, err
    assert 0 < peak < 350, peak  # calamine alone would take over 500 MB to open it


def _with_dimensions(data: bytes, first_row: int, last_row: int, first_col: int = 0, last_col: int = 9) -> bytes:
    """`data` (an .xls) with its first sheet's DIMENSIONS record naming rows first..last and
    columns first..last."""
    stream = biff.workbook_stream(data)
    pos = 0
    while pos + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, pos)
        if kind == 0x0200 and length == 14:
            record = stream[pos:pos + 4 + length]
            at = data.find(record)
            assert at > 0 and data.find(record, at + 1) < 0
            out = bytearray(data)
            struct.pack_into("<IIHH", out, at + 4, first_row, last_row, first_col, last_col)
            return bytes(out)
        pos += 4 + length
    raise AssertionError("no DIMENSIONS record")


def test_an_upside_down_dimensions_record_is_refused_not_a_crash(cli_db: str, tmp_path: Path) -> None:
    broken = tmp_path / "花名册.xls"
    broken.write_bytes(_with_dimensions((DATA / "花名册.xls").read_bytes(), 0xFFFF, 0x10))
    code, err, _peak = cli_child("--db", cli_db, "excel", "import", "trainees", str(broken),
                                 "--category", "农村致富带头人", "--organiser", "青田县")
    assert code == 2, err  # without the scan calamine reserves terabytes and aborts (134)
    assert err.count("\n") == 0 and err.startswith("lishui:") and CJK.search(err), err


def test_a_dimensions_record_calamine_copes_with_is_read() -> None:
    """The whole grid (a file formatted all over), and a first column past the grid or after
    the last (calamine takes it as 0: a real file in calamine's tests has one)."""
    for first_row, last_row, first_col, last_col in ((0, 65536, 0, 256), (0, 47, 512, 75), (3, 47, 20, 9)):
        data = _with_dimensions((DATA / "花名册.xls").read_bytes(), first_row, last_row, first_col, last_col)
        assert biff.xls_extents(data)["花名册"] == (47, 9)
    with pytest.raises(ValueError):  # a million rows: calamine would reserve 10 GB
        biff.xls_extents(_with_dimensions((DATA / "花名册.xls").read_bytes(), 0, 1 << 20, 0, 256))


@pytest.mark.parametrize("name", ["libreoffice/密码.xls", "libreoffice/密码.ods", "密码.xlsx"])
def test_a_workbook_with_a_password_gets_one_message(cli_db: str, capsys: pytest.CaptureFixture[str], name: str) -> None:
    capsys.readouterr()
    code = main(["--db", cli_db, "excel", "import", "trainees", str(DATA / name),
                 "--category", "农村致富带头人", "--organiser", "青田县"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "密码" in err and "Traceback" not in err, err


def test_a_stream_named_book_in_capitals_is_read_as_calamine_reads_it() -> None:
    from python_calamine import CalamineWorkbook

    data = (DATA / "两期.xls").read_bytes()
    name = "Workbook".encode("utf-16-le")
    assert data.count(name) == 1
    renamed = data.replace(name, "BOOK".encode("utf-16-le") + bytes(8))
    book = CalamineWorkbook.from_filelike(io.BytesIO(renamed))
    assert book.sheet_names == ["第3期", "第4期"]
    book.close()
    assert biff.xls_extents(renamed) == {"第3期": (19, 9), "第4期": (17, 9)}


def _far_cell_after_the_chart(data: bytes) -> bytes:
    """图表.xls with the sheet's WINDOW2 record, which follows the embedded chart's substream,
    turned into a number at row 60001, column 201 (and a zero-length record to keep the size)."""
    stream = biff.workbook_stream(data)
    pos, depth, after_chart = 0, 0, None
    while pos + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, pos)
        if kind == 0x0809:
            depth += 1
        elif kind == 0x000A:
            depth -= 1
        elif kind == 0x023E and depth == 1 and pos > stream.find(b"\x09\x08", 1000):
            after_chart = pos
        pos += 4 + length
    assert after_chart is not None
    record = stream[after_chart:after_chart + 22]
    at = data.find(record)
    assert at > 0 and data.find(record, at + 1) < 0
    number = struct.pack("<HHHHHd", 0x0203, 14, 60000, 200, 0, 1.0) + struct.pack("<HH", 0x0100, 0)
    return data[:at] + number + data[at + 22:]


def test_cells_after_an_embedded_chart_are_counted(cli_db: str, tmp_path: Path) -> None:
    """calamine steps over an embedded chart's substream and reads the cells after it: the scan
    must not stop at the chart's EOF."""
    from python_calamine import CalamineWorkbook

    crafted = _far_cell_after_the_chart((DATA / "libreoffice" / "图表.xls").read_bytes())
    book = CalamineWorkbook.from_filelike(io.BytesIO(crafted))
    assert book.get_sheet_by_name("统计").end == (60000, 200)  # what calamine would lay out
    book.close()
    assert biff.xls_extents(crafted) == {"统计": (60001, 201)}
    path = tmp_path / "图表.xls"
    path.write_bytes(crafted)
    code, err, peak = cli_child("--db", cli_db, "excel", "import", "trainees", str(path))
    assert code == 2 and "60001" in err and 0 < peak < 350, (code, err, peak)
