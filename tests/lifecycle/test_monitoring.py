"""Monitoring of high-risk activities: their follow-up review carries the continuous-monitoring
checklists (the seed's ch. 5 item 2), and only theirs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.errors import ValidationError
from desktop.rules import Charter, basis, lifecycle
from desktop.services import committee, decisions, meetings, review_lists, submissions
from tests.conftest import PIN, make_case
from tests.lifecycle.conftest import decide_at_meeting


def approve(vault, roster, reference, **fields):
    case = make_case(vault, reference, **fields)
    decide_at_meeting(
        vault,
        roster,
        case.id,
        "approve",
        lambda mid: decisions.record_decision(vault, mid, case.id, roster["Chair Chen"], PIN, "approve"),
    )
    return case


def ids(vault, case):
    return [c.id for c in review_lists.checklists_of_case(vault, case.id)]


def test_monitored_applies_to_high_risk_and_rereview_list_activities_only_when_the_charter_says():
    on = Charter(monitor_high_risk=True)
    assert lifecycle.monitored(risk="high", on_rereview_list=False, charter=on)
    assert lifecycle.monitored(risk="low", on_rereview_list=True, charter=on)
    assert not lifecycle.monitored(risk="moderate", on_rereview_list=False, charter=on)
    assert not lifecycle.monitored(risk="high", on_rereview_list=True, charter=Charter())


def test_follow_up_review_of_a_monitored_ai_activity_carries_the_monitoring_items(vault, roster):
    committee.update_charter(vault, "secretary", Charter(monitor_high_risk=True))
    risky = approve(vault, roster, "MON-1", domains=["ai"], risk_level="high")
    plain = approve(vault, roster, "MON-2", domains=["ai"], risk_level="moderate")
    assert ids(vault, risky) == ["general", "ai"]  # no follow-up under review yet
    for case in (risky, plain):
        submissions.receive_submission(vault, case.id, "follow_up_report", summary="Year one", major=True)
    assert ids(vault, risky) == ["general", "ai", "monitoring_general", "monitoring_ai"]
    assert ids(vault, plain) == ["general", "ai"]
    fairness = review_lists.checklists_of_case(vault, risky.id)[-1].item("monitoring_ai.use.fairness")
    assert fairness.basis == basis.checklist_citation(
        "bj.monitoring; bj.ai-risk; ster.content.data-algorithms"
    )

    # the reviewer answers the monitoring items at the meeting; the other activity has none to answer
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [risky.id, plain.id], place="Room 3")
    meetings.check_in(vault, meeting.id, roster["Sci Zhang"], PIN)
    for case in (risky, plain):
        meetings.declare(vault, meeting.id, case.id, roster["Sci Zhang"], False, pin=PIN)
    answer = [meetings.ChecklistEntry("monitoring_ai.use.incidents", "yes", "")]
    meetings.answer_checklist_items(
        vault, risky.id, roster["Sci Zhang"], answer, pin=PIN, meeting_id=meeting.id
    )
    assert [r.item_id for r in meetings.checklist_responses(vault, risky.id)] == [
        "monitoring_ai.use.incidents"
    ]
    with pytest.raises(ValidationError, match="not on this case's checklists"):
        meetings.answer_checklist_items(
            vault, plain.id, roster["Sci Zhang"], answer, pin=PIN, meeting_id=meeting.id
        )


def test_a_monitored_life_science_activity_gets_the_life_science_monitoring_items(vault, roster):
    committee.update_charter(vault, "secretary", Charter(monitor_high_risk=True))
    case = approve(vault, roster, "MON-3", risk_level="high")
    submissions.receive_submission(vault, case.id, "amendment", summary="New site", major=True)
    assert ids(vault, case)[-2:] == ["monitoring_general", "monitoring_life_science_medicine"]
    committee.update_charter(vault, "secretary", Charter())  # the committee stops monitoring
    assert ids(vault, case) == ["general", "life_science_medicine"]
