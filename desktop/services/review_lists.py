"""The checklists a case's reviewers answer now.

The case's domains choose them (desktop.checklists); while a linked submission of a monitored
activity awaits review (its follow-up review), the continuous-monitoring checklists come too
(rules.lifecycle.monitored, basis.MONITORING).
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import checklists
from desktop.models import Case, Submission
from desktop.rules import lifecycle
from desktop.services.cases import load_case
from desktop.services.committee import charter_of


def under_monitoring(session: Session, case: Case) -> bool:
    """A linked submission awaits review and the charter monitors this activity."""
    waiting = session.execute(
        select(Submission.id).where(Submission.case_id == case.id, Submission.status == "received").limit(1)
    ).first()
    return waiting is not None and lifecycle.monitored(
        risk=case.risk_level, on_rereview_list=bool(case.rereview_items), charter=charter_of(session)
    )


def review_checklists(
    session: Session, case: Case, available: Mapping[str, checklists.Checklist] | None = None
) -> list[checklists.Checklist]:
    return checklists.checklists_for(case.domains, available, monitoring=under_monitoring(session, case))


def checklists_of_case(vault, case_id: str) -> list[checklists.Checklist]:
    """For screens: the checklists the case's reviewers answer now."""
    with vault.session() as s:
        return review_checklists(s, load_case(s, case_id))
