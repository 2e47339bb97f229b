"""Places and pairing periods in the GUI: the places list (add, rename, merge, retire), the
add-place dialog the county boxes open, and renewing a pairing for a new period."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.db.database import Database
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import fill
from lishui_desktop.domain.place_names import former_text
from lishui_desktop.services import pairing_periods, places
from lishui_desktop.ui.context import AppContext
from lishui_desktop.ui.hub import Hub


def _label(table: dict[str, str], code: str) -> str:
    return QCoreApplication.translate("Places", table.get(code, code))


def _run(parent: QWidget, title: str, action: Callable[[], object]) -> object | None:
    """Run a service call; a refusal is shown in one message and changes nothing."""
    try:
        return action()
    except UserError as exc:
        QMessageBox.warning(parent, title, exc.text())
        return None


class AddPlaceDialog(QDialog):
    """A new place: name, level, side, GB/T 2260 code, the place it belongs to, full name."""

    def __init__(self, db: Database, name: str = "", side: str = "", level: str = "county",
                 parent: QWidget | None = None, hub: Hub | None = None) -> None:
        super().__init__(parent)
        self.db, self.hub = db, hub
        self.place_id: str | None = None
        self.setWindowTitle(self.tr("Add a place"))
        self.name = QLineEdit(name)
        self.level = QComboBox()
        for code in places.LEVELS:
            self.level.addItem(_label(places.LEVELS, code), code)
        self.level.setCurrentIndex(max(self.level.findData(level), 0))
        self.side = QComboBox()
        for code in places.SIDES:
            self.side.addItem(_label(places.SIDES, code), code)
        self.side.setCurrentIndex(max(self.side.findData(side or "sichuan"), 0))
        self.code = QLineEdit()
        self.code.setPlaceholderText("510821")
        self.parent_place = QComboBox()
        self.parent_place.setEditable(True)
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("e.g. 四川省广元市旺苍县"))
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Side"), self.side)
        form.addRow(self.tr("GB/T 2260 code"), self.code)
        form.addRow(self.tr("Belongs to"), self.parent_place)
        form.addRow(self.tr("Full name"), self.full_name)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self.side.currentIndexChanged.connect(self._parents)
        self._parents()

    def _parents(self) -> None:
        self.parent_place.clear()
        self.parent_place.addItem("", None)
        for place in places.list_places(self.db, side=self.side.currentData(), retired=False):
            if place.level in ("city", "county", "town"):
                self.parent_place.addItem(place.name, place.id)

    def save(self) -> None:
        index = self.parent_place.currentIndex()
        typed = self.parent_place.currentText().strip()
        parent = self.parent_place.itemData(index) if typed == self.parent_place.itemText(index) else typed
        found = _run(self, self.windowTitle(), lambda: places.add_place(
            self.db, self.name.text(), self.level.currentData(), self.side.currentData(), self.code.text(),
            parent or None, self.full_name.text()))
        if found is not None:
            self.place_id = str(found)
            if self.hub is not None:
                self.hub.changed("places")
            self.accept()


class PlacesDialog(QDialog):
    """Every place; add, rename (the old name and code are kept), merge into another, retire."""

    HEADERS = ("Name", "Code", "Side", "Level", "Belongs to", "Retired", "Former names")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[places.PlaceInfo] = []
        self.setWindowTitle(self.tr("Places"))
        self.resize(960, 560)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Code"), self.tr("Side"), self.tr("Level"), self.tr("Belongs to"),
            self.tr("Retired"), self.tr("Former names")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.retire_button = QPushButton(self.tr("Retire"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.merge_button, self.retire_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.merge_button.clicked.connect(self.merge)
        self.retire_button.clicked.connect(self.retire)
        self.reload()

    def reload(self) -> None:
        self.rows = places.list_places(self.ctx.db)
        self.table.setRowCount(len(self.rows))
        for r, p in enumerate(self.rows):
            former = former_text(p.history, p.name, p.code)
            values = [p.name, p.code or "", _label(places.SIDES, p.side), _label(places.LEVELS, p.level),
                      p.parent_name or "", p.retired_on.isoformat() if p.retired_on else "", former]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def selected(self) -> places.PlaceInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a place first."))
            return None
        return self.rows[rows[0].row()]

    def _done(self, result: object | None) -> None:
        if result is not None:
            self.ctx.hub.changed("places")
            self.reload()

    def add(self) -> None:
        dialog = AddPlaceDialog(self.ctx.db, parent=self, hub=self.ctx.hub)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def rename(self) -> None:
        place = self.selected()
        if place is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename"), fill(self.tr("New name of %1:"), place.name),
                                        text=place.name)
        if not ok:
            return
        code, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("Its GB/T 2260 code (the old one is kept):"),
                                        text=place.code or "")
        if ok:
            self._done(_run(self, self.tr("Rename"), lambda: places.rename_place(
                self.ctx.db, place.id, name, code if code != (place.code or "") else None)))

    def merge(self) -> None:
        place = self.selected()
        if place is None:
            return
        others = [p for p in self.rows if p.id != place.id and p.side == place.side and p.level == place.level]
        names = [p.name + (f" ({p.code})" if p.code else "") for p in others]
        choice, ok = QInputDialog.getItem(self, self.tr("Merge"), fill(self.tr("%1 joins:"), place.name),
                                          names, 0, False)
        if ok and names:
            into = others[names.index(choice)]
            self._done(_run(self, self.tr("Merge"), lambda: places.merge_place(self.ctx.db, place.id, into.id)))

    def retire(self) -> None:
        place = self.selected()
        if place is not None:
            self._done(_run(self, self.tr("Retire"), lambda: places.retire_place(
                self.ctx.db, place.id, undo=place.retired_on is not None)))


class RenewPairingDialog(QDialog):
    """A new period of a pairing: its dates and, for a county pairing, a new partner."""

    def __init__(self, ctx: AppContext, pairing_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pairing_id = pairing_id
        self.new_id: str | None = None
        self.setWindowTitle(self.tr("Renew the pairing"))
        self.start = QDateEdit(QDate(QDate.currentDate().year(), 1, 1))
        self.end = QDateEdit(QDate(QDate.currentDate().year() + 4, 12, 31))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.partner = QComboBox()
        self.partner.addItem(self.tr("(the same partner)"), None)
        for place in places.list_places(ctx.db, side="sichuan", retired=False):
            if place.level in ("county", "city"):
                self.partner.addItem(place.name, place.id)
        form = QFormLayout(self)
        form.addRow(self.tr("New period from"), self.start)
        form.addRow(self.tr("to"), self.end)
        form.addRow(self.tr("Partner"), self.partner)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def save(self) -> None:
        found = _run(self, self.windowTitle(), lambda: pairing_periods.renew_pairing(
            self.ctx.db, self.pairing_id, self.start.date().toPython(), self.end.date().toPython(),
            self.partner.currentData()))
        if found is not None:
            self.new_id = str(found)
            self.ctx.hub.changed("pairings")
            self.accept()


class PlaceBox(QWidget):
    """A county box: pick a place from the list or type one; "+" adds a place not there yet."""

    def __init__(self, db: Database | None, side: str, options: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.side = db, side
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItem("", None)
        for code, text in options:
            self.combo.addItem(text, code)
        self.add_button = QPushButton("+", self)
        self.add_button.setFixedWidth(28)
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(self.tr("Add a place that is not in the list") + " (Ctrl++)")
        self.add_button.setVisible(db is not None)
        # out of the Tab chain (typing a form goes field to field); by keyboard: Ctrl++
        self.add_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.add_button.clicked.connect(self.add_place)
        if db is not None:
            add = QShortcut(QKeySequence("Ctrl++"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            add.activated.connect(self.add_place)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.add_button)
        self.setFocusProxy(self.combo)

    def value(self) -> object:
        """The chosen place's id, else the typed text (a name or code the service resolves)."""
        index = self.combo.currentIndex()
        typed = self.combo.currentText().strip()
        if index >= 0 and typed == self.combo.itemText(index):
            return self.combo.itemData(index)
        return typed or None

    def set_value(self, value: object) -> None:
        position = self.combo.findData(value) if value not in (None, "") else 0
        if position < 0 and isinstance(value, str):
            name = places.name_of(self.db, value) if self.db is not None else None
            if name is None:  # typed text, not a place id
                self.combo.setEditText(value)
                return
            self.combo.addItem(name, value)  # a retired place a record still names
            position = self.combo.count() - 1
        self.combo.setCurrentIndex(max(position, 0))

    def add_place(self) -> None:
        assert self.db is not None
        typed = self.value()
        typed = typed if isinstance(typed, str) and self.combo.findData(typed) < 0 else ""
        dialog = AddPlaceDialog(self.db, name=typed, side=self.side, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.place_id:
            self.combo.addItem(dialog.name.text().strip(), dialog.place_id)
            self.combo.setCurrentIndex(self.combo.count() - 1)
