"""A ledger as a Qt table model over SQL: a page at a time, sorted and filtered by the query."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from lishui_desktop.db.database import Database
from lishui_desktop.services.ledgers import Filters, count, fetch_page, spec_for
from lishui_desktop.services.ledgers.query import PAGE_SIZE
from lishui_desktop.services.ledgers.spec import INT, MONEY
from lishui_desktop.ui.ledger.text import display, lt

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
NO_PARENT = "-"  # a part of no record yet (a new session's roster): nothing to ask the database


class LedgerTableModel(QAbstractTableModel):
    """Rows of one ledger kind; `fetchMore` loads the next page when the view scrolls near the end."""

    def __init__(self, db: Database, kind: str, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.spec = spec_for(kind)
        self.columns = list(self.spec.columns)
        self.page_size = page_size
        self.filters = Filters()
        self.sort_key: str | None = None
        self.descending = False
        self.revealed: set[str] = set()
        self._rows: list[tuple[Any, ...]] = []
        self._more = False
        self.pages_fetched = 0

    # queries
    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self.reload()

    def set_parent_id(self, parent_id: str | None) -> None:
        self.set_filters(replace(self.filters, parent_id=parent_id or NO_PARENT))

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = [] if self.filters.parent_id == NO_PARENT else self._page(0)
        self._more = len(self._rows) == self.page_size
        self.pages_fetched = 1
        self.endResetModel()

    def _page(self, offset: int) -> list[tuple[Any, ...]]:
        return fetch_page(self.db, self.spec.kind, self.filters, self.sort_key, self.descending, offset, self.page_size)

    def total(self) -> int:
        return 0 if self.filters.parent_id == NO_PARENT else count(self.db, self.spec.kind, self.filters)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or not self._more:
            return
        rows = self._page(len(self._rows))
        self._more = len(rows) == self.page_size
        self.pages_fetched += 1
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):
            self.sort_key = self.columns[column].key
            self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()  # (also the first load: enabling sorting on the view asks for it)

    # rows
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def record_id(self, row: int) -> str | None:
        return str(self._rows[row][0]) if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row[0] == record_id:
                return number
        return -1

    def value(self, row: int, key: str) -> Any:
        for position, column in enumerate(self.columns):
            if column.key == key:
                return self._rows[row][position + 1]
        raise KeyError(key)

    def reveal(self, record_id: str) -> None:
        self.revealed.add(record_id)
        row = self.row_of(record_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return lt(self.columns[section].label)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        value = row[index.column() + 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # the tooltip: the full text of a cut cell
            return display(column, value, row[0] in self.revealed)
        if role == ID_ROLE:
            return row[0]
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in (MONEY, INT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
