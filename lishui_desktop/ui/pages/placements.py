"""Labor placements with their follow-ups at 3 and 6 months."""

from __future__ import annotations

from lishui_desktop.ui.ledger.page import LedgerPage


class PlacementsPage(LedgerPage):
    KIND = "placements"
    EXPORT_KIND = "placements"
