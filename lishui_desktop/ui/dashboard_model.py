"""Table models of the dashboard: the counties × targets matrix and one county's list of targets."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from lishui_desktop.domain.i18n import fill
from lishui_desktop.services.progress import (
    ProgressReport,
    ProgressRow,
    Scope,
    standing,
    target_label,
    unit_label,
)
from lishui_desktop.services.targets import TargetInfo

CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # a Cell for the bar delegate
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2  # (target id, Scope) behind a figure
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Cell:
    """One figure: its row of progress and how it stands (met, on_track, behind)."""

    row: ProgressRow
    status: str
    ratio: float


def cell_of(row: ProgressRow, year: int, track_month: int) -> Cell:
    status = standing(row, year, track_month)
    ratio = 1.0 if row.threshold <= 0 else min(1.0, row.actual / row.threshold)
    return Cell(row, status, ratio)


def figure(value: int | None, unit: str) -> str:
    """A number as the dashboard shows it (money in 10,000 yuan)."""
    if value is None:
        return ""
    if unit == "yuan":
        return f"{value / 10000:,.0f}"
    return f"{value:,}"


def unit_text(unit: str) -> str:
    if unit == "yuan":
        return QCoreApplication.translate("DashboardModel", "10,000 yuan")
    return unit_label(unit)


def cell_text(cell: Cell, month: int | None) -> str:
    row = cell.row
    text = f"{figure(row.actual, row.unit)} / {figure(row.threshold, row.unit)}"
    if month is not None and row.month_actual:
        text = f"+{figure(row.month_actual, row.unit)}  " + text
    return text


class DashboardData:
    """What one computation gives the page: the report, its scopes, the target rows and labels."""

    def __init__(self, report: ProgressReport, scopes: list[Scope], targets: list[TargetInfo],
                 measures: dict[str, str], track_month: int) -> None:
        self.report = report
        self.scopes = scopes
        self.measures = measures
        self.track_month = track_month
        self.keys: list[str] = []
        for r in report.rows:
            if r.target not in self.keys:
                self.keys.append(r.target)
        self.cells = {(r.target, r.county): cell_of(r, report.year, track_month) for r in report.rows}
        self.wording = {(t.key, t.scope): t.wording or "" for t in targets}

    def label(self, key: str) -> str:
        unit = next((c.row.unit for (k, _), c in self.cells.items() if k == key), "")
        return f"{target_label(key, self.measures)} ({unit_text(unit)})"

    def counts(self, scope: str | None = None) -> tuple[int, int]:
        """(met, all) targets, of one scope (county name) or of every scope."""
        cells = [c for (_key, name), c in self.cells.items() if scope is None or name == scope]
        return sum(c.status == "met" for c in cells), len(cells)


class MatrixModel(QAbstractTableModel):
    """Rows: targets; columns: the target's name, then each county, 市本级 and 全市."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.data_: DashboardData | None = None

    def set_data(self, data: DashboardData | None) -> None:
        self.beginResetModel()
        self.data_ = data
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.data_ is None else len(self.data_.keys)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.data_ is None else 1 + len(self.data_.scopes)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal or self.data_ is None:
            return None
        if section == 0:
            return self.tr("Target")
        scope = self.data_.scopes[section - 1]
        return scope_label(scope.name) + ("\n" + scope.partner if scope.partner else "")

    def cell(self, index: AnyIndex) -> Cell | None:
        if self.data_ is None or index.column() == 0:
            return None
        scope = self.data_.scopes[index.column() - 1]
        return self.data_.cells.get((self.data_.keys[index.row()], scope.name))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.data_ is None:
            return None
        key = self.data_.keys[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.data_.label(key)
            if role == Qt.ItemDataRole.ToolTipRole:
                return key
            return None
        cell = self.cell(index)
        scope = self.data_.scopes[index.column() - 1]
        if role == TARGET_ROLE:
            return (key, scope) if cell is not None else None
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell, self.data_.report.month)
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self, cell, self.data_)
        return None


def tooltip(model: QAbstractTableModel, cell: Cell, data: DashboardData) -> str:
    row = cell.row
    kind = "total" if row.county == "全市" else "city" if row.county == "市本级" else "county"
    lines = [f"{row.county}{' → ' + row.partner if row.partner else ''}: {target_label(row.target, data.measures)}",
             data.wording.get((row.target, kind), "")]
    lines.append(fill(QCoreApplication.translate("DashboardModel", "Year to date %1 of %2; missing %3"), figure(row.actual, row.unit), figure(row.threshold, row.unit), figure(max(0, row.threshold - row.actual), row.unit)))
    if row.month_actual is not None:
        lines.append(fill(QCoreApplication.translate("DashboardModel", "Added this month: %1"), figure(row.month_actual, row.unit)))
    lines.append(QCoreApplication.translate("DashboardModel", "Click to open the records behind this figure."))
    return "\n".join(line for line in lines if line)


class CountyModel(QAbstractTableModel):
    """One scope's targets: name, year to date with its bar, this month, missing, seed wording."""

    COL_TARGET, COL_PROGRESS, COL_MONTH, COL_MISSING, COL_WORDING = range(5)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.data_: DashboardData | None = None
        self.scope: Scope | None = None
        self.rows: list[Cell] = []

    def set_data(self, data: DashboardData | None, scope: Scope | None) -> None:
        self.beginResetModel()
        self.data_, self.scope = data, scope
        self.rows = []
        if data is not None and scope is not None:
            self.rows = [data.cells[(k, scope.name)] for k in data.keys if (k, scope.name) in data.cells]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("Target"), self.tr("Year to date / target"), self.tr("This month"), self.tr("Missing"),
                self.tr("Seed wording")][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.data_ is None or self.scope is None:
            return None
        cell = self.rows[index.row()]
        row, col = cell.row, index.column()
        if role == TARGET_ROLE:
            return (row.target, self.scope)
        if role == CELL_ROLE and col == self.COL_PROGRESS:  # the month has its own column here
            return replace(cell, row=replace(row, month_actual=None))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self, cell, self.data_)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        kind = "total" if row.county == "全市" else "city" if row.county == "市本级" else "county"
        return [
            self.data_.label(row.target),
            cell_text(cell, None),
            figure(row.month_actual, row.unit) if self.data_.report.month else "",
            figure(max(0, row.threshold - row.actual), row.unit),
            self.data_.wording.get((row.target, kind), ""),
        ][col]


def scope_label(name: str) -> str:
    """A scope's name for display: the program total (全市 in data and JSON) is translated."""
    if name == "全市":
        return QCoreApplication.translate("Dashboard", "Whole city")
    return name
