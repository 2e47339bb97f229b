"""Issue 21's "done when", as the office does it with the CLI and Excel alone: add 旺苍县 and two
of its towns, renew the 莲都区 pairing for 2021-2025 with the new partner, add 2021 targets
including a new kind (consumer-assistance sales in 万元 over the events ledger); progress for
2021 shows them, 2019's figures are byte-identical to before, and a field laptop has all of it
after one bundle."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lishui_desktop.cli import main
from lishui_desktop.db.database import Database
from lishui_desktop.services.ledgers.editing import save_record
from tests.conftest import Stores


def lishui(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "Traceback" not in out.err
    return out.out


def _fill(template: Path, out: Path, rows: list[list[object]]) -> Path:
    book = load_workbook(template)
    sheet = book.active
    for r, row in enumerate(rows, start=3):  # under the header and the instruction row
        for c, value in enumerate(row, start=1):
            sheet.cell(r, c, value)
    book.save(out)
    return out


def test_the_next_period_with_the_cli_and_excel_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      stores: Stores) -> None:
    """The office a file, then a store on PostgreSQL; the field laptop a file."""
    office, laptop = stores.new("office"), str(tmp_path / "laptop.db")
    lishui(capsys, "--db", office, "init", "--device-name", "市办-01", "--role", "office")
    lishui(capsys, "--db", office, "demo", "--scale", "0.05", "--seed", "3")
    deploy = tmp_path / "deploy.json"
    lishui(capsys, "--db", office, "deployment", "export", "--for", "旺苍-01", "--out", str(deploy))
    lishui(capsys, "--db", laptop, "init", "--device-name", "旺苍-01", "--role", "field", "--join", str(deploy))
    for db in (office, laptop):
        lishui(capsys, "--db", db, "keys", "allow-plain", "on")
    hello = tmp_path / "hello.lsbundle"  # the office learns of the laptop from its first bundle
    lishui(capsys, "--db", laptop, "bundle", "export", "--out", str(hello))
    lishui(capsys, "--db", office, "bundle", "import", str(hello))
    before_2019 = lishui(capsys, "--db", office, "progress", "--year", "2019", "--json")

    # places: a county by the CLI, two of its towns by Excel
    lishui(capsys, "--db", office, "places", "add", "旺苍县", "--level", "county", "--side", "sichuan",
           "--code", "510821", "--parent", "广元市")
    template = tmp_path / "places-template.xlsx"
    lishui(capsys, "--db", office, "excel", "template", "places", "--out", str(template))
    towns = _fill(template, tmp_path / "towns.xlsx", [
        ["东河镇", "镇", "四川", "510821100", "旺苍县"],
        ["嘉川镇", "镇", "四川", "510821101", "旺苍县"],
    ])
    assert "新增 2" in lishui(capsys, "--db", office, "excel", "import", "places", str(towns))
    # the renewal of 莲都区 with its new partner
    renewed = json.loads(lishui(capsys, "--db", office, "pairings", "renew", "莲都区", "--start", "2021-01-01",
                                "--end", "2025-12-31", "--partner", "旺苍县", "--json"))
    # 2021 targets: the year copied, then a new kind of target by Excel
    lishui(capsys, "--db", office, "targets", "add-year", "2021")
    template = tmp_path / "targets-template.xlsx"
    lishui(capsys, "--db", office, "excel", "template", "targets", "--out", str(template))
    new_kind = _fill(template, tmp_path / "targets.xlsx", [
        ["industry.consumer_sales", "消费扶贫销售额", "各县", 2021, 2021, 500, "万元", "sum events.amount kind=消费扶贫"],
    ])
    assert "新增 1" in lishui(capsys, "--db", office, "excel", "import", "targets", str(new_kind))
    db = Database.open(office)  # a cadre's sales fair, entered as on the events page
    try:
        save_record(db, "events", {"kind": "sale", "date": "2021-06-18", "title": "旺苍农产品消费扶贫展销",
                                   "lishui_unit_id": "莲都区", "county_id": "旺苍县", "amount_fen": "620万"})
    finally:
        db.close()

    # progress: 2021 shows the new partner and the new kind; 2019 is unchanged to the byte
    rows = json.loads(lishui(capsys, "--db", office, "progress", "--year", "2021", "--json"))["rows"]
    liandu = {r["target"]: r for r in rows if r["county"] == "莲都区"}
    assert liandu["industry.consumer_sales"]["partner"] == "旺苍县"
    assert (liandu["industry.consumer_sales"]["actual"], liandu["industry.consumer_sales"]["unit"]) == (620, "wan_yuan")
    assert liandu["labor.placed_poor"]["threshold"] == 300 and len(liandu) == 18  # 17 county targets + the new
    assert lishui(capsys, "--db", office, "progress", "--year", "2019", "--json") == before_2019
    assert "剑阁县" in before_2019
    text = lishui(capsys, "--db", office, "progress", "--year", "2021", "--county", "旺苍县")
    assert "消费扶贫销售额" in text and "万元" in text

    # one bundle: the field laptop has all of it
    out = tmp_path / "to-laptop.lsbundle"
    lishui(capsys, "--db", office, "bundle", "export", "--for", "旺苍-01", "--out", str(out))
    lishui(capsys, "--db", laptop, "bundle", "import", str(out))
    for args in (("places", "list", "--json"), ("targets", "list", "--json"), ("list", "pairings", "--json"),
                 ("progress", "--year", "2021", "--json"), ("progress", "--year", "2019", "--json")):
        assert lishui(capsys, "--db", laptop, *args) == lishui(capsys, "--db", office, *args), args
    pairings = json.loads(lishui(capsys, "--db", laptop, "list", "pairings", "--county", "莲都区", "--json"))
    periods = {(p["sichuan_county"], p["period"], p["status"]) for p in pairings["records"] if p["level"] == "county"}
    assert periods == {("旺苍县", "2021–2025", "active"), ("剑阁县", "2018–2020", "ended")}
    assert renewed["renews"] in {p["id"] for p in pairings["records"]}
    places = json.loads(lishui(capsys, "--db", laptop, "places", "list", "--side", "sichuan", "--json"))["places"]
    assert {p["name"] for p in places if p["parent"] == "旺苍县"} == {"东河镇", "嘉川镇"}
    assert "完好" in lishui(capsys, "--db", laptop, "check") and "完好" in lishui(capsys, "--db", office, "check")
