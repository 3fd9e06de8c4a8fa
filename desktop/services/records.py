"""Read-only services over the whole record: audit trail, outbox."""

from __future__ import annotations

from sqlalchemy import select

from desktop import audit
from desktop.models import AuditEvent, OutboxItem
from desktop.services.views import AuditEventView
from desktop.vault import Vault


def verify_audit(vault: Vault) -> audit.ChainReport:
    with vault.session() as s:
        return audit.verify_chain(s)


def recent_events(vault: Vault, limit: int = 100) -> list[AuditEventView]:
    with vault.session() as s:
        rows = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)).scalars()
        return [AuditEventView(e.seq, e.at, e.actor, e.action, e.entity, e.entity_id) for e in rows]


def outbox_counts(vault: Vault) -> dict[str, int]:
    with vault.session() as s:
        counts: dict[str, int] = {}
        for status in s.execute(select(OutboxItem.status)).scalars():
            counts[status] = counts.get(status, 0) + 1
        return counts
