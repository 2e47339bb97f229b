"""The main window: navigation on the left, the chosen page on the right, a status bar."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from lishui_desktop.services.setup import record_counts
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.pages import PAGES

COUNTED = ("persons", "enrolments", "placements", "secondments", "pairings", "events")


class MainWindow(QMainWindow):
    """Navigation plus lazily created pages."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Lishui East-West Cooperation Ledger"))
        self.resize(1280, 760)
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
        self.nav.currentRowChanged.connect(self._show_row)

        self.device_label = QLabel()
        self.path_label = QLabel()
        self.counts_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.device_label)
        bar.addWidget(self.path_label, 1)
        bar.addPermanentWidget(self.counts_label)
        ctx.hub.data_changed.connect(lambda _table: self.refresh_status())
        ctx.hub.status_message.connect(lambda text: bar.showMessage(text, 5000))
        ctx.hub.show_records.connect(self.show_records)
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
        self.refresh_status()
        self.nav.setCurrentRow(0)

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
        device = self.ctx.device
        name = device.name if device else "-"
        self.device_label.setText(self.tr("Device: %1").replace("%1", name))
        self.path_label.setText(self.tr("Database: %1").replace("%1", str(self.ctx.db.path)))
        counts = record_counts(self.ctx.db)
        self.counts_label.setText(
            self.tr("People %1 · Trainees %2 · Placements %3 · Cadres %4")
            .replace("%1", str(counts.get("persons", 0)))
            .replace("%2", str(counts.get("enrolments", 0)))
            .replace("%3", str(counts.get("placements", 0)))
            .replace("%4", str(counts.get("secondments", 0)))
        )
