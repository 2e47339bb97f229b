"""Funds per Sichuan county and year, with the projects they fund."""

from __future__ import annotations

from lishui_desktop.ui.ledger.page import LedgerPage


class FundsPage(LedgerPage):
    KIND = "funds"
    EXPORT_KIND = "funds"
