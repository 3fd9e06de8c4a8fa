"""The data behind the documents, read from the demo meeting's record."""

from __future__ import annotations

from datetime import date

from desktop.services.reports import letter_data
from desktop.services.reports_annual import annual_report_data
from desktop.services.reports_meetings import coi_register_data, minutes_data


def test_letter_data_has_the_tally_recusals_and_follow_up(demo_vault, demo):
    second = letter_data(demo_vault, demo["decision_ids"][1])  # the AI triage case, one member recused
    assert second.decision_type == "approve" and second.status == "final"
    assert second.recused == 1 and second.eligible == 7 and second.cast == 7
    assert second.counts["approve"] == 6 and second.counts["approve_after_modification"] == 1
    assert second.follow_up_months == 6 and second.follow_up_due is not None
    assert second.vote_names is None  # the committee's default: counts, not names
    assert second.decided_by.name == "王建国" and second.meeting is not None


def test_minutes_data_attendance_quorum_and_recusal(demo_vault, demo):
    data = minutes_data(demo_vault, demo["meeting_id"])
    assert len(data.attendance) == 8
    assert [p.name for p in data.absent] == ["黄志强"]
    assert data.quorum_met and data.quorum_counted == 8
    assert data.presiding.name == "王建国" and data.recorder.name == "周丽"
    ai_case = data.cases[1]
    assert [p.name for p in ai_case.recused] == ["张伟"]
    assert ai_case.cast == 7 and ai_case.decision_type == "approve"
    first = data.cases[0]
    concerns = [c for checklist in first.checklists for c in checklist.concerns]
    assert concerns and all(c.no >= 1 for c in concerns)
    assert any("补偿与损害赔偿条款不完整" in note for c in concerns for note in c.notes)


def test_coi_register_for_the_meeting_equals_the_register_for_its_day(demo_vault, demo):
    by_meeting = coi_register_data(demo_vault, meeting_id=demo["meeting_id"])
    meeting_day = by_meeting.meeting.held_at.astimezone().date()
    by_period = coi_register_data(demo_vault, start=meeting_day, end=meeting_day)
    assert len(by_meeting.declarations) == 24 == len(by_period.declarations)
    assert by_meeting.conflicts == 1
    before = coi_register_data(demo_vault, end=date(2000, 1, 1))
    assert before.declarations == ()


def test_annual_report_counts_the_demo_year(demo_vault):
    year = date.today().year
    data = annual_report_data(demo_vault, year)
    assert data.cases_received == 3 and data.meetings_held == 1
    assert data.by_decision["approve"] == 2 and data.by_decision["approve_after_modification"] == 1
    assert data.by_domain["life_science_medicine"] == 2 and data.by_domain["data"] == 2
    assert data.by_domain["general"] == 0  # general counts only cases with no other domain
    assert data.by_risk == {"minimal": 0, "low": 1, "moderate": 1, "high": 1}
    assert data.deadline_count("met") == 3 and data.deadline_count("missed") == 0
    assert len(data.follow_ups) == 3 and data.rereviews == ()
    assert len(data.members) == 9
    assert {m.person.name: m.meetings_attended for m in data.members}["黄志强"] == 0


def test_annual_report_of_an_earlier_year_is_empty_but_lists_the_members_then(demo_vault):
    data = annual_report_data(demo_vault, 2024)
    assert data.cases_received == 0 and data.deadlines == () and data.meetings_held == 0
    assert len(data.members) == 9  # terms began 2024-01-01
    assert all(m.training_hours == 8 for m in data.members)  # the 2024 training
