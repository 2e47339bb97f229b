"""About: version, where the data lives, and the licenses of the bundled fonts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop import __version__
from lishui_desktop.paths import data_dir, fonts_dir


def font_licenses(folder: Path | None = None) -> list[tuple[str, str]]:
    """(font name, license text) for every resources/fonts/LICENSE-*.txt."""
    folder = folder or fonts_dir()
    found = []
    for path in sorted(folder.glob("LICENSE-*.txt")):
        found.append((path.stem.removeprefix("LICENSE-"), path.read_text(encoding="utf-8", errors="replace")))
    return found


class AboutDialog(QDialog):
    """Version, data directory, database path and the font licenses."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Lishui East-West Cooperation Ledger"))
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        form = QFormLayout()
        self.version_label = QLabel(__version__)
        self.data_label = QLabel(str(data_dir()))
        self.db_label = QLabel(str(db_path))
        for label in (self.data_label, self.db_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Version"), self.version_label)
        form.addRow(self.tr("Data directory"), self.data_label)
        form.addRow(self.tr("Database file"), self.db_label)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Bundled fonts and their licenses")))
        self.licenses = QPlainTextEdit(self)
        self.licenses.setReadOnly(True)
        parts = []
        for name, text in font_licenses():
            parts.append(f"== {name} ==\n{text.strip()}\n")
        self.licenses.setPlainText("\n".join(parts) or self.tr("No bundled fonts were found."))
        layout.addWidget(self.licenses, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
