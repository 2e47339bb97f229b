"""Places as office data: add, rename with the code history, merge, retire, by the CLI and
Excel; every change captured; bad input one translated line that changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from lishui_desktop.cli import main
from lishui_desktop.db.database import Database
from lishui_desktop.services import places
from lishui_desktop.services.ledgers.editing import save_record
from lishui_desktop.services.reference import find_place
from lishui_desktop.services.setup import check_database, init_database
from tests.conftest import Stores


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def office(capsys: pytest.CaptureFixture[str], stores: Stores) -> str:
    """The office a SQLite file, then a store on PostgreSQL."""
    path = stores.new("office")
    assert run(capsys, "--db", path, "init", "--device-name", "市办", "--role", "office")[0] == 0
    return path


def _listed(capsys: pytest.CaptureFixture[str], db: str) -> list[dict[str, object]]:
    return json.loads(run(capsys, "--db", db, "places", "list", "--json")[1])["places"]  # type: ignore[no-any-return]


def test_add_rename_merge_retire_by_the_cli(office: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", office, "places", "add", "旺苍县", "--level", "county", "--side", "sichuan",
               "--code", "510821", "--parent", "广元市")[0] == 0
    for name, code in (("东河镇", "510821100"), ("嘉川镇", "510821101")):
        assert run(capsys, "--db", office, "places", "add", name, "--level", "镇", "--side", "四川",
                   "--code", code, "--parent", "旺苍县")[0] == 0
    db = Database.open(office)
    try:
        person = save_record(db, "persons", {"name": "李四", "county_id": "旺苍县", "town": "嘉川镇"})
        with db.sessions() as s:
            assert find_place(s, "旺苍").code == "510821"  # type: ignore[union-attr]
    finally:
        db.close()
    # a rename keeps the former name and code, which still find the place
    assert run(capsys, "--db", office, "places", "rename", "嘉川镇", "--name", "嘉川乡", "--code", "510821102",
               "--on", "2021-06-01")[0] == 0
    (jiachuan,) = [p for p in _listed(capsys, office) if p["name"] == "嘉川乡"]
    assert jiachuan["history"] == [{"name": "嘉川镇", "code": "510821101", "full_name": "四川省广元市旺苍县嘉川镇",
                                    "until": "2021-06-01"}]
    assert jiachuan["full_name"] == "四川省广元市旺苍县嘉川乡"
    # merged: its name and code join the survivor's history; what pointed at it moves
    assert run(capsys, "--db", office, "places", "merge", "510821101", "--into", "东河镇")[0] == 0
    (donghe,) = [p for p in _listed(capsys, office) if p["name"] == "东河镇"]
    assert {"嘉川镇", "嘉川乡"} <= {h["name"] for h in donghe["history"]}  # type: ignore[union-attr]
    assert "嘉川乡" not in {p["name"] for p in _listed(capsys, office)}
    assert run(capsys, "--db", office, "places", "retire", "东河镇", "--on", "2022-01-01")[0] == 0
    code, _out, err = run(capsys, "--db", office, "places", "retire", "东河镇")
    assert code == 2 and "已于 2022-01-01 撤销" in err
    db = Database.open(office)
    try:
        with db.sessions() as s:
            assert find_place(s, "嘉川乡").name == "东河镇"  # type: ignore[union-attr]
            assert find_place(s, "510821102").name == "东河镇"  # type: ignore[union-attr]
            changed = s.execute(text(
                "SELECT count(DISTINCT tbl || row_id) FROM sync_change_log WHERE tbl IN ('places', 'merged_records')")).scalar()
            assert changed and changed >= 4  # three places and the merged one's pointer
        assert person and check_database(db).ok
    finally:
        db.close()


@pytest.mark.parametrize(("args", "words"), [
    (("旺苍县", "--level", "province", "--side", "sichuan"), "没有层级 province"),
    (("旺苍县", "--level", "county", "--side", "gansu"), "所属方只能是"),
    (("旺苍县", "--level", "county", "--side", "sichuan", "--code", "51082"), "不是县的 GB/T 2260"),
    (("东河镇", "--level", "town", "--side", "sichuan"), "所属的县"),
    (("平昌县", "--level", "county", "--side", "sichuan"), "已有此地名"),
    (("平昌", "--level", "county", "--side", "sichuan", "--code", "511923"), "已有此地名"),
    (("东河镇", "--level", "town", "--side", "sichuan", "--parent", "莲都区"), "不能隶属于"),
    (("", "--level", "county", "--side", "sichuan"), "不能为空"),
])
def test_bad_places_are_refused_and_change_nothing(office: str, capsys: pytest.CaptureFixture[str],
                                                  args: tuple[str, ...], words: str) -> None:
    before = _listed(capsys, office)
    code, _out, err = run(capsys, "--db", office, "places", "add", *args)
    assert code == 2 and words in err and err.count("\n") == 1 and "Traceback" not in err, err
    assert _listed(capsys, office) == before


def test_a_field_laptop_cannot_change_places(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "field.db")
    assert run(capsys, "--db", path, "init", "--device-name", "平昌-01", "--role", "field")[0] == 0
    code, _out, err = run(capsys, "--db", path, "places", "add", "旺苍县", "--level", "county", "--side", "sichuan")
    assert code == 2 and "只有市对口支援办或工作组组长" in err


def test_places_by_excel_all_or_nothing(office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = tmp_path / "t.xlsx"
    assert run(capsys, "--db", office, "excel", "template", "places", "--out", str(template))[0] == 0
    book = load_workbook(template)
    sheet = book.active
    rows = [["旺苍县", "县", "四川", "510821", "广元市"], ["东河镇", "镇", "四川", "510821100", "旺苍县"],
            ["X镇", "省", "四川"], ["Y镇", "镇", "四川", "", "莲都区"]]
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            sheet.cell(r, c, value)
    book.save(tmp_path / "bad.xlsx")
    before = _listed(capsys, office)
    code, out, err = run(capsys, "--db", office, "excel", "import", "places", str(tmp_path / "bad.xlsx"), "--json")
    result = json.loads(out)
    assert code == 2 and not result["applied"]
    assert {(e["row"], e["column"]) for e in result["errors"]} == {(5, "level"), (6, "parent")}
    assert _listed(capsys, office) == before  # rows 3 and 4 were fine: still nothing imported
    marked = load_workbook(tmp_path / "bad.errors.xlsx")
    assert "没有层级" in str(marked["地名"].cell(5, 2).comment.text)
    sheet.delete_rows(5, 2)
    book.save(tmp_path / "good.xlsx")
    assert run(capsys, "--db", office, "excel", "import", "places", str(tmp_path / "good.xlsx"))[0] == 0
    # an export edited (a rename) and imported back updates that place and keeps the old name
    assert run(capsys, "--db", office, "excel", "export", "places", "--out", str(tmp_path / "all.xlsx"))[0] == 0
    book = load_workbook(tmp_path / "all.xlsx")
    sheet = book.active
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "东河镇":
            row[0].value = "东河街道"
    book.save(tmp_path / "renamed.xlsx")
    code, out, _err = run(capsys, "--db", office, "excel", "import", "places", str(tmp_path / "renamed.xlsx"), "--json")
    assert (json.loads(out)["updated"], json.loads(out)["new"]) == (1, 0)
    (street,) = [p for p in _listed(capsys, office) if p["name"] == "东河街道"]
    assert street["history"][0]["name"] == "东河镇"  # type: ignore[index]


def test_a_merged_county_takes_its_records_along(stores: Stores) -> None:
    db = Database.open(stores.new("office"))
    try:
        init_database(db, device_name="测试-01", role="office", user_name="测试员")
        merged_county_takes_its_records_along(db)
    finally:
        db.close()


def merged_county_takes_its_records_along(db: Database) -> None:
    twin = places.add_place(db, "旺仓县", "county", "sichuan")  # the same county, mistyped
    kept = places.add_place(db, "旺苍县", "county", "sichuan", "510821", "广元市")
    person = save_record(db, "persons", {"name": "李四", "county_id": twin})
    pairing = save_record(db, "pairings", {"level": "town", "lishui_unit_id": "莲都区", "lishui_party": "碧湖镇",
                                           "sichuan_county_id": twin, "sichuan_party": "东河镇",
                                           "start_date": "2021-03-01"})
    places.merge_place(db, twin, kept)
    with db.sessions() as s:
        assert s.execute(text("SELECT county_id FROM persons WHERE id = :i"), {"i": person}).scalar() == kept
        assert s.execute(text("SELECT sichuan_county_id FROM pairings WHERE id = :i"), {"i": pairing}).scalar() == kept
        assert s.execute(text("SELECT survivor_id FROM merged_records WHERE id = :i"), {"i": twin}).scalar() == kept
        assert find_place(s, "旺仓县").id == kept  # type: ignore[union-attr]
    assert check_database(db).ok
    with pytest.raises(places.PlaceError):
        places.merge_place(db, "平昌县", "巴中市本级")  # not the same level


def test_a_new_full_name_alone_is_no_former_name(office: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", office, "places", "rename", "昭化区", "--full-name", "四川省广元市昭化区（改）")
    assert code == 0 and out.strip() == "昭化区 的全称已改为 四川省广元市昭化区(改)。"
    code, out, _ = run(capsys, "--db", office, "places", "list", "--level", "county", "--side", "sichuan")
    (line,) = [row for row in out.splitlines() if row.startswith("昭化区")]
    assert "(510811)" not in line  # not a former name of itself
    assert run(capsys, "--db", office, "places", "rename", "昭化区", "--name", "昭化新区")[0] == 0
    code, out, _ = run(capsys, "--db", office, "places", "list", "--level", "county", "--side", "sichuan")
    (line,) = [row for row in out.splitlines() if row.startswith("昭化新区")]
    assert "昭化区(510811)" in line and line.count("昭化区") == 1
