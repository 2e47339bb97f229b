"""Editor widgets for one field kind each: masked ID/phone with a reveal button, money with its unit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from lishui_desktop.db.database import Database
from lishui_desktop.domain.masking import mask_id, mask_phone
from lishui_desktop.services.ledgers.spec import BOOL, CHOICE, ID, LONGTEXT, MONEY, PLACE, Field
from lishui_desktop.ui.ledger.text import choice_label
from lishui_desktop.ui.place_dialogs import PlaceBox


class SensitiveEdit(QWidget):
    """A resident ID or phone: shown masked until revealed on purpose; typed in full when new."""

    revealed = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._value: str | None = None
        self._masked = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        self.line.setMaxLength(22)
        digits = 18 if kind == ID else 11  # a whole resident ID (or phone) is always visible
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("0" * digits + "X") + 14)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Show"))
        self.button.setToolTip(self.tr("Show the full number (this is recorded)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.reveal)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.set_value(None)

    def set_value(self, value: Any) -> None:
        self._value = str(value) if value else None
        self._masked = bool(self._value)
        if self._value:
            self.line.setText(mask_id(self._value) if self.kind == ID else mask_phone(self._value))
        else:
            self.line.clear()
        self.line.setReadOnly(self._masked)
        self.button.setEnabled(self._masked)

    def value(self) -> str | None:
        return self._value if self._masked else (self.line.text() or None)

    def is_masked(self) -> bool:
        return self._masked

    def reveal(self) -> None:
        if not self._masked:
            return
        self._masked = False
        self.line.setReadOnly(False)
        self.line.setText(self._value or "")
        self.button.setEnabled(False)
        self.revealed.emit()


class MoneyEdit(QWidget):
    """Yuan as typed (12,345.6 or 1.2万), with the unit shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.line, 1)
        layout.addWidget(QLabel(self.tr("yuan"), self))
        self.setFocusProxy(self.line)


def make_widget(item: Field, places: list[tuple[str, str]], parent: QWidget, db: Database | None = None) -> QWidget:
    """The widget for one field (a county box can add a place when `db` is given)."""
    kind = item.kind
    widget: QWidget
    if kind == BOOL:
        widget = QCheckBox(parent)
    elif kind == PLACE:
        widget = PlaceBox(db, item.side, places, parent)
    elif kind == CHOICE:
        combo = QComboBox(parent)
        combo.addItem("", None)
        options = [(c, choice_label(item.choices, c)) for c in item.choices or {}]
        for code, text in options:
            combo.addItem(text, code)
        widget = combo
    elif kind in (ID, "phone"):
        widget = SensitiveEdit(kind, parent)
    elif kind == MONEY:
        widget = MoneyEdit(parent)
    elif kind == LONGTEXT:
        text = QPlainTextEdit(parent)
        text.setTabChangesFocus(True)
        text.setFixedHeight(54)
        widget = text
    else:
        widget = QLineEdit(parent)
        if kind == "date":
            widget.setPlaceholderText("2019-03-01")
    widget.setObjectName("field_" + item.name.replace(".", "_"))
    return widget


def get_value(widget: QWidget) -> Any:
    if isinstance(widget, PlaceBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, SensitiveEdit):
        return widget.value()
    if isinstance(widget, MoneyEdit):
        return widget.line.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    assert isinstance(widget, QLineEdit)
    return widget.text()


def set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, PlaceBox):
        widget.set_value(value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        position = widget.findData(value) if value not in (None, "") else 0
        widget.setCurrentIndex(max(position, 0))
    elif isinstance(widget, SensitiveEdit):
        widget.set_value(value)
    elif isinstance(widget, MoneyEdit):
        widget.line.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QLineEdit):
        text = value.isoformat() if hasattr(value, "isoformat") else ("" if value is None else str(value))
        widget.setText(text)


def line_of(widget: QWidget) -> QLineEdit | None:
    """The QLineEdit inside a field widget, if it has one."""
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, SensitiveEdit | MoneyEdit):
        return widget.line
    return None


class LazyCompleter(QObject):
    """Offers values typed before; the list is read from the database on first focus."""

    def __init__(self, line: QLineEdit, load: Any) -> None:
        super().__init__(line)
        self.load = load
        self.loaded = False
        self.model = QStringListModel(self)
        completer = QCompleter(self.model, line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        line.setCompleter(completer)
        line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusIn and not self.loaded:
            self.model.setStringList(self.load())
            self.loaded = True
        return False

    def stale(self) -> None:
        self.loaded = False
