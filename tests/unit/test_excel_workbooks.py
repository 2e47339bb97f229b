"""County workbooks as offices make them (tests/data/workbooks, written by openpyxl and saved
again by LibreOffice as .xls, .ods and .xlsx; see tests/data/make_workbooks.py): title rows,
序号/备注, merged towns, footers, several sheets, hidden sheets, CSV, names that lie."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from lishui_desktop.db.models import (
    Enrolment,
    Person,
    Place,
    Placement,
    Secondment,
    TrainingSession,
)
from lishui_desktop.domain.errors import UserError
from lishui_desktop.excel.sessions import SessionInput
from lishui_desktop.services.excel_import import run_import

DATA = Path(__file__).resolve().parents[1] / "data" / "workbooks"
ROSTERS = ["花名册.xls", "花名册.ods", "openpyxl/花名册.xlsx", "libreoffice/花名册.xlsx"]
TITLE = "平昌县2019年第3期农村致富带头人培训班"
# the runs of (town, village) merged down the roster, as tests/data/make_workbooks.py writes them
RUNS = [("驷马镇", "新华村", 9), ("驷马镇", "龙滩村", 6), ("白衣镇", "石门村", 12), ("江口镇", "大坝村", 8),
        ("江口镇", "响滩村", 5)]
GIVEN = SessionInput(category="农村致富带头人", organiser="青田县")


def count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def places_by_id(session) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {p.id: p.name for p in session.scalars(select(Place))}


@pytest.mark.parametrize("name", ROSTERS)
def test_county_roster_imports_40_trainees_with_town_on_every_row(db, tmp_path: Path, name: str) -> None:
    result = run_import(db, "trainees", DATA / name, session=GIVEN, errors_out=tmp_path / "e.xlsx")
    assert result.ok and result.applied and result.rows == 40 and result.new == 40, result.errors[:3]
    assert [s.name for s in result.sheets] == ["花名册"] and result.sheets[0].session_from["title"] == "title"
    with db.sessions() as s:
        session = s.scalars(select(TrainingSession)).one()
        names = places_by_id(s)
        assert session.title == TITLE and session.category == "wealth_leader"
        assert (session.start_date, session.end_date) == (dt.date(2019, 3, 1), dt.date(2019, 3, 5))
        assert names[session.organiser_id] == "青田县" and names[session.partner_county_id] == "平昌县"
        assert session.place == "青田县"
        rows = s.execute(
            select(Person.town, Person.village, Person.phone).join(Enrolment, Enrolment.person_id == Person.id)
            .order_by(Person.phone)
        ).all()
    expected = [(town, village) for town, village, size in RUNS for _ in range(size)]
    assert [(r.town, r.village) for r in rows] == expected  # merged cells reach every row they cover
    assert count(db, Enrolment) == 40 and count(db, Person) == 40  # no footer line became a trainee
    with db.sessions() as s:
        assert s.scalars(select(Enrolment.notes).where(Enrolment.notes.is_not(None))).all() == ["村支书推荐"] * 4
        assert sorted(set(s.scalars(select(Person.poor_household)))) == [False, True]


def test_two_sheets_are_two_sessions(db, tmp_path: Path) -> None:
    for name in ("两期.xls", "两期.ods"):
        result = run_import(db, "trainees", DATA / name, dry_run=True, session=GIVEN, errors_out=tmp_path / "e.xlsx")
        assert result.ok and [(s.name, s.rows) for s in result.sheets] == [("第3期", 12), ("第4期", 10)]
        assert "第4期" in result.summary() and "2019-05-08" in result.summary()
    result = run_import(db, "trainees", DATA / "两期.xls", session=GIVEN)
    assert result.applied and result.sessions_new == 2
    with db.sessions() as s:
        sessions = {t.title: t for t in s.scalars(select(TrainingSession))}
        assert set(sessions) == {TITLE, "平昌县2019年第4期农村致富带头人培训班"}
        fourth = sessions["平昌县2019年第4期农村致富带头人培训班"]
        assert (fourth.start_date, fourth.end_date) == (dt.date(2019, 5, 8), dt.date(2019, 5, 12))
        sizes = dict(s.execute(select(Enrolment.session_id, func.count()).group_by(Enrolment.session_id)).all())
        assert sorted(sizes.values()) == [10, 12]


@pytest.mark.parametrize("name", ["隐藏工作表.xls", "openpyxl/隐藏工作表.xlsx"])
def test_hidden_sheets_are_ignored_and_named(db, name: str) -> None:
    result = run_import(db, "trainees", DATA / name, session=GIVEN)
    assert result.applied and result.rows == 15 and [s.name for s in result.sheets] == ["花名册"]
    assert result.hidden == ["旧数据", "下拉选项"]
    assert "旧数据" in result.summary() and result.as_json()["hidden_sheets"] == ["旧数据", "下拉选项"]
    with db.sessions() as s:
        assert s.scalars(select(TrainingSession.title)).all() == [TITLE]  # not the 2018 rows


def test_a_footer_with_the_signers_beside_their_labels(db, tmp_path: Path) -> None:
    """填表人： in the first cell and the name in the next (in the name column), 审核人： over the ID
    column: a footer line, not a trainee with a bad ID."""
    from tests.unit.excel_fixtures import make_id

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["南江县2020年第2期农村致富带头人培训班花名册"])
    sheet.append(["序号", "姓名", "身份证号码", "审核", "乡镇", "备注"])
    for n in range(1, 4):
        sheet.append([n, f"学员{n}", make_id(region="511922", seq=n), None, "长赤镇", None])
    sheet.append(["填表人：", "王晓燕", "审核人：", "李建国", "填表日期：", "2020年6月12日"])
    sheet.append([None, None, None, "（盖章）", "南江县人社局"])
    path = tmp_path / "签名.xlsx"
    book.save(path)
    given = SessionInput(category="农村致富带头人", organiser="青田县", start_date="2020-06-08")
    result = run_import(db, "trainees", path, session=given, errors_out=tmp_path / "e.xlsx")
    assert result.applied and result.new == 3, result.errors[:3]
    with db.sessions() as s:
        assert sorted(s.scalars(select(Person.name))) == ["学员1", "学员2", "学员3"]


@pytest.mark.parametrize("name", ["花名册-gbk.csv", "花名册-utf8bom.csv"])
def test_csv_in_gbk_or_utf8_with_bom(db, name: str) -> None:
    given = SessionInput(title="青田县2019年致富带头人培训班", category="农村致富带头人", organiser="青田",
                         start_date="2019-03-01")
    result = run_import(db, "trainees", DATA / name, session=given)
    assert result.applied and result.new == 5
    with db.sessions() as s:
        towns = set(s.scalars(select(Person.town)))
        assert towns == {"驷马镇"} and s.scalars(select(TrainingSession.title)).one() == "青田县2019年致富带头人培训班"


@pytest.mark.parametrize("fake", ["花名册.xls", "花名册.et", "花名册"])
def test_a_real_xlsx_under_another_name(db, tmp_path: Path, fake: str) -> None:
    path = tmp_path / fake
    shutil.copyfile(DATA / "openpyxl" / "花名册.xlsx", path)
    assert run_import(db, "trainees", path, dry_run=True, session=GIVEN).new == 40
    copy = tmp_path / ("x" + ".xlsx")  # and a legacy .xls saved under an .xlsx name
    shutil.copyfile(DATA / "花名册.xls", copy)
    assert run_import(db, "trainees", copy, dry_run=True, session=GIVEN).new == 40


def test_placement_register_two_row_header_merged_employer_two_months(db) -> None:
    result = run_import(db, "placements", DATA / "转移就业.xls")
    assert result.applied and [(s.name, s.rows) for s in result.sheets] == [("2020年3月", 6), ("2020年4月", 6)]
    with db.sessions() as s:
        names = places_by_id(s)
        rows = s.execute(select(Placement.employer, Placement.notes, Person.town, Person.county_id)
                         .join(Person, Person.id == Placement.person_id)).all()
    assert sorted(r.employer for r in rows) == ["丽水某电子厂"] * 8 + ["青田某鞋业"] * 4
    assert all(r.town == "驷马镇" and names[r.county_id] == "平昌县" for r in rows)
    with db.sessions() as s:  # the register has no 是否建档立卡贫困户 column: not known, not 否
        assert set(s.scalars(select(Person.poor_household))) == {None}
    assert sum(r.notes == "村支书推荐" for r in rows) == 2  # 备注 kept


def test_cadre_list_with_attachment_line_note_and_merged_county(db) -> None:
    result = run_import(db, "cadres", DATA / "挂职干部.xls")
    assert result.applied and result.new == 3
    with db.sessions() as s:
        names = places_by_id(s)
        assert {names[c.county_id] for c in s.scalars(select(Secondment))} == {"平昌县"}


def test_bad_rows_of_an_xls_give_an_xlsx_copy_marked_on_their_sheet(db, tmp_path: Path) -> None:
    source = tmp_path / "两期.xls"
    shutil.copyfile(DATA / "两期.xls", source)
    given = SessionInput(category="农村致富带头人", organiser="不存在县")
    with pytest.raises(UserError, match="主办单位"):  # a wrong given value: one message, nothing read further
        run_import(db, "trainees", source, session=given)
    result = run_import(db, "trainees", source, session=SessionInput(category="村干部", organiser="青田县",
                                                                      end_date="2019-01-01"))
    assert not result.ok and result.errors_path == tmp_path / "两期.errors.xlsx"
    assert {e.sheet for e in result.errors} == {"第3期", "第4期"} and count(db, Enrolment) == 0
    book = openpyxl.load_workbook(result.errors_path)
    assert book.sheetnames[1:] == ["第3期", "第4期"]
    sheet = book["第4期"]
    assert sheet["A1"].value == "平昌县2019年第4期农村致富带头人培训班花名册"
    assert "A1:I1" in {str(r) for r in sheet.merged_cells.ranges}
    summary = book.worksheets[0]
    assert {summary.cell(r, 1).value for r in range(3, summary.max_row + 1)} == {"第3期", "第4期"}


def test_the_hand_written_sheet_reader_is_gone() -> None:
    root = Path(__file__).resolve().parents[2] / "lishui_desktop"
    assert not (root / "excel" / "sheetxml.py").exists()
    users = [p for p in root.rglob("*.py") if "sheetxml" in p.read_text(encoding="utf-8")]
    assert users == []


def test_an_exact_18_digit_id_stored_as_a_number(db, tmp_path: Path) -> None:
    """A program (not Excel) may store an ID as an exact 18-digit number: it is the ID. A
    rounded one is refused, and the marked copy shows its digits, not 5.1E+17."""
    from tests.unit.excel_fixtures import make_id

    exact, rounded = make_id(seq=321), make_id(seq=322)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["姓名", "身份证号", "用工单位", "就业时间"])
    sheet.append(["甲", 1.5, "某厂", "2020-01-01"])
    sheet.append(["乙", float(rounded), "某厂", "2020-01-01"])
    sheet.append(["丙", "not an id", "某厂", "2020-01-01"])
    book.save(tmp_path / "ids.xlsx")
    with zipfile.ZipFile(tmp_path / "ids.xlsx") as src, zipfile.ZipFile(tmp_path / "exact.xlsx", "w") as out:
        for info in src.infolist():  # the number written with all its digits, as some programs do
            data = src.read(info.filename).replace(b"<v>1.5</v>", f"<v>{exact}</v>".encode())
            out.writestr(info.filename, data)
    result = run_import(db, "placements", tmp_path / "exact.xlsx")
    assert [(e.row, e.key) for e in result.errors] == [(3, "id_number"), (4, "id_number")]
    assert "stored as a number" in result.errors[0].message or "数字" in result.errors[0].message
    marked = openpyxl.load_workbook(result.errors_path).worksheets[1]
    assert marked.cell(2, 2).value == exact  # kept as its digits, not rewritten as 5.1E+17
    assert marked.cell(3, 2).number_format == "0" and marked.cell(3, 2).comment is not None
    book.remove(book.active)
    fixed = tmp_path / "fixed.xlsx"
    with zipfile.ZipFile(tmp_path / "exact.xlsx") as src, zipfile.ZipFile(fixed, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                data = re.sub(rb"<row r=\"[34]\".*?</row>", b"", data)
            out.writestr(info.filename, data)
    assert run_import(db, "placements", fixed).applied
    with db.sessions() as s:
        assert s.scalars(select(Person.id_number)).one() == exact


def test_zip_limits_are_one_set_of_rules_for_bundles_and_workbooks(tmp_path: Path) -> None:
    """The workbook reader and the bundle reader apply the same archive rules (ziplimits), each
    with its own numbers: a member that unpacks 1000 times its size is refused by both."""
    from lishui_desktop.excel.safety import WORKBOOK_LIMITS, UnsafeWorkbook, check_zip
    from lishui_desktop.sync.limits import DEFAULT_LIMITS, UnsafeBundle, read_members
    from lishui_desktop.ziplimits import ZipLimits

    assert isinstance(WORKBOOK_LIMITS, ZipLimits) and isinstance(DEFAULT_LIMITS, ZipLimits)
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("ops.jsonl", b"\0" * (4 * 1024 * 1024))
    with pytest.raises(UnsafeWorkbook, match="zip bomb|炸弹"):
        check_zip(bomb)
    with pytest.raises(UnsafeBundle):
        read_members(bomb.read_bytes(), allowed={"ops.jsonl"})
