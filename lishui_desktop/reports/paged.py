"""A long ruled table split page by page in linear time.

reportlab's Table re-measures every remaining row each time it splits onto a new page, so a
2,000-row register costs time quadratic in its length. This flowable measures the rows once and
cuts page-sized Tables (header row first, rows never split) from the cached heights.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

# commands stored per cell (applied once to the whole table, then shared by the page tables);
# the rest (rules, backgrounds) are cheap and applied to each page table
CELL_COMMANDS = {"FONT", "FONTNAME", "FONTSIZE", "LEADING", "TEXTCOLOR", "ALIGN", "VALIGN", "LEFTPADDING",
                 "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING"}


class PagedTable(Flowable):
    """Header row + body rows; each page gets a Table of the rows that fit under the header."""

    def __init__(self, header: list[Any], rows: list[list[Any]], widths: Sequence[float],
                 style: TableStyle, heights: list[float] | None = None,
                 cell_styles: list[Any] | None = None) -> None:
        super().__init__()
        self.header = header
        self.rows = rows
        self.widths = list(widths)
        self.style = style
        self.rules = TableStyle([c for c in style.getCommands() if c[0] not in CELL_COMMANDS])
        self._heights = heights  # header first, then one per row
        self._cell_styles = cell_styles  # header first, then one list per row

    def _measure(self, avail_width: float, avail_height: float) -> list[float]:
        if self._heights is None:
            table = Table([self.header, *self.rows], colWidths=self.widths, repeatRows=1, splitInRow=0)
            table.setStyle(self.style)
            table.wrap(avail_width, avail_height)
            self._heights = list(table._rowHeights)  # measured once, in one pass
            self._cell_styles = list(table._cellStyles)
        return self._heights

    def _table(self, rows: list[list[Any]], heights: list[float] | None) -> Table:
        """A page's Table of the first `rows`, reusing the cell styles measured once."""
        assert self._cell_styles is not None
        styles = self._cell_styles[: len(rows) + 1]
        table = Table([self.header, *rows], colWidths=self.widths, rowHeights=heights, repeatRows=1, splitInRow=0,
                      cellStyles=styles)
        table.setStyle(self.rules)
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
        assert self._cell_styles is not None
        page = self._table(self.rows[:fit], heights[: fit + 1])
        rest = PagedTable(self.header, self.rows[fit:], self.widths, self.style, [heights[0], *heights[fit + 1:]],
                          [self._cell_styles[0], *self._cell_styles[fit + 1:]])
        return [page, rest]

    def draw(self) -> None:
        table = self._table(self.rows, self._heights)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
