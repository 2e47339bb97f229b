"""The main window: navigation on the left, the chosen page on the right, a status bar."""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from lishui_desktop.domain.choices import ROLES
from lishui_desktop.domain.choices import label as choice_label
from lishui_desktop.domain.i18n import fill
from lishui_desktop.ui import workers
from lishui_desktop.ui.drafts import DraftKeeper, ask_before_closing, offer_back
from lishui_desktop.ui.pages import PAGES

if TYPE_CHECKING:
    from lishui_desktop.services.setup import DeviceInfo
    from lishui_desktop.ui.context import AppContext

log = logging.getLogger("lishui.ui.window")
WARM_UP_AFTER_MS = 1500


def warm_up_imports() -> None:
    for _key, _label, spec in PAGES:
        importlib.import_module(f"lishui_desktop.ui.pages.{spec.split(':')[0]}")
    for name in ("lishui_desktop.ui.backup_dialog", "lishui_desktop.ui.report_preview",
                 "lishui_desktop.services.sync_service", "lishui_desktop.services.reports",
                 "lishui_desktop.services.ledgers.catalog", "lishui_desktop.services.ledgers.catalog_more"):
        importlib.import_module(name)


COUNTED = ("persons", "enrolments", "placements", "secondments", "pairings", "events")


class MainWindow(QMainWindow):
    """Navigation plus lazily created pages.

    Given no context, the window is its frame (navigation, menus, status bar, the database's
    location) until `attach` gives it the open database: the program shows it, paints it, and
    only then opens the database (app.py), which costs more than the window itself."""

    first_painted = Signal()
    waiting = Signal(str)  # a write waits for a colleague's work on a shared store: the sentence
    ctx: AppContext
    drafts: DraftKeeper

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None, location: str | None = None) -> None:
        super().__init__(parent)
        self.attached = False
        self._painted_once = False
        self.setWindowTitle(self.tr("Lishui East-West Cooperation Ledger"))
        self._fit_screen()
        self._pages: dict[str, QWidget] = {}
        self._index: dict[str, int] = {}

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        for position, (key, label, _spec) in enumerate(PAGES):
            item = QListWidgetItem(QCoreApplication.translate("MainWindow", label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self._index[key] = position
            self.stack.addWidget(QWidget())  # replaced on first visit

        self.device_label = QLabel()
        self.path_label = QLabel(fill(self.tr("Database: %1"), location) if location else "")
        self.counts_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.device_label)
        bar.addWidget(self.path_label, 1)
        bar.addPermanentWidget(self.counts_label)
        self._status_later = QTimer(self, singleShot=True, interval=300)
        self._status_later.timeout.connect(self.refresh_status)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.tr("Import from Excel…"), self.open_excel_import)
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        tools.addAction(self.tr("Backups…"), self.open_backups)
        tools.addAction(self.tr("Keys and enrolment…"), self.open_keys)
        tools.addAction(self.tr("Places…"), self.open_places)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("About…"), self.open_about)
        for number in range(1, min(len(PAGES), 9) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.nav.setCurrentRow(n - 1))
        self._closing = False
        self.nav.setCurrentRow(0)  # the first page, built once the database is there
        if ctx is None:
            self.menuBar().setEnabled(False)  # its dialogs need the database
        else:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """The open database: the status bar, the chosen page, drafts, the pages' imports later."""
        self.ctx = ctx
        self.attached = True
        bar = self.statusBar()
        ctx.hub.data_changed.connect(lambda _changes: self._status_later.start())
        ctx.hub.status_message.connect(lambda text: bar.showMessage(text, 5000))
        ctx.hub.show_records.connect(self.show_records)
        self.menuBar().setEnabled(True)
        self.refresh_status()
        self.nav.currentRowChanged.connect(self._show_row)
        self._show_row(self.nav.currentRow())
        self.drafts = DraftKeeper(ctx.db, lambda: dict(self._pages), self)
        QTimer.singleShot(WARM_UP_AFTER_MS, self._warm_up)
        if getattr(ctx.db, "on_server", False):
            self._say_waits(ctx)

    def _say_waits(self, ctx: AppContext) -> None:
        """On a store several office staff share: this person's name on their writes, and a
        write that waits for a colleague's import said in the status bar ("正在等待 王主任 的导入
        完成…") until the data changes, while the window goes on (the write is in a worker)."""
        from lishui_desktop.services import sync_service

        sync_service.work_as(ctx.device.user_name if ctx.device else None)
        self.waiting.connect(self._show_waiting, Qt.ConnectionType.QueuedConnection)
        hook = sync_service.when_waiting(self.waiting.emit)  # called in the waiting worker's thread
        self.destroyed.connect(lambda: sync_service.stop_waiting_notes(hook))
        ctx.hub.data_changed.connect(lambda _changes: self._waited())

    def _show_waiting(self, text: str) -> None:
        self._waiting_text = text
        self.statusBar().showMessage(text)

    def _waited(self) -> None:
        if self.statusBar().currentMessage() == getattr(self, "_waiting_text", None):
            self.statusBar().clearMessage()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._painted_once:
            self._painted_once = True
            self.first_painted.emit()

    def _warm_up(self) -> None:
        """Import the pages' code in the background once the window is up, so that a first
        visit only builds widgets (imports are most of a first visit's work)."""
        workers.start(warm_up_imports)

    def _fit_screen(self) -> None:
        """1280×760 where it fits; on a 1366×768 laptop, the screen's free area with the frame,
        so the status bar stays on screen."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 1280, 760
        if screen is not None:
            frame = 40  # title bar and borders a window manager adds
            width, height = min(width, screen.width() - 8), min(height, screen.height() - frame)
        self.resize(width, height)

    def page(self, key: str) -> QWidget:
        """The page for `key`, created on first use."""
        if key not in self._pages:
            position = self._index[key]
            module_name, class_name = PAGES[position][2].split(":")
            module = importlib.import_module(f"lishui_desktop.ui.pages.{module_name}")
            widget = getattr(module, class_name)(self.ctx, self.stack)
            old = self.stack.widget(position)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(position, widget)
            self._pages[key] = widget
        return self._pages[key]

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self._index[key])
        return self.page(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row][0]
        self.page(key)
        self.stack.setCurrentIndex(row)

    def show_records(self, key: str, filters: dict) -> None:
        """Open a ledger page filtered (dashboard drill-down)."""
        page = self.show_page(key)
        apply_filter = getattr(page, "apply_filter", None)
        if apply_filter is not None:
            apply_filter(filters)

    def open_excel_import(self) -> None:
        from lishui_desktop.ui.excel_dialogs import ImportWizard

        ImportWizard(self.ctx, self).exec()

    def open_about(self) -> None:
        from lishui_desktop.ui.about import AboutDialog

        AboutDialog(self.ctx.db.path, self).exec()

    def open_backups(self) -> None:
        from lishui_desktop.ui.backup_dialog import BackupDialog

        BackupDialog(self.ctx, self).exec()

    def open_places(self) -> None:
        from lishui_desktop.ui.place_dialogs import PlacesDialog

        PlacesDialog(self.ctx, self).exec()

    def open_keys(self) -> None:
        from lishui_desktop.ui.keys_dialog import KeysDialog

        KeysDialog(self.ctx, self).exec()

    def refresh_status(self) -> None:
        self._show_device(self.ctx.device)
        self.path_label.setText(fill(self.tr("Database: %1"), self.ctx.db.location))  # a file, or a server URL
        db = self.ctx.db
        from lishui_desktop.services.setup import device_info, record_counts

        workers.start(lambda: (device_info(db), record_counts(db)), on_done=self._show_counts,
                      owner=self.counts_label)

    def _show_device(self, device: DeviceInfo | None) -> None:
        self.device_label.setText(fill(self.tr("Device: %1"), device.name if device else "-"))
        self.device_label.setToolTip(choice_label(ROLES, device.role) if device else "")

    def _show_counts(self, found: tuple[DeviceInfo | None, dict[str, int]]) -> None:
        device, counts = found
        if device != self.ctx.device:  # e.g. the office's bundle brought a new role or name
            self.ctx.device = device
            self._show_device(device)
            self.ctx.hub.device_changed.emit()
        self.counts_label.setText(fill(
            self.tr("People %1 · Trainees %2 · Placements %3 · Cadres %4"),
            counts.get("persons", 0), counts.get("enrolments", 0), counts.get("placements", 0),
            counts.get("secondments", 0),
        ))

    # never lose typing
    def page_titles(self) -> dict[str, str]:
        return {key: QCoreApplication.translate("MainWindow", label) for key, label, _spec in PAGES}

    def offer_drafts(self) -> None:
        """At start: bring back typing kept from last time (after a crash too), if the user wants."""
        from lishui_desktop.services import drafts as drafts_service

        kept = drafts_service.kept(self.ctx.db)
        kept = {key: draft for key, draft in kept.items() if key in self._index}
        if kept and offer_back(self, kept, self.page_titles()):
            for key, draft in kept.items():
                page = self.show_page(key)
                restore = getattr(page, "restore_draft", None)
                if restore is not None:
                    restore(draft)
        elif kept:
            self.drafts.forget_all()
        self.drafts.start()

    def unsaved(self) -> dict[str, dict[str, Any]]:
        return self.drafts.current()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.attached:  # closed while its database was still opening: nothing typed yet
            event.accept()
            return
        from lishui_desktop.services import drafts as drafts_service

        unsaved = self.unsaved()
        if unsaved and not self._closing:
            answer = ask_before_closing(self, unsaved, self.page_titles())
            if answer == "cancel" or (answer == "save" and not self._save_all(unsaved)):
                event.ignore()
                return
        self._closing = True
        self.drafts.timer.stop()
        workers.wait_for_writes()
        try:
            drafts_service.drop_all(self.ctx.db)  # saved, thrown away, or nothing: no draft is left
        except Exception as exc:  # noqa: BLE001 - the database is held elsewhere: the draft stays
            log.warning("drafts not cleared: %s", type(exc).__name__)
        event.accept()

    def _save_all(self, unsaved: dict[str, dict[str, Any]]) -> bool:
        """Save every page's unsaved typing; False (the window stays) if anything was refused."""
        for key, draft in unsaved.items():
            page = self._pages[key]
            if "values" in draft:
                self.show_page(key)
                if page.save_and_wait() is None:
                    return False
            for part in getattr(page, "parts", []):
                if getattr(part, "has_typing", lambda: False)():
                    self.show_page(key)
                    page.tabs.setCurrentWidget(part)
                    part.save()
                    workers.wait_for_writes()
                    QCoreApplication.processEvents()  # the save's handlers: a refused row comes back
                    if part.has_typing():
                        return False
        return True
