"""Signed PDFs the committee issued, kept encrypted in the vault so they can be re-exported and
given a timestamp and validation material later (desktop.documents.ltv)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop import audit
from desktop.errors import NotFound
from desktop.models import IssuedDocument
from desktop.vault import Vault

BASIC, LONG_TERM = "B-B", "B-LTA"


@dataclass(frozen=True)
class IssuedView:
    id: str
    kind: str
    entity_id: str
    decision_id: str | None
    member_id: str
    language: str
    issued_at: datetime
    sha256: str  # of the PDF as signed
    level: str
    timestamped_at: datetime | None
    timestamp_authority: str
    size: int


def _view(d: IssuedDocument) -> IssuedView:
    return IssuedView(
        d.id,
        d.kind,
        d.entity_id,
        d.decision_id,
        d.member_id,
        d.language,
        d.issued_at,
        d.sha256,
        d.level,
        d.timestamped_at,
        d.timestamp_authority,
        len(d.pdf),
    )


def store_issued(
    vault: Vault,
    member_id: str,
    kind: str,
    entity_id: str,
    pdf: bytes,
    language: str,
    decision_id: str | None = None,
) -> IssuedView:
    """Keep the signed PDF and note its issue (with the file's hash) in the audit trail."""
    digest = hashlib.sha256(pdf).hexdigest()
    with vault.session() as s:
        row = IssuedDocument(
            kind=kind,
            entity_id=entity_id,
            decision_id=decision_id,
            member_id=member_id,
            language=language,
            sha256=digest,
            signed_pdf=pdf,
            pdf=pdf,
            level=BASIC,
        )
        s.add(row)
        s.flush()
        audit.record(s, member_id, "document.issue", kind, entity_id, {"sha256": digest, "issued": row.id})
        return _view(row)


def list_issued(vault: Vault, only_level: str | None = None) -> list[IssuedView]:
    """The PDFs the committee issued, oldest first (only those at ``only_level`` when given)."""
    with vault.session() as s:
        query = select(IssuedDocument).order_by(IssuedDocument.issued_at)
        if only_level:
            query = query.where(IssuedDocument.level == only_level)
        return [_view(d) for d in s.execute(query).scalars()]


def issued_pdf(vault: Vault, issued_id: str) -> bytes:
    """The PDF in its latest form (with timestamp and validation material once added)."""
    with vault.session() as s:
        row = s.get(IssuedDocument, issued_id)
        if row is None:
            raise NotFound(what="Issued document", key=issued_id)
        return bytes(row.pdf)


def save_long_term(
    vault: Vault,
    issued_id: str,
    pdf: bytes,
    timestamped_at: datetime,
    authority: str,
    actor: str = "registry",
) -> IssuedView:
    """Replace the working copy by its augmented form; the signed original stays as it was."""
    with vault.session() as s:
        row = s.get(IssuedDocument, issued_id)
        if row is None:
            raise NotFound(what="Issued document", key=issued_id)
        mark_long_term(s, row, pdf, timestamped_at, authority, actor)
        return _view(row)


def mark_long_term(
    session,
    row: IssuedDocument,
    pdf: bytes,
    timestamped_at: datetime,
    authority: str,
    actor: str = "registry",
) -> None:
    renewal = row.level == LONG_TERM
    row.pdf, row.level = pdf, LONG_TERM
    if not renewal:  # the time the signature rests on stays the first timestamp's
        row.timestamped_at, row.timestamp_authority = timestamped_at, authority
    row.prepared_pdf, row.prepared = None, None
    audit.record(
        session,
        actor,
        "document.timestamp_renewed" if renewal else "document.timestamp",
        row.kind,
        row.entity_id,
        {"issued": row.id, "sha256": hashlib.sha256(pdf).hexdigest(), "at": timestamped_at.isoformat()},
    )


@dataclass(frozen=True)
class IssuedEntry:
    """One line of the register of issued documents, with what it is for and who signed it."""

    id: str
    kind: str
    subject: str  # the case's reference, the meeting's title and date, or the report's period
    signer: str
    language: str
    issued_at: datetime
    level: str
    timestamped_at: datetime | None
    timestamp_authority: str


def _subjects(session, entity_ids: set[str]) -> dict[str, str]:
    """What each issued document is about, in the committee's own terms, by entity id."""
    from desktop.models import Case, Decision, Meeting

    found: dict[str, str] = {}
    if not entity_ids:
        return found
    for case_id, reference in session.execute(select(Case.id, Case.reference).where(Case.id.in_(entity_ids))):
        found[case_id] = reference
    decided = select(Decision.id, Case.reference).join(Case, Case.id == Decision.case_id)
    for decision_id, reference in session.execute(decided.where(Decision.id.in_(entity_ids))):
        found[decision_id] = reference
    meetings = select(Meeting.id, Meeting.title, Meeting.held_at).where(Meeting.id.in_(entity_ids))
    for meeting_id, title, held_at in session.execute(meetings):
        found[meeting_id] = f"{title} {held_at:%Y-%m-%d}".strip()
    return found


def issued_register(vault: Vault) -> list[IssuedEntry]:
    """Every PDF the committee issued, newest first, without loading the PDFs themselves."""
    from desktop.models import Member

    with vault.session() as s:
        rows = s.execute(
            select(
                IssuedDocument.id,
                IssuedDocument.kind,
                IssuedDocument.entity_id,
                Member.name,
                IssuedDocument.language,
                IssuedDocument.issued_at,
                IssuedDocument.level,
                IssuedDocument.timestamped_at,
                IssuedDocument.timestamp_authority,
            )
            .join(Member, Member.id == IssuedDocument.member_id)
            .order_by(IssuedDocument.issued_at.desc())
        ).all()
        subjects = _subjects(s, {r.entity_id for r in rows})
    return [
        IssuedEntry(
            r.id,
            r.kind,
            subjects.get(r.entity_id, r.entity_id),  # an annual report's year, a register's period
            r.name,
            r.language,
            r.issued_at,
            r.level,
            r.timestamped_at,
            r.timestamp_authority or "",
        )
        for r in rows
    ]


def check_issued(vault: Vault, issued_id: str):
    """The issued PDF in its latest form and its verification (desktop.documents.verify.VerifyResult)
    against the committee CA, and the registry's timestamp authority when one is configured (every
    certificate it has had, for renewed timestamps), so a timestamped letter is checked as of its
    timestamp."""
    from desktop.documents.verify import verify_pdf
    from desktop.services.committee import ca_certificate
    from desktop.sync.config import registry_config

    pdf = issued_pdf(vault, issued_id)
    return pdf, verify_pdf(pdf, [ca_certificate(vault)], registry_config(vault).tsa_certificates)
