"""Measures a shown window with its widgets' own font metrics: text wider than the widget that
shows it, and scroll areas that need a horizontal scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QWidget,
)

LAPTOP = QSize(1366, 768)


def _text_width(widget: QWidget, text: str) -> int:
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return max(widget.fontMetrics().horizontalAdvance(line) for line in plain.splitlines() or [""])


def _needs(widget: QWidget) -> tuple[str, int, int] | None:
    """(text, width it needs, width it has) for a widget showing one-line text, else None."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or widget.wordWrap() or text.lstrip().startswith("<"):
            return None
        return text, _text_width(widget, text), widget.contentsRect().width()
    if isinstance(widget, QCheckBox | QRadioButton):
        return widget.text(), widget.sizeHint().width(), widget.width()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.text(), _text_width(widget, widget.text()), widget.contentsRect().width()
    if isinstance(widget, QGroupBox) and widget.title():
        return widget.title(), _text_width(widget, widget.title()), widget.width()
    return None


def clipped(top: QWidget) -> list[str]:
    """One line per widget whose text does not fit in it, or scroll area that scrolls sideways."""
    problems: list[str] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {widget.objectName()}".strip()
        found = _needs(widget)
        if found is not None and found[1] > found[2]:
            problems.append(f"{name} {found[0][:40]!r}: needs {found[1]} px, has {found[2]}")
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            problems.append(f"{name}: needs a horizontal scroll bar")
    return problems
