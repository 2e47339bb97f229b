"""Cooperation and governance events: visits, meetings, hearings, enterprises, donations, sales."""

from __future__ import annotations

from lishui_desktop.ui.ledger.page import LedgerPage


class EventsPage(LedgerPage):
    KIND = "events"
    EXPORT_KIND = "events"
