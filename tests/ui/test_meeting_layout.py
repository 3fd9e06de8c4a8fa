"""The meeting screen at a hospital laptop's size (1366×768 less the navigation): agenda
references shown whole, messages that never push the rows, the decision button in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QStyle

from desktop.ui.meeting import MeetingScreen
from tests.ui.layout_check import LAPTOP
from tests.ui.test_meeting_mode import committee_room, make_screen, meeting_template, sign  # noqa: F401

# Less the main window's navigation, menu and status bar.
SCREEN_AREA = (LAPTOP.width() - 180, LAPTOP.height() - 80)


def _laptop(qtbot, screen: MeetingScreen) -> MeetingScreen:
    screen.resize(*SCREEN_AREA)
    screen.show()
    qtbot.waitExposed(screen)
    QApplication.processEvents()
    return screen


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_agenda_references_are_never_elided(qtbot, use_language, open_demo_vault, language):
    use_language(language)
    screen = _laptop(qtbot, MeetingScreen(open_demo_vault))
    qtbot.addWidget(screen)
    agenda = screen.agenda
    assert agenda.topLevelItemCount() >= 2
    references = [agenda.topLevelItem(i).text(0) for i in range(agenda.topLevelItemCount())]
    assert all("BJSTEC-2026-0" in r for r in references) and len(set(references)) == len(references)
    metrics = agenda.fontMetrics()
    # What a view's item delegate keeps free either side of the text before it elides.
    margin = agenda.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, agenda) + 1
    for row, text in enumerate(references):
        shown = agenda.visualItemRect(agenda.topLevelItem(row))
        assert shown.isValid()
        assert agenda.header().sectionSize(0) >= metrics.horizontalAdvance(text) + 2 * margin, text
    assert agenda.header().sectionViewportPosition(2) + agenda.header().sectionSize(2) <= (
        agenda.viewport().width()
    )  # the status column is in view too, not behind a sideways scroll


def _top(widget, screen) -> int:
    return widget.mapTo(screen, QPoint(0, 0)).y()


def test_messages_and_check_ins_never_push_the_rows(qtbot, committee_room):  # noqa: F811
    room = committee_room
    screen = _laptop(qtbot, make_screen(qtbot, room))
    screen.resize(*SCREEN_AREA)
    QApplication.processEvents()
    before = (_top(screen.body, screen), _top(screen.tabs, screen))
    screen.banner.show_info("王建国 checked in. " * 3)
    QApplication.processEvents()
    assert (_top(screen.body, screen), _top(screen.tabs, screen)) == before
    assert sign(qtbot, screen, f"checkInButton_{room.ids['chair']}")
    QApplication.processEvents()
    assert (_top(screen.body, screen), _top(screen.tabs, screen)) == before
    screen.banner.clear()
    QApplication.processEvents()
    assert (_top(screen.body, screen), _top(screen.tabs, screen)) == before


def test_the_decision_button_stays_in_view(qtbot, committee_room):  # noqa: F811
    screen = _laptop(qtbot, make_screen(qtbot, committee_room))
    # 768 px less the taskbar, the window's title, menu and status bars, at 125% text scale.
    screen.resize(SCREEN_AREA[0], 560)
    screen.tabs.setCurrentIndex(4)
    QApplication.processEvents()
    record = screen.decision.record
    assert record.isVisible()
    assert not record.visibleRegion().isEmpty()  # not scrolled out of its tab
    corner = record.mapTo(screen, QPoint(record.width(), record.height()))
    assert screen.rect().contains(corner)
