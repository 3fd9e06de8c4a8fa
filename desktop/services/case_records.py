"""Corrections to a case after intake, each recorded in the audit trail (old and new values).

The classification that decides the procedure (risk, domains, human participants) may be
corrected only until the case is decided, and the procedure's verdict must still allow it.
"""

from __future__ import annotations

from desktop import audit, rules
from desktop.domain import CaseStatus, Domain, Procedure, RiskLevel
from desktop.errors import RuleViolation, ValidationError
from desktop.services.cases import case_facts, case_view, load_case
from desktop.services.committee import charter_of
from desktop.services.members import _enum
from desktop.services.views import CaseView
from desktop.vault import Vault

TEXT_FIELDS = ("title", "applicant", "institution", "summary")
CLASSIFICATION = ("risk_level", "domains", "involves_humans")
OPEN_STATUSES = (CaseStatus.RECEIVED, CaseStatus.INCOMPLETE, CaseStatus.ACCEPTED, CaseStatus.IN_REVIEW)


def update_case(vault: Vault, case_id: str, actor: str = "secretary", **changes: object) -> CaseView:
    """Edit a case's text and classification after intake; other fields are refused and nothing
    changes. The audit event keeps old and new values; one transaction."""
    unknown = sorted(set(changes) - set(TEXT_FIELDS) - set(CLASSIFICATION))
    if unknown:
        raise ValidationError("A case's {field} cannot be edited here.", field=", ".join(unknown))
    clean: dict[str, object] = {k: str(v).strip() for k, v in changes.items() if k in TEXT_FIELDS}
    for required in ("title", "applicant"):
        if required in clean and not clean[required]:
            raise ValidationError("A case needs a reference number, a title and an applicant.")
    if "risk_level" in changes:
        clean["risk_level"] = _enum(RiskLevel, changes["risk_level"], "risk level").value
    if "domains" in changes:
        found = {_enum(Domain, d, "domain").value for d in changes["domains"]}
        clean["domains"] = sorted(found | {Domain.GENERAL.value})
    if "involves_humans" in changes:
        clean["involves_humans"] = bool(changes["involves_humans"])
    with vault.session() as s:
        case = load_case(s, case_id)
        changed = {k: [getattr(case, k), v] for k, v in clean.items() if getattr(case, k) != v}
        if any(k in CLASSIFICATION for k in changed):
            if CaseStatus(case.status) not in OPEN_STATUSES:
                raise ValidationError(
                    "Case {ref} is decided; its classification can no longer change.", ref=case.reference
                )
        for key, (_old, new) in changed.items():
            setattr(case, key, new)
        if any(k in CLASSIFICATION for k in changed):
            verdict = rules.procedure_verdict(Procedure(case.procedure), case_facts(case), charter_of(s))
            if not verdict.allowed:  # the session rolls back: nothing is changed
                raise RuleViolation(
                    "The {procedure} procedure may not be used for this case: {why} ({basis}).",
                    procedure=case.procedure,
                    why="; ".join(r.message for r in verdict.reasons),
                    basis=verdict.basis,
                )
        if changed:
            audit.record(s, actor, "case.edit", "case", case.id, {"changed": changed})
        return case_view(case)
