"""The navigation: one page per entry, created on first visit.

Each page module defines one QWidget class taking (ctx: AppContext, parent=None); a page may
define `apply_filter(filters: dict)` to be opened on a filtered view (dashboard drill-down).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# key, label (translated in MainWindow's context), "module:Class"
PAGES: list[tuple[str, str, str]] = [
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), "dashboard:DashboardPage"),
    ("pairings", QT_TRANSLATE_NOOP("MainWindow", "Pairings"), "pairings:PairingsPage"),
    ("training", QT_TRANSLATE_NOOP("MainWindow", "Training"), "training:TrainingPage"),
    ("placements", QT_TRANSLATE_NOOP("MainWindow", "Labor placements"), "placements:PlacementsPage"),
    ("cadres", QT_TRANSLATE_NOOP("MainWindow", "Cadres"), "cadres:CadresPage"),
    ("funds", QT_TRANSLATE_NOOP("MainWindow", "Funds"), "funds:FundsPage"),
    ("events", QT_TRANSLATE_NOOP("MainWindow", "Events"), "events:EventsPage"),
    ("persons", QT_TRANSLATE_NOOP("MainWindow", "People"), "persons:PersonsPage"),
    ("sync", QT_TRANSLATE_NOOP("MainWindow", "Sync"), "sync:SyncPage"),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), "reports:ReportsPage"),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), "settings:SettingsPage"),
]
