#!/usr/bin/env python3
"""Write the county workbooks of tests/data/workbooks/ as offices make them.

    .venv/bin/python tests/data/make_workbooks.py      # needs LibreOffice (soffice) on PATH

openpyxl writes the .xlsx originals; LibreOffice (soffice --headless --convert-to) saves them
again as legacy .xls (Excel 97-2003), .ods and its own .xlsx, so the tests read files written
by two different programs. The outputs are committed: the tests do not need LibreOffice.
Everything is deterministic (the same names, IDs and dates on every run).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from stdnum.cn import ric

OUT = Path(__file__).resolve().parent / "workbooks"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国红梅志文斌鹏辉琴云飞"
# runs of trainees from one town and village (the cells merged down in the roster)
TOWNS = [("驷马镇", "新华村", 9), ("驷马镇", "龙滩村", 6), ("白衣镇", "石门村", 12), ("江口镇", "大坝村", 8),
         ("江口镇", "响滩村", 5)]
HEADERS = ["序号", "姓名", "性别", "身份证号码", "联系电话", "乡镇", "村", "是否建档立卡贫困户", "备注"]


def resident_id(number: int, region: str = "511923") -> str:
    birth = dt.date(1965, 1, 1) + dt.timedelta(days=(number * 97) % 14000)
    body = f"{region}{birth:%Y%m%d}{number % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")


def trainees(count: int, offset: int = 0) -> list[dict[str, Any]]:
    people = []
    runs = [(town, village) for town, village, size in TOWNS for _ in range(size)]
    for n in range(count):
        number = offset + n + 1
        rid = resident_id(number)
        people.append({
            "name": SURNAMES[number % len(SURNAMES)] + GIVEN[(number * 7) % len(GIVEN)] + GIVEN[(number * 3) % len(GIVEN)],
            "gender": "男" if int(rid[16]) % 2 else "女", "id": rid, "phone": f"139{number:08d}",
            "town": runs[n % len(runs)][0], "village": runs[n % len(runs)][1],
            "poor": "是" if n % 3 == 0 else "否", "note": "村支书推荐" if n % 10 == 4 else None,
        })
    return people


def _merge_runs(sheet: Any, first_row: int, people: list[dict[str, Any]], key: str, column: int) -> None:
    """Merge the cells of `key` down each run of equal values, as clerks do, leaving only the
    first cell's value (what Excel keeps)."""
    start = 0
    for i in range(1, len(people) + 1):
        if i == len(people) or people[i][key] != people[start][key] or (key == "village" and people[i]["town"] != people[start]["town"]):
            if i - start > 1:
                for r in range(first_row + start + 1, first_row + i):
                    sheet.cell(r, column).value = None
                sheet.merge_cells(start_row=first_row + start, start_column=column, end_row=first_row + i - 1, end_column=column)
            start = i


def county_sheet(sheet: Any, title: str, dates: str, people: list[dict[str, Any]]) -> None:
    """A roster as a county office lays it out: merged title, a dates line, 序号 and 备注,
    town and village merged down their runs, a 合计 line and a signed footer."""
    width = len(HEADERS)
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet["A1"].font = Font(size=16, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append([dates])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    sheet.append(HEADERS)
    for n, p in enumerate(people, start=1):
        sheet.append([n, p["name"], p["gender"], p["id"], p["phone"], p["town"], p["village"], p["poor"], p["note"]])
        sheet.cell(sheet.max_row, 4).number_format = "@"
    first = 4
    _merge_runs(sheet, first, people, "town", 6)
    _merge_runs(sheet, first, people, "village", 7)
    total = sheet.max_row + 1
    sheet.cell(total, 1, f"合计：{len(people)}人")
    sheet.merge_cells(start_row=total, start_column=1, end_row=total, end_column=3)
    sheet.append([])
    sheet.append([None, "填表人：王晓明", None, "审核人：李建国", None, None, "填表日期：2019年3月6日"])
    sheet.append([None, None, None, None, None, None, "（盖章）"])
    for column, width_ in zip("ABCDEFGHI", (6, 10, 6, 22, 14, 10, 10, 10, 14), strict=True):
        sheet.column_dimensions[column].width = width_


def roster(path: Path) -> None:
    workbook = Workbook()
    county_sheet(workbook.active, "平昌县2019年第3期农村致富带头人培训班花名册",
                 "培训时间：2019年3月1日—5日    培训地点：青田县", trainees(40))
    workbook.active.title = "花名册"
    workbook.save(path)


def two_sessions(path: Path) -> None:
    workbook = Workbook()
    county_sheet(workbook.active, "平昌县2019年第3期农村致富带头人培训班花名册",
                 "培训时间：2019年3月1日—5日    培训地点：青田县", trainees(12))
    workbook.active.title = "第3期"
    county_sheet(workbook.create_sheet("第4期"), "平昌县2019年第4期农村致富带头人培训班花名册",
                 "培训时间：2019年5月8日至12日", trainees(10, offset=100))
    workbook.save(path)


def hidden_sheets(path: Path) -> None:
    workbook = Workbook()
    old = workbook.active
    old.title = "旧数据"
    county_sheet(old, "平昌县2018年农村致富带头人培训班花名册", "培训时间：2018年6月1日—3日", trainees(7, offset=300))
    old.sheet_state = "hidden"
    county_sheet(workbook.create_sheet("花名册"), "平昌县2019年第3期农村致富带头人培训班花名册",
                 "培训时间：2019年3月1日—5日", trainees(15))
    lists = workbook.create_sheet("下拉选项")
    lists.append(["姓名", "性别"])
    lists.append(["张三", "男"])
    lists.sheet_state = "veryHidden"
    workbook.active = 1
    workbook.save(path)


def placements(path: Path) -> None:
    """A placement register with a title, a two-row header (户籍地址 over 县/乡镇/村), merged
    employer cells, a footer; and a second sheet for another month."""
    workbook = Workbook()
    for index, (month, offset) in enumerate((("3月", 0), ("4月", 50))):
        sheet = workbook.active if index == 0 else workbook.create_sheet()
        sheet.title = f"2020年{month}"
        sheet.append([f"平昌县2020年{month}转移就业人员花名册"])
        sheet.merge_cells("A1:J1")
        sheet.append(["序号", "姓名", "身份证号", "户籍地址", None, None, "用工单位", "岗位", "就业时间", "备注"])
        sheet.append([None, None, None, "县", "乡镇", "村", None, None, None, None])
        sheet.merge_cells("D2:F2")
        for column in "ABCGHIJ":
            sheet.merge_cells(f"{column}2:{column}3")
        people = trainees(6, offset=200 + offset)
        for n, p in enumerate(people, start=1):
            sheet.append([n, p["name"], p["id"], "平昌县", p["town"], p["village"], "丽水某电子厂" if n <= 4 else "青田某鞋业",
                          "普工", dt.datetime(2020, 3 + index, n), p["note"]])
        sheet.merge_cells("G4:G7")  # openpyxl keeps only G4's value, as Excel does
        sheet.append(["合计", None, "6人"])
        sheet.append([None, "填报单位：平昌县人社局", None, None, None, None, "填报日期：2020年5月1日"])
    workbook.save(path)


def cadres(path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "挂职干部"
    sheet.append(["附件2"])
    sheet.append(["青田县赴平昌县挂职干部名单"])
    sheet.merge_cells("A2:G2")
    sheet.append(["序号", "姓名", "挂职类别", "派出单位", "挂职岗位", "挂职县", "挂职开始日期"])
    sheet.append([1, "吴十一", "处级", "青田县发改局", "副县长", "平昌县", "2019-04-01"])
    sheet.append([2, "郑十二", "科级", "青田县农业农村局", "副局长", None, "2019-04-01"])
    sheet.append([3, "冯十三", "专业技术人才（短期）", "青田县人民医院", "医生", None, "2019-06-01"])
    sheet.merge_cells("F4:F6")
    sheet.append(["注：挂职时间以报到为准。"])
    sheet.append([None, "填表人：王五", None, "审核人：赵六"])
    workbook.save(path)


def csv_files(out: Path) -> None:
    lines = ["序号,姓名,性别,身份证号码,联系电话,乡镇,村,是否建档立卡贫困户"]
    for n, p in enumerate(trainees(5, offset=400), start=1):
        lines.append(f"{n},{p['name']},{p['gender']},{p['id']},{p['phone']},{p['town']},{p['village']},{p['poor']}")
    text = "\r\n".join(lines) + "\r\n"
    (out / "花名册-gbk.csv").write_bytes(text.encode("gbk"))
    (out / "花名册-utf8bom.csv").write_bytes(text.encode("utf-8-sig"))


def convert(source: Path, target_ext: str, filter_name: str, out_dir: Path) -> Path:
    """`source` saved again by LibreOffice as `target_ext` (its own writer)."""
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to",
             f"{target_ext}:{filter_name}", "--outdir", work, str(source)],
            check=True, capture_output=True, timeout=180,
        )
        made = Path(work) / f"{source.stem}.{target_ext}"
        target = out_dir / f"{source.stem}.{target_ext}"
        shutil.copyfile(made, target)
        return target


def far_cell(out_dir: Path) -> None:
    """远单元格.xls: a short roster and one cell at IV65536, the last of the .xls grid, saved by
    LibreOffice (a few kilobytes that a reader laying the sheet out densely makes a gigabyte)."""
    with tempfile.TemporaryDirectory() as work:
        book = Workbook()
        sheet = book.active
        sheet.title = "花名册"
        sheet.append(HEADERS)
        for n, p in enumerate(trainees(3, offset=500), start=1):
            sheet.append([n, p["name"], p["gender"], p["id"], p["phone"], p["town"], p["village"], p["poor"], None])
        sheet["IV65536"] = "x"
        source = Path(work) / "远单元格.xlsx"
        book.save(source)
        convert(source, "xls", "MS Excel 97", out_dir)


def with_chart(out_dir: Path) -> None:
    """图表.xls: a small table of trainees per town and a bar chart of it, saved by LibreOffice
    (an embedded chart is a substream of its own inside the sheet's substream)."""
    from openpyxl.chart import BarChart, Reference

    with tempfile.TemporaryDirectory() as work:
        book = Workbook()
        sheet = book.active
        sheet.title = "统计"
        sheet.append(["乡镇", "人数"])
        for town, _village, size in TOWNS:
            sheet.append([town, size])
        chart = BarChart()
        chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=len(TOWNS) + 1), titles_from_data=True)
        sheet.add_chart(chart, "D2")
        source = Path(work) / "图表.xlsx"
        book.save(source)
        convert(source, "xls", "MS Excel 97", out_dir)


def protected(originals: Path, out_dir: Path) -> None:
    """The roster with a password to open (123): an .xls (RC4) and an .ods encrypted by
    LibreOffice through its UNO bridge (the system python3 with python3-uno), and an .xlsx
    (ECMA-376 agile encryption) by msoffcrypto-tool when it is installed."""
    helper = Path(__file__).with_name("lo_password.py")
    for ext, filter_name in (("xls", "MS Excel 97"), ("ods", "calc8")):
        subprocess.run(["/usr/bin/python3", str(helper), str(originals / "花名册.xlsx"), str(out_dir / f"密码.{ext}"),
                        filter_name, "123"], check=True, capture_output=True, timeout=300)
    if shutil.which("msoffcrypto-tool"):
        subprocess.run(["msoffcrypto-tool", "-e", "-p", "123", str(originals / "花名册.xlsx"), str(OUT / "密码.xlsx")],
                       check=True, capture_output=True, timeout=60)
    else:
        print("msoffcrypto-tool not found: 密码.xlsx left as it was", file=sys.stderr)


def main() -> int:
    if shutil.which("soffice") is None:
        print("LibreOffice (soffice) is needed: apt-get install libreoffice-calc-nogui", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    originals = OUT / "openpyxl"
    originals.mkdir(exist_ok=True)
    makers = {"花名册": roster, "两期": two_sessions, "隐藏工作表": hidden_sheets, "转移就业": placements, "挂职干部": cadres}
    for name, make in makers.items():
        make(originals / f"{name}.xlsx")
    for name in ("花名册", "两期", "隐藏工作表", "转移就业", "挂职干部"):
        convert(originals / f"{name}.xlsx", "xls", "MS Excel 97", OUT)
    for name in ("花名册", "两期"):
        convert(originals / f"{name}.xlsx", "ods", "calc8", OUT)
    lo_xlsx = OUT / "libreoffice"
    lo_xlsx.mkdir(exist_ok=True)
    convert(originals / "花名册.xlsx", "xlsx", "Calc MS Excel 2007 XML", lo_xlsx)
    far_cell(lo_xlsx)
    with_chart(lo_xlsx)
    protected(originals, lo_xlsx)
    csv_files(OUT)
    for path in sorted(OUT.rglob("*.*")):
        if path.suffix != ".py":
            print(f"{path.relative_to(OUT)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
