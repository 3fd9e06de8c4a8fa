"""The keys export's format (quorum.keys/1) without the vault: canonical form, the CA's signature
over it, and the statement hashes a closing manifest lists. The registry reads exports with this
alone; desktop.sync.keyfile writes them from the vault. See desktop/sync/keyfile.py.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop import custody, signing
from desktop.errors import SignatureError

KEYS_FORMAT = "quorum.keys/1"
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
STATEMENT_FAMILY = signing.STATEMENT_VERSION.rsplit("/", 1)[0] + "/"  # any version of a member statement


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(TIME_FORMAT)


def statement_hash(statement: bytes) -> str:
    """What a closing manifest lists: hex SHA-256 of the exact signed statement text."""
    return hashlib.sha256(statement).hexdigest()


def signed_statements(node: object, parsed: Mapping[str, dict] | None = None) -> Iterator[tuple[dict, bytes]]:
    """Every member statement ({"statement", "signature", ...}) anywhere in a parsed bundle, as
    (body, statement bytes), in document order. Walks the whole bundle so statements added to
    the format later count. ``parsed``: bodies already parsed, by statement text."""
    stack = [node]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
            continue
        if not isinstance(node, dict):
            continue
        text = node.get("statement")
        if isinstance(text, str) and "signature" in node:
            body = parsed.get(text) if parsed else None
            if body is None:
                try:
                    body = json.loads(text)
                except ValueError:
                    body = None
            if isinstance(body, dict) and str(body.get("type")).startswith(STATEMENT_FAMILY):
                yield body, text.encode("utf-8")
                continue
        stack.extend(reversed(node.values()))


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
