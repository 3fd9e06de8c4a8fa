"""Taking in a linked submission from the case screen, and the dashboard's overdue list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.services import decisions, submissions
from desktop.ui.case_detail import CaseDetail
from desktop.ui.dashboard import DashboardScreen
from tests.conftest import PIN, make_case
from tests.lifecycle.conftest import decide_at_meeting


@pytest.fixture
def approved_case(vault, roster):
    case = make_case(vault, "UI-1")
    decide_at_meeting(
        vault,
        roster,
        case.id,
        "approve",
        lambda mid: decisions.record_decision(vault, mid, case.id, roster["Chair Chen"], PIN, "approve"),
    )
    return case


@pytest.fixture
def screen(qtbot, vault, approved_case):
    widget = CaseDetail(vault)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.load(approved_case.id)
    return widget


def open_dialog(qtbot, screen):
    assert screen.submission_button.isVisible()
    qtbot.mouseClick(screen.submission_button, Qt.MouseButton.LeftButton)
    return screen.submission_dialog


def test_amendment_taken_in_from_the_case_screen(qtbot, vault, screen, approved_case):
    dialog = open_dialog(qtbot, screen)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("amendment"))
    assert dialog.major_box.isEnabled() and not dialog.event_edit.isEnabled()
    assert dialog.materials_list.ids() == ["amendment_description", "revised_protocol", "risk_benefit_change"]
    dialog.summary_edit.setText("Add a second recruiting site")
    dialog.materials_list.set_checked("amendment_description", True)
    with qtbot.waitSignal(dialog.submissionReceived, timeout=5_000) as got:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = submissions.get_submission(vault, got.args[0])
    assert saved.reference == "UI-1/AM-1" and saved.procedure == "simplified"
    assert "Taken in as UI-1/AM-1: simplified procedure" in dialog.result_label.text()
    assert "Revised protocol" in dialog.result_label.text()
    assert not dialog.save_button.isEnabled()


def test_adverse_event_without_summary_is_refused_in_one_line(qtbot, vault, screen, approved_case):
    dialog = open_dialog(qtbot, screen)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("adverse_event"))
    assert dialog.event_edit.isEnabled() and not dialog.major_box.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.banner.isVisible() and "Describe the submission" in dialog.banner.text()
    assert submissions.submissions_for_case(vault, approved_case.id) == []
    assert dialog.save_button.isEnabled()


def test_dashboard_lists_a_late_adverse_event_review(qtbot, vault, approved_case):
    event = datetime.now(UTC).date() - timedelta(days=12)
    submissions.receive_submission(
        vault, approved_case.id, "adverse_event", summary="SAE", event_on=event, received_on=event
    )
    dash = DashboardScreen(vault)  # starts loading at once
    qtbot.addWidget(dash)
    qtbot.waitUntil(lambda: dash.data is not None, timeout=10_000)
    box = dash.overdue_box
    assert box.model.rowCount() == 1
    assert box.model.item(0, 0).text() == "Serious adverse event awaiting review"
    assert box.model.item(0, 1).text() == "UI-1/SAE-1"
    assert "overdue by 5 d" in box.model.item(0, 3).text()
