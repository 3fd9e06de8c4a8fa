"""The keys export (`quorum export-keys`, quorum.keys/1): the committee's member keys, each key's
creation time, and the closing manifest, all signed by the committee CA.

A key the export no longer lists as active is retired at the registry. From then on the registry
accepts that key's statements only if their hashes are in the closing manifest: the statements it
signed that are still waiting in the outbox (not yet confirmed by a receipt). The manifest cannot
be signed by the retiring member keys themselves: each is sealed under its holder's PIN, and a
member who left or lost a key is not there to type it. The vault does hold the committee CA's
key, which certified every member key and which the registry pinned at enrolment, so the CA signs
the whole export, manifest included, on the committee's behalf (docs/registry.md).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import custody, signing
from desktop.errors import SignatureError
from desktop.models import OutboxItem
from desktop.services.committee import load_committee
from desktop.services.members import public_keys
from desktop.sync.outbox import CONFIRMED
from desktop.vault import Vault

KEYS_FORMAT = "quorum.keys/1"
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
STATEMENT_FAMILY = signing.STATEMENT_VERSION.rsplit("/", 1)[0] + "/"  # any version of a member statement


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(TIME_FORMAT)


def statement_hash(statement: bytes) -> str:
    """What a closing manifest lists: hex SHA-256 of the exact signed statement text."""
    return hashlib.sha256(statement).hexdigest()


def signed_statements(node: object) -> Iterator[tuple[dict, bytes]]:
    """Every member statement ({"statement", "signature", ...}) anywhere in a parsed bundle, as
    (body, statement bytes). Walks the whole bundle so statements added to the format later count."""
    if isinstance(node, list):
        for item in node:
            yield from signed_statements(item)
        return
    if not isinstance(node, dict):
        return
    text = node.get("statement")
    if isinstance(text, str) and "signature" in node:
        try:
            body = json.loads(text)
        except ValueError:
            body = None
        if isinstance(body, dict) and str(body.get("type")).startswith(STATEMENT_FAMILY):
            yield body, text.encode("utf-8")
            return
    for value in node.values():
        yield from signed_statements(value)


def outstanding(session: Session, active: set[tuple[str, str]]) -> list[dict]:
    """Statements in bundles without a receipt (waiting, sent or rejected) signed by keys that are
    not in ``active`` ((member id, key id) pairs): [{"member_id", "key_id", "statements"}]."""
    found: dict[tuple[str, str], set[str]] = {}
    payloads = session.execute(select(OutboxItem.payload).where(OutboxItem.status != CONFIRMED)).scalars()
    for payload in payloads:
        for body, statement in signed_statements(json.loads(payload)):
            signer = body.get("signer") or {}
            ident = (str(signer.get("id")), str(signer.get("key")))
            if ident not in active:
                found.setdefault(ident, set()).add(statement_hash(statement))
    return [
        {"member_id": member, "key_id": key, "statements": sorted(hashes)}
        for (member, key), hashes in sorted(found.items())
    ]


def signed_part(doc: dict) -> bytes:
    """The bytes the CA signs: the canonical export without its signature."""
    return signing.canonical({k: v for k, v in doc.items() if k != "signature"})


def ca_public_key(certificate_pem: str | bytes) -> tuple[str, bytes]:
    """(algorithm, public key bytes as desktop.custody encodes them) of a CA certificate."""
    pem = certificate_pem.encode() if isinstance(certificate_pem, str) else certificate_pem
    try:
        key = x509.load_pem_x509_certificate(pem).public_key()
    except ValueError:
        raise SignatureError("The committee CA certificate is malformed.") from None
    if isinstance(key, Ed25519PublicKey):
        return custody.ED25519, key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    if isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1):
        return custody.ECDSA_P256, key.public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
    raise SignatureError("The committee CA's key is neither Ed25519 nor ECDSA P-256.")


def sign(doc: dict, ca_private_key_pem: bytes) -> dict:
    """The export with the CA's signature over the rest of it."""
    signer = custody.SoftwareSigner(serialization.load_pem_private_key(ca_private_key_pem, None))
    value = signer.sign(signed_part(doc))
    return {**doc, "signature": {"algorithm": signer.algorithm, "value": signing.b64(value)}}


def export_keys(vault: Vault, now: datetime | None = None) -> dict:
    """What `quorum export-keys` writes: signed by the committee CA, with the closing manifest."""
    members = public_keys(vault)
    with vault.session() as s:
        committee = load_committee(s)
        active = {(m["member_id"], m["key_id"]) for m in members if m["active"]}
        doc = {
            "format": KEYS_FORMAT,
            "committee": {
                "id": committee.id,
                "name": committee.name,
                "institution": committee.institution,
                "registration_number": committee.registration_number,
            },
            "ca_certificate_pem": committee.ca_certificate_pem.decode(),
            "members": members,
            "closing": {"exported_at": iso(now or datetime.now(UTC)), "outstanding": outstanding(s, active)},
        }
        return sign(doc, committee.ca_private_key_pem)
