"""The targets editor: the office changes thresholds and years and adds targets for new years."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import fill
from lishui_desktop.services import progress, targets
from lishui_desktop.ui import workers
from lishui_desktop.ui.context import AppContext

COL_TARGET, COL_SCOPE, COL_FROM, COL_TO, COL_THRESHOLD, COL_UNIT, COL_RULE, COL_WORDING = range(8)
EDITABLE = {COL_FROM: "year_from", COL_TO: "year_to", COL_THRESHOLD: "threshold"}


def scope_label(scope: str) -> str:
    return QCoreApplication.translate("Targets", targets.SCOPES.get(scope, scope))


class TargetsDialog(QDialog):
    """A table of every target row; years and thresholds are edited in place."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Targets"))
        self.resize(1100, 600)
        self.rows: list[targets.TargetInfo] = []
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("Target"), self.tr("Scope"), self.tr("From"), self.tr("To"), self.tr("Threshold"),
            self.tr("Unit"), self.tr("Counting rule"), self.tr("Seed wording")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_year_button = QPushButton()
        self.new_button = QPushButton(self.tr("New target…"))
        self.end_button = QPushButton(self.tr("End after year…"))
        buttons = QHBoxLayout()
        for b in (self.add_year_button, self.new_button, self.end_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Double-click a year or a threshold to change it. A new year gets its own "
                                         "rows, so earlier years keep their targets.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_year_button.clicked.connect(self.add_next_year)
        self.new_button.clicked.connect(self.new_target)
        self.end_button.clicked.connect(self.end_selected)
        self.table.itemChanged.connect(self._edited)
        self.reload()

    def next_year(self) -> int:
        return max((t.year_to for t in self.rows), default=2017) + 1

    def reload(self) -> None:
        self.rows = targets.list_targets(self.ctx.db)
        measures = progress.target_measures(self.ctx.db)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, t in enumerate(self.rows):
            values = [progress.target_label(t.key, measures), scope_label(t.scope), t.year_from, t.year_to,
                      t.threshold, progress.unit_label(t.unit), t.rule_text(), t.wording or ""]
            for c, value in enumerate(values):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                if c not in EDITABLE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c == COL_TARGET:
                    item.setToolTip(t.key)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)
        self.add_year_button.setText(fill(self.tr("Add targets for %1"), str(self.next_year())))

    def _changed(self) -> None:
        self.ctx.hub.changed("targets")
        self.reload()

    def _run(self, action: Callable[[], object]) -> bool:
        """Write in the background; the dialog stays responsive and waits for the result."""
        job = workers.start(action, writes=True)
        try:
            job.wait()
        except BaseException as exc:  # one clear message; the table shows what is stored
            workers.report_failure(self, self.tr("Targets"), exc)
            self.reload()
            return False
        self._changed()
        return True

    def _edited(self, item: QTableWidgetItem) -> None:
        name = EDITABLE.get(item.column())
        if name is None:
            return
        row = self.rows[item.row()]
        try:
            value = int(str(item.data(Qt.ItemDataRole.DisplayRole)).strip())
        except ValueError:
            QMessageBox.warning(self, self.tr("Targets"), self.tr("Please enter a whole number."))
            self.reload()
            return
        self._run(lambda: targets.change_target(self.ctx.db, row.id, **{name: value}))

    def add_next_year(self) -> None:
        year = self.next_year()
        self._run(lambda: targets.add_year(self.ctx.db, year))

    def end_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Targets"), self.tr("Select a target first."))
            return
        row = self.rows[rows[0].row()]
        year, ok = QInputDialog.getInt(self, self.tr("End target"), self.tr("Last year the target applies to:"),
                                       row.year_to, 1900, 9999)
        if ok:
            self._run(lambda: targets.end_target(self.ctx.db, row.id, year))

    def new_target(self) -> None:
        dialog = NewTargetDialog(self.ctx, self.next_year(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:  # saved: a refusal keeps the dialog open
            self._changed()


class NewTargetDialog(QDialog):
    """A new target row: which target (or a new target id with its name, unit and counting
    rule), scope, years, threshold."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New target"))
        measures = progress.target_measures(ctx.db)
        rows = targets.list_targets(ctx.db)
        self.rules = {t.key: t.rule_text() for t in reversed(rows)}
        self.units = {t.key: t.unit for t in reversed(rows)}
        self.key = QComboBox()
        self.key.setEditable(True)  # a new target id, e.g. industry.consumer_sales
        for key in [*progress.TARGET_ORDER, *sorted(set(self.rules) - set(progress.TARGET_ORDER))]:
            self.key.addItem(progress.target_label(key, measures), key)
        self.measure = QLineEdit()
        self.measure.setPlaceholderText(self.tr("Name of a new target, e.g. 消费扶贫销售额"))
        self.unit = QComboBox()
        for code in progress.UNITS:
            self.unit.addItem(progress.unit_label(code), code)
        self.rule = QLineEdit()
        self.rule.setPlaceholderText("sum events.amount kind=sale")
        self.rule.setToolTip(self.tr("count LEDGER [FIELD=VALUE ...] [in_force] [distinct=person] or "
                                     "sum LEDGER.MONEY_FIELD [FIELD=VALUE ...]; see lishui targets rules"))
        self.scope = QComboBox()
        for scope in targets.SCOPES:
            self.scope.addItem(scope_label(scope), scope)
        self.year_from, self.year_to = QSpinBox(), QSpinBox()
        for box in (self.year_from, self.year_to):
            box.setRange(1900, 9999)
            box.setValue(year)
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 2_000_000_000)
        form = QFormLayout(self)
        form.addRow(self.tr("Target"), self.key)
        form.addRow(self.tr("Name"), self.measure)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Counting rule"), self.rule)
        form.addRow(self.tr("Scope"), self.scope)
        form.addRow(self.tr("From"), self.year_from)
        form.addRow(self.tr("To"), self.year_to)
        form.addRow(self.tr("Threshold"), self.threshold)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save_and_close)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self.key.currentIndexChanged.connect(self._known)
        self._known()

    def key_code(self) -> str:
        """The chosen target id, or the one typed."""
        index = self.key.currentIndex()
        typed = self.key.currentText().strip()
        return str(self.key.itemData(index)) if index >= 0 and typed == self.key.itemText(index) else typed

    def _known(self) -> None:
        """A known target id shows its rule and unit."""
        key = self.key_code()
        self.rule.setText(self.rules.get(key, ""))
        self.unit.setCurrentIndex(max(self.unit.findData(self.units.get(key, "item")), 0))

    def save_and_close(self) -> None:
        """OK: saved and closed, or the refusal in one message with what was typed kept (an
        unknown counting rule is corrected in place, not typed again)."""
        try:
            self.save()
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.text())
            return
        self.accept()

    def save(self) -> None:
        key = self.key_code()
        known = key in self.rules
        rule = self.rule.text().strip()
        targets.add_target(self.ctx.db, key, self.scope.currentData(), self.year_from.value(), self.year_to.value(),
                           self.threshold.value(), self.unit.currentData(), self.measure.text() or None, None,
                           rule if rule and (not known or rule != self.rules[key]) else None)
