"""The small progress chart of the monthly sheet, drawn with reportlab's own graphics."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from lishui_desktop.reports.fonts import fonts

CAP = 150  # percent; a target far over its threshold does not squash the others
BAR = 13  # points per target


def completion_chart(
    labels: Sequence[str], percents: Sequence[float], width: float, caption: str
) -> Drawing:
    """Horizontal bars: year-to-date completion of each target in percent, a line at 100 %."""
    font = fonts().name
    label_width = min(150.0, width * 0.35)
    plot_width = width - label_width - 30
    height = BAR * max(len(labels), 1) + 34
    drawing = Drawing(width, height, initialFontName=font)  # else the state defaults to Helvetica
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 22
    chart.width = plot_width
    chart.height = height - 34
    # first category is drawn at the bottom: reverse so the chart reads like the table
    values = [min(max(p, 0.0), CAP) for p in reversed(percents)]
    chart.data = [values or [0.0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = CAP
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.bars[0].fillColor = colors.HexColor("#4a78b0")
    chart.bars[0].strokeColor = None
    for index, percent in enumerate(reversed(percents)):
        if percent >= 100:
            chart.bars[(0, index)].fillColor = colors.HexColor("#3d8b48")
    chart.barSpacing = 2
    drawing.add(chart)
    x100 = chart.x + chart.width * 100 / CAP
    drawing.add(Line(x100, chart.y, x100, chart.y + chart.height, strokeColor=colors.red, strokeWidth=0.8, strokeDashArray=[3, 2]))
    drawing.add(String(chart.x + chart.width / 2, 2, caption, fontName=font, fontSize=7.5, textAnchor="middle"))
    return drawing
