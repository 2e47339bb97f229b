"""No interface text in the other language, and no raw code, on every page and dialog that
packaging/screens.py opens (all tabs included), in Chinese and in English; and Qt's own dialogs
(file chooser, message box buttons, input, progress and print dialogs) in Chinese."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from lishui_desktop.app import install_translators
from lishui_desktop.cli import main
from tests.i18n_support import packaging_module

ROOT = Path(__file__).resolve().parents[2]


def screens() -> ModuleType:
    return packaging_module("screens.py", "lishui_screens")


def test_the_leak_check_catches_leaks() -> None:
    """The check itself can fail: English or a code in Chinese mode, Chinese or a code in
    English mode; names of places and paths are data, not leaks."""
    suspicious = screens().suspicious
    for text in ("persons", "Look in:", "&Look in:", "3 months", "角色 office"):
        assert suspicious(text, "zh_CN"), text
    for text in ("人员", "enrolments", "training_sessions", "field", "wealth_leader", "Import 人员"):
        assert suspicious(text, "en"), text
    for text in ("人员", "导出 Excel", "/tmp/a.db", "青田县"):
        assert not suspicious(text, "zh_CN"), text
    for text in ("People", "Field cadre", "青田县", "2 records look alike:\n元山镇猕猴桃产业园\n元山镇猕猴桃产业园"):
        assert not suspicious(text, "en"), text


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_page_and_dialog_speaks_one_language(lang: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.db"
    assert main(["--db", str(db), "init", "--role", "office", "--device-name", "市办-01",
                 "--user-name", "王芳"]) == 0
    assert main(["--db", str(db), "demo", "--scale", "0.02"]) == 0
    capsys.readouterr()
    run = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "screens.py"), "--db", str(db), "--lang", lang,
         "--out", str(tmp_path / "pictures"), "--wait", "0.3"],
        capture_output=True, text=True, encoding="utf-8", timeout=900,
    )
    report = "\n".join(line for line in run.stdout.splitlines() if "0 suspicious" not in line)
    assert run.returncode == 0, report + run.stderr[-2000:]
    assert "[screens] 0 suspicious texts" in run.stdout
    assert len(list((tmp_path / "pictures").glob("*.png"))) >= 10  # it did open the pages


def test_qt_own_dialogs_in_chinese(qapp: QApplication, tmp_path: Path) -> None:
    tool = screens()
    before = QLocale()
    translators = install_translators(qapp, "zh_CN")
    dialogs = []
    try:
        chooser = QFileDialog(None, "保存", str(tmp_path), "PDF 文件 (*.pdf)")
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setViewMode(QFileDialog.ViewMode.Detail)
        buttons = (QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Ok
                   | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Retry
                   | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard)
        box = QMessageBox(QMessageBox.Icon.Question, "提问", "保存吗？", buttons)
        asking = QInputDialog()
        asking.setComboBoxItems(["挂职干部", "工作组组长"])
        progress = QProgressDialog("正在导出…", "取消", 0, 0)
        progress.setWindowTitle("导出")
        printer = QPrinter()
        printing = QPrintDialog(printer)
        dialogs = [chooser, box, asking, progress, printing]
        for dialog in dialogs:
            dialog.show()
        qapp.processEvents()
        texts = {text for dialog in dialogs for _kind, text in tool.chrome_texts(dialog)}
        assert {"查找范围(&L)：", "文件类型(&T)：", "确定", "取消"} <= texts
        leaks = sorted(text for text in texts if tool.suspicious(text, "zh_CN"))
        assert leaks == []
        assert "lishui-desktop" not in {dialog.windowTitle() for dialog in dialogs}
    finally:
        for dialog in dialogs:
            dialog.close()
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
