"""Excel round trips never duplicate: an export re-imported (unchanged, edited, without its 记录编号
column, after LibreOffice opened and saved it) is a no-op or an exact update."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from lishui_desktop.cli import main
from lishui_desktop.db.database import Database
from lishui_desktop.db.models import Enrolment, Person, TrainingSession
from lishui_desktop.excel.columns import KINDS
from lishui_desktop.services.demo import fill_demo
from lishui_desktop.services.setup import init_database
from tests.conftest import Stores

DATA = Path(__file__).resolve().parents[1] / "data"


def _demo_office(store: Path | str) -> None:
    db = Database.open(store)
    init_database(db, device_name="办公室-01", role="office", user_name="王主任")
    fill_demo(db, scale=0.12, seed=7)
    db.close()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    _demo_office(path)
    return path


@pytest.fixture(scope="module")
def demo_server(pg_server) -> str:  # type: ignore[no-untyped-def]
    url = str(pg_server.url(pg_server.create_database()))
    _demo_office(url)
    return url


@pytest.fixture
def demo(request: pytest.FixtureRequest, tmp_path: Path, stores: Stores) -> Path | str:
    """The demo office: a SQLite file, then a database on PostgreSQL (a copy of one made once)."""
    if stores.on_server:
        return stores.copy(request.getfixturevalue("demo_server"), "demo")
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(request.getfixturevalue("demo_file"), copy)
    return copy


def lishui(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(list(args)) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def export(capsys: pytest.CaptureFixture[str], db: Path | str, kind: str, out: Path) -> Path:
    assert main(["--db", str(db), "excel", "export", kind, "--full-ids", "--out", str(out)]) == 0
    capsys.readouterr()
    return out


def imported(capsys: pytest.CaptureFixture[str], db: Path | str, kind: str, path: Path, *extra: str) -> dict:
    return lishui(capsys, "--db", str(db), "excel", "import", kind, str(path), "--json", *extra)


def counts(db_path: Path | str) -> tuple[int, int, int]:
    db = Database.open(db_path)
    try:
        with db.sessions() as s:
            return tuple(  # type: ignore[return-value]
                s.scalar(select(func.count()).select_from(m).where(m.deleted.is_(False)))
                for m in (TrainingSession, Enrolment, Person))
    finally:
        db.close()


def without_record_ids(path: Path, out: Path) -> Path:
    book = load_workbook(path)
    sheet = book.active
    headers = [c.value for c in sheet[1]]
    sheet.delete_cols(headers.index("记录编号") + 1)
    book.save(out)
    return out


@pytest.mark.parametrize("kind", KINDS)
def test_an_unchanged_export_imports_as_nothing_new(kind: str, demo: Path | str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(demo)
    path = export(capsys, demo, kind, tmp_path / f"{kind}.xlsx")
    assert load_workbook(path, read_only=True).active["A1"].value  # a real workbook
    for variant in (path, without_record_ids(path, tmp_path / f"{kind}-plain.xlsx")):
        result = imported(capsys, demo, kind, variant)
        assert result["applied"] and result["new"] == 0 and result["updated"] == 0, variant.name
        assert result["unchanged"] == result["rows"] > 0
        if kind == "trainees":
            assert result["sessions"] == {"new": 0, "updated": 0}
    assert counts(demo) == before


def test_an_edited_export_is_an_exact_update(demo: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = export(capsys, demo, "trainees", tmp_path / "trainees.xlsx")
    before = counts(demo)
    book = load_workbook(path)
    sheet = book.active
    headers = [c.value for c in sheet[1]]
    col = {h: headers.index(h) + 1 for h in headers}
    first_title = sheet.cell(2, col["培训班名称"]).value
    rows = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, col["培训班名称"]).value == first_title]
    for r in rows:  # the course renamed on every one of its rows, written the Excel way
        sheet.cell(r, col["培训班名称"]).value = first_title.replace("（", "(").replace("）", ")") + "（更正）"
    sheet.cell(rows[0], col["联系电话"]).value = "13912345678"
    sheet.cell(rows[0], col["职务"]).value = "村支书"
    book.save(path)
    result = imported(capsys, demo, "trainees", path)
    assert result["new"] == 0 and result["sessions"] == {"new": 0, "updated": 1}
    assert result["updated"] == 1  # the one row whose person and role changed
    assert counts(demo) == before
    again = export(capsys, demo, "trainees", tmp_path / "again.xlsx")
    result = imported(capsys, demo, "trainees", again)
    assert (result["new"], result["updated"], result["sessions"]) == (0, 0, {"new": 0, "updated": 0})


def test_record_numbers_in_a_file_are_checked(demo: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = export(capsys, demo, "cadres", tmp_path / "cadres.xlsx")
    book = load_workbook(path)
    sheet = book.active
    headers = [c.value for c in sheet[1]]
    number = headers.index("记录编号") + 1
    sheet.cell(3, number).value = sheet.cell(2, number).value  # a row copied with its number
    sheet.cell(4, number).value = "不是编号"
    book.save(path)
    before = counts(demo)
    code = main(["--db", str(demo), "excel", "import", "cadres", str(path), "--json",
                 "--errors-out", str(tmp_path / "errors.xlsx")])
    assert code == 2
    errors = json.loads(capsys.readouterr().out)["errors"]
    assert {(e["row"], e["header"]) for e in errors} >= {(3, None), (4, "记录编号")}
    assert counts(demo) == before


def test_a_template_has_no_record_number_column(demo: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "template.xlsx"
    assert main(["--db", str(demo), "excel", "template", "trainees", "--out", str(out)]) == 0
    headers = [c.value for c in load_workbook(out).active[1]]
    assert "记录编号" not in headers and "姓名" in headers


def _libreoffice_copy(source: Path, folder: Path) -> Path | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    folder.mkdir()
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{folder}/profile",
                    "--convert-to", "xlsx", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=180)
    return folder / source.name


@pytest.mark.parametrize("kind", ["trainees", "cadres"])
def test_after_libreoffice_opened_and_saved_it(kind: str, demo: Path | str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Live when LibreOffice is installed; the stored LibreOffice-written files below run always."""
    path = export(capsys, demo, kind, tmp_path / f"{kind}.xlsx")
    saved = _libreoffice_copy(path, tmp_path / "lo")
    if saved is None:
        pytest.skip("LibreOffice is not installed here; test_a_stored_libreoffice_file covers it")
    assert saved.read_bytes() != path.read_bytes()
    before = counts(demo)
    result = imported(capsys, demo, kind, saved)
    assert (result["new"], result["updated"]) == (0, 0) and result["unchanged"] == result["rows"]
    assert counts(demo) == before


def test_a_stored_libreoffice_file_re_imports_without_duplicates(capsys: pytest.CaptureFixture[str],
                                                                 stores: Stores) -> None:
    """tests/data/lo-roster.xlsx: an export of `small_roster` opened and saved by LibreOffice
    Calc (full-width brackets in the title, IDs as text). Its 记录编号 name records of another
    database, so the rows match by natural keys, as an office's own file would."""
    db_path = stores.new("office")
    small_roster(db_path)
    before = counts(db_path)
    result = imported(capsys, db_path, "trainees", DATA / "lo-roster.xlsx")
    assert (result["new"], result["updated"], result["sessions"]) == (0, 0, {"new": 0, "updated": 0})
    assert result["rows"] == 3 and counts(db_path) == before


def small_roster(path: Path | str) -> None:
    """The database behind tests/data/lo-roster.xlsx (run this file as a script to rebuild it)."""
    from lishui_desktop.services.ledgers import save_record

    db = Database.open(path)
    init_database(db, device_name="办公室-01", role="office", user_name="王主任")
    session = save_record(db, "sessions", {
        "title": "青田县2019年（第1期）农村致富带头人培训班", "category": "农村致富带头人",
        "organiser_id": "青田县", "partner_county_id": "平昌县", "start_date": "2019-10-08",
        "end_date": "2019-10-12", "place": "青田县委党校", "hours": "32"})
    for name, number in (("李秀英", "511923198503040014"), ("王 强", ""), ("张伟", "511923199001150023")):
        save_record(db, "trainees", {"person.name": name, "person.id_number": number or None,
                                     "person.town": "岳家镇", "person.village": "石门村", "role": "村民"},
                    parent_id=session)
    db.close()
