"""People, one record across every ledger, with everything each appears in; the recycle bin is on every page."""

from __future__ import annotations

from lishui_desktop.ui.ledger.page import LedgerPage


class PersonsPage(LedgerPage):
    KIND = "persons"
    EXPORT_KIND = "persons"
