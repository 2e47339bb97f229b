"""Simulated Windows for the window: the interface font, an uncaught error in a message box,
no stdout/stderr at all, and report previews that do not stay on the laptop."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from lishui_desktop import previews
from lishui_desktop.db.database import Database
from lishui_desktop.services import logs
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.fonts import interface_families, register_fonts, system_chinese_font
from lishui_desktop.ui.hub import Hub
from lishui_desktop.ui.pages.reports import ReportsPage
from tests.ui.test_foundation_window import chinese  # noqa: F401 - fixture
from tests.unit.test_report_seed import seed_reports

ROOT = Path(__file__).resolve().parents[2]
WINDOWS_FONTS = ["Arial", "SimSun", "NSimSun", "Microsoft YaHei", "Microsoft YaHei UI", "Segoe UI", "KaiTi"]


@pytest.fixture
def restore_font(qapp: QApplication):  # type: ignore[no-untyped-def]
    font = QFont(qapp.font())
    yield
    qapp.setFont(font)


def test_system_chinese_ui_font_is_chosen() -> None:
    assert system_chinese_font(WINDOWS_FONTS) == "Microsoft YaHei UI"
    assert system_chinese_font(["Arial", "microsoft yahei"]) == "microsoft yahei"
    assert system_chinese_font(["PingFang SC", "Helvetica"]) == "PingFang SC"
    assert system_chinese_font(["DejaVu Sans", "WenQuanYi Micro Hei"]) is None
    assert interface_families("Microsoft YaHei UI", ["WenQuanYi Micro Hei", "HanaMinA"], "Segoe UI") == [
        "Microsoft YaHei UI", "WenQuanYi Micro Hei", "HanaMinA", "Segoe UI"]


@pytest.mark.usefixtures("restore_font")
def test_windows_font_leads_and_bundled_fonts_follow(qapp: QApplication) -> None:
    families = register_fonts(qapp, installed=WINDOWS_FONTS)
    assert qapp.font().families()[:2] == ["Microsoft YaHei UI", "WenQuanYi Micro Hei"]
    assert "HanaMinA" in families and families == qapp.font().families()


@pytest.mark.usefixtures("restore_font")
def test_without_a_system_chinese_font_the_bundled_one_leads(qapp: QApplication) -> None:
    register_fonts(qapp, installed=["DejaVu Sans"])
    assert qapp.font().families()[0] == "WenQuanYi Micro Hei" and "HanaMinA" in qapp.font().families()


def test_pdfs_always_use_the_bundled_fonts(db: Database, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from lishui_desktop.services import reports

    result = reports.generate(db, reports.ReportRequest("pairings", tmp_path / "结对.pdf"))
    fonts = set()
    for page in PdfReader(result.path).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("WenQuanYiMicroHei" in f or "HanaMin" in f for f in fonts), fonts


# --- errors in GUI mode ------------------------------------------------------------------

@pytest.mark.qt_no_exception_capture
@pytest.mark.usefixtures("chinese")
def test_uncaught_errors_show_a_message_box(qtbot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from lishui_desktop.app import CrashBox

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(sys, "stderr", None)  # the windowed program has none
    log_file = logs.setup_logging()
    box = CrashBox(qapp, str(log_file))
    logs.add_crash_notifier(box.crashed.emit)
    try:
        def slot() -> None:
            raise RuntimeError("坏了 330102199003071230")

        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, slot)  # an error in a slot: PySide6 hands it to sys.excepthook
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
        worker = threading.Thread(target=lambda: 1 / 0)  # and one in a worker thread
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    finally:
        logs.remove_crash_notifier(box.crashed.emit)
    (title, text), (_, text2) = shown
    assert title == "意外错误"
    assert "RuntimeError: 坏了 330102********1230" in text and str(log_file) in text
    assert "330102199003071230" not in text
    assert "ZeroDivisionError" in text2


def _run_gui(args: list[str], data: Path) -> subprocess.CompletedProcess[str]:
    code = ("import sys; sys.stdout = sys.stderr = None; from lishui_desktop.app import main; "
            "raise SystemExit(main(sys.argv[1:]))")
    env = dict(os.environ, PYTHONPATH=str(ROOT), LISHUI_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen",
               LISHUI_LANG="zh_CN")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=180)


def test_gui_without_stdout_or_stderr_starts_and_reports_into_the_log(tmp_path: Path) -> None:
    data = tmp_path / "数据 #1"
    db = tmp_path / "备份#1 100%" / "台账.sqlite3"
    left = data / "previews" / "4343-deadbeef"  # a crashed run's preview: gone at this start
    left.mkdir(parents=True)
    (left / "roster-1.pdf").write_bytes(b"%PDF names")
    done = _run_gui(["--db", str(db), "--exit-after-start"], data)
    assert done.returncode == 0, done.stderr
    assert not left.exists()
    log = "".join(p.read_text(encoding="utf-8") for p in (data / "logs").glob("*.log"))
    assert "painted at" in log and "AttributeError" not in log
    from lishui_desktop.db.lock import InstanceLock

    with InstanceLock(db):  # a second copy of the program: the error goes to the log, exit 2
        refused = _run_gui(["--db", str(db), "--exit-after-start"], data)
    assert refused.returncode == 2
    log = "".join(p.read_text(encoding="utf-8") for p in (data / "logs").glob("*.log"))
    assert "此数据库已在另一个程序窗口中打开" in log and "Traceback" not in log


# --- report previews ----------------------------------------------------------------------

def test_previews_are_removed_when_replaced_and_when_the_program_quits(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    root = previews.previews_root()
    crashed = root / "4343-deadbeef"  # left by a run that crashed: removed at this start
    crashed.mkdir(parents=True)
    (crashed / "roster-1.pdf").write_bytes(b"%PDF names")
    seed_reports(db)
    page = ReportsPage(AppContext(db=db, hub=Hub(), device=None))
    qtbot.addWidget(page)
    assert not crashed.exists()
    page.select("monthly", county="青田县", month=dt.date(2019, 3, 1))
    page.generate()
    qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=20000)
    first = page.preview.path
    assert first is not None and first.exists() and first.parent.parent == root
    page.generate()
    qtbot.waitUntil(lambda: page.generate_button.isEnabled() and page.preview.path != first, timeout=20000)
    second = page.preview.path
    assert second is not None and second.exists() and not first.exists()
    assert page.preview.save_to(db.path.parent / "另存.pdf")  # a copy the user saved stays
    page.release_previews()  # what QApplication.aboutToQuit triggers
    assert not second.exists() and not second.parent.exists()
    assert (db.path.parent / "另存.pdf").exists()
