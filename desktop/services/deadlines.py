"""Extending a case's decision limit in a special case, with the new limit and the reason
stated (``rules.basis.TIME_LIMIT``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop import audit, rules
from desktop.domain import CaseStatus, Procedure
from desktop.errors import RuleViolation, ValidationError
from desktop.models import DeadlineExtension
from desktop.services.cases import case_view, load_case
from desktop.services.committee import charter_of
from desktop.services.views import CaseView
from desktop.vault import Vault

# A decision limit means something only while the case waits for its decision.
OPEN_STATUSES = (CaseStatus.ACCEPTED.value, CaseStatus.IN_REVIEW.value)


@dataclass(frozen=True)
class ExtensionView:
    previous_due: datetime
    new_due: datetime
    reason: str
    recorded_by: str
    recorded_at: datetime


def extend_deadline(
    vault: Vault, case_id: str, new_due: datetime, reason: str, actor: str = "secretary"
) -> CaseView:
    """Move the decision limit of an accepted case to ``new_due``, giving the reason.

    The new limit must be later than the current one (and than the regular limit); an
    emergency review cannot be extended. Nothing changes when any check fails.
    """
    if not reason.strip():
        raise ValidationError("Give the reason for extending the decision limit.")
    if not isinstance(new_due, datetime) or new_due.tzinfo is None:
        raise ValidationError("The new limit needs a date and time with a time zone.")
    with vault.session() as s:
        case = load_case(s, case_id)
        if case.accepted_at is None or case.due_at is None:
            raise ValidationError("Only an accepted case has a decision limit to extend.")
        if case.status not in OPEN_STATUSES:
            raise RuleViolation("The case is no longer waiting for a decision; its limit cannot be extended.")
        # Checks the regulation's side: later than the regular limit, never for emergencies.
        rules.decision_due(Procedure(case.procedure), case.accepted_at, charter_of(s), extended_to=new_due)
        if new_due <= case.due_at:
            raise ValidationError(
                "An extension must end after the current limit {due}.", due=case.due_at.isoformat()
            )
        previous = case.due_at
        s.add(
            DeadlineExtension(
                case_id=case.id,
                previous_due=previous,
                new_due=new_due,
                reason=reason.strip(),
                recorded_by=actor,
            )
        )
        case.due_at = new_due
        s.flush()
        audit.record(
            s,
            actor,
            "case.extend",
            "case",
            case.id,
            {"from": previous.isoformat(), "to": new_due.isoformat(), "reason": reason.strip()},
        )
        return case_view(case)


def extensions(vault: Vault, case_id: str) -> list[ExtensionView]:
    """The case's deadline extensions, oldest first, with who recorded them and why."""
    with vault.session() as s:
        case = load_case(s, case_id)
        rows = s.execute(
            select(DeadlineExtension)
            .where(DeadlineExtension.case_id == case.id)
            .order_by(DeadlineExtension.recorded_at)
        ).scalars()
        return [
            ExtensionView(r.previous_due, r.new_due, r.reason, r.recorded_by, r.recorded_at) for r in rows
        ]
