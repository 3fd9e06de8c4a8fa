"""Importing a USB carry file on the regulator's side and writing the receipts file back."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select

from desktop import signing
from desktop.sync import carryformat as usb
from desktop.sync import shape
from desktop.sync.shape import BundleRejected
from desktop.sync.verify import SignedPart, signed_statement
from registry import ingest, log, witness
from registry.enrol import EnrolledKeys
from registry.keys import RegistryKeys
from registry.models import CarryImport
from registry.store import Store, iso_now


def _manifest(store: Store, content: dict) -> tuple[str, str, list[dict], SignedPart]:
    """(committee id, export id, items, the signed manifest) from a manifest whose signature
    checks out and whose audit head does not contradict one logged before."""
    entry = shape.obj(content["manifest"], "manifest", {"statement", "signature"})
    try:
        committee_id = json.loads(shape.text(entry["statement"], "manifest.statement"))["committee"]
    except (ValueError, KeyError, TypeError):
        raise shape.schema("The manifest is not a signed statement.") from None
    with store.session() as s:
        book = EnrolledKeys(s)
        book.committee_block(shape.text(committee_id, "manifest.committee"))
        signed = signed_statement(entry, "manifest", "export", committee_id, book)
        row = book.row(committee_id, signed.signer, signed.key.key_id)
        if row is not None and row.status == "retired":  # no closing manifest can list a carry manifest
            raise BundleRejected(
                "retired_key",
                "The carry file is signed with a retired key of {name}; export it again.",
                name=signed.key.name,
            )
    if signed.key.role not in usb.EXPORT_ROLES:
        raise BundleRejected("rule", "A USB export is signed by the secretary, the chair or a vice-chair.")
    body = shape.obj(signed.content, "manifest content", {"export_id", "items"})
    items = shape.array(body["items"], "manifest items")
    for i, item in enumerate(items):
        shape.obj(item, f"manifest item {i}", {"decision_id", "bundle_hash"})
    export_id = shape.text(body["export_id"], "export_id", empty=False)
    with store.session() as s:  # a rewritten trail is refused before any bundle is looked at
        witness.check_head(s, committee_id, signed.body.get("audit_head"))
    return committee_id, export_id, items, signed


def import_carry(store: Store, keys: RegistryKeys, data: bytes) -> dict:
    """Decrypt, check the committee's signature, ingest each bundle; returns the receipts document.

    One bad bundle does not stop the others: it is listed under "rejected" with its reason."""
    plaintext = usb.unseal(data, keys.transport_key)
    parsed = shape.parse_canonical(plaintext, "carry content")
    optional = {"timestamps"} if isinstance(parsed, dict) and "timestamps" in parsed else set()
    content = shape.obj(parsed, "carry content", {"format", "manifest", "bundles"} | optional)
    if content["format"] != usb.CONTENT_FORMAT:
        raise shape.schema("Unknown carry content format.")
    committee_id, export_id, items, manifest = _manifest(store, content)
    bundles = [shape.text(b, "bundle").encode("utf-8") for b in shape.array(content["bundles"], "bundles")]
    if [i["bundle_hash"] for i in items] != [hashlib.sha256(b).hexdigest() for b in bundles]:
        raise BundleRejected("mismatch", "The bundles are not the ones the committee's manifest lists.")
    accepted, rejected = [], []
    # One transaction and one signed tree head for the whole carry (registry.ingest.submit_batch).
    outcomes = ingest.submit_batch(store, keys, [(bundle, "usb") for bundle in bundles])
    for item, outcome in zip(items, outcomes, strict=True):
        if isinstance(outcome, BundleRejected):
            rejected.append(
                {"decision_id": item["decision_id"], "error": outcome.code, "reason": outcome.message}
            )
        else:
            accepted.append(json.loads(outcome.receipt))
    with store.session() as s:
        recorded = s.execute(select(CarryImport).where(CarryImport.export_id == export_id)).first()
        witnessed = manifest.body.get("audit_head") if accepted else None
        if witnessed is not None:  # logged (and echoed) only when the carry changed the registry
            witness.log_head(
                s,
                committee_id,
                witnessed,
                source="export",
                source_id=export_id,
                signer_id=manifest.signer,
                signed_at=manifest.body["signed_at"],
            )
        if accepted and recorded is None:  # a carry refused whole leaves the registry unchanged
            s.add(
                CarryImport(
                    export_id=export_id,
                    committee_id=committee_id,
                    imported_at=iso_now(),
                    accepted=len(accepted),
                    rejected=len(rejected),
                )
            )
        head = log.signed_head(s)
    echo = {"audit_head": witnessed} if witnessed is not None else {}
    doc = {
        **echo,  # the manifest's audit head, witnessed (docs/bundle-format.md, section 6)
        "format": usb.RECEIPTS_FORMAT,
        "export_id": export_id,
        "committee_id": committee_id,
        "receipts": accepted,
        "rejected": rejected,
        "signed_tree_head": head,
    }
    if optional:
        doc["timestamps"] = _timestamps(keys, content["timestamps"])
    return doc


def _timestamps(keys: RegistryKeys, requests: object) -> list[dict]:
    """RFC 3161 tokens over the digests of the committee's issued PDFs (the desktop embeds them)."""
    tokens = []
    for i, request in enumerate(shape.array(requests, "timestamps")):
        request = shape.obj(request, f"timestamp request {i}", {"id", "sha256"})
        digest = shape.hexbytes(request["sha256"], "timestamp digest")  # SHA-256: 32 bytes
        tokens.append(
            {
                "id": shape.text(request["id"], "timestamp id", empty=False),
                "token": signing.b64(keys.tsa.stamp(digest)),
            }
        )
    return tokens


def receipts_bytes(doc: dict) -> bytes:
    return signing.canonical(doc)
