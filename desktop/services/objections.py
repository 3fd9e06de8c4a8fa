"""Objections (申诉): an applicant objects to a decision; the committee records it, reviews the
case at a meeting, and the new decision either upholds the old one (the same decision type) or
replaces it. Recording the review decision closes the objection (``decisions.record_decision``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit
from desktop.domain import DecisionStatus
from desktop.errors import NotFound, RuleViolation, ValidationError
from desktop.models import Decision, Objection
from desktop.vault import Vault

UPHELD, SUPERSEDED = "upheld", "superseded"


@dataclass(frozen=True)
class ObjectionView:
    id: str
    decision_id: str
    received_on: date
    text: str
    recorded_at: datetime
    outcome: str | None
    review_decision_id: str | None


def _view(o: Objection) -> ObjectionView:
    return ObjectionView(
        o.id, o.decision_id, o.received_on, o.text, o.recorded_at, o.outcome, o.review_decision_id
    )


def record_objection(
    vault: Vault, decision_id: str, received_on: date, text: str, actor: str = "secretary"
) -> ObjectionView:
    """Record the applicant's objection to a signed decision still in force."""
    if not text.strip():
        raise ValidationError("Give the applicant's objection.")
    if not isinstance(received_on, date) or isinstance(received_on, datetime):
        raise ValidationError("The day the objection was received must be a date.")
    with vault.session() as s:
        decision = s.get(Decision, decision_id)
        if decision is None:
            raise NotFound(what="Decision", key=decision_id)
        if decision.status == DecisionStatus.SUPERSEDED.value:
            raise RuleViolation("That decision has been replaced; object to the one in force.")
        if received_on < decision.decided_at.date():
            raise ValidationError("An objection cannot be received before the decision it objects to.")
        if open_objection(s, decision.id) is not None:
            raise ValidationError("An objection to this decision is already waiting for its review.")
        row = Objection(
            decision_id=decision.id, received_on=received_on, text=text.strip(), recorded_by=actor
        )
        s.add(row)
        s.flush()
        audit.record(s, actor, "objection.record", "decision", decision.id, {"objection": row.id})
        return _view(row)


def open_objection(session: Session, decision_id: str) -> Objection | None:
    return session.execute(
        select(Objection).where(Objection.decision_id == decision_id, Objection.outcome.is_(None))
    ).scalar_one_or_none()


def close_with(session: Session, previous: Decision, review: Decision, actor: str) -> Objection | None:
    """The review decision answers the open objection to ``previous``: upheld or superseded."""
    objection = open_objection(session, previous.id)
    if objection is None:
        return None
    same = review.decision_type == previous.decision_type and review.conditions == previous.conditions
    objection.outcome = UPHELD if same else SUPERSEDED
    objection.review_decision_id = review.id
    audit.record(
        session,
        actor,
        "objection.close",
        "decision",
        review.id,
        {"objection": objection.id, "outcome": objection.outcome},
    )
    return objection


def objections_for_case(vault: Vault, case_id: str) -> list[ObjectionView]:
    """The applicant's objections to the case's decisions, with their outcomes, oldest first."""
    with vault.session() as s:
        rows = s.execute(
            select(Objection)
            .join(Decision, Decision.id == Objection.decision_id)
            .where(Decision.case_id == case_id)
            .order_by(Objection.recorded_at)
        ).scalars()
        return [_view(o) for o in rows]
