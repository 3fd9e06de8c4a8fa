"""USB carry: every unconfirmed bundle in one file, encrypted to the registry and signed by the
committee; and the receipts file that comes back.

Carry file (docs/bundle-format.md, "USB carry"): canonical JSON
``{"format": "quorum.carry/1", "recipient_key_id", "ephemeral_key", "nonce", "ciphertext"}``.
Key = HKDF-SHA256(X25519(ephemeral, registry transport key), salt = ephemeral public key ||
registry public key, info = HKDF_INFO), 32 bytes; AES-256-GCM with the header (everything but
the ciphertext, canonical) as associated data. The plaintext holds a manifest that a
secretary, chair or vice-chair signs with their own key (PIN), naming each bundle's hash.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from desktop import audit, signing
from desktop.errors import PermissionDenied, ValidationError
from desktop.models import OutboxItem
from desktop.services import trail
from desktop.services.committee import load_committee
from desktop.services.custody import signer_for
from desktop.services.members import load_member
from desktop.sync import shape
from desktop.sync.bundleformat import signed_json
from desktop.sync.carryformat import (  # noqa: F401  (re-exported: callers import them from here)
    CARRY_FORMAT,
    CONTENT_FORMAT,
    EXPORT_ROLES,
    HEADER_KEYS,
    HKDF_INFO,
    MAX_FILE_BYTES,
    RECEIPTS_FORMAT,
    seal,
    unseal,
)
from desktop.sync.config import registry_config_in
from desktop.sync.outbox import CONFIRMED, OPEN, SENT, WAITING, apply_receipt, mark_rejected
from desktop.sync.shape import BundleRejected
from desktop.vault import Vault

RECEIPTS_KEYS = {"format", "export_id", "committee_id", "receipts", "rejected", "signed_tree_head"}


@dataclass(frozen=True)
class ExportReport:
    path: Path
    export_id: str
    items: int


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError("Cannot write {path}: {err}", path=str(path), err=exc.strerror) from None


def export_bundle(vault: Vault, out: str | Path, signer_id: str, pin: str) -> ExportReport:
    """Write every waiting or sent bundle to ``out``, encrypted to the registry and signed by
    ``signer_id`` (a secretary, chair or vice-chair). Items become *sent*."""
    out = Path(out)
    with vault.session() as s:
        transport = registry_config_in(s).transport_key
        if not transport:
            raise ValidationError(
                "The registry's public keys are not configured; run `quorum sync-config --keys FILE`."
            )
        items = list(
            s.execute(
                select(OutboxItem).where(OutboxItem.status.in_(OPEN)).order_by(OutboxItem.created_at)
            ).scalars()
        )
        if not items:
            raise ValidationError("Nothing to export: every decision in the outbox has a receipt.")
        signer = load_member(s, signer_id)
        if signer.role not in EXPORT_ROLES or not signer.active:
            raise PermissionDenied("Only the secretary, the chair or a vice-chair signs a USB export.")
        custodian = signer_for(s, signer, pin)
        committee = load_committee(s)
        export_id = uuid.uuid4().hex
        manifest = signing.sign_statement(
            signing.make_statement(
                "export",
                committee_id=committee.id,
                signer_id=signer.id,
                signer_name=signer.name,
                signer_role=signer.role,
                public_key=signer.public_key,
                algorithm=custodian.algorithm,
                key_custody=custodian.custody,
                content={
                    "export_id": export_id,
                    "items": [
                        {"decision_id": i.decision_id, "bundle_hash": hashlib.sha256(i.payload).hexdigest()}
                        for i in items
                    ],
                },
                audit_head=audit.head(s),
            ),
            custodian,
        )
        content = {
            "format": CONTENT_FORMAT,
            "manifest": signed_json(manifest.statement, manifest.signature),
            "bundles": [i.payload.decode("utf-8") for i in items],
        }
        # The registry's authority timestamps the issued PDFs' digests; receipts bring the tokens back.
        from desktop.documents.long_term import timestamp_requests

        stamps = timestamp_requests(s)
        if stamps:
            content["timestamps"] = stamps
        content = signing.canonical(content)
        _write_atomically(out, seal(content, transport))
        now = datetime.now(UTC)
        for item in items:
            if item.status == WAITING:
                item.status = SENT
            item.sent_at = now
        audit.record(
            s, signer.id, "outbox.export", "outbox", export_id, {"items": len(items), "file": out.name}
        )
        return ExportReport(out, export_id, len(items))


@dataclass(frozen=True)
class ReceiptsReport:
    confirmed: int
    rejected: int
    already: int
    unknown: int
    timestamped: int = 0  # issued PDFs that got the registry's timestamp (PAdES B-LTA)


def import_receipts(vault: Vault, path: str | Path, actor: str = "secretary") -> ReceiptsReport:
    """Close the loop on a USB carry: check each receipt against the registry's log key and the
    exact bytes in the outbox, then mark items confirmed (or rejected, with the registry's reason).
    A receipt that does not verify stops the import and changes nothing."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("Cannot read {path}: {err}", path=str(path), err=exc.strerror) from None
    try:
        doc = json.loads(data)
        optional = {"audit_head", "timestamps"} & set(shape.obj(doc, "receipts file"))
        doc = shape.obj(doc, "receipts file", RECEIPTS_KEYS | optional)
        head = shape.audit_head(doc["audit_head"], "audit_head") if "audit_head" in doc else None
        if doc["format"] != RECEIPTS_FORMAT:
            raise shape.schema("not a {f} file", f=RECEIPTS_FORMAT)
        receipts = shape.array(doc["receipts"], "receipts")
        rejected = shape.array(doc["rejected"], "rejected")
    except (ValueError, RecursionError, BundleRejected) as exc:
        raise ValidationError(
            "{path} is not a receipts file ({detail}).", path=str(path), detail=str(exc)
        ) from None
    confirmed = already = unknown = refused = 0
    with vault.session() as s:
        log_key = registry_config_in(s).need_log_key()
        if doc["committee_id"] != load_committee(s).id:
            raise ValidationError("These receipts are for another committee.")
        if head is not None:
            # The registry echoes the head our signed manifest showed it; our trail must still hold it.
            if not trail.holds(s, head):
                raise ValidationError(
                    "The registry witnessed audit event {seq}, which this vault's trail no longer holds; "
                    "nothing was imported.",
                    seq=head["seq"],
                )
            trail.note_witnessed(s, head, f"receipts file {doc['export_id']}")
        for receipt in receipts:
            decision_id = receipt.get("decision_id") if isinstance(receipt, dict) else None
            item = s.execute(
                select(OutboxItem).where(OutboxItem.decision_id == decision_id)
            ).scalar_one_or_none()
            if item is None:
                unknown += 1
                continue
            if item.status == CONFIRMED:
                already += 1
                continue
            try:
                apply_receipt(s, item, receipt, log_key)
            except BundleRejected as exc:
                raise ValidationError(
                    "A receipt in {path} does not verify ({detail}); nothing was imported.",
                    path=str(path),
                    detail=exc.message,
                ) from None
            confirmed += 1
        for entry in rejected:
            entry = shape.obj(entry, "rejected entry")
            item = s.execute(
                select(OutboxItem).where(OutboxItem.decision_id == entry.get("decision_id"))
            ).scalar_one_or_none()
            if item is None or item.status == CONFIRMED:
                unknown += item is None
                continue
            mark_rejected(s, item, str(entry.get("error", "")), str(entry.get("reason", "")))
            refused += 1
        stamped = 0
        if doc.get("timestamps"):
            from desktop.documents.long_term import apply_carried_timestamps

            try:
                stamped = apply_carried_timestamps(
                    s, shape.array(doc["timestamps"], "timestamps"), registry_config_in(s).tsa_certificate
                )
            except BundleRejected as exc:
                raise ValidationError(
                    "{path} is not a receipts file ({detail}).", path=str(path), detail=exc.message
                ) from None
        audit.record(
            s, actor, "outbox.import_receipts", "outbox", str(doc["export_id"]), {"confirmed": confirmed}
        )
    return ReceiptsReport(confirmed, refused, already, unknown, stamped)
