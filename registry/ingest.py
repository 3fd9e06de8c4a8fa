"""Accepting a bundle: verify it completely, append it to the log, answer with its receipt.

One bundle per decision id: the same bytes again get the stored receipt, byte for byte;
different bytes under a used id are a replay and refused. Nothing is written unless the bundle
is accepted: every check runs before the append, in the transaction that would log it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import signing
from desktop.sync import merkle, receipts, shape
from desktop.sync.shape import BundleRejected
from desktop.sync.verify import VerifiedBundle, verify_bundle
from registry import admission, log, witness
from registry.enrol import EnrolledKeys
from registry.keys import RegistryKeys
from registry.models import LogEntry
from registry.store import Store, iso_now

MAX_BUNDLE_BYTES = 1 << 20  # a nine-member bundle is about 15 KB


@dataclass(frozen=True)
class Accepted:
    receipt: bytes  # canonical JSON
    created: bool
    decision_id: str


def _existing(session: Session, decision_id: str, bundle_hash: str) -> LogEntry | None:
    row = session.execute(select(LogEntry).where(LogEntry.decision_id == decision_id)).scalar_one_or_none()
    if row is not None and row.bundle_hash != bundle_hash:
        raise BundleRejected(
            "replay",
            "Decision {id} is already in the log with other content; a signed decision is never replaced.",
            id=decision_id,
        )
    return row


def public_metadata(v: VerifiedBundle, leaf_index: int, leaf_hash: bytes, accepted_at: str) -> dict:
    """What anyone may look up: no member names, votes or reasons."""
    linked = {}
    if v.submission is not None:  # a decision on a submission linked to the activity (section 3.3)
        linked = {
            "submission": {"kind": v.submission["kind"], "reference": v.submission["reference"]},
            "standing": v.standing,
        }
    return {
        **linked,
        "decision_id": v.decision_id,
        "bundle_hash": v.bundle_hash,
        "leaf_index": leaf_index,
        "leaf_hash": leaf_hash.hex(),
        "accepted_at": accepted_at,
        "committee": v.committee,
        "case": {k: v.case[k] for k in ("reference", "title", "institution", "procedure")},
        "decision_type": v.decision_type,
        "status": v.status,
        "kind": v.kind,
        "signed_at": v.signed_at,
        "supersedes": v.supersedes,
    }


def submit(store: Store, keys: RegistryKeys, data: bytes, via: str = "http") -> Accepted:
    """Verify and log one bundle; raises BundleRejected with the reason and its HTTP status."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleRejected("too_large", "The bundle is larger than {n} bytes.", n=MAX_BUNDLE_BYTES)
    bundle = shape.parse_canonical(data)
    decision_id = shape.ident(bundle.get("decision_id"), "decision_id")
    bundle_hash = hashlib.sha256(data).hexdigest()
    with store.append_lock, store.session() as s:
        log.lock_state(s)  # serialises appends across registry processes (PostgreSQL row lock)
        row = _existing(s, decision_id, bundle_hash)
        if row is not None:
            return Accepted(row.receipt, False, decision_id)
        book = EnrolledKeys(s)
        verified = verify_bundle(data, book)
        admission.check(s, bundle, verified, row=book.row)  # dates, retired keys, one chain per case
        witness.log_head(
            s,
            verified.committee["id"],
            verified.audit_head,
            source="bundle",
            source_id=decision_id,
            signer_id=verified.signer_id,
            signed_at=verified.signed_at,
        )
        index, signed_head, proof = log.append(s, keys, data)
        accepted_at = iso_now()
        leaf = merkle.leaf_hash(data)
        echo = {"audit_head": verified.audit_head} if verified.audit_head is not None else {}
        receipt = signing.canonical(
            {
                **echo,  # the committee's audit head, witnessed (docs/bundle-format.md, section 5)
                "format": receipts.RECEIPT_FORMAT,
                "decision_id": decision_id,
                "committee_id": verified.committee["id"],
                "bundle_hash": bundle_hash,
                "leaf_index": index,
                "leaf_hash": leaf.hex(),
                "accepted_at": accepted_at,
                "inclusion_proof": [p.hex() for p in proof],
                "signed_tree_head": signed_head,
            }
        )
        s.add(
            LogEntry(
                leaf_index=index,
                decision_id=decision_id,
                bundle_hash=bundle_hash,
                leaf_hash=leaf,
                committee_id=verified.committee["id"],
                case_id=verified.case["id"],
                decision_type=verified.decision_type,
                status=verified.status,
                supersedes=verified.supersedes,
                bundle=data,
                receipt=receipt,
                public=json.dumps(public_metadata(verified, index, leaf, accepted_at), ensure_ascii=False),
                accepted_at=accepted_at,
                via=via,
            )
        )
    return Accepted(receipt, True, decision_id)


def lookup(store: Store, decision_id: str | None = None, bundle_hash: str | None = None) -> dict | None:
    """Public metadata of a logged decision, by id or by bundle hash, and what superseded it."""
    if not shape.is_ident(decision_id or bundle_hash):
        return None
    with store.session() as s:
        query = select(LogEntry)
        query = (
            query.where(LogEntry.decision_id == decision_id)
            if decision_id
            else query.where(LogEntry.bundle_hash == bundle_hash)
        )
        row = s.execute(query).scalar_one_or_none()
        if row is None:
            return None
        later = s.execute(
            select(LogEntry.decision_id).where(LogEntry.supersedes == row.decision_id)
        ).scalars()
        return {**json.loads(row.public), "superseded_by": sorted(later)}
