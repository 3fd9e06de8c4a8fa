"""Measures a shown window with its widgets' own font metrics: text wider than the widget that
shows it, and scroll areas that need a horizontal scroll bar."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QWidget,
)

LAPTOP = (1366, 768)


def _visible(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0


def _text_width(widget: QWidget, text: str) -> int:
    lines = text.replace("&&", "\0").replace("&", "").replace("\0", "&").splitlines() or [""]
    return max(widget.fontMetrics().horizontalAdvance(line) for line in lines)


def clipped(top: QWidget) -> list[str]:
    """One line per widget whose text does not fit in it, or scroll area that scrolls sideways."""
    problems: list[str] = []
    for widget in top.findChildren(QWidget):
        if not _visible(widget, top):
            continue
        name = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            if widget.textFormat().name != "RichText" and not widget.text().lstrip().startswith("<"):
                need = _text_width(widget, widget.text())
                if need > widget.contentsRect().width():
                    problems.append(f"{name} {widget.text()[:40]!r}: {need} > {widget.contentsRect().width()}")
        elif isinstance(widget, QCheckBox | QRadioButton):
            if widget.sizeHint().width() > widget.width():
                problems.append(f"{name} {widget.text()[:40]!r}: {widget.sizeHint().width()} > {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = _text_width(widget, widget.text())
            if need > widget.contentsRect().width():
                problems.append(f"{name} {widget.text()[:40]!r}: {need} > {widget.contentsRect().width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            need = _text_width(widget, widget.title())
            if need > widget.width():
                problems.append(f"{name} {widget.title()[:40]!r}: {need} > {widget.width()}")
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            problems.append(f"{name}: needs a horizontal scroll bar")
    return problems
