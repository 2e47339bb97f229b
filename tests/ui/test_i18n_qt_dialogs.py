"""Qt's own dialogs (message boxes, file chooser, print dialog) speak Chinese in Chinese mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from lishui_desktop.app import install_translators
from lishui_desktop.paths import i18n_dir


def test_qtbase_chinese_catalog_is_available() -> None:
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (qt_dir / "qtbase_zh_CN.qm").exists() or (i18n_dir() / "qtbase_zh_CN.qm").exists()


def test_standard_buttons_and_file_dialog_in_chinese(qapp: QApplication) -> None:
    before = QLocale()
    translators = install_translators(qapp, "zh_CN")
    try:
        assert translators, "no translator was installed"
        box = QMessageBox(QMessageBox.Icon.Question, "t", "t",
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        texts = {box.button(b).text() for b in (QMessageBox.StandardButton.Ok,
                                                 QMessageBox.StandardButton.Cancel)}
        assert texts == {"确定", "取消"}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        assert "保存" in buttons.button(QDialogButtonBox.StandardButton.Save).text()
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        # the chooser's 类型 column: Qt 6 asks QAbstractFileIconProvider (with a disambiguation)
        assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms") == "文件夹"
        assert QCoreApplication.translate("QPrintDialog", "Print") != "Print"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"


def test_english_installs_no_translator(qapp: QApplication) -> None:
    before = QLocale()
    try:
        assert install_translators(qapp, "en") == []
        assert QLocale().language() == QLocale.Language.English
    finally:
        QLocale.setDefault(before)
