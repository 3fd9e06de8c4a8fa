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


def check_vault(vault: Vault) -> list[str]:
    """Everything that can be checked: database pages, every document chunk, the audit chain.
    Returns the problems found (empty when the vault is intact)."""
    from desktop.errors import VaultCorrupt
    from desktop.models import DocumentVersion

    problems = vault.integrity_problems()
    if problems:
        return [f"database: {p}" for p in problems]
    if vault.slots_altered():
        problems.append("key slots: keyslots.json was altered outside Quorum")
    with vault.session() as s:
        versions = [(v.blob_id, v.blob_key, v.size) for v in s.execute(select(DocumentVersion)).scalars()]
    for blob_id, key, size in versions:
        try:
            vault.blobs.read_all(blob_id, key, size)
        except VaultCorrupt as exc:
            problems.append(f"document: {exc.message}")
    report = verify_audit(vault)
    if not report.ok:
        problems.append(f"audit trail: broken at event {report.first_broken}: {report.problem}")
    return problems
