"""Pairings at every level, both sides, period and status, with each pairing's activity
timeline; "Renew…" starts a new period of the selected pairing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.ledger.page import LedgerPage


class PairingsPage(LedgerPage):
    KIND = "pairings"
    EXPORT_KIND = "pairings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.renew_button = QPushButton(self.tr("Renew…"), self)
        self.renew_button.setAutoDefault(False)
        self.renew_button.setToolTip(self.tr("A new period of the selected pairing (the current one ends the day before)"))
        self.renew_button.clicked.connect(self.renew)
        bar = self.new_button.parentWidget().layout().itemAt(0).layout()
        bar.insertWidget(bar.indexOf(self.export_button), self.renew_button)

    def renew(self) -> None:
        from lishui_desktop.ui.place_dialogs import RenewPairingDialog

        if self.record_id is None:
            QMessageBox.information(self, self.tr("Renew"), self.tr("Select a pairing first."))
            return
        if RenewPairingDialog(self.ctx, self.record_id, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()
