"""Sync page: import (preview first), export, the review queue, known devices, bundle history.

Everything it shows is read in a worker, only while the page is visible: saving a record
elsewhere never waits for the sync overview (the held op ranges scan the whole change log).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from lishui_desktop.db.database import Database
from lishui_desktop.domain.choices import ROLES, label
from lishui_desktop.domain.i18n import fill
from lishui_desktop.ui import workers
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.hub import Changes
from lishui_desktop.ui.sync_review import ReviewPanel
from lishui_desktop.ui.sync_transfer import (
    ExportPanel,
    ImportPanel,
    fill_table,
    new_table,
    status_text,
)

# what the page shows depends on these (a ledger save only adds ops: the held ranges)
SYNC_TABLES = ("sync", "sync_change_log", "sync_conflict", "sync_bundle_log", "devices", "persons")


@dataclass
class SyncOverview:
    """What the sync page shows, read in one go off the UI thread."""

    warning: str | None
    items: list[dict[str, Any]]
    names: dict[str, str]
    devices: list[Any]  # sync_service.DeviceOverview
    history: list[dict[str, Any]]


def load_overview(db: Database) -> SyncOverview:
    from lishui_desktop.services import sync_service

    return SyncOverview(
        sync_service.clock_warning(db), sync_service.review_items(db), sync_service.device_names(db),
        sync_service.devices_overview(db), sync_service.bundle_history(db),
    )


def _spans(spans: list[tuple[int, int]]) -> str:
    return ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in spans)


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.overview: SyncOverview | None = None
        self._dirty = True
        self._generation = 0
        layout = QVBoxLayout(self)
        self.warning = QLabel("")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a33;")
        self.warning.hide()
        layout.addWidget(self.warning)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.importer = ImportPanel(ctx)
        self.exporter = ExportPanel(ctx)
        self.review = ReviewPanel(ctx)
        self.devices = new_table()
        self.history = new_table()
        self.tabs.addTab(self.importer, self.tr("Import"))
        self.tabs.addTab(self.exporter, self.tr("Export"))
        self.tabs.addTab(self.review, self.tr("To decide"))
        self.tabs.addTab(self.devices, self.tr("Devices"))
        self.tabs.addTab(self.history, self.tr("Bundle history"))
        self._later = QTimer(self, singleShot=True, interval=300)
        self._later.timeout.connect(self.refresh)
        ctx.hub.data_changed.connect(self._changed)
        self.review.acted.connect(self.refresh)
        QTimer.singleShot(0, self, self._refresh_if_shown)

    def _changed(self, changes: Changes) -> None:
        if not changes.touches(*SYNC_TABLES):
            return
        self._dirty = True
        if self.isVisible():
            self._later.start()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._refresh_if_shown()

    def _refresh_if_shown(self) -> None:
        if self._dirty and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the overview in a worker; a result older than the latest request is dropped."""
        self._dirty = False
        self._generation += 1
        generation, db = self._generation, self.ctx.db
        workers.start(lambda: load_overview(db), on_done=lambda o: self._show(generation, o), owner=self)

    def _show(self, generation: int, overview: SyncOverview) -> None:
        if generation != self._generation or not isValid(self.review):
            return
        self.overview = overview
        self.warning.setText(overview.warning or "")
        self.warning.setVisible(bool(overview.warning))
        self.review.show_items(overview.items, overview.names)
        self.exporter.set_devices(overview.devices)
        count = len(overview.items)
        self.tabs.setTabText(2, fill(self.tr("To decide (%1)"), count) if count else self.tr("To decide"))
        rows = []
        for d in overview.devices:
            name = d.name + (" " + self.tr("(this computer)") if d.is_me else "")
            rows.append([name, label(ROLES, d.role), _spans(d.held) or "—", _spans(d.gaps) or "—",
                         d.last_in_at or "", d.last_out_at or ""])
        fill_table(self.devices, [self.tr("Device"), self.tr("Role"), self.tr("Changes held"),
                                  self.tr("Missing (a bundle never arrived)"), self.tr("Last bundle received"),
                                  self.tr("Last bundle sent")], rows)
        names = overview.names
        history = [
            [h["at"], self.tr("in") if h["direction"] == "in" else self.tr("out"), status_text(h["status"]),
             h["file_name"] or "", names.get(h["source_device"] or "", (h["source_device"] or "")[:8]),
             h["ops_total"], h["ops_new"], h["reason"] or ""]
            for h in overview.history
        ]
        fill_table(self.history, [self.tr("When"), self.tr("Direction"), self.tr("Status"), self.tr("File"),
                                  self.tr("From"), self.tr("Changes"), self.tr("New"), self.tr("Reason")], history)
