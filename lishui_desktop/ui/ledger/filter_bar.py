"""Search box and filters (county, year, category, status) above a ledger table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from lishui_desktop.db.database import Database
from lishui_desktop.domain.i18n import fill
from lishui_desktop.services.ledgers import Filters, spec_for
from lishui_desktop.services.ledgers.query import places
from lishui_desktop.ui.ledger.text import choice_label

FIRST_YEAR = 2018


class FilterBar(QWidget):
    """Emits `changed` (debounced while typing) with the Filters the widgets describe."""

    changed = Signal()

    def __init__(self, db: Database, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec_for(kind)
        self.poor: bool | None = None
        self.records: tuple[str, ...] | None = None  # a dashboard figure's records, until changed
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        if self.spec.person or kind == "persons":
            self.search.setPlaceholderText(self.tr("Search: name, ID tail, employer, village… (Ctrl+F)"))
        else:
            self.search.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search, 3)
        self.county = self._combo(self.tr("All counties"), places(db))
        self.county.setVisible(bool(self.spec.counties))
        years = [(y, str(y)) for y in range(dt.date.today().year + 1, FIRST_YEAR - 1, -1)]
        self.year = self._combo(self.tr("All years"), years)
        self.year.setVisible(self.spec.year is not None)
        self.category = self._choice_combo(self.spec.category)
        self.status = self._choice_combo(self.spec.status)
        for combo in (self.county, self.year, self.category, self.status):
            layout.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self._emit_now)
        self.note = QLabel(self)
        self.note.setObjectName("filterNote")
        layout.addWidget(self.note)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self._emit_now)

    def _combo(self, everything: str, options: list[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, None)
        for value, text in options:
            combo.addItem(text, value)
        return combo

    def _choice_combo(self, choice: Any) -> QComboBox:
        if choice is None:
            combo = QComboBox(self)
            combo.hide()
            return combo
        from lishui_desktop.ui.ledger.text import lt

        everything = fill(self.tr("All: %1"), lt(choice.label))
        return self._combo(everything, [(c, choice_label(choice.choices, c)) for c in choice.choices])

    def _emit_now(self) -> None:
        self._timer.stop()
        self.records = None  # the user filters anew: no longer one figure's records
        self.changed.emit()

    def filters(self) -> Filters:
        return Filters(
            search=self.search.text().strip(),
            county=self.county.currentData(),
            year=self.year.currentData(),
            category=self.category.currentData(),
            status=self.status.currentData(),
            poor=self.poor,
            records=self.records,
        )

    def _typed(self, _text: str) -> None:
        self.records = None
        self._timer.start()

    def set_filters(self, filters: Filters) -> None:
        """Show `filters` in the widgets without emitting one signal per widget."""
        self.blockSignals(True)
        try:
            self.search.setText(filters.search)
            for combo, value in (
                (self.county, filters.county),
                (self.year, filters.year),
                (self.category, filters.category),
                (self.status, filters.status),
            ):
                position = combo.findData(value) if value is not None else 0
                combo.setCurrentIndex(max(position, 0))
            self.poor = filters.poor
            self.records = filters.records
        finally:
            self.blockSignals(False)
        self._timer.stop()
