"""Dashboard: how far each county is from its targets, for a year or a month, one click from the records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from lishui_desktop.db.database import Database
from lishui_desktop.domain.i18n import fill
from lishui_desktop.services import progress, targets
from lishui_desktop.ui import workers
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.dashboard_delegate import COLOURS, ProgressDelegate
from lishui_desktop.ui.dashboard_model import (
    TARGET_ROLE,
    CountyModel,
    DashboardData,
    MatrixModel,
    scope_label,
)
from lishui_desktop.ui.hub import Changes


def load_dashboard(db: Database, year: int, month: int | None, today: dt.date) -> DashboardData:
    """Everything the page shows for a year (and month); runs in a worker thread."""
    report = progress.compute_progress(db, year, month=month)
    if month is not None:
        track = month
    elif year == today.year:
        track = today.month
    else:
        track = 12 if year < today.year else 0
    return DashboardData(report, progress.scopes(db, year), targets.list_targets(db, year),
                         progress.target_measures(db), track)


class DashboardPage(QWidget):
    """Year and month selectors, the matrix (or one county's list), a legend, the targets editor."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = dt.date.today()
        self.data: DashboardData | None = None
        self._generation = 0
        self._dirty = False

        title = QLabel(self.tr("Progress against the targets"))
        title.setObjectName("pageTitle")
        self.year_box = QComboBox()
        self.month_box = QComboBox()
        self.view_box = QComboBox()
        self.edit_button = QPushButton(self.tr("Targets…"))
        self.edit_button.setToolTip(self.tr("Edit thresholds and years, add targets for a new year"))
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        for label, box in ((self.tr("Year"), self.year_box), (self.tr("Month"), self.month_box),
                           (self.tr("View"), self.view_box)):
            bar.addWidget(QLabel(label))
            bar.addWidget(box)
        bar.addWidget(self.edit_button)

        self.matrix_model = MatrixModel(self)
        self.county_model = CountyModel(self)
        self.matrix = self._table(self.matrix_model)
        self.county_table = self._table(self.county_model)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.matrix)
        self.stack.addWidget(self.county_table)
        self.summary = QLabel()
        self.legend = QLabel(self._legend())
        foot = QHBoxLayout()
        foot.addWidget(self.summary, 1)
        foot.addWidget(self.legend)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addLayout(foot)

        self._fill_years()
        self.month_box.addItem(self.tr("Whole year"), None)
        for m in range(1, 13):
            self.month_box.addItem(fill(self.tr("Month %1"), str(m)), m)
        self.view_box.addItem(self.tr("All counties"), None)
        self.year_box.currentIndexChanged.connect(self.refresh)
        self.month_box.currentIndexChanged.connect(self.refresh)
        self.view_box.currentIndexChanged.connect(self._show_view)
        self.edit_button.clicked.connect(self.open_targets)
        for view in (self.matrix, self.county_table):
            view.clicked.connect(self.open_records)
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # drill down by keyboard too
                enter = QShortcut(QKeySequence(key), view, context=Qt.ShortcutContext.WidgetShortcut)
                enter.activated.connect(lambda v=view: self.open_records(v.currentIndex()))
        self._debounce = QTimer(self, singleShot=True, interval=400)
        self._debounce.timeout.connect(self.refresh)
        ctx.hub.data_changed.connect(self._data_changed)
        self.refresh()

    def _table(self, model: Any) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setItemDelegate(ProgressDelegate(view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(30)
        view.setWordWrap(False)
        return view

    def _legend(self, month: bool = False) -> str:
        parts = [(COLOURS["met"][1].name(), self.tr("met")), (COLOURS["on_track"][1].name(), self.tr("on track for the month")),
                 (COLOURS["behind"][1].name(), self.tr("behind"))]
        if month:
            parts.insert(0, ("#1f5fa8", self.tr("+N added in the month")))
        return "  ".join(f'<span style="color:{c}">■</span> {t}' for c, t in parts)

    def _fill_years(self) -> None:
        rows = targets.list_targets(self.ctx.db)
        years = sorted({y for t in rows for y in range(t.year_from, t.year_to + 1)} | {self.today.year})
        current = self.year_box.currentData()
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in years:
            self.year_box.addItem(str(year), year)
        covered = [y for y in years if any(t.year_from <= y <= t.year_to for t in rows)]
        wanted = current if current in years else (self.today.year if self.today.year in covered
                                                    else (covered[-1] if covered else self.today.year))
        self.year_box.setCurrentIndex(years.index(wanted))
        self.year_box.blockSignals(False)

    # computing
    def refresh(self) -> None:
        """Recompute in a worker; a result older than the latest request is dropped."""
        self._generation += 1
        generation = self._generation
        year, month = int(self.year_box.currentData()), self.month_box.currentData()
        db, today = self.ctx.db, self.today

        def job() -> Generator[tuple[int, int, str], None, DashboardData]:
            yield 0, 1, ""
            return load_dashboard(db, year, month, today)

        workers.start(
            job,
            on_done=lambda data, g=generation: self._loaded(g, data),
            on_failed=lambda exc: self.summary.setText(workers.describe(exc)),
            owner=self,
        )
        self.summary.setText(self.tr("Counting…"))
        self.legend.setText(self._legend(month is not None))

    def _loaded(self, generation: int, data: DashboardData) -> None:
        if generation != self._generation or not isValid(self.matrix_model):
            return  # a newer request is running, or the page is being torn down
        self.data = data
        self.matrix_model.set_data(data)
        current = self.view_box.currentText()
        self.view_box.blockSignals(True)
        while self.view_box.count() > 1:
            self.view_box.removeItem(1)
        for scope in data.scopes:
            if any(name == scope.name for (_, name) in data.cells):
                self.view_box.addItem(scope_label(scope.name), scope.name)
        found = self.view_box.findText(current)
        self.view_box.setCurrentIndex(max(0, found))
        self.view_box.blockSignals(False)
        self._show_view()
        header = self.matrix.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumHeight(40)

    def _summarise(self) -> None:
        """Met of all targets: the county's own when one county is shown, else every scope's."""
        if self.data is None:
            return
        met, total = self.data.counts(self.view_box.currentData())
        if total == 0:
            self.summary.setText(fill(self.tr("No targets for %1. Add them with Targets…"), str(self.data.report.year)))
        else:
            self.summary.setText(fill(self.tr("%1 of %2 targets met"), str(met), str(total)))

    def _show_view(self) -> None:
        name = self.view_box.currentData()
        self._summarise()
        if name is None or self.data is None:
            self.stack.setCurrentWidget(self.matrix)
            return
        scope = next((s for s in self.data.scopes if s.name == name), None)
        self.county_model.set_data(self.data, scope)
        header = self.county_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CountyModel.COL_WORDING, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CountyModel.COL_PROGRESS, QHeaderView.ResizeMode.Interactive)
        self.county_table.setColumnWidth(CountyModel.COL_PROGRESS, 180)
        self.stack.setCurrentWidget(self.county_table)

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches("targets"):
            self._fill_years()
        if self.isVisible():
            self._debounce.start()
        else:
            self._dirty = True

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self.refresh()

    # actions
    def open_records(self, index: QModelIndex) -> None:
        """The records behind a figure, on the ledger page, filtered the same way."""
        found = index.data(TARGET_ROLE)
        if not found or self.data is None:
            return
        key, scope = found
        page, filters = progress.record_filters(key, scope, self.data.report.year, self.data.report)
        self.ctx.hub.show_records.emit(page, filters)

    def open_targets(self) -> None:
        from lishui_desktop.ui.dashboard_targets import TargetsDialog

        TargetsDialog(self.ctx, self).exec()
