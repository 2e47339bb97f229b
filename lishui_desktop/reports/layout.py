"""Page templates and table building blocks shared by every form.

A4 portrait or landscape; a running head from page 2 on; a footer with "第 x 页 共 y 页" (two
passes over the saved page states, so the total is known); grid tables whose header rows repeat
on every page and whose rows never split. Cells are plain strings when they fit (fast) and
wrapped Paragraphs (with the fallback font for rare characters) when they do not.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from lishui_desktop.domain.i18n import fill, translate
from lishui_desktop.reports.fonts import fonts, markup, needs_fallback
from lishui_desktop.reports.paged import PagedTable
from lishui_desktop.reports.wrapping import break_lines

CTX = "Reports"
MARGIN = 15 * mm
CELL_PAD = 3
BODY_SIZE = 9.5
PAGED_FROM = 30  # rows; longer tables are cut page by page in linear time


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    head_cell: ParagraphStyle


def styles() -> Styles:
    font = fonts().name
    base = ParagraphStyle("body", fontName=font, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.35)
    return Styles(
        title=ParagraphStyle("title", parent=base, fontSize=17, leading=24, alignment=TA_CENTER, spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER, spaceAfter=6),
        heading=ParagraphStyle("heading", parent=base, fontSize=11.5, leading=16, spaceBefore=8, spaceAfter=4),
        body=base,
        cell=ParagraphStyle("cell", parent=base, leading=BODY_SIZE * 1.25, wordWrap="CJK"),
        head_cell=ParagraphStyle("head", parent=base, leading=BODY_SIZE * 1.25, alignment=TA_CENTER, wordWrap="CJK"),
    )


class CellParagraph(Paragraph):
    """A Paragraph that remembers its wrap: a long table re-measures every remaining row each
    time it splits onto a new page, which made a 2,000-row register quadratic."""

    _wrapped_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped_for != availWidth:
            super().wrap(availWidth, availHeight)
            self._wrapped_for = availWidth
        return self.width, self.height


def heading(text: str, sty: Styles) -> list[Flowable]:
    """A section heading that never ends a page: it moves on when its table's first rows would not
    fit under it (keepWithNext would carry a many-page table along and leave a page blank)."""
    return [CondPageBreak(30 * mm), para(text, sty.heading)]


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text (escaped, rare characters in the fallback font)."""
    return Paragraph(markup(text), style)


def cell(text: object, width: float, style: ParagraphStyle) -> str | Paragraph:
    """A table cell: plain text broken to the column width, or a Paragraph when some character
    needs the fallback font (plain strings draw much faster than Paragraphs)."""
    value = "" if text is None else str(text)
    if not value:
        return ""
    fitted = _fitted(value, width - 2 * CELL_PAD, style.fontName, style.fontSize)
    if fitted is None:
        return CellParagraph(markup(value).replace("\n", "<br/>"), style)
    return fitted


@lru_cache(maxsize=16384)
def _fitted(value: str, room: float, font: str, size: float) -> str | None:
    """The text as is when it fits, else broken into lines; None when it needs the fallback font.
    Cached: registers repeat the same villages, employers and dates many times."""
    if needs_fallback(value):
        return None
    if "\n" not in value and stringWidth(value, font, size) <= room:
        return value
    return "\n".join(break_lines(value, room, font, size))


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    align: Sequence[str] | None = None,
    pad: float = CELL_PAD,
    sty: Styles | None = None,
) -> Flowable:
    """A ruled table: header row repeated on every page, rows kept whole, long text wrapped."""
    sty = sty or styles()
    data: list[list[Any]] = [[cell(h, w, sty.head_cell) for h, w in zip(header, widths, strict=True)]]
    for row in rows:
        data.append([cell(v, w, sty.cell) for v, w in zip(row, widths, strict=True)])
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), sty.cell.fontName, sty.cell.fontSize, sty.cell.leading),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 1), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 1), (-1, -1), pad),
    ]
    for index, how in enumerate(align or ()):
        if how != "LEFT":
            commands.append(("ALIGN", (index, 1), (index, -1), how))
    if len(rows) > PAGED_FROM:
        return PagedTable(data[0], data[1:], widths, TableStyle(commands))
    table = Table(data, colWidths=list(widths), repeatRows=1, splitInRow=0)
    table.setStyle(TableStyle(commands))
    return table


def plain(data: list[list[Any]], widths: Sequence[float], commands: Sequence[tuple[Any, ...]] = (),
          **kwargs: Any) -> Table:
    """A layout table without rules of its own; its font is set so no built-in font is used."""
    table = Table(data, colWidths=list(widths), **kwargs)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts().name, BODY_SIZE), *commands]))
    return table


def info_block(rows: Sequence[Sequence[str]], widths: Sequence[float], sty: Styles,
               commands: Sequence[tuple[Any, ...]] = ()) -> Table:
    """The lines under a form's title (unit, county, period ...) as aligned paragraphs."""
    data = [[para(text, sty.body) for text in row] for row in rows]
    return plain(data, widths, [("LEFTPADDING", (0, 0), (-1, -1), 0), *commands])


def frame_width(is_landscape: bool) -> float:
    size = landscape(A4) if is_landscape else A4
    return float(size[0] - 2 * MARGIN)


def scale(fractions: Sequence[float], total: float) -> list[float]:
    """Column widths from relative shares, filling `total` points."""
    whole = sum(fractions)
    return [total * f / whole for f in fractions]


def columns(total: float, spec: Sequence[float]) -> list[float]:
    """Column widths: positive values are fixed millimetres, negative ones share what is left."""
    fixed = sum(v * mm for v in spec if v > 0)
    shares = -sum(v for v in spec if v < 0)
    rest = max(total - fixed, 0.0)
    return [v * mm if v > 0 else rest * -v / shares for v in spec]


def _numbered_canvas(running_head: str, footer_note: str) -> type[Canvas]:
    font = fonts().name

    class NumberedCanvas(Canvas):
        """Keeps every page's state until save(), then stamps 第 x 页 共 y 页 on each."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # else the page preamble references an unembedded Helvetica
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._stamp(number, total)
                super().showPage()
            super().save()

        def _stamp(self, number: int, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFont(font, 8.5)
            self.setFillColor(colors.HexColor("#333333"))
            self.drawCentredString(width / 2, MARGIN / 2, fill(translate("Reports", "Page %1 of %2"), number, total))
            if footer_note:
                self.drawRightString(width - MARGIN, MARGIN / 2, footer_note)
            if number > 1 and running_head:
                self.drawString(MARGIN, height - MARGIN * 0.6, running_head)
                self.setLineWidth(0.4)
                self.line(MARGIN, height - MARGIN * 0.7, width - MARGIN, height - MARGIN * 0.7)
            self.restoreState()

    return NumberedCanvas


def render(
    story: list[Flowable],
    *,
    title: str,
    is_landscape: bool = False,
    running_head: str = "",
    footer_note: str = "",
) -> bytes:
    """The PDF bytes of `story` on A4 with page numbers; fonts embedded as subsets."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4) if is_landscape else A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="lishui-desktop",
        creator="lishui-desktop",
    )
    doc.build(story, canvasmaker=_numbered_canvas(running_head, footer_note))
    return buffer.getvalue()




class WithLast(Flowable):
    """`body` (a table, a paragraph) followed by `last` (a signature block) that never stands
    alone on a page: when both do not fit, the body is split so that at least its end goes
    over with `last` (a table's final rows under its repeated header). Always split by the
    frame (never drawn itself), so each part keeps its own alignment."""

    def __init__(self, body: Flowable, last: Sequence[Flowable]) -> None:
        super().__init__()
        self.body, self.last = body, list(last)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, availHeight + 1  # the frame splits it (below)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        canv = self.canv  # set by the frame's splitOn
        _w, body = self.body.wrapOn(canv, availWidth, availHeight)
        last = sum(_height(f, canv, availWidth, availHeight) for f in self.last)
        if body + last <= availHeight:
            return [self.body, *self.last]
        # all of the body here would leave `last` alone on the next page: hold back its end
        room = availHeight - last if body <= availHeight else availHeight
        parts = self.body.splitOn(canv, availWidth, room) if room > 0 else []
        if len(parts) >= 2:
            return [*parts[:-1], WithLast(parts[-1], self.last)]
        frame = self._doctemplateAttr("frame")
        if frame is not None and not getattr(frame, "_atTop", 0):
            return []  # nothing of it here: together on the next page
        return [self.body, *self.last]  # even a whole page cannot hold them together: as it comes

    def draw(self) -> None:  # never called: wrap always asks for a split
        raise NotImplementedError


def _height(flowable: Flowable, canv: Canvas, width: float, height: float) -> float:
    """A flowable's height; a KeepTogether's is its content's (its own wrap says 'split me')."""
    if isinstance(flowable, KeepTogether):
        return sum(_height(f, canv, width, height) for f in flowable._content)  # noqa: SLF001
    return float(flowable.wrapOn(canv, width, height)[1])
