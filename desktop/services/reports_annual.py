"""The annual report's figures: a year of cases, decisions, deadlines, follow-ups, re-reviews, members.

Committees report the previous year by 31 March; everything is counted by the calendar day
where the committee sits (this machine's time zone).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import func, select

from desktop import rules
from desktop.domain import (
    APPROVING_DECISIONS,
    DecisionStatus,
    DecisionType,
    Domain,
    Procedure,
    RiskLevel,
    SubmissionKind,
)
from desktop.errors import ValidationError
from desktop.models import (
    Attendance,
    Case,
    DeadlineExtension,
    Decision,
    Meeting,
    Member,
    RereviewOpinion,
    Submission,
    TrainingRecord,
)
from desktop.services.committee import load_committee
from desktop.services.reports import (
    CaseLine,
    Letterhead,
    PersonLine,
    RereviewLine,
    case_line,
    letterhead_of,
    local_day,
    person_line,
)
from desktop.vault import Vault


@dataclass(frozen=True)
class DeadlineLine:
    case: CaseLine
    decided_at: datetime | None
    outcome: str  # met | missed | overdue (open past its deadline) | open
    extension: str | None = None  # the reason, when the limit was extended (basis.TIME_LIMIT)


@dataclass(frozen=True)
class FollowUpLine:
    case: CaseLine
    decision_type: str
    decided_at: datetime
    follow_up_due: date
    due_passed: bool


@dataclass(frozen=True)
class RereviewCaseLine:
    case: CaseLine
    preliminary_at: datetime | None
    opinion: RereviewLine | None
    final_type: str | None


@dataclass(frozen=True)
class TrainingLine:
    title: str
    provider: str
    completed_on: date
    hours: int


@dataclass(frozen=True)
class MemberYearLine:
    person: PersonLine
    term_start: date
    term_end: date | None
    meetings_attended: int
    training: tuple[TrainingLine, ...]

    @property
    def training_hours(self) -> int:
        return sum(t.hours for t in self.training)


@dataclass(frozen=True)
class AnnualReportData:
    letterhead: Letterhead
    year: int
    as_of: date
    cases_received: int
    by_domain: dict[str, int]
    by_risk: dict[str, int]
    by_procedure: dict[str, int]
    by_decision: dict[str, int]
    preliminary_pending: int
    meetings_held: int
    deadlines: tuple[DeadlineLine, ...]
    follow_ups: tuple[FollowUpLine, ...]
    rereviews: tuple[RereviewCaseLine, ...]
    members: tuple[MemberYearLine, ...]
    # linked submissions received in the year, per kind (desktop.services.submissions)
    submissions: dict[str, int] = field(default_factory=dict)

    def deadline_count(self, outcome: str) -> int:
        return sum(1 for d in self.deadlines if d.outcome == outcome)


def _in_year(at: datetime | date | None, year: int) -> bool:
    if at is None:
        return False
    day = local_day(at) if isinstance(at, datetime) else at
    return day.year == year


def _domains_of(case: Case) -> list[str]:
    """A case counts under each specific domain; under "general" only when it has no other."""
    specific = [d for d in case.domains if d != Domain.GENERAL.value]
    return specific or [Domain.GENERAL.value]


def _ordered(counts: dict[str, int], order: list[str]) -> dict[str, int]:
    keys = [k for k in order if k in counts] + sorted(k for k in counts if k not in order)
    return {k: counts[k] for k in keys}


def _count(values: list[str], order: list[str], all_keys: bool = True) -> dict[str, int]:
    counts = dict.fromkeys(order, 0) if all_keys else {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return _ordered(counts, order)


def _signed_status(d: Decision) -> str:
    """The status the decision was signed with (its row may since say superseded)."""
    return str(json.loads(d.statement).get("content", {}).get("status", d.status))


def _deadline(
    case: Case, first: Decision | None, as_of: datetime, extension: str | None = None
) -> DeadlineLine:
    if first is not None:
        outcome = "missed" if rules.is_overdue(case.due_at, first.decided_at) else "met"
    else:
        outcome = "overdue" if rules.is_overdue(case.due_at, as_of) else "open"
    return DeadlineLine(case_line(case), first.decided_at if first else None, outcome, extension)


def annual_report_data(vault: Vault, year: int, today: date | None = None) -> AnnualReportData:
    """The figures of the annual report for ``year`` as the record stood at its end (or today,
    for the current year); a year outside 2000..now is refused."""
    today = today or date.today()
    if not 2000 <= year <= today.year:
        raise ValidationError("Give a year from 2000 to {last}.", last=today.year)
    as_of_day = min(today, date(year, 12, 31))
    as_of = datetime.combine(as_of_day, time.max).astimezone()
    with vault.session() as s:
        committee = load_committee(s)
        all_cases = list(s.execute(select(Case).order_by(Case.received_on, Case.reference)).scalars())
        decisions = list(s.execute(select(Decision).order_by(Decision.decided_at)).scalars())
        first_decision: dict[str, Decision] = {}
        for d in decisions:
            first_decision.setdefault(d.case_id, d)
        received = [c for c in all_cases if c.received_on.year == year]
        current = [d for d in decisions if d.status != DecisionStatus.SUPERSEDED.value]
        decided = [d for d in current if _in_year(d.decided_at, year)]
        cases_by_id = {c.id: c for c in all_cases}

        extended = {
            e.case_id: e.reason
            for e in s.execute(select(DeadlineExtension).order_by(DeadlineExtension.recorded_at)).scalars()
        }  # the latest reason per case
        deadlines = tuple(
            _deadline(c, first_decision.get(c.id), as_of, extended.get(c.id))
            for c in all_cases
            if c.due_at is not None and (_in_year(c.accepted_at, year) or _in_year(c.due_at, year))
        )
        follow_ups = tuple(
            FollowUpLine(
                case_line(cases_by_id[d.case_id]),
                d.decision_type,
                d.decided_at,
                d.follow_up_due,
                d.follow_up_due < as_of_day,
            )
            for d in current
            if d.decision_type in {t.value for t in APPROVING_DECISIONS}
            and d.follow_up_due is not None
            and (_in_year(d.decided_at, year) or d.follow_up_due.year == year)
        )
        rereviews = []
        for c in all_cases:
            if not c.rereview_items or not (
                c.received_on.year == year or any(d.case_id == c.id for d in decided)
            ):
                continue
            mine = [d for d in decisions if d.case_id == c.id]
            prelim = next((d for d in mine if _signed_status(d) == DecisionStatus.PRELIMINARY.value), None)
            opinion = None
            if prelim is not None:
                opinion = s.execute(
                    select(RereviewOpinion).where(RereviewOpinion.decision_id == prelim.id)
                ).scalar_one_or_none()
            final = next((d for d in mine if d.status == DecisionStatus.FINAL.value), None)
            rereviews.append(
                RereviewCaseLine(
                    case_line(c),
                    prelim.decided_at if prelim else None,
                    RereviewLine(
                        opinion.authority,
                        opinion.received_on,
                        opinion.agrees,
                        opinion.experts,
                        opinion.experts_agreeing,
                        opinion.opinion,
                    )
                    if opinion
                    else None,
                    final.decision_type if final else None,
                )
            )

        meetings = [m for m in s.execute(select(Meeting)).scalars() if _in_year(m.held_at, year)]
        meeting_ids = {m.id for m in meetings}
        attended: dict[str, int] = {}
        for a in s.execute(select(Attendance)).scalars():
            if a.meeting_id in meeting_ids:
                attended[a.member_id] = attended.get(a.member_id, 0) + 1
        start, end = date(year, 1, 1), date(year, 12, 31)
        members = []
        for m in s.execute(select(Member).order_by(Member.enrolled_at)).scalars():
            if m.term_start > end or (m.term_end is not None and m.term_end < start):
                continue
            training = s.execute(
                select(TrainingRecord)
                .where(TrainingRecord.member_id == m.id)
                .order_by(TrainingRecord.completed_on)
            ).scalars()
            members.append(
                MemberYearLine(
                    person_line(m),
                    m.term_start,
                    m.term_end,
                    attended.get(m.id, 0),
                    tuple(
                        TrainingLine(t.title, t.provider, t.completed_on, t.hours)
                        for t in training
                        if t.completed_on.year == year
                    ),
                )
            )

        return AnnualReportData(
            letterhead=letterhead_of(committee),
            year=year,
            as_of=as_of_day,
            cases_received=len(received),
            by_domain=_count([d for c in received for d in _domains_of(c)], [d.value for d in Domain]),
            by_risk=_count([c.risk_level for c in received], [r.value for r in RiskLevel]),
            by_procedure=_count([c.procedure for c in received], [p.value for p in Procedure]),
            by_decision=_count([d.decision_type for d in decided], [t.value for t in DecisionType]),
            preliminary_pending=sum(1 for d in decided if d.status == DecisionStatus.PRELIMINARY.value),
            meetings_held=len(meetings),
            deadlines=deadlines,
            follow_ups=follow_ups,
            rereviews=tuple(rereviews),
            members=tuple(members),
            submissions=_submissions_in(s, year),
        )


def _submissions_in(session, year: int) -> dict[str, int]:
    found = dict(
        session.execute(
            select(Submission.kind, func.count(Submission.id))
            .where(Submission.received_on >= date(year, 1, 1), Submission.received_on <= date(year, 12, 31))
            .group_by(Submission.kind)
        ).all()
    )
    return {k.value: int(found.get(k.value, 0)) for k in SubmissionKind}
