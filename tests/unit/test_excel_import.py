"""Importing messy rosters: tolerance, all-or-nothing with an annotated copy, re-import updates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from lishui_desktop.db.models import (
    Enrolment,
    Fund,
    Pairing,
    Person,
    Place,
    Placement,
    Secondment,
    TrainingSession,
)
from lishui_desktop.excel.columns import COLUMNS, header_key
from lishui_desktop.services.excel_import import run_import
from tests.unit.excel_fixtures import MESSY_HEADERS, make_id, messy_rows, write_book


def count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_headers_of_a_kind_never_collide() -> None:
    for kind, cols in COLUMNS.items():
        seen: dict[str, str] = {}
        for col in cols:
            for name in (col.header, *col.variants):
                key = header_key(name)
                assert seen.setdefault(key, col.key) == col.key, (kind, name)


def test_messy_roster_imports_in_one_go(db, tmp_path: Path) -> None:
    path = write_book(tmp_path / "花名册.xlsx", MESSY_HEADERS, messy_rows())
    preview = run_import(db, "trainees", path, dry_run=True)
    assert preview.errors == [], preview.errors
    assert (preview.rows, preview.new, preview.sessions_new) == (6, 6, 2)
    assert count(db, Enrolment) == 0  # a dry run writes nothing
    first = dict(zip(preview.headers, preview.sample[0], strict=True))
    assert first["姓名"] == "张 三" and "*" in first["身份证号"]  # IDs masked in the preview

    result = run_import(db, "trainees", path)
    assert result.applied and result.new == 6
    with db.sessions() as s:
        sessions = {t.title: t for t in s.scalars(select(TrainingSession))}
        assert set(sessions) == {"致富带头人培训班", "村干部培训班"}
        rich = sessions["致富带头人培训班"]
        assert (rich.category, rich.start_date, rich.end_date) == ("wealth_leader", dt.date(2019, 3, 1), dt.date(2019, 3, 5))
        assert s.get(Place, rich.organiser_id).name == "青田县"
        cadre = sessions["村干部培训班"]
        assert cadre.start_date == dt.date(2019, 3, 1) and cadre.end_date == dt.date(2019, 3, 20)
        people = {p.name: p for p in s.scalars(select(Person))}
        assert set(people) == {"张三", "李四", "王五", "赵六", "钱七", "孙八"}
        assert people["李四"].id_number == make_id(seq=102)  # full-width digits
        assert people["王五"].id_number.endswith("X")  # lower-case x
        assert people["赵六"].id_number == make_id(seq=104)  # spaces inside
        assert people["张三"].id_number == make_id(seq=101) and people["张三"].poor_household
        assert people["李四"].phone == "13912345678" and people["李四"].poor_household
        assert people["王五"].phone == "0839-1234567" and people["王五"].gender == "F"
        assert not people["赵六"].poor_household
        assert s.get(Place, people["李四"].county_id).name == "剑阁县"
        zhao = s.scalars(select(Enrolment).where(Enrolment.person_id == people["赵六"].id)).one()
        assert zhao.category == "coop_cadre"


def test_one_bad_row_imports_nothing_and_marks_the_cell(db, tmp_path: Path) -> None:
    rows = messy_rows()
    rows[1][1] = make_id(seq=102)[:-1] + ("0" if make_id(seq=102)[-1] != "0" else "1")  # wrong check digit
    rows[3][8] = "2019-02-30"  # no such day
    rows[6][5] = "致富带头人培训班"
    rows[5][1] = "5.10823E+17"  # a number that became text
    path = write_book(tmp_path / "roster.xlsx", MESSY_HEADERS, rows, id_as_number={9: 510823199001011070})
    result = run_import(db, "trainees", path)
    assert not result.ok and not result.applied
    assert count(db, Enrolment) == 0 and count(db, Person) == 0 and count(db, TrainingSession) == 0
    assert result.errors_path == tmp_path / "roster.errors.xlsx"
    book = openpyxl.load_workbook(result.errors_path)
    assert book.sheetnames[0] not in ("封面", "花名册")  # the summary sheet comes first
    sheet = book["花名册"]
    # header on row 2; data from row 3: 李四 is row 4, 王五 row 6, 钱七 row 8, 孙八 row 9
    id_col, date_col = MESSY_HEADERS.index("公民身份号码") + 1, MESSY_HEADERS.index("开班日期") + 1
    assert "check digit" in sheet.cell(4, id_col).comment.text or "校验" in sheet.cell(4, id_col).comment.text
    assert sheet.cell(4, id_col).fill.start_color.rgb.endswith("FFC7CE")
    assert sheet.cell(6, date_col).comment is not None
    stored_as_number = sheet.cell(9, id_col).comment.text
    assert "stored as a number" in stored_as_number or "数字" in stored_as_number
    assert sheet.cell(3, id_col).comment is None  # good rows are left alone
    assert sheet.cell(8, id_col).comment.text == stored_as_number
    summary = book.worksheets[0]
    assert summary.max_row == 2 + len(result.errors)
    assert "nothing was imported" in result.summary() or "未导入" in result.summary()


def test_reimport_updates_instead_of_duplicating(db, tmp_path: Path) -> None:
    path = write_book(tmp_path / "a.xlsx", MESSY_HEADERS, messy_rows())
    run_import(db, "trainees", path)
    rows = messy_rows()
    rows[0][4] = "13700001111"  # 张三's new phone
    rows[1][15] = "否"  # 李四 no longer registered poor
    path2 = write_book(tmp_path / "b.xlsx", MESSY_HEADERS, rows)
    preview = run_import(db, "trainees", path2, dry_run=True)
    assert (preview.new, preview.updated, preview.unchanged, preview.sessions_new) == (0, 2, 4, 0)
    run_import(db, "trainees", path2)
    assert count(db, Enrolment) == 6 and count(db, Person) == 6 and count(db, TrainingSession) == 2
    with db.sessions() as s:
        zhang = s.scalars(select(Person).where(Person.name == "张三")).one()
        assert zhang.phone == "13700001111"


PLACEMENT_HEADERS = ["姓名", "身份证号码", "联系方式", "户籍县", "是否建档立卡贫困户", "用工单位", "就业地点", "工种",
                     "入职日期", "月工资（元）", "组织方式", "负责单位"]


def test_placements_same_person_employer_and_start_update(db, tmp_path: Path) -> None:
    worker = make_id(seq=201)
    rows = [
        ["周九", worker, "13800001111", "剑阁县", "是", "宁波某电子厂", "宁波", "普工", "2020-04-01", 3800, "招聘会", ""],
        ["周九", worker, "13800001111", "剑阁县", "是", "宁波某电子厂", "宁波", "普工", "2020-09-01", "4,200", "推荐", "莲都区"],
    ]
    path = write_book(tmp_path / "p.xlsx", PLACEMENT_HEADERS, rows, extra_sheet=False, lead_rows=0)
    assert run_import(db, "placements", path).new == 2
    rows[0][9] = "4000元"
    path = write_book(tmp_path / "p2.xlsx", PLACEMENT_HEADERS, rows, extra_sheet=False, lead_rows=0)
    again = run_import(db, "placements", path)
    assert (again.new, again.updated, again.unchanged) == (0, 1, 1)
    with db.sessions() as s:
        placements = s.scalars(select(Placement).order_by(Placement.start_date)).all()
        assert [p.monthly_wage_fen for p in placements] == [400000, 420000]
        assert placements[0].responsible_id is None  # the progress rules default it from the pairing
        assert s.get(Place, placements[1].responsible_id).name == "莲都区"
        assert placements[0].channel == "job_fair" and len({p.person_id for p in placements}) == 1
    assert count(db, Person) == 1


def test_pairings_cadres_and_funds(db, tmp_path: Path) -> None:
    pairing = write_book(tmp_path / "pair.xlsx", ["结对类型", "丽水县", "丽水方", "四川县", "四川方", "结对时间"],
                         [["村村结对", "青田县", "小舟山乡某村", "平昌县", "驷马镇某村", "2019-05-01"]], extra_sheet=False)
    assert run_import(db, "pairings", pairing).new == 1
    assert run_import(db, "pairings", pairing).unchanged == 1
    cadres = write_book(tmp_path / "c.xlsx", ["姓名", "类别", "派出单位", "挂职岗位", "挂职县", "到岗日期"],
                        [["吴十", "科级", "青田县农业农村局", "副局长", "平昌", "2019年4月1日"]], extra_sheet=False)
    assert run_import(db, "cadres", cadres).new == 1
    funds = write_book(tmp_path / "f.xlsx", ["年度", "受援县", "帮扶县", "安排资金（元）", "下达日期"],
                       [[2019, "平昌县", "青田县", "3000万", "2019-03-20"]], extra_sheet=False)
    assert run_import(db, "funds", funds).new == 1
    with db.sessions() as s:
        assert s.scalars(select(Pairing).where(Pairing.level == "village")).one().status == "active"
        assert s.scalars(select(Secondment)).one().level == "section"
        assert s.scalars(select(Fund)).one().allocated_fen == 3_000_000_000


def test_missing_required_column_is_one_clear_error(db, tmp_path: Path) -> None:
    path = write_book(tmp_path / "x.xlsx", ["姓名", "身份证号", "联系电话"], [["张三", make_id(), ""]])
    from lishui_desktop.domain.errors import UserError

    with pytest.raises(UserError) as info:  # the title row names the session; nothing else does
        run_import(db, "trainees", path)
    assert "培训类别、主办单位、开始日期" in str(info.value) and "培训班名称" not in str(info.value)
    workers = write_book(tmp_path / "p.xlsx", ["姓名", "身份证号", "入职日期"], [["张三", make_id(), "2020-01-01"]])
    with pytest.raises(UserError) as info:
        run_import(db, "placements", workers)
    assert "用工单位" in str(info.value)


def test_cancelled_import_changes_nothing(db, tmp_path: Path) -> None:
    from lishui_desktop.services import excel_import

    path = write_book(tmp_path / "a.xlsx", MESSY_HEADERS, messy_rows())
    prepared = excel_import.drain(excel_import.prepare(db, "trainees", path))
    job = excel_import.apply(db, prepared)
    labels = [next(job)[2] for _ in range(2)]  # backing up, then writing: stop there
    job.close()  # what the worker does on cancel
    assert len(labels) == 2 and not prepared.result.applied
    assert count(db, Enrolment) == 0 and count(db, Person) == 0 and count(db, TrainingSession) == 0


def test_two_row_header_with_merged_address(db, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["姓名", "身份证号", "户籍地址", None, None, "用工单位", "就业时间"])
    sheet.append([None, None, "县", "乡镇", "村", None, None])
    sheet.merge_cells("C1:E1")
    sheet.append(["郑十一", make_id(seq=401), "剑阁县", "白龙镇", "龙王村", "丽水某厂", "2020-05-06"])
    workbook.save(tmp_path / "two.xlsx")
    result = run_import(db, "placements", tmp_path / "two.xlsx")
    assert result.ok and result.new == 1
    with db.sessions() as s:
        person = s.scalars(select(Person)).one()
        assert (person.town, person.village) == ("白龙镇", "龙王村")
        assert s.get(Place, person.county_id).name == "剑阁县"


def test_same_id_under_two_names_is_a_problem(db, tmp_path: Path) -> None:
    rows = messy_rows()
    rows[6][1] = make_id(seq=101)  # 孙八 typed with 张三's ID
    result = run_import(db, "trainees", write_book(tmp_path / "dup.xlsx", MESSY_HEADERS, rows), dry_run=True)
    assert [(e.row, e.key) for e in result.errors] == [(9, "id_number")] and "张三" in result.errors[0].message
