"""Small charts for the annual report, drawn with reportlab.graphics on the embedded font."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String

from desktop.documents.sheet import MUTED, NAVY
from desktop.fonts import cjk_font_name


def bar_chart(title: str, labels: list[str], values: list[int], width: float, height: float) -> Drawing:
    """A horizontal bar chart with the count at the end of each bar; categories read top to bottom."""
    font = cjk_font_name()
    # Every string in a Drawing starts on Helvetica unless told otherwise; that font is not embedded.
    drawing = Drawing(width, height, initialFontName=font)
    drawing.add(String(0, height - 10, title, fontName=font, fontSize=9, fillColor=NAVY))
    chart = HorizontalBarChart()
    label_w = max((len(label) * (9 if _wide(label) else 4.6) for label in labels), default=20) + 8
    chart.x, chart.y = min(label_w, width * 0.45), 14
    chart.width, chart.height = width - chart.x - 22, height - 32
    # The chart draws its first category at the bottom; reverse so the list reads top down.
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = MUTED
    chart.valueAxis.valueMin = 0
    top = max(values, default=0)
    chart.valueAxis.valueMax = max(top + 1, 2)
    chart.valueAxis.valueStep = max(1, (top + 4) // 5)
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = MUTED
    chart.valueAxis.gridStrokeWidth = 0.2
    chart.bars[0].fillColor = NAVY
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _wide(text: str) -> bool:
    return any(ord(ch) > 0x2E80 for ch in text)
