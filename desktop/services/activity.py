"""An approved activity's standing, the decision chain behind it, what it owes (the dashboard's
overdue list), the yearly counts of its submissions, and what a letter prints of a submission.

The standing is the one the case's current decision states: a decision on a linked submission
records it (desktop.services.submissions), a decision on the application implies it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import DecisionStatus, Standing, SubmissionKind
from desktop.errors import NotFound
from desktop.models import Case, Decision, Submission
from desktop.rules import lifecycle
from desktop.services.cases import load_case
from desktop.services.decisions import _active_decision


@dataclass(frozen=True)
class ChainLink:
    decision_id: str
    decision_type: str
    status: str
    decided_at: datetime
    submission_kind: str | None  # None: the decision on the application itself
    submission_reference: str | None
    standing: str | None


@dataclass(frozen=True)
class ActivityStanding:
    case_id: str
    case_reference: str
    standing: str | None  # None: never approved (or only preliminarily)
    decision_id: str | None
    follow_up_due: date | None
    chain: tuple[ChainLink, ...]


@dataclass(frozen=True)
class OverdueItem:
    what: str  # "follow_up" (report not received) or a submission kind awaiting review
    case_id: str
    case_reference: str
    title: str
    due_on: date
    days_over: int
    submission_id: str | None = None
    submission_reference: str | None = None


@dataclass(frozen=True)
class SubmissionLine:
    """What a letter on a submission prints of it."""

    kind: str
    reference: str
    summary: str
    received_on: date
    event_on: date | None
    standing: str
    page_url: str | None  # the registry's public page for this letter, when a registry is configured


def _submission_of(session: Session, decision_id: str) -> Submission | None:
    return session.execute(
        select(Submission).where(Submission.decision_id == decision_id)
    ).scalar_one_or_none()


def standing_of(session: Session, decision: Decision | None) -> Standing | None:
    """The standing a decision leaves the activity in (None when it approves nothing)."""
    if decision is None or decision.status == DecisionStatus.PRELIMINARY.value:
        return None
    linked = _submission_of(session, decision.id)
    if linked is not None and linked.standing_after:
        return Standing(linked.standing_after)
    return lifecycle.standing_of_decision(decision.decision_type)


def current_standing(session: Session, case: Case) -> tuple[Standing | None, Decision | None]:
    current = _active_decision(session, case.id)
    return standing_of(session, current), current


def activity_standing(vault, case_id: str) -> ActivityStanding:
    """The activity's standing now and the chain of decisions that led to it."""
    with vault.session() as s:
        case = load_case(s, case_id)
        standing, current = current_standing(s, case)
        links = []
        for d in s.execute(
            select(Decision).where(Decision.case_id == case.id).order_by(Decision.decided_at)
        ).scalars():
            linked = _submission_of(s, d.id)
            st = standing_of(s, d)
            links.append(
                ChainLink(
                    d.id,
                    d.decision_type,
                    d.status,
                    d.decided_at,
                    linked.kind if linked else None,
                    linked.reference if linked else None,
                    st.value if st else None,
                )
            )
        return ActivityStanding(
            case.id,
            case.reference,
            standing.value if standing else None,
            current.id if current else None,
            current.follow_up_due
            if current is not None and standing and lifecycle.in_force(standing)
            else None,
            tuple(links),
        )


def overdue(vault, today: date | None = None) -> list[OverdueItem]:
    """Follow-up reports not received by their due date, and submissions awaiting review beyond
    their limit, most overdue first."""
    today = today or datetime.now(UTC).date()
    items: list[OverdueItem] = []
    with vault.session() as s:
        pending_follow_up = set(
            s.execute(
                select(Submission.case_id).where(
                    Submission.kind == SubmissionKind.FOLLOW_UP_REPORT.value, Submission.status == "received"
                )
            ).scalars()
        )
        rows = s.execute(
            select(Decision, Case)
            .join(Case, Case.id == Decision.case_id)
            .where(
                Decision.status == DecisionStatus.FINAL.value,
                Decision.follow_up_due.is_not(None),
                Decision.follow_up_due < today,
            )
        ).all()
        for d, case in rows:
            standing = standing_of(s, d)
            if case.id in pending_follow_up or standing is None or not lifecycle.in_force(standing):
                continue
            items.append(
                OverdueItem(
                    "follow_up",
                    case.id,
                    case.reference,
                    case.title,
                    d.follow_up_due,
                    (today - d.follow_up_due).days,
                )
            )
        waiting = s.execute(
            select(Submission, Case)
            .join(Case, Case.id == Submission.case_id)
            .where(Submission.status == "received", Submission.due_on < today)
        ).all()
        for sub, case in waiting:
            items.append(
                OverdueItem(
                    sub.kind,
                    case.id,
                    case.reference,
                    case.title,
                    sub.due_on,
                    (today - sub.due_on).days,
                    sub.id,
                    sub.reference,
                )
            )
    items.sort(key=lambda i: (-i.days_over, i.case_reference))
    return items


def letter_page_url(session: Session, case_reference: str, decision_id: str) -> str | None:
    """The registry's public page for a decision's letter (its number as the letter prints it),
    or None while no registry is configured."""
    from desktop.sync.config import registry_config_in

    url = registry_config_in(session).url.rstrip("/")
    number = f"{case_reference}-{decision_id[:8].upper()}"
    return f"{url}/letters/{quote(number, safe='')}" if url else None


def letter_line(vault, decision_id: str) -> SubmissionLine:
    """The submission a decision answers, for its letter; NotFound for other decisions."""
    with vault.session() as s:
        sub = _submission_of(s, decision_id)
        if sub is None:
            raise NotFound(what="Decision on a submission", key=decision_id)
        case = s.get(Case, sub.case_id)
        return SubmissionLine(
            sub.kind,
            sub.reference,
            sub.summary,
            sub.received_on,
            sub.event_on,
            sub.standing_after or sub.standing_before,
            letter_page_url(s, case.reference, decision_id),
        )
