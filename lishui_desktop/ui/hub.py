"""One app-wide signal hub: after a change, emit what changed; views decide whether to refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    """Signals every page may listen to."""

    # a table name ("persons", "placements", ...) or "*" when much changed (after an import)
    data_changed = Signal(str)
    # open a ledger page with a filter: page key, filter dict
    show_records = Signal(str, dict)
    status_message = Signal(str)
