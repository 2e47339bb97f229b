"""Cadre secondments and professional talents."""

from __future__ import annotations

from lishui_desktop.ui.ledger.page import LedgerPage


class CadresPage(LedgerPage):
    KIND = "cadres"
    EXPORT_KIND = "cadres"
