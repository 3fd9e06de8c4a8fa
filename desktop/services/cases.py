"""Intake, acceptance and look-up of cases (``basis.MATERIALS``, ``basis.ACCEPTANCE``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import audit, rules
from desktop.domain import AIRiskTier, CaseStatus, Domain, Procedure, RiskLevel, Role
from desktop.errors import NotFound, RuleViolation, ValidationError
from desktop.models import Case, CaseReviewer, Member
from desktop.services.committee import charter_of, load_committee
from desktop.services.members import _enum
from desktop.services.views import CaseView
from desktop.vault import Vault


def case_view(c: Case) -> CaseView:
    return CaseView(
        id=c.id,
        reference=c.reference,
        title=c.title,
        applicant=c.applicant,
        institution=c.institution,
        summary=c.summary,
        domains=tuple(c.domains),
        involves_humans=c.involves_humans,
        risk_level=c.risk_level,
        ai_risk_tier=c.ai_risk_tier,
        rereview_items=tuple(c.rereview_items),
        procedure=c.procedure,
        materials=tuple(c.materials),
        received_on=c.received_on,
        accepted_at=c.accepted_at,
        due_at=c.due_at,
        status=c.status,
        reviewers=tuple(r.member_id for r in c.reviewers),
    )


def load_case(session: Session, case_id: str) -> Case:
    """The case with this id or reference, in ``session``; NotFound otherwise."""
    case = session.get(Case, case_id)
    if case is None:
        case = session.execute(select(Case).where(Case.reference == case_id)).scalar_one_or_none()
    if case is None:
        raise NotFound(what="Case", key=case_id)
    return case


def case_facts(case: Case) -> rules.CaseFacts:
    return rules.CaseFacts(
        risk=RiskLevel(case.risk_level),
        is_minor_amendment=case.is_minor_amendment,
        public_emergency=case.public_emergency,
        on_rereview_list=bool(case.rereview_items),
    )


def add_case(vault: Vault, *, actor: str = "secretary", **fields) -> CaseView:
    """Record a new case as received (checked by ``new_case``) with its audit event; one transaction."""
    case = new_case(**fields)
    with vault.session() as s:
        return case_view(_store_case(s, case, actor))


def new_case(
    *,
    reference: str,
    title: str,
    applicant: str,
    domains: list[str],
    risk_level: str,
    procedure: str = "general",
    received_on: date | None = None,
    institution: str = "",
    summary: str = "",
    involves_humans: bool = False,
    materials: list[str] | None = None,
    ai_risk_tier: str | None = None,
    rereview_items: list[str] | None = None,
    is_minor_amendment: bool = False,
    public_emergency: bool = False,
) -> Case:
    """A case checked against the rules, not yet stored (bad input raises, nothing written)."""
    if not reference.strip() or not title.strip() or not applicant.strip():
        raise ValidationError("A case needs a reference number, a title and an applicant.")
    doms = sorted({_enum(Domain, d, "domain").value for d in domains} | {Domain.GENERAL.value})
    risk = _enum(RiskLevel, risk_level, "risk level")
    proc = _enum(Procedure, procedure, "procedure")
    tier = _enum(AIRiskTier, ai_risk_tier, "AI risk tier").value if ai_risk_tier else None
    known_items = {item.id for item in rules.rereview_list()}
    for item in rereview_items or []:
        if item not in known_items:
            raise ValidationError("Unknown expert re-review list item {item}.", item=item)
    known_materials = {m.id for m in rules.required_materials()}
    for m in materials or []:
        if m not in known_materials:
            raise ValidationError("Unknown application material {item}.", item=m)
    case = Case(
        reference=reference.strip(),
        title=title.strip(),
        applicant=applicant.strip(),
        institution=institution.strip(),
        summary=summary.strip(),
        domains=doms,
        involves_humans=involves_humans,
        risk_level=risk.value,
        ai_risk_tier=tier,
        rereview_items=sorted(set(rereview_items or [])),
        is_minor_amendment=is_minor_amendment,
        public_emergency=public_emergency,
        procedure=proc.value,
        materials=sorted(set(materials or [])),
        received_on=received_on or date.today(),
        status=CaseStatus.RECEIVED.value,
    )
    verdict = rules.procedure_verdict(proc, case_facts(case))
    if not verdict.allowed:
        raise RuleViolation(
            "The {procedure} procedure may not be used for this case: {why} ({basis}).",
            procedure=proc.value,
            why="; ".join(r.message for r in verdict.reasons),
            basis=verdict.basis,
        )
    return case


def _store_case(s: Session, case: Case, actor: str) -> Case:
    if s.execute(select(Case.id).where(Case.reference == case.reference)).first():
        raise ValidationError("A case with reference {ref} already exists.", ref=case.reference)
    case.committee_id = load_committee(s).id
    s.add(case)
    s.flush()
    audit.record(
        s, actor, "case.add", "case", case.id, {"procedure": case.procedure, "domains": case.domains}
    )
    return case


def record_materials(vault: Vault, case_id: str, provided: list[str], actor: str = "secretary") -> CaseView:
    """Add materials that arrived to the case's list (never removes any); audited. Unknown
    material ids are refused and nothing changes."""
    known = {m.id for m in rules.required_materials()}
    unknown = sorted(set(provided) - known)
    if unknown:
        raise ValidationError("Unknown application material {item}.", item=", ".join(unknown))
    with vault.session() as s:
        case = load_case(s, case_id)
        case.materials = sorted(set(case.materials) | set(provided))
        audit.record(s, actor, "case.materials", "case", case.id, {"provided": sorted(set(provided))})
        return case_view(case)


@dataclass(frozen=True)
class Acceptance:
    accepted: bool
    case: CaseView
    missing: tuple[rules.Material, ...]  # everything missing, told at once (basis.ACCEPTANCE)


def accept_case(
    vault: Vault, case_id: str, at: datetime | None = None, actor: str = "secretary"
) -> Acceptance:
    """Accept the case if its materials are complete, setting its decision deadline; otherwise
    mark it incomplete and say what is missing. Audited, one transaction."""
    with vault.session() as s:
        return _accept(s, load_case(s, case_id), at or datetime.now(UTC), actor)


def _accept(s: Session, case: Case, at: datetime, actor: str) -> Acceptance:
    if case.status not in (CaseStatus.RECEIVED.value, CaseStatus.INCOMPLETE.value):
        raise ValidationError("Case {ref} was already accepted.", ref=case.reference)
    missing = tuple(rules.missing_materials(case.materials, case.domains, case.involves_humans))
    if missing:
        case.status = CaseStatus.INCOMPLETE.value
        audit.record(s, actor, "case.incomplete", "case", case.id, {"missing": [m.id for m in missing]})
        return Acceptance(False, case_view(case), missing)
    case.accepted_at = at
    case.due_at = rules.decision_due(Procedure(case.procedure), at, charter_of(s))
    case.status = CaseStatus.ACCEPTED.value
    audit.record(s, actor, "case.accept", "case", case.id, {"due_at": case.due_at.isoformat()})
    return Acceptance(True, case_view(case), ())


def assign_reviewers(vault: Vault, case_id: str, member_ids: list[str], actor: str = "secretary") -> CaseView:
    """Make exactly these members the case's reviewers (each serving, with no conflict); audited."""
    with vault.session() as s:
        return _assign(s, load_case(s, case_id), member_ids, actor)


def _assign(s: Session, case: Case, member_ids: list[str], actor: str) -> CaseView:
    members = [s.get(Member, m) for m in member_ids]
    if any(m is None or not m.active for m in members):
        raise ValidationError("Reviewers must be active members of the committee.")
    if any(m.role == Role.CONSULTANT.value for m in members):
        raise ValidationError("A consultant advises but cannot be a reviewer.")
    minimum = charter_of(s).simplified_min_reviewers
    if case.procedure == Procedure.SIMPLIFIED.value and len(set(member_ids)) < minimum:
        raise RuleViolation(
            "The simplified procedure needs at least {n} reviewers ({basis}).",
            n=minimum,
            basis=rules.basis.SIMPLIFIED,
        )
    case.reviewers = [CaseReviewer(case_id=case.id, member_id=m) for m in dict.fromkeys(member_ids)]
    audit.record(s, actor, "case.reviewers", "case", case.id, {"reviewers": list(dict.fromkeys(member_ids))})
    s.flush()
    return case_view(case)


def intake_case(
    vault: Vault,
    *,
    reviewers: list[str] | None = None,
    at: datetime | None = None,
    actor: str = "secretary",
    **fields,
) -> Acceptance:
    """Record, accept (or mark incomplete, basis.ACCEPTANCE) and assign reviewers in ONE transaction:
    a failure at any step leaves no case behind, so the same form can simply be saved again."""
    case = new_case(**fields)
    with vault.session() as s:
        _store_case(s, case, actor)
        acceptance = _accept(s, case, at or datetime.now(UTC), actor)
        if reviewers:
            acceptance = Acceptance(
                acceptance.accepted, _assign(s, case, reviewers, actor), acceptance.missing
            )
        return acceptance


def set_status(session: Session, case: Case, status: CaseStatus, actor: str) -> None:
    """Set the case's status inside the caller's transaction, with its audit event."""
    case.status = status.value
    audit.record(session, actor, "case.status", "case", case.id, {"status": status.value})


def get_case(vault: Vault, case_id: str) -> CaseView:
    """The case with this id or reference; NotFound otherwise."""
    with vault.session() as s:
        return case_view(load_case(s, case_id))


def _filtered(query, text: str = "", status: str | None = None, domain: str | None = None):
    from desktop.services.case_search import CaseQuery, case_filters

    return query.where(*case_filters(CaseQuery(text=text, status=status, domain=domain).checked()))


SORTABLE = {
    "reference": Case.reference,
    "title": Case.title,
    "received_on": Case.received_on,
    "due_at": Case.due_at,
    "status": Case.status,
    "applicant": Case.applicant,
}


def list_cases(
    vault: Vault,
    text: str = "",
    status: str | None = None,
    domain: str | None = None,
    offset: int = 0,
    limit: int = 200,
    order_by: str = "received_on",
    descending: bool = False,
) -> list[CaseView]:
    """One page of cases matching the filters, in a stable order (ties broken by id)."""
    column = SORTABLE.get(order_by)
    if column is None:
        raise ValidationError("Cannot sort cases by {col}.", col=order_by)
    with vault.session() as s:
        query = _filtered(select(Case), text, status, domain)
        query = query.order_by(column.desc() if descending else column, Case.id).offset(offset).limit(limit)
        return [case_view(c) for c in s.execute(query).scalars()]
