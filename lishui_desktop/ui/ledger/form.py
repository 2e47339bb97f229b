"""A record editor built from a ledger spec: one widget per field, its error in plain words beside it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QPlainTextEdit, QWidget

from lishui_desktop.db.database import Database
from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.services.ledgers import spec_for
from lishui_desktop.services.ledgers.checks import check_field
from lishui_desktop.services.ledgers.query import distinct_values, places
from lishui_desktop.services.ledgers.spec import DATE, ID, PHONE, PLACE, Field
from lishui_desktop.ui.ledger.fields import (
    LazyCompleter,
    SensitiveEdit,
    get_value,
    line_of,
    make_widget,
    set_value,
)
from lishui_desktop.ui.ledger.text import error_text, lt

ERROR_STYLE = "color: #b00020;"


class FormEditor(QWidget):
    """Fields of one ledger kind in a grid; `values()` returns what was typed, by field name."""

    submitted = Signal()  # Enter pressed (when submit_on_enter)
    id_entered = Signal(str)  # a resident ID was typed and the field left
    revealed = Signal()  # a masked ID or phone was shown
    edited = Signal()  # the user changed a value (not set_values or clear)

    def __init__(
        self,
        db: Database,
        kind: str,
        fields: Sequence[str] | None = None,
        columns: int = 1,
        submit_on_enter: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.spec = spec_for(kind)
        self.fields: list[Field] = [f for f in self.spec.fields if fields is None or f.name in fields]
        self.submit_on_enter = submit_on_enter
        self.widgets: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.completers: list[LazyCompleter] = []
        self._loading = False
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        place_lists = {side: places(db, side) for side in ("lishui", "sichuan", "")}
        for number, item in enumerate(self.fields):
            row, col = (number // columns) * 2, (number % columns) * 2
            widget = make_widget(item, place_lists.get(item.side, []), self, db)
            text = lt(item.label) + (" *" if item.required else "")
            label = QLabel(text, self)
            label.setBuddy(widget)
            error = QLabel(self)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setObjectName("error_" + item.name.replace(".", "_"))
            error.hide()
            grid.addWidget(label, row, col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(widget, row, col + 1)
            grid.addWidget(error, row + 1, col + 1)
            grid.setColumnStretch(col + 1, 1)
            self.widgets[item.name] = widget
            self.error_labels[item.name] = error
            self._wire(item, widget)
        grid.setRowStretch(grid.rowCount(), 1)
        self.clear()

    def _wire(self, item: Field, widget: QWidget) -> None:
        line = line_of(widget)
        if item.complete and line is not None:
            self.completers.append(LazyCompleter(line, lambda n=item.name: distinct_values(self.db, self.spec.kind, n)))
            # Enter while the completion list is open goes to the list, then to the field's own
            # handling (not to this form's filter): it accepts the value and moves on.
            line.returnPressed.connect(lambda w=widget: self.move_on(w))
        if line is not None and item.kind != PLACE:
            line.editingFinished.connect(lambda i=item: self.check_one(i))
        if isinstance(widget, SensitiveEdit):
            widget.revealed.connect(self.revealed)
        if item.kind == ID and line is not None:
            line.editingFinished.connect(lambda w=widget: self._id_finished(w))
        for target in (widget, line):
            if target is not None:
                target.installEventFilter(self)
        self._watch(widget)

    def _watch(self, widget: QWidget) -> None:
        """Emit `edited` when the user changes the widget's value."""
        signal = getattr(widget, "toggled", None) if isinstance(widget, QCheckBox) else None
        combo = getattr(widget, "combo", widget)  # a county box holds its combo
        if isinstance(combo, QComboBox):
            signal = combo.currentIndexChanged
            if combo.isEditable():
                combo.editTextChanged.connect(self._user_edit)
        elif isinstance(widget, QPlainTextEdit):
            signal = widget.textChanged
        elif (line := line_of(widget)) is not None:
            signal = line.textChanged
        if signal is not None:
            signal.connect(self._user_edit)

    @property
    def loading(self) -> bool:
        """Values are being set by the program (not typed)."""
        return self._loading

    def _user_edit(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _id_finished(self, widget: SensitiveEdit) -> None:
        value = widget.value()
        if value and not widget.is_masked():
            self.id_entered.emit(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            return False
        item = self._field_of(watched)
        if item is not None and item.kind == ID:
            # an ID-card reader in keyboard mode types the 18 characters and Enter: move on
            self.check_one(item)
            self.move_on(self.widgets[item.name])
            return True
        if self.submit_on_enter:
            if item is not None and line_of(self.widgets[item.name]) is not None:
                self.check_one(item)
            self.submitted.emit()
            return True
        return False

    def _field_of(self, watched: QObject) -> Field | None:
        for item in self.fields:
            widget = self.widgets[item.name]
            if watched is widget or watched is line_of(widget):
                return item
        return None

    def move_on(self, widget: QWidget) -> None:
        """Focus the field after `widget`; after the last one, submit (or leave the form)."""
        names = [item.name for item in self.fields]
        for position, name in enumerate(names):
            if self.widgets[name] is widget:
                if position + 1 < len(names):
                    self.widgets[names[position + 1]].setFocus(Qt.FocusReason.TabFocusReason)
                    return
        if self.submit_on_enter:
            self.submitted.emit()
        else:
            widget.focusNextChild()

    # values
    def values(self) -> dict[str, Any]:
        return {name: get_value(widget) for name, widget in self.widgets.items()}

    def set_values(self, values: dict[str, Any], only_empty: bool = False) -> None:
        self._loading = True
        try:
            for name, widget in self.widgets.items():
                if name not in values:
                    continue
                if only_empty and get_value(widget) not in (None, "", False):
                    continue
                set_value(widget, values[name])
        finally:
            self._loading = False
        self.clear_errors()

    def clear(self) -> None:
        self._loading = True
        try:
            for item in self.fields:
                set_value(self.widgets[item.name], item.default)
        finally:
            self._loading = False
        self.clear_errors()

    def first_widget(self) -> QWidget:
        return self.widgets[self.fields[0].name]

    def refresh_completions(self) -> None:
        for completer in self.completers:
            completer.stale()

    # errors
    def check_one(self, item: Field) -> None:
        """Check a field as it is left; dates are rewritten the standard way."""
        widget = self.widgets[item.name]
        if isinstance(widget, SensitiveEdit) and widget.is_masked():
            return
        raw = get_value(widget)
        try:
            with self.db.sessions() as session:
                value = check_field(session, item, raw)
        except ValidationError as exc:
            self.show_error(item.name, error_text(exc))
            return
        self.show_error(item.name, "")
        if item.kind == DATE and value is not None:
            set_value(widget, value)
        elif item.kind in (ID, PHONE) and value and isinstance(widget, SensitiveEdit):
            widget.line.setText(value)

    def show_error(self, name: str, text: str) -> None:
        label = self.error_labels[name]
        label.setText(text)
        label.setVisible(bool(text))

    def show_errors(self, errors: dict[str, ValidationError]) -> None:
        self.clear_errors()
        first: QWidget | None = None
        for name, exc in errors.items():
            if name in self.error_labels:
                self.show_error(name, error_text(exc))
                first = first or self.widgets[name]
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        for name in self.error_labels:
            self.show_error(name, "")

    def error_of(self, name: str) -> str:
        label = self.error_labels[name]
        return label.text() if label.isVisibleTo(self) else ""
