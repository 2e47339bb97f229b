"""Targets as data through the CLI: a new kind of target with a rule from the documented set,
counted by `lishui progress` with no code; bad rules refused with one translated line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lishui_desktop.cli import main
from lishui_desktop.db.database import Database
from lishui_desktop.services.ledgers.editing import save_record
from tests.conftest import Stores


def lishui(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_new_kind_of_target_counts_without_code(capsys: pytest.CaptureFixture[str], stores: Stores) -> None:
    """The office a file, then a store on PostgreSQL."""
    path = stores.new("office")
    assert lishui(capsys, "--db", path, "init", "--device-name", "市办", "--role", "office")[0] == 0
    code, _out, err = lishui(capsys, "--db", path, "targets", "add", "industry.consumer_sales", "--scope", "各县",
                             "--from", "2021", "--to", "2025", "--threshold", "500", "--unit", "万元",
                             "--measure", "消费扶贫销售额", "--rule", "sum events.amount kind=消费扶贫")
    assert code == 0, err
    db = Database.open(path)
    try:
        for day, amount in (("2021-03-01", "300万"), ("2021-09-30", "2500000"), ("2020-12-31", "900万")):
            save_record(db, "events", {"kind": "sale", "date": day, "title": "消费扶贫展销会", "lishui_unit_id": "莲都区",
                                       "amount_fen": amount})
        save_record(db, "events", {"kind": "donation", "date": "2021-05-01", "title": "捐资助学",
                                   "lishui_unit_id": "莲都区", "amount_fen": "800万"})
    finally:
        db.close()
    code, out, err = lishui(capsys, "--db", path, "progress", "--year", "2021", "--json")
    assert code == 0, err
    rows = {(r["county"], r["target"]): r for r in json.loads(out)["rows"]}
    sales = rows[("莲都区", "industry.consumer_sales")]
    assert (sales["actual"], sales["threshold"], sales["unit"], sales["met"]) == (550, 500, "wan_yuan", True)
    assert rows[("青田县", "industry.consumer_sales")]["actual"] == 0
    code, out, _ = lishui(capsys, "--db", path, "progress", "--year", "2021", "--month", "2021-03")
    assert "消费扶贫销售额" in out and "万元" in out
    code, out, _ = lishui(capsys, "--db", path, "targets", "list", "--year", "2021", "--json")
    (row,) = json.loads(out)["targets"]
    assert row["rule"] == "sum events.amount kind=sale" and row["measure"] == "消费扶贫销售额"
    # change it by target id, scope and year; end it after 2022
    assert lishui(capsys, "--db", path, "targets", "change", "industry.consumer_sales", "--year", "2022",
                  "--threshold", "600")[0] == 0
    assert lishui(capsys, "--db", path, "targets", "end", "industry.consumer_sales", "--after", "2022")[0] == 0
    code, out, _ = lishui(capsys, "--db", path, "targets", "list", "--json")
    (row,) = [t for t in json.loads(out)["targets"] if t["key"] == "industry.consumer_sales"]
    assert (row["threshold"], row["year_to"]) == (600, 2022)


@pytest.mark.parametrize(("args", "words"), [
    (("--rule", "sum events.amount kind=flying", "--measure", "x"), "flying"),
    (("--rule", "count events kind=sale", "--unit", "wan_yuan", "--measure", "x"), "计数不是金额"),
    (("--rule", "sum events.amount kind=sale", "--measure", "x"), "元 或 万元"),
    (("--measure", "x"), "没有统计规则"),
    (("--rule", "count events kind=sale", "--unit", "斤", "--measure", "x"), "未知的单位：斤"),
    (("--rule", "sum events.amount kind=sale", "--unit", "yuan"), "名称"),
])
def test_bad_targets_change_nothing(capsys: pytest.CaptureFixture[str], args: tuple[str, ...], words: str,
                                    stores: Stores) -> None:
    path = stores.new("office")
    assert lishui(capsys, "--db", path, "init", "--device-name", "市办", "--role", "office")[0] == 0
    before = lishui(capsys, "--db", path, "targets", "list", "--json")[1]
    code, out, err = lishui(capsys, "--db", path, "targets", "add", "industry.new_key", "--scope", "county",
                            "--from", "2021", "--threshold", "5", *args)
    assert code == 2 and words in err and "Traceback" not in err and err.count("\n") == 1, err
    assert lishui(capsys, "--db", path, "targets", "list", "--json")[1] == before


def test_a_targets_export_reads_in_chinese_and_re_imports_unchanged(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str],
                                                                    stores: Stores) -> None:
    """The shipped targets' names are written as the office reads them (Chinese, not the English
    they are stored in); the export re-imports unchanged in either language, an edited
    threshold is the only change."""
    from openpyxl import load_workbook

    path, book = stores.new("office"), tmp_path / "指标.xlsx"
    assert lishui(capsys, "--db", path, "init", "--device-name", "市办", "--role", "office")[0] == 0
    before = json.loads(lishui(capsys, "--db", path, "targets", "list", "--json")[1])["targets"]
    assert lishui(capsys, "--db", path, "excel", "export", "targets", "--out", str(book))[0] == 0
    wb = load_workbook(book)
    sheet = wb.worksheets[0]
    names = {row[0]: row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert names["pairing.town"] == "镇（乡）镇（乡）结对" and names["training.wealth_leaders"] == "培训农村致富带头人"
    for lang in ("zh_CN", "en"):
        code, out, err = lishui(capsys, "--db", path, "--lang", lang, "excel", "import", "targets", str(book), "--json")
        assert code == 0 and (json.loads(out)["updated"], json.loads(out)["new"]) == (0, 0), err
    sheet.cell(2, 6).value = 2  # the first row's threshold
    wb.save(book)
    code, out, _ = lishui(capsys, "--db", path, "excel", "import", "targets", str(book), "--json")
    assert code == 0 and json.loads(out)["updated"] == 1
    after = json.loads(lishui(capsys, "--db", path, "targets", "list", "--json")[1])["targets"]
    assert [t["measure"] for t in after] == [t["measure"] for t in before]  # names as stored
    assert sum(a != b for a, b in zip(before, after, strict=True)) == 1
