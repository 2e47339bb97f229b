#!/usr/bin/env python3
"""Screenshots of every page, and a list of interface texts left in the other language.

    .venv/bin/python packaging/screens.py --db FILE [--lang zh_CN|en] [--out DIR] [--pages a,b]

Opens the main window at 1366x768 (offscreen unless QT_QPA_PLATFORM says otherwise, e.g. under
xvfb-run), shows each page in turn, lets its background work finish, saves `DIR/<page>.png`,
then walks the widgets for interface chrome (labels, buttons, group boxes, tabs, table headers,
placeholders, combo items, menus, window title) and prints texts that look untranslated: Latin
words in Chinese mode, Chinese characters in English mode. Data values (table cells, field
contents) are not chrome and are not checked. Exit 1 if something was found.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QTabWidget,
    QWidget,
)

CJK = re.compile(r"[\u3400-\u9fff]")
# words that are fine in Chinese mode: names of formats, units and the program's own commands
ALLOWED = {"PDF", "Excel", "ID", "CSV", "JSON", "SQLite", "USB", "lishui", "OK", "HLC", "UTF",
           "xlsx", "pdf", "lsbundle", "sqlite3", "A4", "Ctrl", "Shift", "Alt", "Tab", "Esc",
           "Del", "Enter", "PgUp", "PgDn", "Home", "End", "Ins", "Backspace", "English", "xls",
           "ods", "csv", "xlsb", "PostgreSQL", "postgresql", "URL"}
SNAKE_CASE = re.compile(r"(?<![\w.])[a-z]+(?:_[a-z0-9]+)+(?![\w.])")  # a code, never a word
PATH = re.compile(r"^([A-Za-z]:[\\/]|/|~)\S*$")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def chrome_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) of everything that is interface rather than data."""
    found: list[tuple[str, str]] = [("window", root.window().windowTitle())]
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel) and not w.text().startswith("<img"):
            found.append(("QLabel", re.sub(r"<[^>]+>", " ", w.text())))
        elif isinstance(w, QAbstractButton):
            found.append((type(w).__name__, w.text()))
        elif isinstance(w, QGroupBox):
            found.append(("QGroupBox", w.title()))
        elif isinstance(w, QLineEdit) and w.placeholderText():
            found.append(("placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox) and not w.isEditable():
            found += [("QComboBox", w.itemText(i)) for i in range(min(w.count(), 40))]
        if isinstance(w, QTabWidget):
            found += [("tab", w.tabText(i)) for i in range(w.count())]
            for i in range(w.count()):  # the tabs behind the current one are checked too
                if i != w.currentIndex():
                    found += chrome_texts(w.widget(i))
        if isinstance(w, QAbstractItemView) and not isinstance(w, QListView) and w.model() is not None:
            model = w.model()
            found += [("header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(model.columnCount())]
        if w.toolTip():
            found.append(("tooltip", w.toolTip()))
    return [(k, t) for k, t in found if t and t.strip()]


def menu_texts(window: QWidget) -> list[tuple[str, str]]:
    found = [("window", window.windowTitle())]
    for menu in window.findChildren(QMenu):
        found += [("menu", menu.title())] + [("menu", a.text()) for a in menu.actions() if a.text()]
    return found


def place_names() -> set[str]:
    """Names of places are data, shown as stored in either language."""
    import json

    data = json.loads((ROOT / "resources" / "reference" / "places.json").read_text(encoding="utf-8"))
    return {p[k] for p in data["places"] for k in ("name", "full_name") if p.get(k)}


PLACES = place_names()


def raw_codes() -> set[str]:
    """Codes the program stores (table names, roles, choice codes): shown as they are, they
    leak in either language."""
    from lishui_desktop.domain import choices

    codes = {code for name, table in vars(choices).items()
             if name.isupper() and isinstance(table, dict) and name != "ALIASES" for code in table}
    return {code for code in codes if len(code) > 2}


RAW_CODES = raw_codes()


def suspicious(text: str, lang: str) -> bool:
    parts = re.split(r"\n| — | - |/", text)
    if PATH.match(text.strip()) or all(part.strip() in PLACES for part in parts):
        return False
    if text.strip() in ("简体中文", "中文"):  # a language is named in its own language
        return False
    text = re.sub(r"(?<![\w.])(/|[A-Za-z]:[\\/])\S+", " ", text)  # paths inside a sentence
    if text.strip() in RAW_CODES or SNAKE_CASE.search(text):
        return True
    if lang == "en":
        lines = text.strip().split("\n")
        if len(lines) > 1 and not CJK.search(lines[0]):  # a sentence, then the records it names
            return any(CJK.search(line) and LATIN_WORD.search(line) for line in lines)
        return bool(CJK.search(text))
    words = [w for w in LATIN_WORD.findall(text) if w not in ALLOWED]
    return bool(words)


def settle(page: QWidget, timeout: float = 30.0) -> None:
    """A page's own background work done: the reports page's first sheet laid out."""
    preview = getattr(page, "preview", None)
    end = time.monotonic() + timeout
    while preview is not None and getattr(preview, "path", 1) is None and time.monotonic() < end:
        pump(0.2)
    pump(0.3)


def picture(window: QWidget, real_screen: bool):  # type: ignore[no-untyped-def]
    """The whole screen as the user sees it (the window manager's frame, the status bar at the
    bottom) under a real display; the window itself offscreen."""
    screen = QApplication.primaryScreen()
    return screen.grabWindow(0) if real_screen and screen is not None else window.grab()


DIALOGS = ("open_about", "open_backups", "open_excel_import", "open_places")


def audit_dialog(name: str, opener: object, out: Path, lang: str, wait: float) -> int:
    """Open a modal dialog, picture and audit it from inside its event loop, then close it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    found: list[tuple[str, str]] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        dialog.grab().save(str(out / f"{name.removeprefix('open_')}.png"))
        found.extend(sorted({(k, t) for k, t in chrome_texts(dialog) if suspicious(t, lang)}))
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    QTimer.singleShot(int(wait * 1000), inspect)
    opener()  # type: ignore[operator]
    print(f"[screens] dialog {name}: {len(found)} suspicious")
    for kind, text in found:
        print(f"    {kind}: {text[:140]!r}")
    return len(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--out", type=Path, default=Path("screens"))
    parser.add_argument("--pages", help="comma-separated page keys (default: all)")
    parser.add_argument("--wait", type=float, default=2.0, help="seconds to let a page load")
    args = parser.parse_args()

    from lishui_desktop.app import install_translators
    from lishui_desktop.domain.i18n import set_language
    from lishui_desktop.services.setup import device_info, open_initialised
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.fonts import register_fonts
    from lishui_desktop.ui.hub import Hub
    from lishui_desktop.ui.main_window import MainWindow
    from lishui_desktop.ui.pages import PAGES

    set_language(args.lang)
    app = QApplication([sys.argv[0]])
    translators = install_translators(app, args.lang)  # noqa: F841 - kept alive
    register_fonts(app)
    db = open_initialised(Path(args.db))
    window = MainWindow(AppContext(db=db, hub=Hub(), device=device_info(db)))
    real_screen = QApplication.platformName() == "xcb"  # under xvfb-run and a window manager
    if not real_screen:
        window.resize(1366, 768)  # offscreen: no frame, the window is the screen
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    keys = args.pages.split(",") if args.pages else [key for key, _label, _spec in PAGES]
    problems = 0
    for key in keys:
        page = window.show_page(key)
        pump(args.wait)
        settle(page)
        picture(window, real_screen).save(str(args.out / f"{key}.png"))
        if key == "training":  # the roster beside its session, as it is typed in
            page.view.selectRow(0)
            page.open_part(0)
            pump(args.wait)
            picture(window, real_screen).save(str(args.out / "training-roster.png"))
        bad = sorted({(k, t) for k, t in chrome_texts(page) if suspicious(t, args.lang)})
        problems += len(bad)
        print(f"[screens] {key}: {len(bad)} suspicious")
        for kind, text in bad:
            print(f"    {kind}: {text[:140]!r}")
    nav = sorted({(k, t) for k, t in chrome_texts(window.nav) + menu_texts(window)
                  if suspicious(t, args.lang)})
    for kind, text in nav:
        print(f"    window/menu {kind}: {text[:140]!r}")
    problems += len(nav)
    for name in DIALOGS:
        opener = getattr(window, name, None)
        if opener is not None:
            problems += audit_dialog(name, opener, args.out, args.lang, args.wait)
    from lishui_desktop.ui.first_start import FirstStartDialog

    problems += audit_dialog("open_first_start", lambda: FirstStartDialog(window).exec(), args.out, args.lang, args.wait)
    window.close()
    pump(0.5)
    db.close()
    print(f"[screens] {problems} suspicious texts; pictures in {args.out}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
