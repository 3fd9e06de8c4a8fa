"""The meeting screen's jobs through the real widgets: add a case to an open meeting's agenda,
supersede a decision (with a reason) at a later meeting, record the expert re-review opinion."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication

from desktop.services import cases, decisions, meetings, records
from tests.ui.meeting_data import MATERIALS
from tests.ui.test_meeting_mode import committee_room, make_screen, meeting_template, sign  # noqa: F401

VOTERS = ("chair", "vice", "zhang", "chen", "liu", "yang")


def _run(qtbot, dialog) -> None:
    dialog.action_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)


def _meeting_to_votes(room, meeting_id: str, case_id: str, choice: str = "approve") -> None:
    """Everyone checks in, declares no conflict and votes, through the services."""
    for key in VOTERS:
        member = room.ids[key]
        if member not in meetings.get_meeting(room.vault, meeting_id).attending:
            meetings.check_in(room.vault, meeting_id, member, room.pins[member])
        meetings.declare(room.vault, meeting_id, case_id, member, False, pin=room.pins[member])
    for key in VOTERS:
        member = room.ids[key]
        meetings.cast_vote(room.vault, meeting_id, case_id, member, choice, room.pins[member])


def test_add_a_case_to_the_agenda(qtbot, committee_room):  # noqa: F811
    room = committee_room
    extra = cases.intake_case(
        room.vault,
        reference="T-2026-009",
        title="可穿戴设备睡眠研究",
        applicant="马骏",
        domains=["data"],
        risk_level="low",
        materials=MATERIALS,
    )
    screen = make_screen(qtbot, room)
    assert screen.jobs.agenda_button.isEnabled()
    screen.jobs.agenda_button.click()
    dialog = screen.jobs.dialog
    assert dialog.windowTitle() == "Add a case to the agenda"
    dialog.case.setCurrentIndex(dialog.case.findData(extra.case.id))
    _run(qtbot, dialog)
    assert "Added T-2026-009" in dialog.result.text()
    dialog.close()
    QApplication.processEvents()
    assert meetings.get_meeting(room.vault, room.meeting_id).agenda[-1] == extra.case.id
    assert screen.agenda.topLevelItemCount() == 3


def test_supersede_a_decision_with_a_reason(qtbot, committee_room):  # noqa: F811
    room = committee_room
    case_id = room.case_ids[0]
    _meeting_to_votes(room, room.meeting_id, case_id)
    first = decisions.record_decision(
        room.vault, room.meeting_id, case_id, room.ids["chair"], room.pins[room.ids["chair"]], "approve"
    )
    meetings.close_meeting(room.vault, room.meeting_id)
    later = meetings.schedule_meeting(room.vault, datetime.now(UTC), [case_id], title="第2次审查会议")
    _meeting_to_votes(room, later.id, case_id, choice="disapprove")
    screen = make_screen(qtbot, room)
    screen.open_item(later.id)
    asked = []
    screen.supersede_reason_provider = lambda earlier: asked.append(earlier.id) or "A serious adverse event."
    screen.tabs.setCurrentIndex(4)
    assert "Standing decision from an earlier meeting" in screen.decision.signed.text()
    screen.decision.reasons.setPlainText("Risks now outweigh the benefits.")
    assert sign(qtbot, screen, "recordDecisionButton")
    assert asked == [first.id]
    states = {d.id: d.status for d in decisions.decisions_for_case(room.vault, case_id)}
    assert states[first.id] == "superseded" and list(states.values()).count("final") == 1
    assert any(e.action == "decision.supersede" for e in records.recent_events(room.vault))


def test_record_the_expert_rereview_opinion(qtbot, committee_room):  # noqa: F811
    room = committee_room
    listed = cases.intake_case(
        room.vault,
        reference="T-2026-010",
        title="人胚胎干细胞研究",
        applicant="马骏",
        domains=["life_science_medicine"],
        involves_humans=True,
        risk_level="high",
        rereview_items=["STER-annex-2"],
        materials=MATERIALS,
    )
    meetings.add_to_agenda(room.vault, room.meeting_id, listed.case.id)
    _meeting_to_votes(room, room.meeting_id, listed.case.id)
    chair = room.ids["chair"]
    prelim = decisions.record_decision(
        room.vault, room.meeting_id, listed.case.id, chair, room.pins[chair], "approve"
    )
    assert prelim.status == "preliminary"
    screen = make_screen(qtbot, room)
    screen.room.select_case(listed.case.id)
    assert screen.jobs.rereview_button.isEnabled()
    screen.jobs.rereview_button.click()
    dialog = screen.jobs.dialog
    dialog.authority.setText("北京市科学技术委员会")
    dialog.experts.setValue(6)
    dialog.agreeing.setValue(5)
    dialog.signer.setCurrentIndex(dialog.signer.findData(chair))
    dialog.pin.setText(room.pins[chair])
    _run(qtbot, dialog)
    assert dialog.recorded is not None and dialog.recorded.status == "final", dialog.banner.text()
    assert decisions.get_decision(room.vault, prelim.id).status == "superseded"
