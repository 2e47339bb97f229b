"""Pairings at every level, both sides and status, with each pairing's activity timeline."""

from __future__ import annotations

from lishui_desktop.ui.ledger.page import LedgerPage


class PairingsPage(LedgerPage):
    KIND = "pairings"
    EXPORT_KIND = "pairings"
