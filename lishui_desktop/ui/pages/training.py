"""Training sessions and their rosters of trainees."""

from __future__ import annotations

from lishui_desktop.ui.ledger.page import LedgerPage


class TrainingPage(LedgerPage):
    KIND = "sessions"
    EXPORT_KIND = "trainees"
