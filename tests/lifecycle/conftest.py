"""An approved activity to take linked submissions: a case decided at a meeting."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.services import decisions, meetings
from tests.conftest import PIN, make_case
from tests.test_meeting_services import check_in_all, declare_all, vote_all


def decide_at_meeting(vault, roster, case_id, choice, decide):
    """Hold a meeting on the case, everyone votes ``choice``; ``decide(meeting_id)`` signs."""
    meeting = meetings.schedule_meeting(vault, datetime.now(UTC), [case_id], place="Room 2")

    class _Case:
        id = case_id

    check_in_all(vault, meeting, roster)
    declare_all(vault, meeting, _Case, roster)
    vote_all(vault, meeting, _Case, roster, choice=choice)
    return decide(meeting.id)


@pytest.fixture
def approved(vault, roster):
    """(vault, roster, case, approval decision)."""
    case = make_case(vault, "LC-1")
    approval = decide_at_meeting(
        vault,
        roster,
        case.id,
        "approve",
        lambda mid: decisions.record_decision(vault, mid, case.id, roster["Chair Chen"], PIN, "approve"),
    )
    return vault, roster, case, approval
