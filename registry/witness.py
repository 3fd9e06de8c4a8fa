"""The registry as a witness of each committee's audit trail.

Every signed bundle (and every signed USB manifest) names the committee's audit head as the
signer's vault held it. The registry logs those heads; two heads with the same sequence number
and different hashes mean the committee's trail was rewritten, and the registry refuses to go on
as if nothing happened. See docs/audit-trail.md.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.sync import shape
from desktop.sync.shape import BundleRejected
from registry.models import AuditHead
from registry.store import Store, insert_rows, iso_now


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


MAX_SEQ = (1 << 63) - 1  # the column is a signed 64-bit integer


def _clash(committee_id: str, head: dict, source: str, source_id: str) -> BundleRejected:
    return BundleRejected(
        "mismatch",
        "The committee's audit trail diverges at event {seq} from the head its {source} {id} showed.",
        seq=head["seq"],
        source=source,
        id=source_id,
    )


class BatchHeads:
    """``check_head`` and ``log_head`` for a batch of bundles: the logged heads the batch can
    clash with are read in one query, the batch's own heads are kept in memory, and all of them
    are written in one INSERT by ``flush``. A head the preload did not cover is checked with the
    per-head queries above, so the answers are the ones bundle-by-bundle logging gives."""

    def __init__(self, session: Session, heads: list[tuple[str, object]], source: str, source_ids: set[str]):
        """``heads``: (committee id, head as the bundle carries it, unchecked) of each bundle."""
        self.session, self.source = session, source
        self._seqs: dict[str, set[int]] = {}
        for committee_id, head in heads:
            seq = head.get("seq") if isinstance(head, dict) else None
            if shape.is_ident(committee_id) and type(seq) is int and 0 <= seq <= MAX_SEQ:
                self._seqs.setdefault(committee_id, set()).add(seq)
        # (committee, seq) -> {hash: (source, source id) that first showed it}
        self._logged: dict[tuple[str, int], dict[str, tuple[str, str]]] = {}
        table = AuditHead.__table__  # Core: read once per batch, no ORM needed
        for committee_id, seqs in self._seqs.items():
            first = (
                select(func.min(table.c.id))
                .where(table.c.committee_id == committee_id, table.c.seq.in_(seqs))
                .group_by(table.c.seq, table.c.hash)
            )
            rows = session.execute(
                select(table.c.seq, table.c.hash, table.c.source, table.c.source_id)
                .where(table.c.id.in_(first))
                .order_by(table.c.id)
            )
            for seq, hash_, src, src_id in rows:
                self._logged.setdefault((committee_id, seq), {})[hash_] = (src, src_id)
        self._ids = {i for i in source_ids if shape.is_ident(i)}
        self._known = {
            (committee_id, source_id)
            for committee_id, source_id in session.execute(
                select(table.c.committee_id, table.c.source_id).where(
                    table.c.source == source, table.c.source_id.in_(self._ids)
                )
            )
        }
        self._new: list[dict] = []

    def check(self, committee_id: str, head: dict | None) -> None:
        if head is None:
            return
        if head["seq"] not in self._seqs.get(committee_id, ()):  # not preloaded: ask the database
            check_head(self.session, committee_id, head)
        for hash_, (src, src_id) in self._logged.get((committee_id, head["seq"]), {}).items():
            if hash_ != head["hash"]:
                raise _clash(committee_id, head, src, src_id)

    def log(
        self, committee_id: str, head: dict | None, *, source_id: str, signer_id: str, signed_at: str
    ) -> None:
        """As ``log_head``, the row written by ``flush``."""
        if head is None:
            return
        self.check(committee_id, head)
        if source_id in self._ids:
            known = (committee_id, source_id) in self._known
        else:
            known = self._query_known(committee_id, source_id)
        if known:
            return
        self._known.add((committee_id, source_id))
        self._new.append(
            {
                "committee_id": committee_id,
                "seq": head["seq"],
                "hash": head["hash"],
                "source": self.source,
                "source_id": source_id,
                "signer_id": signer_id,
                "signed_at": signed_at,
                "logged_at": iso_now(),
            }
        )
        seen = self._logged.setdefault((committee_id, head["seq"]), {})
        seen.setdefault(head["hash"], (self.source, source_id))

    def _query_known(self, committee_id: str, source_id: str) -> bool:
        return (committee_id, source_id) in self._known or self.session.execute(
            select(AuditHead.id).where(
                AuditHead.committee_id == committee_id,
                AuditHead.source == self.source,
                AuditHead.source_id == source_id,
            )
        ).first() is not None

    def flush(self) -> None:
        if self._new:
            insert_rows(self.session, AuditHead.__table__, self._new)
            self._new = []


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
