"""The window on an office store on PostgreSQL (the real test server): the first-start dialog's
choice of a server, the password asked when libpq has none (remembered only when ticked, in a
0600 pgpass file), 设置 showing where the store lives and switching at the next start, and the
real main window on a store with the demo data: ledgers and dashboard."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import psycopg
import pytest

from lishui_desktop.cli import main as lishui
from lishui_desktop.services import server_login
from lishui_desktop.services.first_start import FirstStart
from lishui_desktop.services.setup import device_info
from lishui_desktop.ui.first_start import FirstStartDialog
from tests.ui.test_foundation_window import chinese  # noqa: F401 - the fixture

pytestmark = pytest.mark.usefixtures("chinese")
FIELD_REFUSED = "外业笔记本使用自己的数据库文件"  # the command line's own sentence (init --role field)


def test_first_start_offers_a_server_for_the_office_only(qtbot, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.user_name.setText("王主任")
    assert not dialog.server_url.isEnabled()
    dialog.on_server.setChecked(True)
    assert dialog.server_url.isEnabled()
    dialog.alone.setChecked(True)  # a lone laptop is a field laptop: refused, as on the command line
    dialog.server_url.setText(pg_url)
    dialog.save()
    assert FIELD_REFUSED in dialog.error.text() and dialog.result_choice is None
    dialog.office.setChecked(True)
    dialog.server_url.setText(pg_url.replace("lishui@", "lishui:secret@"))
    dialog.save()
    assert "不能写密码" in dialog.error.text() and dialog.result_choice is None
    dialog.server_url.setText("not a url")
    dialog.save()
    assert "PostgreSQL" in dialog.error.text() and dialog.result_choice is None
    dialog.server_url.setText(pg_url)
    dialog.save()
    choice = dialog.result_choice
    assert choice is not None and (choice.way, choice.role, choice.server_url) == ("office", "office", pg_url)


def test_password_asked_and_remembered_only_when_ticked(
    qtbot, pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from lishui_desktop.ui import server_store

    name = pg_server.create_database()
    pgpass = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    asked: list[str] = []
    answers = iter([("wrong", False), ("gui-pa55-word", True)])

    def ask(url: str, refused: str) -> tuple[str, bool] | None:
        asked.append(refused)
        return next(answers)

    monkeypatch.setattr(server_store, "ask_password", ask)
    # the password goes into this process's environment: through monkeypatch, so it is gone after
    monkeypatch.setattr(server_login, "use_password", lambda password: monkeypatch.setenv("PGPASSWORD", password))
    with pg_server.password_role("gui_clerk", "gui-pa55-word", name) as url:
        choice = FirstStart(way="office", user_name="王主任", device_name="市办公室", server_url=url)
        db = server_store.open_server_store(url, choice, quiet=False)
        assert db is not None
        try:
            info = device_info(db)
            assert info is not None and (info.name, info.role, info.user_name) == ("市办公室", "office", "王主任")
        finally:
            db.close()
        assert len(asked) == 2 and asked[0] == "" and "password" in asked[1]  # the server's refusal shown
        assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
        assert pgpass.read_text().strip() == f"{pg_server.socket_dir}:*:{name}:gui_clerk:gui-pa55-word"
        # the next start: libpq finds it in the file; nobody is asked
        monkeypatch.delenv("PGPASSWORD")
        db = server_store.open_server_store(url, None, quiet=False)
        assert db is not None and len(asked) == 2
        db.close()
        # cancelled: nothing opened
        pgpass.unlink()
        monkeypatch.setattr(server_store, "ask_password", lambda url, refused: None)
        assert server_store.open_server_store(url, None, quiet=False) is None
    log_text = "".join(p.read_text(errors="replace") for p in Path(tmp_path.parent).rglob("*.log") if p.is_file())
    assert "gui-pa55-word" not in log_text


@pytest.fixture
def pg_office(pg_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert lishui(["--db", pg_url, "init", "--role", "office", "--device-name", "市办公室", "--user-name", "王主任"]) == 0
    assert lishui(["--db", pg_url, "demo", "--scale", "0.05", "--seed", "5"]) == 0
    capsys.readouterr()
    return pg_url


def test_main_window_on_postgresql_shows_ledgers_and_dashboard(qtbot, pg_office: str) -> None:  # type: ignore[no-untyped-def]
    from lishui_desktop.services.setup import open_database
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.hub import Hub
    from lishui_desktop.ui.main_window import MainWindow

    db = open_database(pg_office)
    try:
        win = MainWindow(AppContext(db=db, hub=Hub(), device=device_info(db)))
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        assert win.path_label.text() == f"数据库：{pg_office}"
        qtbot.waitUntil(lambda: win.counts_label.text().startswith("人员 "), timeout=10000)
        with psycopg.connect(pg_office) as conn:
            persons = conn.execute("SELECT count(*) FROM persons WHERE NOT deleted").fetchone()
        assert persons is not None and persons[0] > 100
        for key in ("persons", "placements", "training", "pairings", "cadres", "funds", "events"):
            page = win.show_page(key)
            qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0, timeout=10000)  # type: ignore[attr-defined]
        people = win.show_page("persons")
        assert people.model.rowCount() == min(persons[0], people.model.rowCount())  # type: ignore[attr-defined]
        dashboard = win.show_page("dashboard")
        dashboard.year_box.setCurrentIndex(dashboard.year_box.findData(2019))  # type: ignore[attr-defined]
        dashboard.refresh()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: dashboard.data is not None and dashboard.data.report.year == 2019,  # type: ignore[attr-defined]
                        timeout=15000)
        model = dashboard.matrix_model  # type: ignore[attr-defined]
        assert model.rowCount() > 10 and "/" in " ".join(str(model.index(r, 1).data()) for r in range(model.rowCount()))
        settings = win.show_page("settings")
        assert settings.db_path_label.text() == pg_office  # type: ignore[attr-defined]
        win.close()
    finally:
        db.close()


def test_settings_switch_to_a_server_at_next_start(qtbot, db, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    """设置 on an office file: a server URL is kept in the preferences file (never the database)
    for the next start; a password in it is refused; a field laptop is refused."""
    from lishui_desktop.services.setup import DeviceInfo
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.hub import Hub
    from lishui_desktop.ui.pages.settings import SettingsPage

    page = SettingsPage(AppContext(db=db, hub=Hub(), device=device_info(db)))
    qtbot.addWidget(page)
    assert page.db_path_label.text() == str(db.path)
    page.next_store.setText(pg_url.replace("lishui@", "lishui:pw@"))
    page.save_store()
    assert "不能写密码" in page.store_message.text() and server_login.chosen_store() is None
    page.next_store.setText(pg_url)
    page.save_store()
    assert "下次启动" in page.store_message.text()
    assert server_login.chosen_store() == pg_url
    assert "database" not in db.settings() and pg_url not in json.dumps(db.settings())
    page.next_store.setText("")
    page.save_store()
    assert server_login.chosen_store() is None

    field = SettingsPage(AppContext(db=db, hub=Hub(), device=DeviceInfo("x", "平昌-01", "field", "王芳")))
    qtbot.addWidget(field)
    field.next_store.setText(pg_url)
    field.save_store()
    assert FIELD_REFUSED in field.store_message.text() and server_login.chosen_store() is None


def test_backups_dialog_on_postgresql(qtbot, pg_office: str, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """工具 → 备份 on a server store: a verified dump made and restored from the window."""
    from PySide6.QtWidgets import QMessageBox

    from lishui_desktop.services.setup import open_database
    from lishui_desktop.ui.backup_dialog import BackupDialog
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.hub import Hub

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    db = open_database(pg_office)
    try:
        dialog = BackupDialog(AppContext(db=db, hub=Hub(), device=device_info(db)))
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 0
        dialog.create_button.click()
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=30000)
        with psycopg.connect(pg_office) as conn:
            before = conn.execute("SELECT count(*) FROM events").fetchone()
            conn.execute("UPDATE events SET deleted = true")
        changed: list[str] = []
        dialog.ctx.hub.data_changed.connect(lambda c: changed.append(str(c)))
        dialog.table.selectRow(0)
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: changed == ["*"], timeout=30000)
        with psycopg.connect(pg_office) as conn:
            assert conn.execute("SELECT count(*) FROM events WHERE NOT deleted").fetchone() == before
        assert dialog.table.rowCount() == 2  # the pre-restore dump is listed
    finally:
        db.close()


# The whole program in its own process (a real first start leaves a QApplication's state behind):
# the dialog answers as a person would, and the program quits once the window has its store.
FIRST_START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from lishui_desktop.services.first_start import FirstStart
from lishui_desktop.ui import first_start, main_window

choice = FirstStart(way="office", user_name="王主任", device_name="市办公室", server_url=sys.argv[1])
first_start.ask_first_start = lambda parent=None: choice
attach = main_window.MainWindow.attach

def attach_then_quit(self, ctx):
    attach(self, ctx)
    print("attached:", self.path_label.text(), file=sys.stderr)
    QTimer.singleShot(0, QApplication.instance().quit)

main_window.MainWindow.attach = attach_then_quit
main_window.MainWindow.offer_drafts = lambda self: None
from lishui_desktop.app import main
sys.exit(main(["--lang", "zh_CN"]))
"""


def test_first_start_choosing_a_server_opens_the_window_there(pg_url: str, tmp_path: Path) -> None:
    """The program's first start (no database file yet): the dialog's choice of a server is
    kept as the window's store, the store there is set up as chosen, the window attaches to
    it, and no database file is made."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, LISHUI_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env.pop("LISHUI_DB", None)
    run = subprocess.run([sys.executable, "-c", FIRST_START, pg_url], env=env, cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert f"attached: 数据库：{pg_url}" in run.stderr
    assert json.loads((tmp_path / "preferences.json").read_text(encoding="utf-8"))["database"] == pg_url
    assert not list(tmp_path.glob("*.sqlite3"))
    with psycopg.connect(pg_url) as conn:
        settings = dict(conn.execute("SELECT key, value FROM local_settings").fetchall())
    assert (settings["device_name"], settings["role"], settings["user_name"]) == ("市办公室", "office", "王主任")


def test_a_write_waiting_for_a_colleagues_import_says_so(qtbot, pg_office: str) -> None:  # type: ignore[no-untyped-def]
    """王主任's import holds the shared store; 李会计 saves a record in the window: the window
    goes on, its status bar says whose import it waits for, and the save lands once it ends."""
    import threading

    from lishui_desktop.db import store_lock
    from lishui_desktop.services.ledgers import save_record
    from lishui_desktop.services.setup import open_database
    from lishui_desktop.ui import workers
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.hub import Hub
    from lishui_desktop.ui.main_window import MainWindow

    db = open_database(pg_office)
    held, release = threading.Event(), threading.Event()

    def colleagues_import() -> None:  # another office computer, its own connection
        with psycopg.connect(pg_office, autocommit=False) as conn:
            conn.execute("SELECT set_config('application_name', %s, true)", (store_lock.tag("王主任", "import"),))
            conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", store_lock.KEYS)
            held.set()
            release.wait(30)

    other = threading.Thread(target=colleagues_import)
    other.start()
    try:
        assert held.wait(30)
        win = MainWindow(AppContext(db=db, hub=Hub(), device=device_info(db)))
        qtbot.addWidget(win)
        win.show()
        saved: list[str] = []
        workers.start(lambda: save_record(db, "events", {"kind": "leader_visit", "date": "2019-05-01", "title": "考察"}),
                      writes=True, on_done=saved.append, owner=win)
        qtbot.waitUntil(lambda: "王主任" in win.statusBar().currentMessage(), timeout=15000)
        assert win.statusBar().currentMessage() == "正在等待 王主任 的导入完成…"
        assert not saved  # still waiting, and the window answers meanwhile
        release.set()
        qtbot.waitUntil(lambda: bool(saved), timeout=15000)
        win.close()
    finally:
        release.set()
        other.join()
        store_lock.set_person(None)
        db.close()
