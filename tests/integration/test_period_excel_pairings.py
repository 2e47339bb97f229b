"""A renewal by Excel: a row of the same pair starting later is a new period linked to the one
before (which ends the day before), never an overwrite of the 2018 row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lishui_desktop.cli import main
from tests.conftest import Stores


def run(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    code = main(list(args))
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out) if out.out.startswith("{") else {}


def _book(template: Path, out: Path, rows: list[list[object]]) -> Path:
    book = load_workbook(template)
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            book.active.cell(r, c, value)
    book.save(out)
    return out


def test_a_renewal_row_starts_a_new_period(tmp_path: Path, capsys: pytest.CaptureFixture[str], stores: Stores) -> None:
    db = stores.new("office")  # a SQLite file, then a PostgreSQL database
    run(capsys, "--db", db, "init", "--device-name", "市办", "--role", "office")
    template = tmp_path / "t.xlsx"
    run(capsys, "--db", db, "excel", "template", "pairings", "--out", str(template))
    renewal = _book(template, tmp_path / "renew.xlsx", [
        ["县县结对", "龙泉市", "龙泉市", "昭化区", "四川省广元市昭化区", "2021-01-01", "2025-12-31", "进行中", "携手奔小康"]])
    result = run(capsys, "--db", db, "excel", "import", "pairings", str(renewal), "--json")
    assert (result["new"], result["updated"]) == (1, 0)
    listed = run(capsys, "--db", db, "list", "pairings", "--county", "龙泉市", "--json")["records"]
    periods = sorted((p["period"], p["status"], p["renews"]) for p in listed)  # type: ignore[union-attr]
    assert periods == [("2018–2020", "ended", None), ("2021–2025", "active", "四川省广元市昭化区")]
    again = run(capsys, "--db", db, "excel", "import", "pairings", str(renewal), "--json")
    assert (again["new"], again["updated"], again["unchanged"]) == (0, 0, 1)
    run(capsys, "--db", db, "targets", "add-year", "2021")
    rows = run(capsys, "--db", db, "progress", "--year", "2021", "--county", "龙泉市", "--json")["rows"]
    assert {r["partner"] for r in rows} == {"昭化区"}  # type: ignore[union-attr]
