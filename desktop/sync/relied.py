"""Mutual recognition: checking another committee's decision offline and recording reliance.

The other committee hands over a decision proof file (``quorum export-decision``): its bundle
and the registry's receipt. We check the receipt against the registry's log key configured
here, then every signature and rule in the bundle with the keys the bundle lists, which the
registry checked against that committee's enrolment before it logged the bundle.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from desktop import audit, signing
from desktop.errors import NotFound, ValidationError
from desktop.models import OutboxItem, ReliedDecision
from desktop.services.cases import load_case
from desktop.services.committee import load_committee
from desktop.sync import shape
from desktop.sync.config import registry_config_in
from desktop.sync.keybook import BundleKeys
from desktop.sync.outbox import CONFIRMED
from desktop.sync.receipts import verify_receipt
from desktop.sync.shape import BundleRejected
from desktop.sync.verify import verify_bundle
from desktop.vault import Vault

PROOF_FORMAT = "quorum.decision-proof/1"
MAX_PROOF_BYTES = 4 << 20


@dataclass(frozen=True)
class ReliedDecisionView:
    id: str
    decision_id: str
    committee_name: str
    registration_number: str
    case_reference: str
    case_title: str
    decision_type: str
    status: str
    signed_at: str
    leaf_index: int
    tree_size: int
    local_case_id: str | None
    recorded_at: datetime


def _view(r: ReliedDecision) -> ReliedDecisionView:
    return ReliedDecisionView(
        r.id,
        r.decision_id,
        r.committee_name,
        r.registration_number,
        r.case_reference,
        r.case_title,
        r.decision_type,
        r.status,
        r.signed_at,
        r.leaf_index,
        r.tree_size,
        r.local_case_id,
        r.recorded_at,
    )


def export_decision(vault: Vault, decision_id: str, out: str | Path) -> Path:
    """Write a confirmed decision's bundle and receipt for a committee that will rely on it."""
    out = Path(out)
    with vault.session() as s:
        item = s.execute(select(OutboxItem).where(OutboxItem.decision_id == decision_id)).scalar_one_or_none()
        if item is None:
            raise NotFound(what="Decision", key=decision_id)
        if item.status != CONFIRMED or not item.receipt:
            raise ValidationError("The registry has not confirmed this decision yet; sync first.")
        doc = {"format": PROOF_FORMAT, "bundle": item.payload.decode("utf-8"), "receipt": item.receipt}
    try:
        out.write_bytes(signing.canonical(doc))
    except OSError as exc:
        raise ValidationError("Cannot write {path}: {err}", path=str(out), err=exc.strerror) from None
    return out


def import_decision(
    vault: Vault, path: str | Path, actor: str = "secretary", local_case: str | None = None, note: str = ""
) -> ReliedDecisionView:
    """Verify a decision proof completely and record it as relied upon; bad input changes nothing."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("Cannot read {path}: {err}", path=str(path), err=exc.strerror) from None
    if len(data) > MAX_PROOF_BYTES:
        raise ValidationError("{path} is too large to be a decision proof.", path=str(path))
    try:
        doc = shape.obj(json.loads(data), "decision proof", {"format", "bundle", "receipt"})
    except (ValueError, RecursionError, BundleRejected):
        raise ValidationError("{path} is not a decision proof file.", path=str(path)) from None
    if doc["format"] != PROOF_FORMAT:
        raise ValidationError("{path} is not a {f} file.", path=str(path), f=PROOF_FORMAT)
    bundle = shape.text(doc["bundle"], "bundle").encode("utf-8")
    with vault.session() as s:
        log_key = registry_config_in(s).need_log_key()
        receipt = verify_receipt(doc["receipt"], bundle, log_key)
        verified = verify_bundle(bundle, BundleKeys(bundle))
        if receipt.decision_id != verified.decision_id or receipt.committee_id != verified.committee["id"]:
            raise BundleRejected("bad_receipt", "The receipt names another decision or committee.")
        if verified.committee["id"] == load_committee(s).id:
            raise ValidationError("This is one of your own committee's decisions.")
        if s.execute(
            select(ReliedDecision.id).where(ReliedDecision.decision_id == verified.decision_id)
        ).first():
            raise ValidationError(
                "Decision {id} is already recorded as relied upon.", id=verified.decision_id
            )
        case = load_case(s, local_case) if local_case else None
        row = ReliedDecision(
            decision_id=verified.decision_id,
            committee_id=verified.committee["id"],
            committee_name=verified.committee["name"],
            registration_number=verified.committee["registration_number"],
            case_reference=verified.case["reference"],
            case_title=verified.case["title"],
            decision_type=verified.decision_type,
            status=verified.status,
            signed_at=verified.signed_at,
            bundle=bundle,
            bundle_hash=verified.bundle_hash,
            receipt=doc["receipt"],
            leaf_index=receipt.leaf_index,
            tree_size=receipt.tree_head.tree_size,
            registry_log_id=receipt.tree_head.log_id,
            local_case_id=case.id if case else None,
            note=note.strip(),
            recorded_by=actor,
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor,
            "decision.rely",
            "relied_decision",
            row.id,
            {
                "decision": verified.decision_id,
                "committee": verified.committee["id"],
                "hash": verified.bundle_hash,
            },
        )
        return _view(row)


def list_relied(vault: Vault) -> list[ReliedDecisionView]:
    with vault.session() as s:
        rows = s.execute(select(ReliedDecision).order_by(ReliedDecision.recorded_at)).scalars()
        return [_view(r) for r in rows]
