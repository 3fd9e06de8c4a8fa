"""The cases list reads true: the sort arrow points the way the rows run, and document sizes
are shown whole in both languages."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from desktop.ui.case_model import column_of
from desktop.ui.cases import CasesScreen
from tests.ui.layout_check import LAPTOP


@pytest.fixture
def screen(qtbot, open_demo_vault):
    widget = CasesScreen(open_demo_vault)
    qtbot.addWidget(widget)
    widget.resize(LAPTOP)
    widget.show()
    qtbot.waitExposed(widget)
    _idle(qtbot, widget)
    yield widget
    _idle(qtbot, widget)


def _idle(qtbot, screen: CasesScreen) -> None:
    qtbot.waitUntil(
        lambda: not screen.model.busy and screen.model.total is not None and screen.detail._task is None,
        timeout=10_000,
    )


def arrow_points(header, column: int) -> str:
    """'up' or 'down': which way the arrow drawn at the right end of ``column``'s header points
    (a triangle is widest at its base)."""
    image = header.grab().toImage()
    right = header.sectionViewportPosition(column) + header.sectionSize(column)
    widths = []
    for y in range(image.height()):
        dark = [x for x in range(right - 22, right - 3) if QColor(image.pixel(x, y)).lightness() < 110]
        if dark:
            widths.append(max(dark) - min(dark) + 1)
    assert len(widths) >= 3, "no arrow drawn"
    half = len(widths) // 2
    return "down" if sum(widths[:half]) > sum(widths[-half:]) else "up"


def test_the_arrow_points_down_while_the_newest_case_is_first(qtbot, screen):
    header = screen.table.horizontalHeader()
    received = column_of("received_on")
    assert header.sortIndicatorSection() == received and screen.model.query.descending
    assert arrow_points(header, received) == "down"
    # one click on the header turns the order and the arrow together
    x = header.sectionViewportPosition(received) + 5
    with qtbot.waitSignal(screen.model.pageLoaded, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert not screen.model.query.descending
    assert arrow_points(header, received) == "up"


@pytest.mark.parametrize(("language", "bytes_word"), [("en", "bytes"), ("zh_CN", "字节")])
def test_document_sizes_read_whole_in_both_languages(qtbot, screen, demo, use_language, language, bytes_word):
    use_language(language)
    with qtbot.waitSignal(screen.detail.loaded, timeout=10_000):
        screen.open_case(demo["case_ids"][0])
    panel = screen.detail.documents
    screen.detail.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    tree, model = panel.tree, panel.model
    cells = [
        model.index(r, 2, model.index(row, 0))
        for row in range(model.rowCount())
        for r in range(model.rowCount(model.index(row, 0)))
    ]
    shown = {index.data() for index in cells}
    small = re.compile(rf"\d+ {bytes_word}")
    assert any(small.fullmatch(t) for t in shown) and any(re.fullmatch(r"\d+\.\d KB", t) for t in shown)
    margin = tree.style().pixelMetric(tree.style().PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    for index in cells:
        need = tree.fontMetrics().horizontalAdvance(index.data()) + 2 * margin
        assert tree.visualRect(index).width() >= need, index.data()  # never "26.4 K" or "92 byt"
