"""What the committee's documents say: plain data read from the record, one builder per document.

The PDF modules in ``desktop.documents`` only lay out what these functions return; nothing
here knows about pages or fonts. Minutes and the conflict-of-interest register are in
``reports_meetings``, the annual report in ``reports_annual``. Also the one place that hands
out a member's signer (services.custody.signer_for) for a PDF, counting wrong PINs as every
signing action does.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from desktop import audit, rules
from desktop.documents.inputs import Letterhead, SigningCredentials
from desktop.domain import CaseStatus, Role
from desktop.errors import NotFound, PermissionDenied, ValidationError
from desktop.models import (
    Case,
    Committee,
    Decision,
    Meeting,
    Member,
    NotVoting,
    Objection,
    OutboxItem,
    RereviewOpinion,
    Vote,
)
from desktop.rules import Charter
from desktop.services.cases import load_case
from desktop.services.committee import DEFAULT_SETTINGS, load_committee
from desktop.services.custody import signer_for
from desktop.services.members import load_member
from desktop.vault import Vault

# Who may sign which document: officers of the committee, never a consultant or ordinary member.
PRESIDING = frozenset({Role.CHAIR.value, Role.VICE_CHAIR.value})
OFFICERS = PRESIDING | {Role.SECRETARY.value}


# ---- pieces shared by every document -----------------------------------------------------------


@dataclass(frozen=True)
class PersonLine:
    member_id: str
    name: str
    name_en: str
    role: str
    backgrounds: tuple[str, ...]
    external: bool
    gender: str
    affiliation: str


@dataclass(frozen=True)
class CaseLine:
    id: str
    reference: str
    title: str
    applicant: str
    institution: str
    domains: tuple[str, ...]
    risk_level: str
    ai_risk_tier: str | None
    procedure: str
    received_on: date
    accepted_at: datetime | None
    due_at: datetime | None
    status: str
    rereview_items: tuple[str, ...]


@dataclass(frozen=True)
class MeetingLine:
    id: str
    title: str
    held_at: datetime
    place: str
    video: bool
    status: str
    opened_at: datetime | None
    closed_at: datetime | None


def letterhead_of(committee: Committee) -> Letterhead:
    return Letterhead(
        committee.id,
        committee.name,
        committee.institution,
        committee.registration_number,
        committee.jurisdiction,
    )


def person_line(m: Member) -> PersonLine:
    return PersonLine(
        m.id, m.name, m.name_en, m.role, tuple(m.backgrounds), m.external, m.gender, m.affiliation
    )


def case_line(c: Case) -> CaseLine:
    return CaseLine(
        c.id,
        c.reference,
        c.title,
        c.applicant,
        c.institution,
        tuple(c.domains),
        c.risk_level,
        c.ai_risk_tier,
        c.procedure,
        c.received_on,
        c.accepted_at,
        c.due_at,
        c.status,
        tuple(c.rereview_items),
    )


def meeting_line(m: Meeting) -> MeetingLine:
    # Documents report when the meeting was actually held (opened at the first check-in, never
    # before its scheduled day), not when it was planned.
    held = m.opened_at if m.opened_at is not None else m.held_at
    return MeetingLine(m.id, m.title, held, m.place, m.video, m.status, m.opened_at, m.closed_at)


def local_day(at: datetime) -> date:
    """The calendar day of a stored UTC time where the committee sits (this machine's zone)."""
    return at.astimezone().date()


def settings_of(committee: Committee) -> dict:
    return {**DEFAULT_SETTINGS, **committee.settings}


# ---- signing -----------------------------------------------------------------------------------


def signing_credentials(
    vault: Vault, member_id: str, pin: str, roles: frozenset[str] = OFFICERS, document: str = "document"
) -> SigningCredentials:
    """A signer for the member's key, opened with their PIN (whatever holds the key), for a PDF.

    Refuses members who have left and roles outside ``roles``. A wrong PIN is counted (and
    locks the key after too many) exactly as for votes and decisions.
    """
    with vault.session() as s:
        member = load_member(s, member_id)
        if not member.active:
            raise PermissionDenied(
                "{name} is not a current member.", name=member.name, name_en=member.name_en
            )
        if member.role not in roles:
            raise PermissionDenied(
                "{name} ({role}) may not sign the {document}.",
                name=member.name,
                name_en=member.name_en,
                role=member.role,
                document=document,
            )
        if not member.certificate_pem:
            raise PermissionDenied(
                "{name} has no signing certificate; re-enrol the key.",
                name=member.name,
                name_en=member.name_en,
            )
        committee = load_committee(s)
        if not committee.ca_certificate_pem:
            raise PermissionDenied("The committee has no certificate authority to vouch for signatures.")
        from desktop.services.certificates import revocation_of

        if revocation_of(s, member.certificate_pem) is not None:
            raise PermissionDenied(
                "{name}'s certificate was revoked; enrol a new key before signing.",
                name=member.name,
                name_en=member.name_en,
            )
        signer = signer_for(s, member, pin)
        return SigningCredentials(
            member.id,
            member.name,
            member.name_en,
            member.role,
            bytes(member.certificate_pem),
            bytes(committee.ca_certificate_pem),
            signer,
        )


def record_issued(vault: Vault, member_id: str, kind: str, entity_id: str, pdf_sha256: str) -> None:
    """Note in the audit trail that a signed document was issued, with the file's hash."""
    with vault.session() as s:
        audit.record(s, member_id, "document.issue", kind, entity_id, {"sha256": pdf_sha256})


# ---- decision letter ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RereviewLine:
    authority: str
    received_on: date
    agrees: bool
    experts: int
    experts_agreeing: int
    opinion: str


@dataclass(frozen=True)
class LetterData:
    letterhead: Letterhead
    case: CaseLine
    meeting: MeetingLine | None
    decision_id: str
    decision_type: str
    status: str
    procedure: str
    conditions: str
    reasons: str
    follow_up_months: int | None
    follow_up_due: date | None
    decided_at: datetime
    decided_by: PersonLine
    counts: dict[str, int]
    eligible: int
    cast: int
    needed: int
    recused: int
    vote_names: tuple[tuple[PersonLine, str], ...] | None  # only when the committee's settings say so
    statement_sha256: str  # of the decision's signed canonical statement
    receipt: dict | None  # the registry's receipt, once synced
    rereview: RereviewLine | None
    supersedes_id: str | None
    basis: str
    not_voting: tuple[tuple[PersonLine, str], ...] = ()  # present and eligible, did not vote: why
    objection: tuple[date, str] | None = None  # the objection this decision answers: received, outcome
    page_url: str | None = None  # the registry's public page for the letter, once a registry is configured


def letter_data(vault: Vault, decision_id: str) -> LetterData:
    """Everything the decision letter for ``decision_id`` states, read in one session."""
    from desktop.services.activity import letter_page_url  # activity imports the decisions service

    with vault.session() as s:
        committee = load_committee(s)
        d = s.get(Decision, decision_id)
        if d is None:
            raise NotFound(what="Decision", key=decision_id)
        case = s.get(Case, d.case_id)
        meeting = s.get(Meeting, d.meeting_id) if d.meeting_id else None
        content = json.loads(d.statement).get("content", {})
        tally = dict(d.tally or {})
        vote_names = None
        secret = Charter.from_dict(committee.charter).secret_ballot  # counts only (无记名投票)
        if settings_of(committee).get("show_vote_names") and d.meeting_id and not secret:
            rows = s.execute(
                select(Vote, Member)
                .join(Member, Member.id == Vote.member_id)
                .where(Vote.meeting_id == d.meeting_id, Vote.case_id == d.case_id)
                .order_by(Member.enrolled_at)
            ).all()
            vote_names = tuple((person_line(m), v.choice) for v, m in rows)
        not_voting = ()
        if d.meeting_id:
            rows = s.execute(
                select(NotVoting, Member)
                .join(Member, Member.id == NotVoting.member_id)
                .where(NotVoting.meeting_id == d.meeting_id, NotVoting.case_id == d.case_id)
                .order_by(Member.enrolled_at)
            ).all()
            not_voting = tuple((person_line(m), n.reason) for n, m in rows)
        answered = s.execute(
            select(Objection).where(Objection.review_decision_id == d.id)
        ).scalar_one_or_none()
        outbox = s.execute(select(OutboxItem).where(OutboxItem.decision_id == d.id)).scalar_one_or_none()
        opinion = None
        if d.supersedes_id:
            opinion = s.execute(
                select(RereviewOpinion).where(RereviewOpinion.decision_id == d.supersedes_id)
            ).scalar_one_or_none()
        return LetterData(
            letterhead=letterhead_of(committee),
            case=case_line(case),
            meeting=meeting_line(meeting) if meeting else None,
            decision_id=d.id,
            decision_type=d.decision_type,
            status=d.status,
            procedure=d.procedure,
            conditions=d.conditions,
            reasons=d.reasons,
            follow_up_months=d.follow_up_months,
            follow_up_due=d.follow_up_due,
            decided_at=d.decided_at,
            decided_by=person_line(s.get(Member, d.signer_id)),
            counts={k: int(v) for k, v in dict(tally.get("counts", {})).items()},
            eligible=int(tally.get("eligible", 0)),
            cast=int(tally.get("cast", 0)),
            needed=int(tally.get("needed", 0)),
            recused=len(content.get("recused", [])),
            vote_names=vote_names,
            statement_sha256=hashlib.sha256(d.statement).hexdigest(),
            receipt=dict(outbox.receipt) if outbox is not None and outbox.receipt else None,
            rereview=RereviewLine(
                opinion.authority,
                opinion.received_on,
                opinion.agrees,
                opinion.experts,
                opinion.experts_agreeing,
                opinion.opinion,
            )
            if opinion
            else None,
            supersedes_id=d.supersedes_id,
            basis=str(content.get("basis", "")),
            not_voting=not_voting,
            objection=(answered.received_on, answered.outcome) if answered else None,
            page_url=letter_page_url(s, case.reference, d.id),
        )


# ---- acceptance notice -------------------------------------------------------------------------


@dataclass(frozen=True)
class AcceptanceData:
    letterhead: Letterhead
    case: CaseLine
    accepted: bool  # False: the one-time notice of missing materials (basis.ACCEPTANCE)
    missing: tuple[rules.Material, ...]
    provided: tuple[rules.Material, ...]
    basis: str


def acceptance_data(vault: Vault, case_id: str) -> AcceptanceData:
    """Everything the acceptance notice (or missing-materials notice) for the case states."""
    with vault.session() as s:
        committee = load_committee(s)
        case = load_case(s, case_id)
        missing = tuple(rules.missing_materials(case.materials, case.domains, case.involves_humans))
        provided = tuple(m for m in rules.required_materials() if m.id in set(case.materials))
        if not missing and case.accepted_at is None:
            raise ValidationError(
                "Case {ref} has every material but is not accepted yet; accept it first.", ref=case.reference
            )
        if missing and case.status not in (CaseStatus.RECEIVED.value, CaseStatus.INCOMPLETE.value):
            raise ValidationError("Case {ref} is already past acceptance.", ref=case.reference)
        return AcceptanceData(
            letterhead_of(committee),
            case_line(case),
            not missing,
            missing,
            provided,
            rules.basis.cite(rules.basis.MATERIALS, rules.basis.ACCEPTANCE),
        )
