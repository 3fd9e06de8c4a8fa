"""Read-only summaries behind the dashboard and the roster (no Qt)."""

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.demo import ALL_MATERIALS
from desktop.services import cases, committee, meetings, overview
from desktop.services.views import MemberView
from desktop.vault import Vault

NOW = datetime(2026, 5, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def vault(tmp_path):
    v, _code = Vault.create(tmp_path / "v", "overview-passphrase")
    committee.setup_committee(v, "Committee", "Institution")
    yield v
    v.close()


def _accepted(vault, ref: str, at: datetime, procedure: str = "general") -> str:
    case = cases.add_case(
        vault,
        reference=ref,
        title=ref,
        applicant="A",
        domains=["data"],
        risk_level="minimal" if procedure == "emergency" else "low",
        procedure=procedure,
        materials=ALL_MATERIALS,
        public_emergency=procedure == "emergency",
    )
    cases.accept_case(vault, case.id, at)
    return case.id


def test_deadlines_within_a_week_overdue_first(vault):
    _accepted(vault, "LATER", NOW - timedelta(days=5))  # due in 25 days: not listed
    _accepted(vault, "SOON", NOW - timedelta(days=26))
    _accepted(vault, "LATE", NOW - timedelta(days=31))
    _accepted(vault, "EMERG", NOW - timedelta(hours=71), "emergency")
    found = overview.deadlines(vault, NOW)
    assert [(d.reference, d.kind, d.overdue) for d in found] == [
        ("LATE", "decision_due", True),
        ("EMERG", "emergency", False),
        ("SOON", "decision_due", False),
    ]
    assert found[1].due == NOW + timedelta(hours=1)


def test_emergency_past_72_hours_is_overdue(vault):
    _accepted(vault, "EMERG", NOW - timedelta(hours=73), "emergency")
    (deadline,) = overview.deadlines(vault, NOW)
    assert deadline.kind == "emergency" and deadline.overdue


def test_cases_by_status_counts_every_status(vault):
    _accepted(vault, "A", NOW)
    cases.add_case(vault, reference="B", title="B", applicant="x", domains=["data"], risk_level="low")
    counts = overview.cases_by_status(vault)
    assert counts["accepted"] == 1 and counts["received"] == 1 and counts["closed"] == 0
    assert set(counts) >= {"received", "incomplete", "accepted", "in_review", "decided", "closed"}


def test_next_meetings_are_open_or_still_to_come(vault):
    meetings.schedule_meeting(vault, NOW - timedelta(days=3), [], title="past")
    meetings.schedule_meeting(vault, NOW + timedelta(days=9), [], title="later")
    meetings.schedule_meeting(vault, NOW + timedelta(days=2), [], title="soon")
    assert [m.title for m in overview.next_meetings(vault, NOW)] == ["soon", "later"]


def _member(term_end: date | None, active: bool = True) -> MemberView:
    return MemberView(
        "id", "n", "", "member", ("law",), False, "female", "", date(2024, 1, 1), term_end, active, "k"
    )


@pytest.mark.parametrize(
    ("term_end", "active", "state"),
    [
        (date(2026, 8, 18), True, "expiring"),  # 90 days after 2026-05-20
        (date(2026, 8, 19), True, "current"),
        (date(2026, 5, 19), True, "expired"),
        (date(2026, 5, 20), True, "expiring"),  # the last day of the term still counts
        (None, True, "current"),
        (date(2027, 1, 1), False, "ended"),
    ],
)
def test_term_state(term_end, active, state):
    assert overview.term_state(_member(term_end, active), date(2026, 5, 20)) == state
