"""A long ruled table split page by page in linear time.

reportlab's Table re-measures every remaining row each time it splits onto a new page, so a
2,000-row register costs time quadratic in its length. This flowable measures the rows once and
cuts page-sized Tables (header row first, rows never split) from the cached heights.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle


class PagedTable(Flowable):
    """Header row + body rows; each page gets a Table of the rows that fit under the header."""

    def __init__(self, header: list[Any], rows: list[list[Any]], widths: Sequence[float],
                 style: TableStyle, heights: list[float] | None = None) -> None:
        super().__init__()
        self.header = header
        self.rows = rows
        self.widths = list(widths)
        self.style = style
        self._heights = heights  # header first, then one per row

    def _measure(self, avail_width: float, avail_height: float) -> list[float]:
        if self._heights is None:
            table = self._table(self.rows, None)
            table.wrap(avail_width, avail_height)
            self._heights = list(table._rowHeights)  # measured once, in one pass
        return self._heights

    def _table(self, rows: list[list[Any]], heights: list[float] | None) -> Table:
        table = Table([self.header, *rows], colWidths=self.widths, rowHeights=heights, repeatRows=1, splitInRow=0)
        table.setStyle(self.style)
        return table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        heights = self._measure(availWidth, availHeight)
        self.width, self.height = sum(self.widths), sum(heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        heights = self._measure(availWidth, availHeight)
        used = heights[0]
        fit = 0
        for height in heights[1:]:
            if used + height > availHeight:
                break
            used += height
            fit += 1
        if fit == 0:
            return []  # not even one row under the header: start on the next page
        if fit == len(self.rows):
            return [self._table(self.rows, heights)]
        first = self._table(self.rows[:fit], heights[: fit + 1])
        rest = PagedTable(self.header, self.rows[fit:], self.widths, self.style, [heights[0], *heights[fit + 1:]])
        return [first, rest]

    def draw(self) -> None:
        table = self._table(self.rows, self._heights)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
