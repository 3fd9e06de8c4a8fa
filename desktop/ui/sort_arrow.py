"""Header sort arrows that point the way the rows run: ▲ ascending, ▼ descending.

QHeaderView hands styles SortDown for ascending and SortUp for descending, and Fusion draws
SortUp as ▲, so a list shown newest first carried the arrow people read as "ascending".
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPolygonF
from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QStyleOptionHeader


class SortArrowStyle(QProxyStyle):
    """Draws the header's sort arrow itself; everything else is the application's style."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element != QStyle.PrimitiveElement.PE_IndicatorHeaderArrow or not isinstance(
            option, QStyleOptionHeader
        ):
            super().drawPrimitive(element, option, painter, widget)
            return
        indicator = option.sortIndicator
        if indicator == QStyleOptionHeader.SortIndicator.None_:
            return
        ascending = indicator == QStyleOptionHeader.SortIndicator.SortDown  # QHeaderView's mapping
        r = option.rect
        side = float(max(9, min(r.width(), 12)))  # the style's own arrow is a few pixels wide
        cx, cy = r.center().x() + 0.5, r.center().y() + 0.5
        top, bottom = cy - side / 4, cy + side / 4
        if ascending:
            points = [QPointF(cx - side / 2, bottom), QPointF(cx + side / 2, bottom), QPointF(cx, top)]
        else:
            points = [QPointF(cx - side / 2, top), QPointF(cx + side / 2, top), QPointF(cx, bottom)]
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(option.palette.windowText())
        painter.drawPolygon(QPolygonF(points))
        painter.restore()


def point_sort_arrows(header: QHeaderView) -> None:
    """Give ``header`` arrows that match the order of the rows."""
    style = SortArrowStyle()
    style.setParent(header)  # a widget does not own the style it is given
    header.setStyle(style)
