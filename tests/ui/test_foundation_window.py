"""The main window in Chinese: opens offscreen, navigates, settings, About, first start, lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from lishui_desktop import __version__
from lishui_desktop.db.database import Database
from lishui_desktop.db.lock import InstanceLock
from lishui_desktop.services.setup import device_info
from tests.foundation_support import forget_translations, use_translations

NAV = ["结对关系", "培训", "劳务协作", "挂职干部", "帮扶资金", "活动与会议", "人员", "同步", "报表", "设置"]


@pytest.fixture
def chinese(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = use_translations(monkeypatch, tmp_path_factory.getbasetemp() / "i18n")
    translator = QTranslator()
    assert translator.load(str(folder / "lishui_zh_CN.qm"))
    qapp.installTranslator(translator)
    yield folder
    qapp.removeTranslator(translator)
    forget_translations()


@pytest.fixture
def window(qtbot, db: Database, chinese: Path):  # type: ignore[no-untyped-def]
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.hub import Hub
    from lishui_desktop.ui.main_window import MainWindow

    win = MainWindow(AppContext(db=db, hub=Hub(), device=device_info(db)))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_window_is_in_chinese_and_navigates(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == "丽水市东西部扶贫协作台账"
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels[1:] == NAV
    assert "设备：测试-01" == window.device_label.text()
    assert window.path_label.text().startswith("数据库：")
    qtbot.waitUntil(lambda: window.counts_label.text().startswith("人员 "))  # counted in the background
    menus = [a.text() for a in window.menuBar().actions()]
    assert any("帮助" in m or "Help" in m for m in menus)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert window.stack.currentIndex() == row
        assert type(page).__name__ != "QWidget"  # the real page replaced its stand-in
    assert type(window.stack.currentWidget()).__name__ == "SettingsPage"


def test_settings_save_names_and_language(window, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    from lishui_desktop.services import settings_store

    page = window.show_page("settings")
    assert page.db_path_label.text() == str(db.path)
    assert page.role_label.text() == "对口支援办"  # role "office", translated by the Choices context
    page.user_name.setText("王珺")
    page.device_name.setText("平昌-02")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.message.text() == "已保存。")
    assert db.get_setting("user_name") == "王珺" and db.get_setting("device_name") == "平昌-02"
    con = sqlite3.connect(db.path)
    assert con.execute("SELECT name, user_name FROM devices").fetchall() == [("平昌-02", "王珺")]
    con.close()
    qtbot.waitUntil(lambda: window.device_label.text() == "设备：平昌-02")
    page.language.setCurrentIndex(page.language.findData("en"))
    assert settings_store.load()["language"] == "en"
    assert "重新启动" in page.language_note.text()


def test_about_shows_version_paths_and_font_licenses(qtbot, db: Database, chinese: Path) -> None:  # type: ignore[no-untyped-def]
    from lishui_desktop.ui.about import AboutDialog

    dialog = AboutDialog(db.path)
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == __version__
    assert dialog.db_label.text() == str(db.path)
    text = dialog.licenses.toPlainText()
    assert "== wqy-microhei ==" in text and "== hanazono ==" in text
    assert len(text) > 1000


def test_second_start_says_the_database_is_in_use(qapp, db_path: Path, capsys, chinese: Path) -> None:  # type: ignore[no-untyped-def]
    from lishui_desktop import app as app_module

    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        code = app_module.main(["--db", str(db_path), "--lang", "zh_CN", "--exit-after-start"])
    finally:
        lock.release()
        for translator in getattr(qapp, "_translators", []):
            qapp.removeTranslator(translator)
    assert code == 2
    assert "此数据库已在另一个程序窗口中打开" in capsys.readouterr().err
