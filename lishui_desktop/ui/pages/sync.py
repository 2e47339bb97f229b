"""Sync page: import (preview first), export, the review queue, known devices, bundle history."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from lishui_desktop.domain.choices import ROLES, label
from lishui_desktop.services import sync_service
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.sync_review import ReviewPanel
from lishui_desktop.ui.sync_transfer import ExportPanel, ImportPanel, fill_table, new_table


def _spans(spans: list[tuple[int, int]]) -> str:
    return ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in spans)


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.warning = QLabel("")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a33;")
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
        ctx.hub.data_changed.connect(self._changed)
        self.refresh()

    def _changed(self, table: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        warning = sync_service.clock_warning(self.ctx.db)
        self.warning.setText(warning or "")
        self.warning.setVisible(bool(warning))
        self.review.refresh()
        self.exporter.refresh()
        count = len(self.review.items)
        self.tabs.setTabText(2, self.tr("To decide (%1)").replace("%1", str(count)) if count else self.tr("To decide"))
        rows = []
        for d in sync_service.devices_overview(self.ctx.db):
            name = d.name + (" " + self.tr("(this computer)") if d.is_me else "")
            rows.append([name, label(ROLES, d.role), _spans(d.held) or "—", _spans(d.gaps) or "—",
                         d.last_in_at or "", d.last_out_at or ""])
        fill_table(self.devices, [self.tr("Device"), self.tr("Role"), self.tr("Changes held"),
                                  self.tr("Missing (a bundle never arrived)"), self.tr("Last bundle received"),
                                  self.tr("Last bundle sent")], rows)
        names = sync_service.device_names(self.ctx.db)
        history = [
            [h["at"], self.tr("in") if h["direction"] == "in" else self.tr("out"), h["status"],
             h["file_name"] or "", names.get(h["source_device"] or "", (h["source_device"] or "")[:8]),
             h["ops_total"], h["ops_new"], h["reason"] or ""]
            for h in sync_service.bundle_history(self.ctx.db)
        ]
        fill_table(self.history, [self.tr("When"), self.tr("Direction"), self.tr("Status"), self.tr("File"),
                                  self.tr("From"), self.tr("Changes"), self.tr("New"), self.tr("Reason")], history)
