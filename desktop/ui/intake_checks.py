"""What the intake form shows live: the rules applied to what has been entered so far."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop import rules
from desktop.domain import Domain, Procedure, RiskLevel
from desktop.rules import basis
from desktop.ui.case_text import verdict_text
from desktop.ui.common import procedure_label
from desktop.ui.i18n import cite


@dataclass(frozen=True)
class IntakeChecks:
    applicable: frozenset[str]  # material ids this case needs
    missing: tuple[rules.Material, ...]  # all of them at once (basis.ACCEPTANCE)
    verdict: rules.Verdict | None  # None until the risk level is chosen
    verdict_text: str
    hints: tuple[rules.RereviewItem, ...]
    reviewers_ok: bool
    reviewer_text: str
    blockers: tuple[str, ...]  # why the case cannot be saved yet; empty when it can


def assess(
    *,
    domains: Iterable[str],
    involves_humans: bool,
    risk: str | None,
    minor_amendment: bool,
    public_emergency: bool,
    rereview_items: list[str],
    text: str,
    provided: set[str],
    procedure: str,
    reviewers: int,
    charter: rules.Charter,
    required: tuple[str, str, str],
) -> IntakeChecks:
    """Apply the materials, procedure, re-review and reviewer rules to the form's contents."""
    case_domains = [Domain(d) for d in domains] + [Domain.GENERAL]
    applicable = frozenset(
        m.id for m in rules.required_materials() if m.applies(case_domains, involves_humans)
    )
    missing = rules.missing_materials(provided, case_domains, involves_humans)
    verdict = None
    if risk:
        facts = rules.CaseFacts(
            risk=RiskLevel(risk),
            is_minor_amendment=minor_amendment,
            public_emergency=public_emergency,
            on_rereview_list=bool(rereview_items),
        )
        verdict = rules.procedure_verdict(Procedure(procedure), facts, charter)
    hints = rules.rereview_matches(rereview_items, text)
    minimum = charter.simplified_min_reviewers
    blockers: list[str] = []
    if not all(value.strip() for value in required):
        blockers.append(
            QCoreApplication.translate(
                "IntakeChecks", "Enter the reference number, the title and the applicant."
            )
        )
    if verdict is None:
        blockers.append(QCoreApplication.translate("IntakeChecks", "Choose the risk level."))
    elif not verdict.allowed:
        blockers.append(
            QCoreApplication.translate(
                "IntakeChecks", "“{procedure}” may not be used for this case; choose another procedure."
            ).format(procedure=procedure_label(procedure))
        )
    if procedure == Procedure.SIMPLIFIED.value:
        reviewers_ok = reviewers >= minimum
        reviewer_text = QCoreApplication.translate(
            "IntakeChecks",
            "The simplified procedure needs at least {n} reviewers named by the chair ({basis}); "
            "{chosen} chosen.",
        ).format(n=minimum, chosen=reviewers, basis=cite(basis.SIMPLIFIED))
        if not reviewers_ok:
            blockers.append(
                QCoreApplication.translate(
                    "IntakeChecks", "Choose at least {n} reviewers for the simplified procedure."
                ).format(n=minimum)
            )
    else:
        reviewers_ok = True
        reviewer_text = QCoreApplication.translate(
            "IntakeChecks", "Reviewers lead the review of the case at the meeting; {chosen} chosen."
        ).format(chosen=reviewers)
    shown = (
        verdict_text(verdict)
        if verdict
        else QCoreApplication.translate(
            "IntakeChecks", "Choose the risk level to see whether this procedure may be used."
        )
    )
    return IntakeChecks(
        applicable,
        missing,
        verdict,
        shown,
        hints,
        reviewers_ok,
        reviewer_text,
        tuple(blockers),
    )
