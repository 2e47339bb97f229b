"""The review queue: conflicts side by side (base, each version), edits of deleted records,
possible duplicate people and quarantined bundles; every decision is a new edit that syncs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lishui_desktop.domain.choices import table_label
from lishui_desktop.domain.i18n import fill
from lishui_desktop.services import sync_service
from lishui_desktop.services.history import display_value, field_label
from lishui_desktop.ui import workers
from lishui_desktop.ui.context import AppContext


class ReviewPanel(QWidget):
    """The list of what a person must decide, and the decision for the selected item."""

    acted = Signal()  # a decision was written: the owner reads the queue again

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[dict[str, Any]] = []
        self.names: dict[str, str] = {}
        layout = QHBoxLayout(self)
        split = QSplitter()
        layout.addWidget(split)
        self.list = QListWidget()
        split.addWidget(self.list)
        self.detail = QWidget()
        self.detail_layout = QVBoxLayout(self.detail)
        split.addWidget(self.detail)
        split.setSizes([320, 700])
        self.list.currentRowChanged.connect(self.show_item)
        self.show_items([], {})

    def refresh(self) -> None:
        """Read the queue now (tests; the sync page reads it in a worker)."""
        self.show_items(sync_service.review_items(self.ctx.db), sync_service.device_names(self.ctx.db))

    def show_items(self, items: list[dict[str, Any]], names: dict[str, str]) -> None:
        current = self.list.currentRow()
        self.items, self.names = items, names
        self.list.clear()
        for item in self.items:
            self.list.addItem(self._title(item))
        if not self.items:
            self._clear()
            self.detail_layout.addWidget(QLabel(self.tr("Nothing to decide.")))
        else:
            self.list.setCurrentRow(min(max(current, 0), len(self.items) - 1))

    def _title(self, item: dict[str, Any]) -> str:
        kind = item["kind"]
        if kind == "field":
            return fill(self.tr("Conflict: %1"), field_label(item["table"], item["column"]))
        if kind == "deleted_edit":
            return fill(self.tr("Edited after it was deleted (%1)"), table_label(item["table"]))
        if kind == "duplicate_person":
            return fill(self.tr("Possible duplicate: %1"), item["name"])
        if kind == "duplicate_record":
            return fill(self.tr("Entered twice: %1"), str(item.get("label") or item["table"]))
        if kind == "fork":
            return fill(self.tr("Refused fork: %1"), item["device_name"])
        return fill(self.tr("Quarantined bundle: %1"), item.get("file") or "")

    def _clear(self) -> None:
        while self.detail_layout.count():
            child = self.detail_layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()

    def show_item(self, row: int) -> None:
        self._clear()
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        show = {
            "field": self._show_conflict,
            "deleted_edit": self._show_deleted,
            "duplicate_person": self._show_duplicate,
            "duplicate_record": self._show_twice,
            "fork": self._show_fork,
        }.get(item["kind"], self._show_quarantine)
        show(item)
        self.detail_layout.addStretch(1)

    def _device(self, device: str) -> str:
        return self.names.get(device) or device[:8]

    def _show_conflict(self, item: dict[str, Any]) -> None:
        column = item["column"]
        label = sync_service.record_label(self.ctx.db, item["table"], item["row_id"])
        box = QGroupBox(fill(self.tr("%1 of record %2"), field_label(item["table"], column), label))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Before both edits")), 0, 0)
        grid.addWidget(QLabel(display_value(column, item.get("base")) or "—"), 1, 0)
        for i, version in enumerate(item["values"], 1):
            winner = version["clock"] == item["winner"]
            head = fill(self.tr("From %1"), self._device(version["device"]))
            if winner:
                head += " " + self.tr("(shown now)")
            grid.addWidget(QLabel(head), 0, i)
            grid.addWidget(QLabel(display_value(column, version["value"]) or "—"), 1, i)
            keep = QPushButton(self.tr("Keep this value"))
            keep.clicked.connect(
                lambda _=False, v=version["value"]: self._act(
                    sync_service.resolve_field, item["table"], item["row_id"], column, v
                )
            )
            grid.addWidget(keep, 2, i)
        self.detail_layout.addWidget(box)
        note = QLabel(self.tr("Every computer shows the same value until someone decides; "
                              "your choice travels with the next bundle."))
        note.setWordWrap(True)
        self.detail_layout.addWidget(note)

    def _show_deleted(self, item: dict[str, Any]) -> None:
        fields = ", ".join(field_label(item["table"], c) for c in item["columns"])
        name = sync_service.record_label(self.ctx.db, item["table"], item["row_id"])
        label = QLabel(fill(self.tr("This record (%1) was deleted on one computer and edited on another "
                               "(%2)."), name, fields))
        label.setWordWrap(True)
        self.detail_layout.addWidget(label)
        restore = QPushButton(self.tr("Restore the record"))
        keep = QPushButton(self.tr("Keep it deleted"))
        restore.clicked.connect(lambda: self._act(sync_service.resolve_field, item["table"], item["row_id"], "deleted", 0))
        keep.clicked.connect(lambda: self._act(sync_service.resolve_field, item["table"], item["row_id"], "deleted", 1))
        self.detail_layout.addWidget(restore)
        self.detail_layout.addWidget(keep)

    def _show_duplicate(self, item: dict[str, Any]) -> None:
        label = QLabel(fill(self.tr("%1 people share the name %2, birth date and village %3, and at least "
                               "one has no resident ID."), str(len(item["row_ids"])), item["name"], item.get("village") or "—"))
        label.setWordWrap(True)
        self.detail_layout.addWidget(label)
        merge = QPushButton(self.tr("They are the same person: merge"))
        merge.clicked.connect(lambda: self._act(sync_service.merge_persons, item["row_ids"]))
        self.detail_layout.addWidget(merge)

    def _show_twice(self, item: dict[str, Any]) -> None:
        """The same course, placement, pairing... entered on two computers: merge into one."""
        names = "\n".join(sync_service.record_label(self.ctx.db, item["table"], r) for r in item["row_ids"])
        label = QLabel(fill(self.tr("%1 records look like the same one entered twice (same natural key):\n%2"), str(len(item["row_ids"])), names))
        label.setWordWrap(True)
        self.detail_layout.addWidget(label)
        merge = QPushButton(self.tr("They are the same: merge into one"))
        merge.setObjectName("mergeRecords")
        merge.clicked.connect(lambda: self._act(sync_service.merge_records, item["ledger"], item["row_ids"]))
        self.detail_layout.addWidget(merge)

    def _show_fork(self, item: dict[str, Any]) -> None:
        label = QLabel(
            fill(self.tr("%1 changes of %2 (numbers %3 to %4) in %5 contradict changes with the same numbers "
                    "already held: its database was edited behind the program's back or copied. They were "
                    "not applied."), str(item["count"]), item["device_name"], str(item["first"]), str(item["last"]), item["file"] or "")
        )
        label.setWordWrap(True)
        self.detail_layout.addWidget(label)

    def _show_quarantine(self, item: dict[str, Any]) -> None:
        label = QLabel(item.get("reason") or "")
        label.setWordWrap(True)
        self.detail_layout.addWidget(label)
        accept = QPushButton(self.tr("Import it anyway"))
        reject = QPushButton(self.tr("Do not import it"))
        accept.clicked.connect(lambda: self._act(sync_service.accept_quarantined, item["log_id"],
                                                  title=self.tr("Importing the bundle…")))
        reject.clicked.connect(lambda: self._act(sync_service.reject_quarantined, item["log_id"]))
        self.detail_layout.addWidget(accept)
        self.detail_layout.addWidget(reject)

    def _act(self, action: Any, *args: Any, title: str = "") -> workers.Job:
        """Write the decision in the background (a progress dialog if it takes a while)."""
        db = self.ctx.db
        self.setEnabled(False)

        def done(_result: Any) -> None:
            self.setEnabled(True)
            self.ctx.hub.changed_everything()
            self.acted.emit()

        return workers.run(self, title or self.tr("Review"), lambda: action(db, *args), writes=True,
                           cancellable=False, on_done=done, on_failed=lambda _exc: self.setEnabled(True))
