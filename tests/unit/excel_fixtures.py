"""Workbooks shaped like real county rosters, built with openpyxl in the tests."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from stdnum.cn import ric


def make_id(region: str = "510823", birth: str = "19900101", seq: int = 123) -> str:
    """A valid resident ID (check digit computed)."""
    body = f"{region}{birth}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")

# header variants and a shuffled order, plus columns the program does not know
MESSY_HEADERS = [
    "序号", "公民身份号码", "姓 名", "性别", "手机号", "培训班名称", "培训类别（必填）", "主办单位",
    "开班日期", "结业日期", "培训地点", "县(区)", "乡镇", "村（社区）", "人员类别", "是否贫困户", "备注X",
]


def messy_rows() -> list[list[Any]]:
    """Six trainees in two sessions, typed every which way."""
    ids = [make_id(seq=n) for n in (101, 102, 106, 104, 105, 0)]  # 106 ends in X
    ids[5] = make_id(region="511923", birth="20010203", seq=7)  # 平昌 code exists from 2000
    return [
        [1, f" {ids[0]} ", "张 三", "男", "13812345678", "致富带头人培训班", "农村致富带头人", "青田县",
         dt.datetime(2019, 3, 1), "2019年3月5日", "青田", "剑阁县", "白龙镇", "龙王村", "", "是", "x"],
        [2, ids[1].translate(FULL_WIDTH), "李四", "", 13912345678, "致富带头人培训班", "农村致富带头人", "青田",
         "2019-3-1", "2019.3.5", "青田", "剑阁", "白龙镇", "", None, "√", None],
        [None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None],
        [4, ids[2].lower(), "王五", "女", "0839-1234567", "村干部培训班",
         "贫困村干部", "莲都区", 43525, "2019/03/20", "丽水", "剑阁县", "", "", "贫困村干部", "Y", None],
        [5, f"{ids[3][:6]} {ids[3][6:14]}　{ids[3][14:]}", "赵六", None, None, "村干部培训班", "贫困村干部", "莲都区",
         "2019/03/01", None, "丽水", "剑阁县", None, None, "东西部扶贫协作干部", "N", None],
        [6, ids[4], "钱七", "女" if int(ids[4][16]) % 2 == 0 else "男", "", "致富带头人培训班",
         "农村致富带头人", "青田县", "2019.03.01", "", "", "剑阁县", "", "", "", "否", ""],
        [7, ids[5], "孙八", None, "", "致富带头人培训班", "农村致富带头人", "青田县", "  2019-03-01 ", "", "",
         "平昌县", "", "", "", "", ""],
    ]


def write_book(path: Path, headers: list[str], rows: list[list[Any]], *, title: str = "花名册",
               extra_sheet: bool = True, lead_rows: int = 1, id_as_number: dict[int, int] | None = None) -> Path:
    """A workbook with a title line above the headers and an unrelated first sheet."""
    workbook = Workbook()
    if extra_sheet:
        other = workbook.active
        other.title = "封面"
        other.append(["2019年培训统计", None, "填报单位：剑阁县人社局"])
        sheet = workbook.create_sheet(title)
    else:
        sheet = workbook.active
        sheet.title = title
    for _ in range(lead_rows):
        sheet.append(["丽水市东西部扶贫协作培训花名册"])
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    for line in sheet.iter_rows():
        for cell in line:
            if cell.data_type == "f":
                cell.data_type = "s"  # typed text that merely starts with '=' (as WPS stores it)
    for row_index, value in (id_as_number or {}).items():
        sheet.cell(row_index, headers.index("公民身份号码") + 1, value)
    workbook.save(path)
    return path


ROOT = Path(__file__).resolve().parents[2]
# the CLI run in a child that prints its own peak memory (MB) on its last line of stderr: the
# high-water mark of its own address space (VmHWM), not ru_maxrss, which keeps the parent's
# resident size at the fork across exec
PEAK = (
    "import re, resource, sys\n"
    "from lishui_desktop.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "try:\n"
    "    kb = int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))\n"
    "except OSError:\n"
    "    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "print(kb // 1024, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def cli_child(*args: str) -> tuple[int, str, int]:
    """`lishui ARGS` in a child process: exit code, its error line, its peak memory in MB."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LISHUI_LANG": "zh_CN"}
    done = subprocess.run([sys.executable, "-c", PEAK, *args], capture_output=True, text=True, env=env, timeout=300)
    lines = done.stderr.strip().splitlines()
    peak = int(lines[-1]) if done.returncode in (0, 2) and lines and lines[-1].isdigit() else -1
    return done.returncode, "\n".join(lines[:-1]) if peak >= 0 else done.stderr, peak


def ods_bytes(tables: bytes) -> bytes:
    """A minimal .ods whose spreadsheet holds `tables` (table:table elements) as written."""
    content = (b'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               b"<office:body><office:spreadsheet>" + tables + b"</office:spreadsheet></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", b"<manifest/>")
    return out.getvalue()
