"""Simulated Windows: a file the user keeps open in WPS or Excel (another process holding an
exclusive lock) is retried briefly, then refused with one Chinese sentence naming the user's
file, never the temporary one; the file is unchanged and no temporary file is left."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from lishui_desktop.cli import main as cli_main
from lishui_desktop.db.database import Database
from lishui_desktop.files import RETRY_DELAYS, FileInUse, write_atomic
from lishui_desktop.services import excel_export, reports
from lishui_desktop.services.ledgers import save_record
from tests.windows_sim import HeldOpen, windows_sharing_fixture  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("windows_sharing")


@pytest.fixture
def filled(db: Database) -> Database:
    save_record(db, "placements", {"person.name": "刘䶮", "person.county_id": "平昌县", "employer": "丽水厂",
                                   "start_date": "2019-02-01", "monthly_wage_fen": "3500"})
    return db


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_export_over_an_open_workbook_names_it_in_chinese(filled: Database, tmp_path: Path,
                                                          windows_sharing: list[tuple[str, str]]) -> None:
    folder = tmp_path / "备份#1 100%"
    folder.mkdir()
    book = folder / "转移就业.xlsx"
    book.write_bytes(b"the user's own workbook")
    with HeldOpen(book), pytest.raises(FileInUse) as caught:
        excel_export.export_ledger(filled, "placements", book)
    text = caught.value.text()
    assert text == (f"{book} 正在表格程序（WPS 或 Excel）中打开，未能覆盖，原文件未改动。请在那里关闭后重试。")
    assert ".part" not in text and ".lishui-" not in text
    assert book.read_bytes() == b"the user's own workbook"
    assert _leftovers(folder, {"转移就业.xlsx"}) == []
    assert len(windows_sharing) == len(RETRY_DELAYS) + 1  # retried, then refused


def test_cli_export_over_an_open_workbook_is_one_line_exit_2(filled: Database, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    book = tmp_path / "转移就业.xlsx"
    book.write_bytes(b"open in WPS")
    with HeldOpen(book):
        code = cli_main(["--db", str(filled.path), "excel", "export", "placements", "--out", str(book)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("lishui: ") and "Traceback" not in err
    assert str(book) in err and "表格程序" in err and ".part" not in err
    assert book.read_bytes() == b"open in WPS"
    assert _leftovers(tmp_path, {"转移就业.xlsx", "test.sqlite3", "test.sqlite3-wal", "test.sqlite3-shm",
                                 "test.sqlite3.lock", "test-backups"}) == []


def test_a_file_let_go_during_the_retries_is_written(filled: Database, tmp_path: Path) -> None:
    pdf = tmp_path / "月报表.pdf"
    pdf.write_bytes(b"old")
    holder = HeldOpen(pdf)
    threading.Timer(0.3, holder.release).start()  # an antivirus scan that ends
    result = reports.generate(filled, reports.ReportRequest("pairings", pdf))
    assert result.path == pdf and pdf.read_bytes().startswith(b"%PDF")
    holder.release()


def test_open_pdf_and_other_files(tmp_path: Path) -> None:
    pdf = tmp_path / "签到表.pdf"
    pdf.write_bytes(b"old")
    with HeldOpen(pdf), pytest.raises(FileInUse) as caught:
        write_atomic(pdf, b"new")
    assert "PDF 阅读器" in caught.value.text() and str(pdf) in caught.value.text()
    other = tmp_path / "平昌-01.json"
    other.write_bytes(b"old")
    with HeldOpen(other), pytest.raises(FileInUse) as caught:
        write_atomic(other, b"new")
    assert caught.value.text() == f"{other} 正被其他程序占用，未能覆盖，原文件未改动。请关闭后重试。"
    # Excel's and WPS's owner file beside a workbook under another name gives the program away
    odd = tmp_path / "名单.dat"
    odd.write_bytes(b"old")
    (tmp_path / "~$名单.dat").write_bytes(b"owner")
    with HeldOpen(odd), pytest.raises(FileInUse) as caught:
        write_atomic(odd, b"new")
    assert "表格程序" in caught.value.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["~$名单.dat", "名单.dat", "平昌-01.json", "签到表.pdf"]


def test_english_sentence(tmp_path: Path) -> None:
    from lishui_desktop.domain.i18n import set_language

    set_language("en")
    book = tmp_path / "placements.xlsx"
    book.write_bytes(b"old")
    with HeldOpen(book), pytest.raises(FileInUse) as caught:
        write_atomic(book, b"new")
    assert caught.value.text() == (f"{book} is open in a spreadsheet program (WPS or Excel), so it was not "
                                   "replaced and is unchanged. Close it there and try again.")
