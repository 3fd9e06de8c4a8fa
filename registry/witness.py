"""The registry as a witness of each committee's audit trail.

Every signed bundle (and every signed USB manifest) names the committee's audit head as the
signer's vault held it. The registry logs those heads; two heads with the same sequence number
and different hashes mean the committee's trail was rewritten, and the registry refuses to go on
as if nothing happened. See docs/audit-trail.md.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.sync.shape import BundleRejected
from registry.models import AuditHead
from registry.store import Store, iso_now


def log_head(
    session: Session,
    committee_id: str,
    head: dict | None,
    *,
    source: str,
    source_id: str,
    signer_id: str,
    signed_at: str,
) -> None:
    """Log a witnessed head in the caller's transaction; refuse one that contradicts an earlier one."""
    if head is None:  # signed before statements carried the head
        return
    check_head(session, committee_id, head)
    known = session.execute(
        select(AuditHead.id).where(
            AuditHead.committee_id == committee_id,
            AuditHead.source == source,
            AuditHead.source_id == source_id,
        )
    ).first()
    if known is None:
        session.add(
            AuditHead(
                committee_id=committee_id,
                seq=head["seq"],
                hash=head["hash"],
                source=source,
                source_id=source_id,
                signer_id=signer_id,
                signed_at=signed_at,
                logged_at=iso_now(),
            )
        )
        session.flush()


def check_head(session: Session, committee_id: str, head: dict | None) -> None:
    """Refuse a head with the seq of one logged for the committee before but another hash."""
    if head is None:
        return
    clash = session.execute(
        select(AuditHead.source, AuditHead.source_id).where(
            AuditHead.committee_id == committee_id,
            AuditHead.seq == head["seq"],
            AuditHead.hash != head["hash"],
        )
    ).first()
    if clash is not None:
        raise BundleRejected(
            "mismatch",
            "The committee's audit trail diverges at event {seq} from the head its {source} {id} showed.",
            seq=head["seq"],
            source=clash.source,
            id=clash.source_id,
        )


def committee_heads(store: Store, committee_id: str) -> list[dict]:
    """Every head the committee's signatures showed the registry, highest first."""
    with store.session() as s:
        rows = s.execute(
            select(AuditHead)
            .where(AuditHead.committee_id == committee_id)
            .order_by(AuditHead.seq.desc(), AuditHead.id)
        ).scalars()
        return [
            {
                "seq": r.seq,
                "hash": r.hash,
                "source": r.source,
                "source_id": r.source_id,
                "signed_at": r.signed_at,
                "logged_at": r.logged_at,
            }
            for r in rows
        ]
