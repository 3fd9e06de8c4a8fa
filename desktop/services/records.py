"""Read-only services over the whole record: audit trail, outbox."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from desktop import audit
from desktop.models import AuditEvent, OutboxItem
from desktop.services import trail
from desktop.services.views import AuditEventView
from desktop.vault import Vault


def verify_audit(vault: Vault, registry_heads: list[dict] | None = None) -> audit.ChainReport:
    """The chain, then every head a signature or receipt witnessed (desktop.services.trail), and
    the heads the registry logged when ``registry_heads`` is given."""
    with vault.session() as s:
        report = audit.verify_chain(s)
        if not report.ok:
            return report
        witnessed = trail.check_witnessed(s, trail.registry_witnesses(registry_heads or []))
    if witnessed.problems:
        return replace(
            report,
            ok=False,
            first_broken=witnessed.first_broken,
            problem=witnessed.problems[0],
            witnessed_seq=witnessed.witnessed_seq,
            witnesses=witnessed.witnesses,
        )
    return replace(report, witnessed_seq=witnessed.witnessed_seq, witnesses=witnessed.witnesses)


def recent_events(vault: Vault, limit: int = 100) -> list[AuditEventView]:
    """The newest audit events, newest first."""
    with vault.session() as s:
        rows = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)).scalars()
        return [AuditEventView(e.seq, e.at, e.actor, e.action, e.entity, e.entity_id) for e in rows]


def outbox_counts(vault: Vault) -> dict[str, int]:
    """How many items the outbox holds in each status."""
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
    with vault.session() as s:
        report = audit.verify_chain(s)
        if not report.ok:
            problems.append(f"audit trail: broken at event {report.first_broken}: {report.problem}")
        else:
            problems += [f"audit trail: {p}" for p in trail.check_witnessed(s).problems]
        problems += [f"unrecorded: {p}" for p in trail.unrecorded(s)]
    return problems
