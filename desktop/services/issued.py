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
    row.pdf, row.level = pdf, LONG_TERM
    row.timestamped_at, row.timestamp_authority = timestamped_at, authority
    row.prepared_pdf, row.prepared = None, None
    audit.record(
        session,
        actor,
        "document.timestamp",
        row.kind,
        row.entity_id,
        {"issued": row.id, "sha256": hashlib.sha256(pdf).hexdigest(), "at": timestamped_at.isoformat()},
    )
