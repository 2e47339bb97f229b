"""The interface font: the system's Chinese UI font where there is one (Microsoft YaHei on
Windows, PingFang on macOS, Noto/Source Han on Linux), the bundled fonts behind it for what it
lacks and on machines without one. PDFs always use the bundled fonts (reports/fonts.py)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from lishui_desktop.paths import fonts_dir

MAIN_FONT_FILE = "wqy-microhei.ttc"
FALLBACK_FONT_FILE = "HanaMinA.ttf"

# In order of preference; the first one installed leads. "Microsoft YaHei UI" is YaHei with the
# metrics Windows uses for its own menus and dialogs.
SYSTEM_CHINESE_UI_FONTS = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
)


def system_chinese_font(installed: Iterable[str]) -> str | None:
    """The preferred Chinese UI font among the `installed` families, if any."""
    have = {name.casefold(): name for name in installed}
    for name in SYSTEM_CHINESE_UI_FONTS:
        if name.casefold() in have:
            return have[name.casefold()]
    return None


def interface_families(system: str | None, bundled: list[str], default: str) -> list[str]:
    """The family list of the application font: the system's Chinese UI font first, then the
    bundled fonts (characters it lacks, or machines without it), then Qt's default."""
    families = ([system] if system else []) + [f for f in bundled if f != system]
    return list(dict.fromkeys(families + [default]))


def register_fonts(app: QApplication, installed: Iterable[str] | None = None) -> list[str]:
    """Load the bundled fonts and set the application font; returns its family list.
    `installed` stands for the system's font families (tests simulate other systems)."""
    bundled: list[str] = []
    for name in (MAIN_FONT_FILE, FALLBACK_FONT_FILE):
        path = fonts_dir() / name
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            bundled.extend(QFontDatabase.applicationFontFamilies(font_id))
    system = system_chinese_font(QFontDatabase.families() if installed is None else installed)
    families = interface_families(system, bundled, app.font().family())
    if system or bundled:
        font = QFont(app.font())
        font.setFamilies(families)
        app.setFont(font)
    return families
