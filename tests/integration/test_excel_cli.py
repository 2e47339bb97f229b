"""`lishui excel` end to end: template, import (dry run, errors, JSON), export with and without full IDs."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from lishui_desktop.cli import main
from tests.unit.excel_fixtures import MESSY_HEADERS, make_id, messy_rows, write_book


@pytest.fixture(params=["sqlite", "postgresql"])
def cli_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A field laptop's file, then an office store on PostgreSQL (#18: Excel in and out there)."""
    if request.param == "postgresql":
        url = str(request.getfixturevalue("pg_url"))
        assert main(["--db", url, "init", "--device-name", "市办公室", "--role", "office"]) == 0
        return url
    path = str(tmp_path / "cli.sqlite3")
    assert main(["--db", path, "init", "--device-name", "平昌-01", "--role", "field"]) == 0
    return path


def test_excel_cli_round_trip(cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = tmp_path / "t.xlsx"
    assert main(["--db", cli_db, "excel", "template", "placements", "--out", str(template)]) == 0
    assert openpyxl.load_workbook(template).worksheets[0]["A1"].value == "姓名"
    roster = write_book(tmp_path / "roster.xlsx", MESSY_HEADERS, messy_rows())
    capsys.readouterr()
    assert main(["--db", cli_db, "excel", "import", "trainees", str(roster), "--dry-run", "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["ok"] and preview["new"] == 6 and not preview["applied"] and preview["dry_run"]
    assert preview["sessions"] == {"new": 2, "updated": 0}
    assert main(["--db", cli_db, "excel", "import", "trainees", str(roster)]) == 0
    assert "6" in capsys.readouterr().out
    assert main(["--db", cli_db, "excel", "import", "trainees", str(roster), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["new"], again["unchanged"]) == (0, 6)
    out = tmp_path / "out.xlsx"
    assert main(["--db", cli_db, "excel", "export", "trainees", "--out", str(out), "--full-ids"]) == 0
    sheet = openpyxl.load_workbook(out).worksheets[0]
    ids = {c.value for c in sheet["K"][1:]}
    assert make_id(seq=101) in ids and all(isinstance(v, str) for v in ids)


def test_excel_cli_bad_rows_exit_2(cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = messy_rows()
    rows[0][1] = 510823199001011010  # an ID typed as a number
    roster = write_book(tmp_path / "bad.xlsx", MESSY_HEADERS, rows)
    errors = tmp_path / "marked.xlsx"
    capsys.readouterr()
    assert main(["--db", cli_db, "excel", "import", "trainees", str(roster), "--errors-out", str(errors)]) == 2
    captured = capsys.readouterr()
    assert str(errors) in captured.out and errors.exists()
    assert captured.err.count("\n") == 1 and "lishui:" in captured.err
    assert main(["--db", cli_db, "excel", "import", "trainees", str(roster)]) == 2
    assert (tmp_path / "bad.errors.xlsx").exists()
    capsys.readouterr()
    not_a_book = tmp_path / "x.xlsx"
    not_a_book.write_bytes(b"PK\x03\x04garbage")
    assert main(["--db", cli_db, "excel", "import", "trainees", str(not_a_book)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_county_roster_xls_by_cli(cli_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's case: a county .xls (title row, 序号/备注, merged towns, signed footer) with
    the category and organiser given on the command line: 40 trainees in the titled session."""
    from sqlalchemy import select

    from lishui_desktop.db.database import Database
    from lishui_desktop.db.models import Enrolment, Person, TrainingSession

    roster = Path(__file__).resolve().parents[1] / "data" / "workbooks" / "花名册.xls"
    capsys.readouterr()
    assert main(["--db", cli_db, "excel", "import", "trainees", str(roster), "--category", "农村致富带头人",
                 "--organiser", "青田县", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["new"] == 40 and result["sheets"][0]["sessions"][0]["title"] == "平昌县2019年第3期农村致富带头人培训班"
    db = Database.open(cli_db)
    try:
        with db.sessions() as s:
            assert s.scalars(select(TrainingSession.title)).all() == ["平昌县2019年第3期农村致富带头人培训班"]
            towns = s.scalars(select(Person.town).join(Enrolment, Enrolment.person_id == Person.id)).all()
    finally:
        db.close()
    assert len(towns) == 40 and all(towns)
    assert main(["--db", cli_db, "excel", "import", "placements", str(roster), "--category", "x"]) == 2
    assert "trainees" in capsys.readouterr().err
