"""Read-only summaries for the dashboard and the roster: next meetings, cases by status,
deadlines (decision due, emergency 72 h, follow-up review due), members' terms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from desktop.domain import CaseStatus, DecisionStatus, Procedure
from desktop.models import Case, Decision, Meeting
from desktop.services.meetings import _view as meeting_view
from desktop.services.views import MeetingView, MemberView
from desktop.vault import Vault

DEADLINE_WINDOW_DAYS = 7
TERM_WARNING_DAYS = 90
# A decision is still owed for cases in these states.
AWAITING_DECISION = (CaseStatus.ACCEPTED.value, CaseStatus.IN_REVIEW.value)
# A follow-up review is no longer owed once the case is closed.
FOLLOW_UP_ENDED = (CaseStatus.CLOSED.value,)


@dataclass(frozen=True)
class Deadline:
    kind: str  # "decision_due" | "emergency" | "follow_up"
    case_id: str
    reference: str
    title: str
    due: datetime  # aware, UTC; a follow-up date counts until the end of that day
    overdue: bool


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


def next_meetings(vault: Vault, now: datetime | None = None, limit: int = 5) -> list[MeetingView]:
    """Open meetings first (whenever held), then planned ones from today on, soonest first."""
    start_of_today = datetime.combine(_now(now).date(), time.min, tzinfo=UTC)
    with vault.session() as s:
        rows = s.execute(
            select(Meeting)
            .where(
                (Meeting.status == "open")
                | ((Meeting.status == "planned") & (Meeting.held_at >= start_of_today))
            )
            .order_by((Meeting.status != "open"), Meeting.held_at)
            .limit(limit)
        ).scalars()
        return [meeting_view(s, m) for m in rows]


def cases_by_status(vault: Vault) -> dict[str, int]:
    """Case counts keyed by status, every status present (zero when none)."""
    counts = {status.value: 0 for status in CaseStatus}
    with vault.session() as s:
        for status, count in s.execute(select(Case.status, func.count(Case.id)).group_by(Case.status)):
            counts[status] = count
    return counts


def deadlines(
    vault: Vault, now: datetime | None = None, within_days: int = DEADLINE_WINDOW_DAYS
) -> list[Deadline]:
    """Deadlines already passed or falling within ``within_days``; overdue first, then soonest."""
    now = _now(now)
    horizon = now + timedelta(days=within_days)
    found: list[Deadline] = []
    with vault.session() as s:
        rows = s.execute(
            select(Case).where(
                Case.status.in_(AWAITING_DECISION), Case.due_at.is_not(None), Case.due_at <= horizon
            )
        ).scalars()
        for case in rows:
            kind = "emergency" if case.procedure == Procedure.EMERGENCY.value else "decision_due"
            due = case.due_at.astimezone(UTC)
            found.append(Deadline(kind, case.id, case.reference, case.title, due, due < now))
        rows = s.execute(
            select(Decision, Case)
            .join(Case, Case.id == Decision.case_id)
            .where(
                Decision.status == DecisionStatus.FINAL.value,
                Decision.follow_up_due.is_not(None),
                Decision.follow_up_due <= horizon.date(),
                Case.status.not_in(FOLLOW_UP_ENDED),
            )
        ).all()
        for decision, case in rows:
            due = datetime.combine(decision.follow_up_due, time.max, tzinfo=UTC)
            found.append(Deadline("follow_up", case.id, case.reference, case.title, due, due < now))
    return sorted(found, key=lambda d: (not d.overdue, d.due, d.reference))


def term_state(member: MemberView, today: date | None = None, warning_days: int = TERM_WARNING_DAYS) -> str:
    """ "expired", "expiring" (ends within ``warning_days``), "ended" (left early) or "current"."""
    today = today or date.today()
    if member.term_end is not None and member.term_end < today:
        return "expired"
    if not member.active:
        return "ended"
    if member.term_end is not None and member.term_end <= today + timedelta(days=warning_days):
        return "expiring"
    return "current"
