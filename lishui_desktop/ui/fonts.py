"""Registering the bundled CJK fonts with Qt, so Chinese renders on machines without them."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from lishui_desktop.paths import fonts_dir

MAIN_FONT_FILE = "wqy-microhei.ttc"
FALLBACK_FONT_FILE = "HanaMinA.ttf"


def register_fonts(app: QApplication) -> list[str]:
    """Load the bundled fonts; make the CJK one the application font. Returns the families."""
    families: list[str] = []
    for name in (MAIN_FONT_FILE, FALLBACK_FONT_FILE):
        path = fonts_dir() / name
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if families:
        font = QFont(app.font())
        font.setFamilies(families + [app.font().family()])
        app.setFont(font)
    return families
