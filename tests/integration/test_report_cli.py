"""`lishui report ...` end to end: every form written, bad arguments exit 2 with one line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from lishui_desktop.cli import main
from lishui_desktop.db.database import Database
from lishui_desktop.services import audit
from lishui_desktop.services.logs import log_dir
from tests.conftest import Stores
from tests.unit.test_report_seed import FULL_ID, SESSION_ID, seed_reports


@pytest.fixture
def db_path(stores: Stores) -> str:
    """The office store (#18): a SQLite file, then a database on the test PostgreSQL server."""
    return stores.new("office")


def _text(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(str(path)).pages))


@pytest.fixture
def seeded(db: Database) -> Database:
    seed_reports(db)
    return db


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (["monthly", "--county", "青田县", "--month", "2019-03"], "青田县东西部扶贫协作工作月报表"),
        (["monthly", "--county", "平昌县", "--month", "2019-03"], "青田县东西部扶贫协作工作月报表"),
        (["monthly", "--all", "--month", "2019-03"], "全市汇总东西部扶贫协作工作月报表"),
        (["signin", "--session", SESSION_ID], "签到表"),
        (["roster", "--session", SESSION_ID[:13]], "学员花名册"),
        (["placements", "--county", "青田县", "--from", "2019-01-01", "--to", "2019年12月31日"], "青田县转移就业花名册"),
        (["pairings"], "丽水市东西部扶贫协作结对关系一览表"),
    ],
)
def test_each_form_is_written(seeded: Database, tmp_path: Path, args: list[str], expect: str,
                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "form.pdf"
    assert main(["--db", seeded.location, "report", *args, "--out", str(out)]) == 0
    assert expect in _text(out)
    assert not [p.name for p in tmp_path.iterdir() if "form" in p.name and p.name != "form.pdf"]  # no temp left
    assert str(out) in capsys.readouterr().out


def test_full_ids_only_with_the_flag_and_recorded(seeded: Database, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    base = ["--db", seeded.location, "report", "placements", "--county", "青田县", "--from", "2019-03-01",
            "--to", "2019-03-31", "--out", str(out)]
    assert main(base) == 0
    assert FULL_ID not in _text(out)
    assert main([*base, "--full-ids"]) == 0
    assert FULL_ID in _text(out)
    [entry] = audit.entries(seeded)
    assert (entry.kind, entry.table_name, entry.row_count) == ("print", "placements", 3)
    logged = "".join(p.read_text(encoding="utf-8") for p in log_dir().glob("*.log*"))
    assert "printed placements form with full IDs" in logged and FULL_ID not in logged


def test_english_with_lang_en(seeded: Database, tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    assert main(["--db", seeded.location, "--lang", "en", "report", "pairings", "--out", str(out)]) == 0
    assert "East-WestcooperationpairinglistofLishui" in _text(out)


@pytest.mark.parametrize(
    "args",
    [
        ["monthly", "--county", "青田县", "--month", "2019-13"],
        ["monthly", "--month", "2019-03"],
        ["monthly", "--county", "青田县", "--all", "--month", "2019-03"],
        ["monthly", "--county", "火星县", "--month", "2019-03"],
        ["signin", "--session", "no-such-session"],
        ["placements", "--county", "青田县", "--from", "2019-12-31", "--to", "2019-01-01"],
        ["placements", "--county", "青田县", "--from", "someday", "--to", "2019-01-01"],
        ["pairings", "--full-ids"],
    ],
)
def test_bad_arguments_exit_2_with_one_line(seeded: Database, tmp_path: Path, args: list[str],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bad.pdf"
    try:
        code = main(["--db", seeded.location, "report", *args, "--out", str(out)])
    except SystemExit as exc:  # argparse errors
        code = int(exc.code or 0)
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("lishui: ") and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_missing_folder_is_a_user_error(seeded: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "no" / "such" / "dir" / "x.pdf"
    assert main(["--db", seeded.location, "report", "pairings", "--out", str(out)]) == 2
    assert not out.parent.exists() and capsys.readouterr().err.count("\n") == 1
