"""Exports: text stays text, IDs masked unless asked, round trip through import, templates."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from lishui_desktop.db.database import Database
from lishui_desktop.db.models import (
    AuditLog,
    Enrolment,
    Fund,
    Pairing,
    Person,
    Placement,
    Secondment,
    TrainingSession,
)
from lishui_desktop.domain.errors import UserError
from lishui_desktop.excel.safety import ZipLimits, check_zip
from lishui_desktop.services import excel_export
from lishui_desktop.services.excel_import import run_import
from lishui_desktop.services.setup import init_database
from tests.unit.excel_fixtures import MESSY_HEADERS, make_id, messy_rows, write_book


def _seed(db: Database, tmp_path: Path) -> None:
    assert run_import(db, "trainees", write_book(tmp_path / "t.xlsx", MESSY_HEADERS, messy_rows())).ok
    rows = [["=HYPERLINK(\"http://x\")", make_id(seq=301), "13800002222", "剑阁县", "是", "+宁波厂", "宁波", "-普工",
             "2020-04-01", 3800.5, "招聘会", "青田县"]]
    headers = ["姓名", "身份证号", "联系电话", "户籍县", "是否建档立卡贫困户", "用工单位", "就业地", "岗位",
               "开始日期", "月工资", "组织方式", "负责单位"]
    assert run_import(db, "placements", write_book(tmp_path / "p.xlsx", headers, rows)).ok
    run_import(db, "pairings", write_book(tmp_path / "r.xlsx", ["结对层级", "丽水县(市、区)", "丽水方", "四川县(区)", "四川方", "开始日期", "状态"],
                                          [["学校结对", "青田县", "@青田中学", "平昌县", "平昌中学", "2019-05-01", "进行中"]]))
    run_import(db, "cadres", write_book(tmp_path / "c.xlsx", ["姓名", "联系电话", "挂职类别", "派出单位", "挂职县", "开始日期", "结束日期"],
                                        [["吴十", "13900003333", "专业技术人才（短期）", "青田县人民医院", "平昌县", "2019-04-01", "2019-10-01"]]))
    run_import(db, "funds", write_book(tmp_path / "f.xlsx", ["年度", "受援县", "帮扶县", "安排资金", "到位资金", "到位日期"],
                                       [[2019, "平昌县", "青田县", 30000000, "2999万", "2019-03-31"]]))


def snapshot(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every imported record by its content (ids differ between databases)."""
    with db.sessions() as s:
        people = {p.id: (p.name, p.id_number, p.gender, p.birth_date, p.phone, p.county_id, p.town, p.village, p.poor_household)
                  for p in s.scalars(select(Person))}
        sessions = {t.id: (t.title, t.category, t.organiser_id, t.start_date, t.end_date, t.place) for t in s.scalars(select(TrainingSession))}
        return {
            "trainees": sorted((people[e.person_id], sessions[e.session_id], e.category, e.role) for e in s.scalars(select(Enrolment))),
            "placements": sorted((people[p.person_id], p.employer, p.job, p.start_date, p.monthly_wage_fen, p.channel, p.responsible_id)
                                 for p in s.scalars(select(Placement))),
            "pairings": sorted((p.level, p.lishui_party, p.sichuan_party, p.start_date, p.status) for p in s.scalars(select(Pairing))
                               if p.level != "county"),
            "cadres": sorted((c.name, c.phone, c.level, c.county_id, c.start_date, c.end_date) for c in s.scalars(select(Secondment))),
            "funds": sorted((f.year, f.county_id, f.allocated_fen, f.disbursed_fen, f.disbursed_date) for f in s.scalars(select(Fund))),
        }


def test_export_round_trips_through_import(db: Database, tmp_path: Path) -> None:
    _seed(db, tmp_path)
    before = snapshot(db)
    other = Database.open(tmp_path / "other.sqlite3")
    init_database(other, device_name="办公室", role="office", deployment_key=db.get_blob("deployment_key"))
    try:
        for kind in ("pairings", "trainees", "placements", "cadres", "funds"):
            out = tmp_path / f"{kind}.xlsx"
            assert excel_export.export_ledger(db, kind, out, full_ids=True) > 0
            again = run_import(db, kind, out, dry_run=True)
            assert again.ok and again.new == 0 and again.updated == 0, (kind, again.errors)
            assert run_import(other, kind, out).ok
        assert snapshot(other) == before
    finally:
        other.close()
    with db.sessions() as s:
        assert s.scalars(select(AuditLog).where(AuditLog.kind == "export")).first() is not None


def test_export_cells(db: Database, tmp_path: Path) -> None:
    _seed(db, tmp_path)
    out = tmp_path / "placements.xlsx"
    excel_export.export_ledger(db, "placements", out)
    sheet = openpyxl.load_workbook(out)["转移就业"]
    headers = [c.value for c in sheet[1]]
    row = {h: sheet.cell(2, i + 1) for i, h in enumerate(headers)}
    assert row["姓名"].value.startswith("=") and row["姓名"].data_type == "s"  # never a formula
    assert row["用工单位"].value == "+宁波厂" and row["用工单位"].data_type == "s"
    assert row["身份证号"].value == make_id(seq=301)[:6] + "********" + make_id(seq=301)[-4:]
    assert row["身份证号"].number_format == "@" and row["联系电话"].value == "138****2222"
    assert row["开始日期"].is_date and row["开始日期"].value.date() == dt.date(2020, 4, 1)
    assert row["月工资"].value == 3800.5 and row["月工资"].number_format == "#,##0.00"
    assert sheet.freeze_panes == "A2" and sheet.column_dimensions["A"].width >= 8
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml  # no formula anywhere in the file
    excel_export.export_ledger(db, "trainees", tmp_path / "trainees.xlsx")
    trainees = openpyxl.load_workbook(tmp_path / "trainees.xlsx").worksheets[0]
    headers = [c.value for c in trainees[1]]
    zhao = next(r for r in range(2, trainees.max_row + 1) if trainees.cell(r, headers.index("姓名") + 1).value == "赵六")
    phone = trainees.cell(zhao, headers.index("联系电话") + 1)
    assert phone.value is None and phone.number_format == "@"  # an empty phone cell is text, not General
    for header in ("身份证号", "联系电话"):  # and so is a cell of a row the clerk adds below
        letter = openpyxl.utils.get_column_letter(headers.index(header) + 1)
        assert trainees.column_dimensions[letter].number_format == "@"


def test_masked_export_refuses_to_import(db: Database, tmp_path: Path) -> None:
    _seed(db, tmp_path)
    out = tmp_path / "trainees.xlsx"
    excel_export.export_ledger(db, "trainees", out)
    result = run_import(db, "trainees", out, dry_run=True)
    assert not result.ok and {e.key for e in result.errors} == {"id_number", "phone"}
    assert "*" in result.sample[0][result.headers.index("身份证号")]
    assert result.sample[0][result.headers.index("开始日期")] == "2019-03-01"


def test_templates(db: Database, tmp_path: Path) -> None:
    for kind in ("trainees", "placements", "pairings", "cadres", "funds"):
        out = excel_export.write_template(db, kind, tmp_path / f"{kind}.xlsx")
        book = openpyxl.load_workbook(out)
        sheet = book.worksheets[0]
        assert len(book.sheetnames) == 3 and book["lists"].sheet_state == "hidden"
        headers = [c.value for c in sheet[1]]
        assert all(str(sheet.cell(2, i).value).startswith("【") for i in range(1, len(headers) + 1))
        if kind in ("trainees", "placements"):
            id_col = headers.index("身份证号") + 1
            assert sheet.cell(3, id_col).number_format == "@"
            assert any(str(v.formula1).startswith("=lists!") for v in sheet.data_validations.dataValidation)
        empty = run_import(db, kind, out, dry_run=True)
        assert empty.ok and empty.rows == 0  # the instruction row is skipped
    lists = openpyxl.load_workbook(tmp_path / "trainees.xlsx")["lists"]
    assert "农村致富带头人" in [c.value for c in lists["A"]]
    assert "市本级" in [c.value for row in lists.iter_rows() for c in row]


def _bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    return path


def test_hostile_files_are_refused_before_openpyxl(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="zip bomb|炸弹"):
        run_import(db, "trainees", _bomb(tmp_path / "bomb.xlsx"))
    text = tmp_path / "notes.xlsx"  # CSV text under an .xlsx name is read as the CSV it is
    text.write_text("姓名,身份证号\n张三,1\n", encoding="utf-8")
    with pytest.raises(UserError, match="training session|培训"):
        run_import(db, "trainees", text)
    binary = tmp_path / "photo.xlsx"
    binary.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(UserError, match="not a workbook|不是"):
        run_import(db, "trainees", binary)
    old = tmp_path / "old.xls"  # the legacy format's signature over nothing
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(UserError, match="damaged|损坏"):
        run_import(db, "trainees", old)
    many = tmp_path / "many.zip"
    with zipfile.ZipFile(many, "w") as archive:
        for n in range(30):
            archive.writestr(f"f{n}.xml", "x")
    with pytest.raises(UserError):
        check_zip(many, ZipLimits(max_entries=20))


def test_xml_entities_are_refused(db: Database, tmp_path: Path) -> None:
    """A workbook whose sheet declares entities (billion laughs) is refused, never expanded."""
    good = write_book(tmp_path / "good.xlsx", MESSY_HEADERS, messy_rows(), extra_sheet=False)
    hostile = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                dtd = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                data = data.replace(b"<worksheet", dtd + b"<worksheet", 1).replace(b"<v>", b"<v>&b;", 1)
            out.writestr(info, data)
    with pytest.raises(UserError, match="not an Excel workbook|refuses|不是|拒绝"):
        run_import(db, "trainees", hostile)
