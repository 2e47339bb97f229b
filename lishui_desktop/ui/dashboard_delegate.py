"""Paints a dashboard figure: its colour (met, on track, behind), the text and a small bar."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from lishui_desktop.ui.dashboard_model import CELL_ROLE, Cell, figure

# (background, bar) per status
COLOURS = {
    "met": (QColor("#dff3e3"), QColor("#2e8b57")),
    "on_track": (QColor("#fff3cd"), QColor("#d49a00")),
    "behind": (QColor("#f9dcdc"), QColor("#c0392b")),
}


class ProgressDelegate(QStyledItemDelegate):
    """Draws cells that carry a Cell (CELL_ROLE); any other cell is drawn as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        cell = index.data(CELL_ROLE)
        if not isinstance(cell, Cell):
            super().paint(painter, option, index)
            return
        background, bar = COLOURS[cell.status]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        painter.save()
        painter.fillRect(rect.adjusted(1, 1, -1, -1), background)
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.setPen(QColor("#3b6ea5"))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        text_rect = rect.adjusted(6, 2, -6, -8)
        row = cell.row
        if row.month_actual:  # what the chosen month added, small and blue in the corner
            painter.save()
            font = painter.font()
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
            painter.setFont(font)
            painter.setPen(QColor("#1f5fa8"))
            added = "+" + figure(row.month_actual, row.unit)
            painter.drawText(rect.adjusted(3, 1, -4, 0), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                             added)
            text_rect.setRight(text_rect.right() - painter.fontMetrics().horizontalAdvance(added) + 4)
            painter.restore()
        painter.setPen(QColor("#1d1d1d"))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignCenter),
                         f"{figure(row.actual, row.unit)} / {figure(row.threshold, row.unit)}")
        track = QRect(rect.left() + 6, rect.bottom() - 7, rect.width() - 12, 4)
        painter.fillRect(track, QColor("#e2e2e2"))
        painter.fillRect(QRect(track.left(), track.top(), int(track.width() * cell.ratio), track.height()), bar)
        painter.restore()
