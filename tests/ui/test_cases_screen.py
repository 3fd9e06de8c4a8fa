"""The cases screen: search, filters, sorting, opening a case by keyboard, starting an intake."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.ui.case_model import CASE_ID_ROLE, column_of
from desktop.ui.cases import CasesScreen


@pytest.fixture
def screen(qtbot, open_demo_vault):
    widget = CasesScreen(open_demo_vault)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    idle(qtbot, widget)
    yield widget
    idle(qtbot, widget)  # no background read may outlive the vault


def idle(qtbot, screen: CasesScreen) -> None:
    qtbot.waitUntil(
        lambda: not screen.model.busy and screen.model.total is not None and screen.detail._task is None,
        timeout=10_000,
    )


def references(screen: CasesScreen) -> list[str]:
    model = screen.model
    return [model.index(r, column_of("reference")).data() for r in range(model.rowCount())]


def test_lists_the_cases_newest_first_with_a_count(screen):
    assert sorted(references(screen)) == ["BJSTEC-2026-031", "BJSTEC-2026-032", "BJSTEC-2026-033"]
    assert screen.count_label.text() == "3 cases."
    header = screen.table.horizontalHeader()
    assert header.sortIndicatorSection() == column_of("received_on")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_typing_in_the_search_box_filters_after_a_pause(qtbot, screen):
    with qtbot.waitSignal(screen.model.pageLoaded, timeout=10_000):
        qtbot.keyClicks(screen.search_edit, "XK-217")
    assert references(screen) == ["BJSTEC-2026-031"]
    assert screen.count_label.text() == "1 cases."
    with qtbot.waitSignal(screen.model.pageLoaded, timeout=10_000):
        screen.search_edit.clear()
    assert len(references(screen)) == 3


def test_status_and_domain_filters(qtbot, screen):
    with qtbot.waitSignal(screen.model.pageLoaded, timeout=10_000):
        screen.status_combo.setCurrentIndex(screen.status_combo.findData("received"))
    assert references(screen) == []
    assert screen.count_label.text() == "No cases match."
    with qtbot.waitSignal(screen.model.pageLoaded, timeout=10_000):
        screen.status_combo.setCurrentIndex(0)  # all statuses
    with qtbot.waitSignal(screen.model.pageLoaded, timeout=10_000):
        screen.domain_combo.setCurrentIndex(screen.domain_combo.findData("ai"))
    assert references(screen) == ["BJSTEC-2026-032"]


def test_clicking_a_header_sorts_by_that_column(qtbot, screen):
    header = screen.table.horizontalHeader()
    x = header.sectionViewportPosition(column_of("reference")) + 5
    with qtbot.waitSignal(screen.model.pageLoaded, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert screen.model.query.order_by == "reference"
    order = references(screen)
    assert order == sorted(order) or order == sorted(order, reverse=True)


def test_enter_opens_the_case_and_escape_returns(qtbot, screen):
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(0, 0))
    case_id = screen.model.index(0, 0).data(CASE_ID_ROLE)
    with qtbot.waitSignal(screen.detail.loaded, timeout=10_000) as opened:
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened.args == [case_id]
    assert screen.pages.currentWidget() is screen.detail
    assert screen.model.index(0, column_of("reference")).data() in screen.detail.heading.text()
    qtbot.keyClick(screen.detail.tabs, Qt.Key.Key_Escape)
    assert screen.pages.currentIndex() == 0


def test_double_click_opens_and_other_screens_can_open_a_case(qtbot, screen, demo):
    index = screen.model.index(1, column_of("title"))
    rect = screen.table.visualRect(index)
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(screen.detail.loaded, timeout=10_000):  # a double click is press, release, double
        qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.detail.case_id == index.data(CASE_ID_ROLE)
    screen.show_list()
    with qtbot.waitSignal(screen.detail.loaded, timeout=10_000):
        screen.open_item(demo["case_ids"][2])  # the dashboard's hook
    assert "BJSTEC-2026-033" in screen.detail.heading.text()


def test_refresh_keeps_the_selected_case(qtbot, screen):
    screen.table.selectRow(2)
    chosen = screen.model.index(2, 0).data(CASE_ID_ROLE)
    with qtbot.waitSignal(screen.model.pageLoaded, timeout=10_000):
        screen.refresh()
    assert screen.table.currentIndex().siblingAtColumn(0).data(CASE_ID_ROLE) == chosen


def test_new_case_button_opens_the_intake_dialog(qtbot, screen):
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    dialog = screen.intake_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "New case (intake)"
    dialog.reject()


def test_the_screen_speaks_chinese(qtbot, screen, use_language):
    use_language("zh_CN")
    assert screen.heading.text() == "项目"
    assert screen.model.headerData(0, Qt.Orientation.Horizontal) == "受理编号"
    assert screen.count_label.text() == "共 3 个项目。"
    assert screen.model.index(0, column_of("status")).data() == "已决定"
