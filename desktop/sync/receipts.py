"""Signed tree heads and receipts: the registry's word that a bundle is in its log.

A receipt names the bundle (its SHA-256), its leaf index, an RFC 9162 inclusion proof and
the signed tree head it leads to. Anyone holding the registry's log key checks it offline;
see docs/bundle-format.md, "Receipts".
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop import signing
from desktop.sync import merkle, shape
from desktop.sync.shape import BundleRejected

TREE_HEAD_FORMAT = "quorum.tree-head/1"
RECEIPT_FORMAT = "quorum.receipt/1"
TREE_HEAD_KEYS = {"format", "log_id", "tree_size", "root_hash", "timestamp"}
RECEIPT_KEYS = {
    "format",
    "decision_id",
    "committee_id",
    "bundle_hash",
    "leaf_index",
    "leaf_hash",
    "accepted_at",
    "inclusion_proof",
    "signed_tree_head",
}


@dataclass(frozen=True)
class TreeHead:
    log_id: str
    tree_size: int
    root_hash: bytes
    timestamp: str


@dataclass(frozen=True)
class Receipt:
    decision_id: str
    committee_id: str
    bundle_hash: str
    leaf_index: int
    tree_head: TreeHead
    accepted_at: str
    audit_head: dict | None = None  # the committee's audit head the bundle carried, now witnessed


def _bad(template: str, **params: object) -> BundleRejected:
    return BundleRejected("bad_receipt", template, **params)


def tree_head_body(log_id: str, tree_size: int, root_hash: bytes, timestamp: str) -> dict:
    return {
        "format": TREE_HEAD_FORMAT,
        "log_id": log_id,
        "tree_size": tree_size,
        "root_hash": root_hash.hex(),
        "timestamp": timestamp,
    }


def verify_tree_head(signed: object, log_public_key: bytes) -> TreeHead:
    """Check a signed tree head ({"tree_head": ..., "signature": ...}) against the log key."""
    signed = shape.obj(signed, "signed tree head", {"tree_head", "signature"})
    body = shape.obj(signed["tree_head"], "tree head", TREE_HEAD_KEYS)
    signature = shape.b64bytes(signed["signature"], "tree head signature", 64)
    if body["format"] != TREE_HEAD_FORMAT:
        raise _bad("Unknown tree head format.")
    if body["log_id"] != signing.public_key_id(log_public_key):
        raise _bad("The tree head was signed by another registry key than the one configured.")
    head = TreeHead(
        shape.text(body["log_id"], "tree head log id"),
        shape.integer(body["tree_size"], "tree size"),
        shape.hexbytes(body["root_hash"], "root hash"),
        shape.text(body["timestamp"], "tree head time"),
    )
    try:
        Ed25519PublicKey.from_public_bytes(log_public_key).verify(signature, signing.canonical(body))
    except (InvalidSignature, ValueError):
        raise _bad("The registry's signature on the tree head does not verify.") from None
    return head


def verify_receipt(receipt: object, bundle: bytes, log_public_key: bytes) -> Receipt:
    """Check that ``bundle`` is in the registry's log as the receipt says; raises BundleRejected."""
    shape.obj(receipt, "receipt")
    # Receipts from before audit heads were witnessed have no echo; later ones must echo exactly.
    receipt = shape.obj(receipt, "receipt", RECEIPT_KEYS | ({"audit_head"} & set(receipt)))
    if receipt["format"] != RECEIPT_FORMAT:
        raise _bad("Unknown receipt format.")
    head = verify_tree_head(receipt["signed_tree_head"], log_public_key)
    if receipt["bundle_hash"] != hashlib.sha256(bundle).hexdigest():
        raise _bad("The receipt is for a different bundle.")
    entry = merkle.leaf_hash(bundle)
    if shape.hexbytes(receipt["leaf_hash"], "leaf hash") != entry:
        raise _bad("The receipt's leaf hash is not the bundle's.")
    index = shape.integer(receipt["leaf_index"], "leaf index")
    path = [shape.hexbytes(p, "inclusion proof") for p in shape.array(receipt["inclusion_proof"], "proof")]
    try:
        merkle.verify_inclusion(index, head.tree_size, entry, path, head.root_hash)
    except merkle.ProofError as exc:
        raise _bad("The inclusion proof does not verify: {detail}.", detail=str(exc)) from None
    try:
        carried = json.loads(bundle).get("audit_head")
    except (ValueError, AttributeError):
        carried = None
    if "audit_head" in receipt and receipt["audit_head"] != carried:
        raise _bad("The receipt echoes another audit head than the bundle carries.")
    return Receipt(
        shape.text(receipt["decision_id"], "receipt decision id"),
        shape.text(receipt["committee_id"], "receipt committee id"),
        receipt["bundle_hash"],
        index,
        head,
        shape.text(receipt["accepted_at"], "receipt time"),
        carried,
    )
