"""Read-only summaries for the dashboard and the roster: next meetings, cases by status,
deadlines (decision due, emergency 72 h, follow-up review due), members' terms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from desktop.domain import CaseStatus, DecisionStatus, Procedure
from desktop.models import Case, DeadlineExtension, Decision, Meeting, Member
from desktop.rules import add_months
from desktop.services.committee import charter_of
from desktop.services.meetings import _view as meeting_view
from desktop.services.views import MeetingView, MemberView
from desktop.vault import Vault

DEADLINE_WINDOW_DAYS = 7
TERM_WARNING_DAYS = 90
# The dashboard warns 60 days before a term (or the five-year limit) ends, and louder at 30.
TERM_NOTICE_DAYS, TERM_URGENT_DAYS = 60, 30
# A decision is still owed for cases in these states.
AWAITING_DECISION = (CaseStatus.ACCEPTED.value, CaseStatus.IN_REVIEW.value)
# A follow-up review is no longer owed once the case is closed.
FOLLOW_UP_ENDED = (CaseStatus.CLOSED.value,)


@dataclass(frozen=True)
class Deadline:
    kind: str  # "decision_due" | "decision_due_extended" | "emergency" | "follow_up"
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
        extended = set(s.execute(select(DeadlineExtension.case_id)).scalars())
        for case in rows:
            kind = "emergency" if case.procedure == Procedure.EMERGENCY.value else "decision_due"
            if case.id in extended:
                kind = "decision_due_extended"
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


@dataclass(frozen=True)
class TermWarning:
    member_id: str
    name: str
    kind: str  # "term_end" (the appointment's end) | "term_limit" (five years from its start)
    ends: date  # last day served
    days_left: int  # negative once passed

    @property
    def urgent(self) -> bool:
        return self.days_left <= TERM_URGENT_DAYS


def term_warnings(
    vault: Vault, today: date | None = None, within_days: int = TERM_NOTICE_DAYS
) -> list[TermWarning]:
    """Serving members whose term, or its five-year limit without renewal, ends within
    ``within_days`` or has passed: they cannot sit in a meeting after it (``member_standing``)."""
    today = today or date.today()
    found: list[TermWarning] = []
    with vault.session() as s:
        years = charter_of(s).max_term_years
        for m in s.execute(select(Member).where(Member.active.is_(True))).scalars():
            limit = add_months(m.term_start, 12 * years)
            if m.term_end is not None and m.term_end <= limit:
                kind, ends = "term_end", m.term_end
            else:
                kind, ends = "term_limit", limit
            left = (ends - today).days
            if left <= within_days:
                found.append(TermWarning(m.id, m.name, kind, ends, left))
    return sorted(found, key=lambda w: (w.ends, w.name))
