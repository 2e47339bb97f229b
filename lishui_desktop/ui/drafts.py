"""Never lose typing: unsaved editor contents are kept as drafts while they are typed, offered
back at the next start (even after a crash), and closing the window asks about them first."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from lishui_desktop.domain.i18n import fill
from lishui_desktop.ui import workers

if TYPE_CHECKING:
    from lishui_desktop.db.database import Database

log = logging.getLogger("lishui.ui.drafts")
KEEP_EVERY_MS = 1500


class DraftKeeper(QObject):
    """Looks at the open pages every moment and stores what they hold unsaved (off the UI thread)."""

    def __init__(self, db: Database, pages: Callable[[], dict[str, QWidget]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.pages = pages
        self.stored: dict[str, str] = {}  # key -> the JSON last stored
        self.timer = QTimer(self)
        self.timer.setInterval(KEEP_EVERY_MS)
        self.timer.timeout.connect(self.keep_now)

    def start(self) -> None:
        self.timer.start()

    def current(self) -> dict[str, dict[str, Any]]:
        """What each open page holds unsaved."""
        out: dict[str, dict[str, Any]] = {}
        for key, page in self.pages().items():
            draft = getattr(page, "draft", lambda: None)()
            if draft:
                out[key] = draft
        return out

    def keep_now(self) -> None:
        current = {key: json.dumps(d, ensure_ascii=False, sort_keys=True, default=str) for key, d in self.current().items()}
        changes = {k: v for k, v in current.items() if self.stored.get(k) != v}
        gone = [k for k in self.stored if k not in current]
        if not changes and not gone:
            return
        self.stored = current
        db = self.db
        from lishui_desktop.services import drafts  # loaded with the database

        def write() -> None:
            for key, text in changes.items():
                drafts.keep(db, key, json.loads(text))
            for key in gone:
                drafts.keep(db, key, None)

        workers.start(write, writes=True, on_failed=lambda exc: log.warning("draft not kept: %s", type(exc).__name__))

    def forget_all(self) -> None:
        self.stored = {}
        db = self.db
        from lishui_desktop.services import drafts

        workers.start(lambda: drafts.drop_all(db), writes=True)


def describe(drafts_by_page: dict[str, dict[str, Any]], page_titles: dict[str, str]) -> str:
    """Which pages hold what, in a line each (names only: never an ID or phone)."""
    lines = []
    for key, draft in drafts_by_page.items():
        names = [str(v.get("person.name") or v.get("name") or v.get("title") or "")
                 for part in (draft.get("parts") or {}).values() for v in part.get("rows", [])]
        values = draft.get("values") or {}
        label = str(values.get("title") or values.get("name") or values.get("person.name") or "")
        items = [x for x in [label, *names] if x]
        lines.append("· " + page_titles.get(key, key) + (": " + "、".join(items) if items else ""))
    return "\n".join(lines)


def offer_back(parent: QWidget, kept: dict[str, dict[str, Any]], page_titles: dict[str, str]) -> bool:
    """Ask whether to bring back what was kept from last time; True for yes."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Drafts", "Unsaved typing from last time"),
                      fill(QCoreApplication.translate("Drafts", "Typing that was not saved last time was kept:\n%1\nBring it back?"),
                           describe(kept, page_titles)), parent=parent)
    back = box.addButton(QCoreApplication.translate("Drafts", "Bring it back"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Drafts", "Throw it away"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(back)
    box.exec()
    return box.clickedButton() is back


def ask_before_closing(parent: QWidget, unsaved: dict[str, dict[str, Any]], page_titles: dict[str, str]) -> str:
    """'save', 'discard' or 'cancel' for typing not saved when the window is closed."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Drafts", "Unsaved changes"),
                      fill(QCoreApplication.translate("Drafts", "Some typing is not saved:\n%1\nSave it before closing?"), describe(unsaved, page_titles)),
                      buttons.Save | buttons.Discard | buttons.Cancel, parent)
    box.setDefaultButton(buttons.Save)
    answer = box.exec()
    return {buttons.Save: "save", buttons.Discard: "discard"}.get(buttons(answer), "cancel")
